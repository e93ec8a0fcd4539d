import { useEffect, useState } from 'react';
import { messageOf } from '@/utils/errors';
import { loadQuietMode, type QuietMode, saveQuietMode } from '@/utils/settings/quiet-mode';
import { useAsync } from './useAsync';

const sites: Array<{ key: keyof QuietMode; label: string }> = [
  { key: 'linkedin', label: 'Quiet on LinkedIn' },
  { key: 'github', label: 'Quiet on GitHub' },
];

/** per site: read the profile but insert nothing into the page */
export function QuietModeSettings() {
  const loaded = useAsync(loadQuietMode);
  const [value, setValue] = useState<QuietMode | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (loaded.state.status === 'ready') setValue(loaded.state.value);
  }, [loaded.state]);
  if (loaded.state.status === 'error') return <p className="error">{loaded.state.error}</p>;
  if (!value) return <p className="muted">Loading…</p>;
  const toggle = async (key: keyof QuietMode, on: boolean) => {
    const next = { ...value, [key]: on };
    setValue(next);
    setError(null);
    try {
      await saveQuietMode(next);
    } catch (cause) {
      setValue(value);
      setError(messageOf(cause));
    }
  };
  return (
    <fieldset>
      <legend className="legend">Hints inside the page</legend>
      <p className="hint">
        In quiet mode MentorLens inserts nothing into the site: the analysis appears only in the
        popup and the side panel. LinkedIn's User Agreement forbids extensions that modify the
        appearance of its pages; turn quiet mode on for LinkedIn to stay on the safe side.
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
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
