// the hint's own styles, inside its shadow root: the page's CSS can't reach in, ours can't leak out
export const hintCss = `
:host { all: initial; display: block; margin: 8px 0 12px; max-width: 420px; }
.card {
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --accent: #0b6b4f;
  --pos: #116329; --neg: #a40e26; --focus: #0969da; --accent-fg: #ffffff;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 8px;
  padding: 10px 12px; box-sizing: border-box; text-align: start;
}
:host([data-theme="dark"]) .card {
  --bg: #151b23; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --accent: #3fb68b;
  --pos: #3fb950; --neg: #ff7b72; --focus: #4493f8; --accent-fg: #0d1117;
}
.head { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; }
.score { font-size: 20px; font-weight: 700; color: var(--accent); }
.of { color: var(--muted); }
.band { font-weight: 600; }
.brand { margin-inline-start: auto; color: var(--muted); font-size: 11px; }
ul { margin: 6px 0 0; padding: 0; list-style: none; }
li { margin: 2px 0; overflow-wrap: anywhere; }
li .sign { display: inline-block; width: 1.2em; font-weight: 700; }
li.pos .sign { color: var(--pos); }
li.neg .sign { color: var(--neg); }
li.note { color: var(--muted); }
p { margin: 6px 0 0; overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.warn { color: var(--neg); }
.actions { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin-top: 8px; }
button {
  font: inherit; color: var(--fg); background: transparent; border: 1px solid var(--line);
  border-radius: 6px; padding: 3px 10px; cursor: pointer;
}
button.primary { background: var(--accent); border-color: var(--accent); color: var(--accent-fg); font-weight: 600; }
button.link { border: 0; padding: 0; color: var(--focus); text-decoration: underline; }
button:disabled { opacity: .6; cursor: progress; }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.status { font-weight: 600; }
h3 { font-size: 12px; margin: 10px 0 0; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
`;
