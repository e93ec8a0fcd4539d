import type { Root } from 'react-dom/client';
import { loadCurrent } from '@/components/current-tab/CurrentPerson';
import { early } from '@/components/current-tab/early';
import { loadPageList } from '@/components/lists/pageList';
import { mountPage } from '@/components/mount';
import { loadMenteeProfile } from '@/utils/settings/mentee-profile';
import type { OpeningAnswers } from './opening';
import { Popup, type PopupFirst } from './Popup';

/** resolves once the page's queue has run one more task: what is already answered has settled by then */
const nextTask = () =>
  new Promise<void>((resolve) => {
    // a message, not a timer: a popup loading in a background tab gets its timers throttled
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/**
 * renders the popup with the answers its entry asked for as it opened. They have mostly arrived
 * while this chunk loaded: parsed in this task's microtasks, the first render shows the person and
 * the count at once. Whatever has not arrived by the next task shows as loading and fills in later
 */
export async function showPopup(opening: OpeningAnswers): Promise<Root> {
  const current = early(loadCurrent(opening));
  const count = early(opening.count);
  const goals = early(loadMenteeProfile());
  await Promise.race([Promise.allSettled([current.promise, count.promise]), nextTask()]);
  // the page list is parsed and scored after the first render: the render waits for none of it
  const list = early(loadPageList(opening.listReply));
  const first: PopupFirst = { current, count, goals, list };
  return mountPage(<Popup first={first} />, { now: true });
}
