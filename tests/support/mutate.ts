// seeded mutations of saved pages, to check that extractors never throw and never return an invalid snapshot.
// everything is deterministic for a seed: a failure names its seed, chain and steps, and replays exactly.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { hashSeed, type Random, seededRandom } from './random';
import { projectRoot, readRealFixture, realFixtures } from './real-fixtures';

export { hashSeed, type Random, seededRandom } from './random';

export type HtmlMutation = { name: string; apply: (html: string, random: Random) => string };
export type DomMutation = { name: string; apply: (doc: Document, random: Random) => void };

function insertAt(html: string, offset: number, text: string): string {
  return html.slice(0, offset) + text + html.slice(offset);
}

/** a random offset just inside a tag: "<div cla" */
function insideTag(html: string, random: Random): number {
  const start = random.int(html.length);
  const open = html.indexOf('<', start);
  return open === -1 ? start : Math.min(html.length, open + 1 + random.int(12));
}

/** mutations of the serialized page, applied before parsing */
export const htmlMutations: readonly HtmlMutation[] = [
  { name: 'cut-mid-tag', apply: (html, random) => html.slice(0, insideTag(html, random)) },
  { name: 'cut-anywhere', apply: (html, random) => html.slice(0, random.int(html.length + 1)) },
  // everything after it becomes a comment or script text
  {
    name: 'open-comment',
    apply: (html, random) => insertAt(html, random.int(html.length), '<!--'),
  },
  {
    name: 'open-script',
    apply: (html, random) => insertAt(html, random.int(html.length), '<script>'),
  },
  {
    name: 'stray-closing-tags',
    apply: (html, random) =>
      insertAt(html, insideTag(html, random), '"></span></div></li></ul></main>'),
  },
];

/** a uniformly chosen element of the body (or of the document when there is no body) */
function randomElement(doc: Document, random: Random): Element | null {
  const scope = doc.body ?? doc.documentElement;
  if (!scope) return null;
  const elements = scope.getElementsByTagName('*');
  return elements.length === 0 ? scope : (elements[random.int(elements.length)] ?? null);
}

function textNodes(root: Node, limit: number): Text[] {
  const found: Text[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0 && found.length < limit) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) found.push(node as Text);
    else for (const child of node.childNodes) stack.push(child);
  }
  return found;
}

function stripAttribute(attribute: 'class' | 'id' | 'itemprop' | 'href'): DomMutation {
  return {
    name: `strip-${attribute}`,
    apply: (doc, random) => {
      // sometimes a few elements lose it, sometimes every one does
      const share = random.pick([0.1, 0.5, 1]);
      for (const element of doc.querySelectorAll(`[${attribute}]`)) {
        if (random.chance(share)) element.removeAttribute(attribute);
      }
    },
  };
}

const hostileTexts = [
  '<img src=x onerror=alert(1)>',
  '{{firstName}}',
  '\u202Egnp.exe\u200B\u200D',
  '9'.repeat(40),
  '1.2k',
  '',
  'x'.repeat(50_000),
];
const hostileHrefs = [
  'javascript:alert(1)',
  'data:text/html,<script>1</script>',
  'http://[::1',
  '//evil.example',
  '',
];

/** mutations of the parsed page */
export const domMutations: readonly DomMutation[] = [
  {
    name: 'remove-subtree',
    apply: (doc, random) => {
      const element = randomElement(doc, random);
      if (element && element !== doc.body && element !== doc.documentElement) element.remove();
    },
  },
  stripAttribute('class'),
  stripAttribute('id'),
  stripAttribute('itemprop'),
  stripAttribute('href'),
  {
    name: 'truncate-text',
    apply: (doc, random) => {
      const element = randomElement(doc, random);
      for (const text of element ? textNodes(element, 200) : []) {
        if (random.chance(0.5)) text.data = text.data.slice(0, random.int(text.data.length + 1));
      }
    },
  },
  {
    name: 'shuffle-siblings',
    apply: (doc, random) => {
      let element = randomElement(doc, random);
      while (element && element.children.length < 2) element = element.parentElement;
      if (!element) return;
      const children = [...element.children];
      for (let index = children.length - 1; index > 0; index -= 1) {
        const other = random.int(index + 1);
        [children[index], children[other]] = [
          children[other] as Element,
          children[index] as Element,
        ];
      }
      element.append(...children);
    },
  },
  {
    name: 'duplicate-section',
    apply: (doc, random) => {
      const element = randomElement(doc, random);
      // bounded so that chained duplications cannot grow a page without limit
      if (!element || element === doc.body || element.getElementsByTagName('*').length > 2_000)
        return;
      element.after(element.cloneNode(true));
    },
  },
  {
    name: 'hostile-text',
    apply: (doc, random) => {
      const element = randomElement(doc, random);
      const texts = element ? textNodes(element, 50) : [];
      if (texts.length > 0) random.pick(texts).data = random.pick(hostileTexts);
      else element?.append(random.pick(hostileTexts));
    },
  },
  {
    name: 'hostile-href',
    apply: (doc, random) => {
      const links = doc.querySelectorAll('a[href]');
      const link = links[random.int(links.length)];
      link?.setAttribute('href', random.pick(hostileHrefs));
    },
  },
];

