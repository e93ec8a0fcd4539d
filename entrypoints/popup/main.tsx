import { showLoadFailure } from '@/components/load-failure';
import { askOpeningAnswers } from './opening';

// the tab and the worker are asked first, then React and the rest of the popup load while they answer
const opening = askOpeningAnswers();
import('./show').then(({ showPopup }) => showPopup(opening)).catch(showLoadFailure);
