import { type ReactNode, StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import './styles.css';

/**
 * renders an extension page into its #root. `now`: in this task, before anything else runs (the
 * popup, whose first answers are already in), instead of in a task React schedules
 */
export function mountPage(page: ReactNode, { now = false }: { now?: boolean } = {}): Root {
  const root = document.getElementById('root');
  if (!root) throw new Error('the page has no #root element');
  const react = createRoot(root);
  const render = () => react.render(<StrictMode>{page}</StrictMode>);
  if (now) flushSync(render);
  else render();
  return react;
}
