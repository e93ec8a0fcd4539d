import { askFirstScreen } from '@/components/dashboard/firstScreen';
import { showLoadFailure } from '@/components/load-failure';

// the newest people are asked first, then React and the rest of the dashboard load while the worker answers
const firstScreen = askFirstScreen();
import('./show').then(({ showDashboard }) => showDashboard(firstScreen)).catch(showLoadFailure);
