import { messageOf } from '@/utils/errors';
import { askOpeningAnswers } from './opening';

// the tab and the worker are asked first, then React and the rest of the popup load while they answer
const opening = askOpeningAnswers();
import('./show')
  .then(({ showPopup }) => showPopup(opening))
  .catch((error: unknown) => {
    // the popup's code didn't load: it says so rather than stay blank (written here, not imported:
    // one more file before the popup asks anything costs every opening a fetch)
    const message = document.createElement('p');
    message.className = 'error';
    message.setAttribute('role', 'alert');
    message.textContent = `MentorLens couldn't load this page (${messageOf(error)}). Close it and open it again; if it keeps failing, reload MentorLens on your browser's extensions page.`;
    document.getElementById('root')?.replaceChildren(message);
  });
