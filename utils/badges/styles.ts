// the badge's own styles, inside its shadow root: compact, inline, beside a name
export const badgeCss = `
:host { all: initial; display: inline-block; vertical-align: middle; margin-inline-start: 6px; position: relative; }
.badge {
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --accent: #0b6b4f;
  --accent-fg: #ffffff; --focus: #0969da; --warn: #a40e26;
  font: 12px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
  display: inline-flex; align-items: center; gap: 4px; flex-wrap: wrap;
}
:host([data-theme="dark"]) .badge {
  --bg: #151b23; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --accent: #3fb68b;
  --accent-fg: #0d1117; --focus: #4493f8; --warn: #ff7b72;
}
button {
  font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line);
  border-radius: 10px; padding: 1px 8px; cursor: pointer; white-space: nowrap;
}
button.fit { font-weight: 600; }
button.fit .num { color: var(--accent); }
button.save { background: var(--accent); border-color: var(--accent); color: var(--accent-fg); }
button:disabled { opacity: .6; cursor: progress; }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
.status { color: var(--muted); white-space: nowrap; }
.warn { color: var(--warn); }
.details {
  position: absolute; z-index: 2147483000; top: 100%; inset-inline-start: 0; margin-top: 4px;
  width: 280px; max-width: 80vw; background: var(--bg); color: var(--fg); border: 1px solid var(--line);
  border-radius: 8px; padding: 8px 10px; box-shadow: 0 4px 12px rgba(0,0,0,.15);
}
.details ul { margin: 4px 0 0; padding-inline-start: 16px; }
.details li, .details p { overflow-wrap: anywhere; margin: 2px 0; }
.muted { color: var(--muted); }
`;
