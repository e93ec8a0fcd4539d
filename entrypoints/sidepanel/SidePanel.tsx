import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { BrandHeading } from '@/components/BrandMark';
import { CurrentPerson, loadCurrent } from '@/components/current-tab/CurrentPerson';
import { PageList } from '@/components/lists/PageList';
import { useAsync } from '@/components/useAsync';

const SETTLE_MS = 400;

/** the current tab's analysis next to the page; follows tab switches and in-page navigation */
export function SidePanel() {
  const current = useAsync(loadCurrent);
  const { reload } = current;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(reload, SETTLE_MS);
    };
    browser.tabs.onActivated.addListener(later);
    browser.tabs.onUpdated.addListener(later);
    return () => {
      clearTimeout(timer);
      browser.tabs.onActivated.removeListener(later);
      browser.tabs.onUpdated.removeListener(later);
    };
  }, [reload]);
  return (
    <main className="sidepanel">
      <BrandHeading>MentorLens</BrandHeading>
      {current.state.status === 'loading' && <p className="muted loading">Reading this tab…</p>}
      {current.state.status === 'error' && <p className="error">{current.state.error}</p>}
      {current.state.status === 'ready' && (
        <CurrentPerson current={current.state.value} onChange={reload} />
      )}
      {current.state.status === 'ready' && <PageList />}
    </main>
  );
}
