import type { Root } from 'react-dom/client';
import type { FirstScreen } from '@/components/dashboard/firstScreen';
import { mountPage } from '@/components/mount';
import { Dashboard } from './Dashboard';

/** renders the dashboard with the first screen its entry asked for as it opened */
export function showDashboard(firstScreen: Promise<FirstScreen>): Root {
  return mountPage(<Dashboard firstScreen={firstScreen} />);
}
