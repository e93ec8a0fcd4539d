import { describe, expect, it } from 'vitest';
import {
  defaultAsk,
  isPlaceholderName,
  placeholderNames,
  placeholders,
  placeholdersIn,
  renderTemplate,
  validateTemplate,
} from '@/utils/outreach/placeholders';

describe('the placeholder list', () => {
  it('documents every placeholder with a label, a hint and an example', () => {
    expect(placeholderNames).toEqual(
      expect.arrayContaining([
        'firstName',
        'fullName',
        'theirWork',
        'sharedGround',
        'myGoal',
        'theAsk',
        'myName',
        'currentRole',
        'theirCompany',
      ]),
    );
    for (const name of placeholderNames) {
      expect(placeholders[name].label.length).toBeGreaterThan(3);
      expect(placeholders[name].hint.length).toBeGreaterThan(3);
      expect(placeholders[name].example.length).toBeGreaterThan(1);
    }
  });

  it('knows only its own names, not inherited object keys', () => {
    expect(isPlaceholderName('firstName')).toBe(true);
    expect(isPlaceholderName('constructor')).toBe(false);
    expect(isPlaceholderName('__proto__')).toBe(false);
  });

  it('has the default ask with a time box', () => {
    expect(defaultAsk).toBe('a 20-minute call in the next few weeks, at a time that suits you');
  });
});

describe('validateTemplate', () => {
  it('accepts known placeholders, with or without spaces inside the braces', () => {
    expect(validateTemplate('Hi {{firstName}}, {{ theirWork }} and {{theAsk}}.')).toEqual([]);
    expect(validateTemplate('')).toEqual([]);
    expect(validateTemplate('No placeholders, {single braces} are text.')).toEqual([]);
  });

  it('flags an unknown placeholder and suggests the right case', () => {
    const [error, ...rest] = validateTemplate('Hi {{FirstName}}');
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ kind: 'unknown', index: 3, length: 13 });
    expect(error?.message).toContain('Did you mean {{firstName}}?');
  });

  it('flags an unknown placeholder with no near match', () => {
    const errors = validateTemplate('Hi {{nickname}}');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toBe('{{nickname}} is not a known placeholder.');
  });

  it.each([
    ['an unclosed placeholder', 'Hi {{ firstName', 'unclosed', 3],
    ['an unclosed one before another', 'Hi {{firstName, {{myName}}', 'unclosed', 3],
    ['closing braces with no opening', 'Hi firstName}}', 'unopened', 12],
    ['empty braces', 'Hi {{}}', 'empty', 3],
    ['blank braces', 'Hi {{   }}', 'empty', 3],
    ['a name with a space', 'Hi {{first name}}', 'invalid-name', 3],
    ['triple braces', 'Hi {{{firstName}}}', 'invalid-name', 3],
    ['a name with punctuation', 'Hi {{first.name}}', 'invalid-name', 3],
  ])('flags %s with a message', (_, template, kind, index) => {
    const errors = validateTemplate(template);
    expect(errors[0]).toMatchObject({ kind, index });
    expect(errors[0]?.message.length).toBeGreaterThan(10);
  });

  it('stays fast and lists at most 50 problems for a hostile template', () => {
    const started = performance.now();
    const errors = validateTemplate('{{'.repeat(50_000) + '}}'.repeat(50_000));
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.length).toBeLessThanOrEqual(50);
  });
});

describe('placeholdersIn', () => {
  it('lists names in order of first use, once each', () => {
    expect(placeholdersIn('{{myName}} {{firstName}} {{myName}} {{oops}}')).toEqual([
      'myName',
      'firstName',
      'oops',
    ]);
  });
});

describe('renderTemplate', () => {
  it('fills values and marks segments', () => {
    const result = renderTemplate('Hi {{firstName}}, {{theAsk}}?', {
      firstName: 'Priya',
      theAsk: 'coffee',
    });
    expect(result.text).toBe('Hi Priya, coffee?');
    expect(result.unfilled).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.segments).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'placeholder', text: 'Priya', name: 'firstName' },
      { kind: 'text', text: ', ' },
      { kind: 'placeholder', text: 'coffee', name: 'theAsk' },
      { kind: 'text', text: '?' },
    ]);
  });

  it.each([
    ['missing', {}],
    ['null', { firstName: null }],
    ['empty', { firstName: '' }],
    ['blank', { firstName: '   ' }],
  ])('leaves a %s value unfilled and visible, never "undefined" or "null"', (_, values) => {
    const result = renderTemplate('Hi {{firstName}}, thanks.', values);
    expect(result.text).toBe('Hi {{firstName}}, thanks.');
    expect(result.unfilled).toEqual(['firstName']);
    expect(result.segments[1]).toEqual({
      kind: 'unfilled',
      text: '{{firstName}}',
      name: 'firstName',
    });
    expect(result.text).not.toMatch(/undefined|null/);
  });

  it('lists each unfilled name once, in order', () => {
    const result = renderTemplate('{{myName}} {{firstName}} {{myName}}', {});
    expect(result.unfilled).toEqual(['myName', 'firstName']);
  });

  it('keeps an unknown placeholder visible and unfilled, and reports it', () => {
    const result = renderTemplate('Hi {{nickname}}', { firstName: 'Priya' });
    expect(result.text).toBe('Hi {{nickname}}');
    expect(result.unfilled).toEqual(['nickname']);
    expect(result.errors[0]?.kind).toBe('unknown');
  });

  it('does not read inherited keys as values', () => {
    const result = renderTemplate('{{constructor}}', {});
    expect(result.unfilled).toEqual(['constructor']);
    expect(result.text).toBe('{{constructor}}');
  });

  it('normalises the spelling {{ name }} to {{name}} when unfilled', () => {
    expect(renderTemplate('Hi {{ firstName }}', {}).text).toBe('Hi {{firstName}}');
  });

  it('inserts values literally and never re-scans them', () => {
    const hostile = {
      firstName: '{{myName}}',
      theirWork: '<script>alert("x")</script> & <b>bold</b>',
      myName: 'Sam',
      currentRole: '}} {{ {{theAsk}}',
    };
    const result = renderTemplate(
      'Hi {{firstName}}: {{theirWork}} / {{currentRole}} — {{myName}}',
      hostile,
    );
    expect(result.text).toBe(
      'Hi {{myName}}: <script>alert("x")</script> & <b>bold</b> / }} {{ {{theAsk}} — Sam',
    );
    expect(result.unfilled).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.segments.filter((segment) => segment.kind === 'placeholder')).toHaveLength(4);
  });

  it('keeps template syntax errors as literal text and reports them', () => {
    const result = renderTemplate('Hi {{firstName, thanks', { firstName: 'Priya' });
    expect(result.text).toBe('Hi {{firstName, thanks');
    expect(result.errors[0]?.kind).toBe('unclosed');
  });

  it('renders a 2,000-character value in full (the length check is the tact check’s job)', () => {
    const about = 'I build small models. '.repeat(91).slice(0, 2_000);
    const result = renderTemplate('I read {{theirWork}}.', { theirWork: about });
    expect(result.text).toHaveLength('I read .'.length + about.trim().length);
  });

  it('renders emoji and right-to-left values unchanged', () => {
    const result = renderTemplate('Hi {{firstName}} 👋', { firstName: 'محمد' });
    expect(result.text).toBe('Hi محمد 👋');
  });

  it('segments always join to the text', () => {
    const result = renderTemplate('{{a}} {{firstName}} }} {{myName', { firstName: 'P' });
    expect(result.segments.map((segment) => segment.text).join('')).toBe(result.text);
  });
});