export type PageSource = { name: string; url: string; html: string };

export type MutatedPage = {
  page: PageSource;
  /** the mutated document; the next step mutates it further, so read it before asking for the next one */
  doc: Document;
  /** mutation names applied so far in this chain, html mutation first */
  steps: string[];
  /** "seed/chain/step": enough to replay this exact page */
  id: string;
};

export type MutationOptions = {
  /** how many mutated pages to yield in all */
  count: number;
  seed: number;
  /** dom mutations applied one after another to one parse; parsing dominates the cost, so chains keep it cheap */
  chain?: number;
  /** share of chains that start from a mutated html string */
  htmlShare?: number;
  /** html → Document; defaults to the environment's DOMParser */
  parse?: (html: string) => Document;
};

/**
 * mutated pages, round-robin over `pages`; deterministic for the options.
 * 10,000 pages with chain 10 cost about 1,000 parses (minutes in happy-dom, seconds in a browser).
 */
export function* mutatedPages(
  pages: readonly PageSource[],
  options: MutationOptions,
): Generator<MutatedPage> {
  const chain = Math.max(1, options.chain ?? 8);
  const htmlShare = options.htmlShare ?? 0.3;
  const parse =
    options.parse ?? ((html: string) => new DOMParser().parseFromString(html, 'text/html'));
  if (pages.length === 0) return;
  let produced = 0;
  for (let chainIndex = 0; produced < options.count; chainIndex += 1) {
    const page = pages[chainIndex % pages.length] as PageSource;
    const random = seededRandom(options.seed ^ hashSeed(`${page.name}#${chainIndex}`));
    const steps: string[] = [];
    let html = page.html;
    if (random.chance(htmlShare)) {
      const mutation = random.pick(htmlMutations);
      html = mutation.apply(html, random);
      steps.push(mutation.name);
    }
    const doc = parse(html);
    for (let step = 0; step < chain && produced < options.count; step += 1) {
      const mutation = random.pick(domMutations);
      mutation.apply(doc, random);
      steps.push(mutation.name);
      produced += 1;
      yield { page, doc, steps: [...steps], id: `${options.seed}/${chainIndex}/${step}` };
    }
  }
}

/** the real saved pages of github, linkedin and legacy with the URL each was served at; empty when absent */
export function realFixturePages(): PageSource[] {
  return realFixtures()
    .filter((row) => /^(github|linkedin|legacy)\/.+\.html$/.test(row.file) && row.pageUrl)
    .map((row) => ({
      name: `real:${row.file}`,
      url: row.pageUrl as string,
      html: readRealFixture(row.file),
    }));
}

// our fixtures name their URL in og:url or rel=canonical; otherwise the folder and file name decide
function fixtureUrl(site: 'github' | 'linkedin', file: string, html: string): string {
  const head = html.slice(0, 8_000);
  const declared =
    /<meta\s+property="og:url"\s+content="([^"]+)"/i.exec(head)?.[1] ??
    /<link\s+rel="canonical"\s+href="([^"]+)"/i.exec(head)?.[1];
  if (declared) return declared;
  const stem = file.replace(/\.html$/, '');
  return site === 'github' ? `https://github.com/${stem}` : `https://www.linkedin.com/in/${stem}/`;
}

/** our own committed pages in tests/fixtures/github and tests/fixtures/linkedin */
export function ownFixturePages(): PageSource[] {
  const pages: PageSource[] = [];
  for (const site of ['github', 'linkedin'] as const) {
    const folder = path.join(projectRoot, 'tests/fixtures', site);
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder)
      .filter((name) => name.endsWith('.html'))
      .sort()) {
      const html = readFileSync(path.join(folder, file), 'utf8');
      pages.push({ name: `own:${site}/${file}`, url: fixtureUrl(site, file, html), html });
    }
  }
  return pages;
}
