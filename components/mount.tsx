import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';

/** renders an extension page into its #root */
export function mountPage(page: ReactNode): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('the page has no #root element');
  createRoot(root).render(<StrictMode>{page}</StrictMode>);
}
