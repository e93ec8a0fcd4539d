// the settings page's sections, in page order: the nav is the page's table of contents
export const settingsSections = [
  { id: 'goals', label: 'Your goals' },
  { id: 'fit', label: 'Fit' },
  { id: 'templates', label: 'Messages and templates' },
  { id: 'channels', label: 'Channels' },
  { id: 'reminders', label: 'Reminders' },
  { id: 'quiet', label: 'Quiet mode' },
  { id: 'data', label: 'Your data' },
  { id: 'privacy', label: 'Privacy' },
] as const;

/** section navigation for the settings page: plain in-page links, so back and reload keep the place */
export function SettingsNav() {
  return (
    <nav aria-label="Settings sections" className="settings-nav">
      <ul className="plain">
        {settingsSections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
