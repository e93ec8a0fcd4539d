import { describe, expect, it } from 'vitest';
import { all, first, union, visibleText } from '@/utils/profile/github/dom';
import { parseHtml } from '../../../support/real-fixtures';

describe('visibleText', () => {
  it('folds whitespace and keeps blocks apart', () => {
    const doc = parseHtml(
      '<article><h2>Hi</h2><p>one\n\n  two</p><ul><li>a</li><li>b</li></ul>end</article>',
    );
    expect(visibleText(doc.querySelector('article'))).toBe('Hi one two a b end');
  });

  it('keeps inline runs together', () => {
    const doc = parseHtml('<p>Lumen<b>AI</b> <a href="#">team</a></p>');
    expect(visibleText(doc.querySelector('p'))).toBe('LumenAI team');
  });

  it('skips text that is never shown: script, style, template, noscript, svg titles, textarea', () => {
    const doc = parseHtml(
      '<div>a<script>S</script><style>.s{}</style><template>T</template><noscript>N</noscript><svg><title>V</title></svg><textarea>X</textarea>b</div>',
    );
    expect(visibleText(doc.querySelector('div'))).toBe('ab');
  });

  it('gives null for nothing, empty and whitespace-only nodes', () => {
    const doc = parseHtml('<p id="empty"></p><p id="space"> \n\t </p>');
    expect(visibleText(null)).toBeNull();
    expect(visibleText(undefined)).toBeNull();
    expect(visibleText(doc.getElementById('empty'))).toBeNull();
    expect(visibleText(doc.getElementById('space'))).toBeNull();
  });

  it('stops collecting after its budget', () => {
    const doc = parseHtml(`<div>${'<span>word</span>'.repeat(2_000)}</div>`);
    const text = visibleText(doc.querySelector('div'), 100) ?? '';
    expect(text.length).toBeGreaterThanOrEqual(100);
    expect(text.length).toBeLessThan(120);
  });

  it('walks 20,000 levels deep without recursion', () => {
    const doc = parseHtml('<div id="top"></div>');
    let node = doc.getElementById('top') as Element;
    for (let level = 0; level < 20_000; level += 1) {
      const child = doc.createElement('span');
      node.append(child);
      node = child;
    }
    node.append('bottom');
    expect(visibleText(doc.getElementById('top'))).toBe('bottom');
  });
});

describe('first, all, union', () => {
  const doc = parseHtml('<i class="b">1</i><i class="a">2</i><i class="b">3</i>');
  const text = (elements: Element[]) => elements.map((element) => element.textContent);

  it('first: the first variant that matches wins, not the first element in the page', () => {
    expect(first(doc, ['.missing', '.a', '.b'])?.textContent).toBe('2');
    expect(first(doc, ['.missing'])).toBeNull();
  });

  it('all: every match of the first variant that matches', () => {
    expect(text(all(doc, ['.missing', '.b', '.a']))).toEqual(['1', '3']);
    expect(all(doc, [])).toEqual([]);
  });

  it('union: every variant, each element once', () => {
    expect(text(union(doc, ['.a', 'i']))).toEqual(['2', '1', '3']);
  });
});
