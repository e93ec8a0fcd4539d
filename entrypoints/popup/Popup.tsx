import { browser } from 'wxt/browser';
import { BrandHeading } from '@/components/BrandMark';
import { type Current, CurrentPerson, loadCurrent } from '@/components/current-tab/CurrentPerson';
import { type Early, useEarlyAsync } from '@/components/current-tab/early';
import { PageList } from '@/components/lists/PageList';
import type { PageList as PageListValue } from '@/components/lists/pageList';
import { WhereToLookDisclosure } from '@/components/lists/WhereToLook';
import { send } from '@/utils/messaging/send';
import { type LoadedMenteeProfile, loadMenteeProfile } from '@/utils/settings/mentee-profile';

/** the popup's loads, started as it opened (show.tsx), before React rendered */
export interface PopupFirst {
  current: Early<Current>;
  count: Early<number>;
  goals: Early<LoadedMenteeProfile>;
  list: Early<PageListValue>;
}

/** opens the side panel (Chrome) or sidebar (Firefox) from this click, before any await loses the gesture */
function openSidePanel() {
  const chromeSidePanel = (
    browser as unknown as { sidePanel?: { open(o: { windowId: number }): Promise<void> } }
  ).sidePanel;
  const firefoxSidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } })
    .sidebarAction;
  if (firefoxSidebar) return void firefoxSidebar.open().then(() => window.close());
  if (!chromeSidePanel) return;
  void browser.windows.getCurrent().then((win) => {
    if (win.id !== undefined)
      void chromeSidePanel.open({ windowId: win.id }).then(() => window.close());
  });
}

/** `first`: loads started as the popup opened; without them (tests), the popup asks itself */
export function Popup({ first }: { first?: PopupFirst }) {
  // the first loads serve the first render only: a reload after a change asks again
  const current = useEarlyAsync(first?.current, () => loadCurrent());
  const count = useEarlyAsync(first?.count, () => send({ type: 'countPeople' }));
  const goals = useEarlyAsync(first?.goals, loadMenteeProfile);
  const openSettings = () => void send({ type: 'openOptions' }).then(() => window.close());
  const reload = () => {
    current.reload();
    count.reload();
  };
  return (
    // the popup stays within 600 px: long content scrolls inside it
    <main className="popup">
      <BrandHeading>MentorLens</BrandHeading>
      {goals.state.status === 'ready' && goals.state.value.usesDefaultProfile && (
        <section aria-label="Set your goals" className="panel">
          <p>
            You haven't set your goals yet, so scores are measured against a sample profile (an
            aspiring ML engineer). Open Settings and answer the four welcome questions under “Your
            goals”: the role you want, your topics, where you are and the help you want.
          </p>
          <button type="button" className="primary" onClick={openSettings}>
            Set your goals
          </button>
        </section>
      )}
      {current.state.status === 'loading' && <p className="muted loading">Reading this tab…</p>}
      {current.state.status === 'error' && <p className="error">{current.state.error}</p>}
      {current.state.status === 'ready' && (
        <CurrentPerson current={current.state.value} onChange={reload} />
      )}
      <PageList first={first?.list} />
      <WhereToLookDisclosure />
      <hr />
      <p>
        {count.state.status === 'ready'
          ? `${count.state.value} ${count.state.value === 1 ? 'person' : 'people'} on your shortlist`
          : count.state.status === 'error'
            ? count.state.error
            : '…'}
      </p>
      <div className="row">
        <button
          type="button"
          onClick={() => void send({ type: 'openDashboard' }).then(() => window.close())}
        >
          Open dashboard
        </button>
        <button type="button" onClick={openSettings}>
          Settings
        </button>
        <button type="button" onClick={openSidePanel}>
          Side panel
        </button>
      </div>
    </main>
  );
}
