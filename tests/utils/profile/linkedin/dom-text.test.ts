import { describe, expect, it } from 'vitest';
import { multilineText, visibleText } from '@/utils/profile/linkedin/dom-text';
import { parseHtml } from '../../../support/real-fixtures';

const span = (html: string) => parseHtml(`<div><span>${html}</span></div>`).querySelector('span');

describe('line breaks in text a person reads (about, descriptions)', () => {
  it("keeps the author's breaks: <br> and bare line breaks (shown by LinkedIn's pre-wrap text)", () => {
    expect(multilineText(span('Hi!<br><br>I build tools.<br>- one'))).toBe(
      'Hi!\n\nI build tools.\n- one',
    );
    expect(multilineText(span('The best things are free.\n\nAgentMail is free.'))).toBe(
      'The best things are free.\n\nAgentMail is free.',
    );
    expect(multilineText(span('line one\nline two\n    indented only here'))).toBe(
      'line one\nline two\nindented only here',
    );
  });

  it("folds a re-indented file's breaks (every break followed by the indentation) into spaces", () => {
    const indent = `\n${' '.repeat(40)}`;
    expect(
      multilineText(span(`I am a graduate, where I${indent}majored in physics${indent}and maths.`)),
    ).toBe('I am a graduate, where I majored in physics and maths.');
    // the same with the author's <br> between re-indented lines
    expect(
      multilineText(span(`-${indent}Re-factored${indent}tests.<br>-${indent}Wrote logic`)),
    ).toBe('- Re-factored tests.\n- Wrote logic');
    expect(visibleText(span(`a${indent}b`))).toBe('a b');
  });

  it('hostile text stays text, whitespace-only and empty nodes are null, huge nodes are bounded', () => {
    expect(multilineText(span('&lt;script&gt;x&lt;/script&gt;\n        y'))).toBe(
      '<script>x</script> y',
    );
    expect(multilineText(span(`\n${' '.repeat(20)}\n    `))).toBeNull();
    expect(multilineText(span(''))).toBeNull();
    const long = multilineText(span(`${'word\n        '.repeat(60_000)}`));
    expect(long?.includes('\n')).toBe(false);
    expect((long?.length ?? 0) < 400_000).toBe(true);
  });
});
