import type { WxtViteConfig } from 'wxt';

type Plugin = Extract<NonNullable<WxtViteConfig['plugins']>[number], { name: string }>;

// react-dom's only innerHTML writes serve dangerouslySetInnerHTML, which this project never uses
const write = /\(domElement\.innerHTML = key\)/g;
const refusal =
  '(function () { throw Error("MentorLens never renders HTML: dangerouslySetInnerHTML is refused"); })()';
const EXPECTED = 2;

/**
 * replaces them in the production build with a throw, so the add-on holds no innerHTML write at all
 * (web-ext lint's UNSAFE_VAR_ASSIGNMENT) and a stray dangerouslySetInnerHTML fails loudly
 */
export function noReactInnerHtml(): Plugin {
  return {
    name: 'mentorlens-no-react-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/.test(id)) return null;
      const found = code.match(write)?.length ?? 0;
      // a react-dom upgrade that moves the code must not pass silently
      if (found !== EXPECTED)
        this.error(
          `expected ${EXPECTED} innerHTML writes in react-dom, found ${found}: update ${import.meta.filename}`,
        );
      return { code: code.replace(write, refusal), map: null };
    },
  };
}
