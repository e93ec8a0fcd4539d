import { useState } from 'react';
import { loadQuietMode, type QuietMode, saveQuietMode } from '@/utils/settings/quiet-mode';
import { useAsync } from './useAsync';

const sites: Array<{ key: keyof QuietMode; label: string }> = [
  { key: 'linkedin', label: 'Quiet on LinkedIn' },
  { key: 'github', label: 'Quiet on GitHub' },
];

/** per site: read the profile but insert nothing into the page */
export function QuietModeSettings() {
  const quiet = useAsync(loadQuietMode);
  const [error, setError] = useState<string | null>(null);
  if (quiet.state.status !== 'ready')
    return (
      <p className="muted">{quiet.state.status === 'error' ? quiet.state.error : 'Loading…'}</p>
    );
  const value = quiet.state.value;
  const toggle = async (key: keyof QuietMode, on: boolean) => {
    try {
      await saveQuietMode({ ...value, [key]: on });
      quiet.reload();
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    }
  };
  return (
    <fieldset>
      <legend className="legend">Hints inside the page</legend>
      <p className="hint">
        In quiet mode MentorLens inserts nothing into the site: the analysis appears only in the
        popup. LinkedIn's User Agreement forbids extensions that modify the appearance of its pages;
        turn quiet mode on for LinkedIn to stay on the safe side.
      </p>
      {sites.map((site) => (
        <label key={site.key} className="row">
          <input
            type="checkbox"
            checked={value[site.key]}
            onChange={(e) => void toggle(site.key, e.target.checked)}
          />
          {site.label}
        </label>
      ))}
      {error && <p className="error">{error}</p>}
    </fieldset>
  );
}
