// the hint's own styles, inside its shadow root: the page's CSS can't reach in, ours can't leak out.
// the tokens mirror components/styles.css (type scale, spacing, colours, focus ring, fit scale)
export const hintCss = `
:host { all: initial; display: block; margin: 8px 0 12px; max-width: 420px; }
.card {
  --bg: #ffffff; --fg: #1f2328; --muted: #57606a; --line: #d0d7de; --accent: #0b6b4f;
  --accent-hover: #095a42; --link: #0b6b4f; --panel: #f6f8fa;
  --pos: #116329; --neg: #a40e26; --focus: #0969da; --accent-fg: #ffffff;
  --fit-strong: #116329; --fit-good: #3b7d23; --fit-weak: #a40e26; --fit-none: #57606a;
  --text-xs: 12px; --text-sm: 13px; --text-xl: 20px; --space-1: 4px; --space-2: 8px; --space-3: 12px;
  font: var(--text-sm)/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 10px;
  border-inline-start: 4px solid var(--fit-none);
  padding: 10px 12px; box-sizing: border-box; text-align: start;
  box-shadow: 0 1px 2px rgb(31 35 40 / 0.08);
}
:host([data-theme="dark"]) .card {
  --bg: #151b23; --fg: #e6edf3; --muted: #9da7b3; --line: #3d444d; --accent: #3fb68b;
  --accent-hover: #5cc9a0; --link: #5cc9a0; --panel: #0d1117;
  --pos: #3fb950; --neg: #ff7b72; --focus: #4493f8; --accent-fg: #0d1117;
  --fit-strong: #3fb950; --fit-good: #8ccf5a; --fit-weak: #ff7b72; --fit-none: #9da7b3;
  box-shadow: none;
}
.card[data-band="strong"] { border-inline-start-color: var(--fit-strong); }
.card[data-band="good"] { border-inline-start-color: var(--fit-good); }
.card[data-band="weak"] { border-inline-start-color: var(--fit-weak); }
.head { display: flex; align-items: baseline; gap: var(--space-2); flex-wrap: wrap; }
.score { font-size: var(--text-xl); font-weight: 700; color: var(--fg); }
.card[data-band="strong"] .score { color: var(--fit-strong); }
.card[data-band="good"] .score { color: var(--fit-good); }
.card[data-band="weak"] .score { color: var(--fit-weak); }
.of { color: var(--muted); }
.band { font-weight: 600; }
.brand {
  margin-inline-start: auto; color: var(--muted); font-size: 11px;
  display: inline-flex; align-items: center; gap: var(--space-1); align-self: center;
}
.mark { flex: none; }
.mark-bg { fill: var(--accent); }
.mark-line { fill: none; stroke: var(--accent-fg); stroke-linecap: round; stroke-linejoin: round; }
ul { margin: 6px 0 0; padding: 0; list-style: none; }
li { margin: 2px 0; overflow-wrap: anywhere; }
li .sign { display: inline-block; width: 1.2em; font-weight: 700; }
li.pos .sign { color: var(--pos); }
li.neg .sign { color: var(--neg); }
li.note { color: var(--muted); }
p { margin: 6px 0 0; overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.warn { color: var(--neg); }
.quiet { font-size: var(--text-xs); border-top: 1px solid var(--line); padding-top: 6px; margin-top: var(--space-2); }
.actions { display: flex; gap: var(--space-2); align-items: center; flex-wrap: wrap; margin-top: var(--space-2); }
button {
  font: inherit; color: var(--fg); background: var(--panel); border: 1px solid var(--line);
  border-radius: 6px; padding: 3px 10px; min-height: 28px; cursor: pointer;
}
button:hover:not(:disabled) { border-color: var(--muted); }
button.primary { background: var(--accent); border-color: var(--accent); color: var(--accent-fg); font-weight: 600; }
button.primary:hover:not(:disabled) { background: var(--accent-hover); border-color: var(--accent-hover); }
button.link { border: 0; padding: 0; min-height: 0; background: none; color: var(--link); font-weight: 500; }
button.link:hover { text-decoration: underline; }
button:disabled { opacity: .6; cursor: progress; }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.status { font-weight: 600; }
h3 { font-size: var(--text-xs); margin: 10px 0 0; color: var(--muted); font-weight: 600; }
.live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; margin: 0; }
.updates { border-top: 1px solid var(--line); margin-top: var(--space-2); padding-top: 2px; }
.marks { display: inline-flex; gap: var(--space-2); align-items: center; flex-wrap: wrap; }
.note { margin-top: var(--space-2); }
.note label { display: block; font-size: var(--text-xs); color: var(--muted); font-weight: 600; }
.note .actions { margin-top: var(--space-1); }
.note input { flex: 1 1 100%; }
input {
  font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line);
  border-radius: 6px; padding: 3px 8px; min-height: 28px; flex: 1; min-width: 0; box-sizing: border-box;
}
input:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
button[aria-disabled="true"] { opacity: .6; cursor: progress; }
.said { color: var(--pos); font-weight: 500; }
`;
