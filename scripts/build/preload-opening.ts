import type { WxtViteConfig } from 'wxt';

type Plugin = Extract<NonNullable<WxtViteConfig['plugins']>[number], { name: string }>;
type HtmlTag = { tag: string; attrs: Record<string, string | boolean>; injectTo: 'head' };
interface Chunk {
  type: 'chunk';
  fileName: string;
  imports: string[];
  dynamicImports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

/** the chunk, its static imports (all the way down) and their CSS: what loading it fetches */
function closure(
  bundle: Record<string, unknown>,
  start: string[],
): { js: string[]; css: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (file: string) => {
    const chunk = bundle[file] as Chunk | undefined;
    if (js.has(file) || chunk?.type !== 'chunk') return;
    js.add(file);
    for (const sheet of chunk.viteMetadata?.importedCss ?? []) css.add(sheet);
    for (const next of chunk.imports) visit(next);
  };
  for (const file of start) visit(file);
  return { js: [...js], css: [...css] };
}

/**
 * these pages' entries send their first requests, then import the rest of the page: without a
 * hint the rest is only fetched once the entry ran, one more round trip before the first render.
 * Their HTML names those chunks (modulepreload) and their CSS (stylesheet), fetched alongside the
 * entry while its requests are answered
 */
export function preloadOpening(pages: readonly string[]): Plugin {
  return {
    name: 'mentorlens-preload-opening',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const { bundle, chunk } = context as unknown as {
          bundle?: Record<string, unknown>;
          chunk?: Chunk;
        };
        if (!bundle || !chunk || !pages.some((page) => context.path.endsWith(`/${page}`)))
          return [];
        const already = closure(bundle, [chunk.fileName]);
        const opening = closure(bundle, chunk.dynamicImports);
        const tags: HtmlTag[] = [
          ...opening.js
            .filter((file) => !already.js.includes(file))
            .map((file) => ({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
              injectTo: 'head' as const,
            })),
          ...opening.css
            .filter((file) => !already.css.includes(file))
            .map((file) => ({
              tag: 'link',
              attrs: { rel: 'stylesheet', crossorigin: true, href: `/${file}` },
              injectTo: 'head' as const,
            })),
        ];
        return tags;
      },
    },
  };
}
