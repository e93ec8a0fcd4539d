import { browser } from 'wxt/browser';
import { useAsync } from './useAsync';

/** one command as the browser reports it: the shortcut the user has now, or none */
export interface Command {
  name?: string;
  description?: string;
  shortcut?: string;
}

// our labels, in our order; the browser's own names differ (firefox's sidebar uses its reserved command)
const known: Array<{ names: string[]; label: string }> = [
  { names: ['_execute_action'], label: 'Open the MentorLens popup' },
  {
    names: ['open-side-panel', '_execute_sidebar_action'],
    label: 'Open the side panel (Chrome) or sidebar (Firefox)',
  },
  { names: ['shortlist-profile'], label: 'Shortlist the profile in this tab' },
];

export const isFirefox = (): boolean =>
  typeof (browser as unknown as { sidebarAction?: unknown }).sidebarAction === 'object';

const loadCommands = async (): Promise<Command[]> => (await browser.commands?.getAll()) ?? [];

/** opens the browser's own shortcut settings: the only place a shortcut can be changed */
function openShortcutSettings() {
  const commands = browser.commands as unknown as { openShortcutSettings?: () => Promise<void> };
  if (commands?.openShortcutSettings) return void commands.openShortcutSettings();
  if (!isFirefox()) void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

/** the keyboard shortcuts as the browser has them now, and how to change them */
export function KeyboardShortcuts({
  load = loadCommands,
  firefox = isFirefox(),
}: {
  load?: () => Promise<Command[]>;
  firefox?: boolean;
}) {
  const commands = useAsync(load);
  const all = commands.state.status === 'ready' ? commands.state.value : [];
  const rows = known.flatMap(({ names, label }) => {
    const command = all.find((c) => c.name && names.includes(c.name));
    return command ? [{ name: command.name ?? '', label, shortcut: command.shortcut ?? '' }] : [];
  });
  return (
    <section aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      {commands.state.status === 'loading' && <p className="muted">Loading…</p>}
      {commands.state.status === 'error' && (
        <p className="error">Couldn't read the shortcuts: {commands.state.error}</p>
      )}
      {commands.state.status === 'ready' && rows.length === 0 && (
        <p className="muted">This browser reports no keyboard shortcuts for MentorLens.</p>
      )}
      {rows.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Shortcut</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name}>
                <td>{row.label}</td>
                <td>{row.shortcut ? <kbd>{row.shortcut}</kbd> : 'not set'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        {firefox
          ? 'To change them: open the add-ons manager (about:addons), click the gear menu, then "Manage Extension Shortcuts".'
          : 'To change them: open chrome://extensions/shortcuts (in Edge: edge://extensions/shortcuts).'}{' '}
        A shortcut another extension or the browser already uses stays unset until you pick one.
      </p>
      <button type="button" onClick={openShortcutSettings}>
        Change shortcuts
      </button>
      <p className="hint">
        In quiet mode, or without the popup: right-click a LinkedIn or GitHub profile and choose
        "Shortlist &lt;name&gt; in MentorLens" or "Open in MentorLens".
      </p>
    </section>
  );
}
