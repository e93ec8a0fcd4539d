import { type FormEvent, useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import {
  loadReminderSettings,
  type ReminderSettings as Settings,
  saveReminderSettings,
} from '@/utils/settings/reminders';
import { syncProblem } from '@/utils/settings/sync-quota';
import { useAsync } from '../useAsync';
import { ask, messageOf } from './request';

function requestNotifications(): Promise<boolean> {
  // must run inside the click: the browser asks the user only during a user gesture
  try {
    return browser.permissions.request({ permissions: ['notifications'] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

async function hasNotifications(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ permissions: ['notifications'] });
  } catch {
    return false;
  }
}

/** reminders on or off (the notifications permission is asked for only then), and their timing */
export function ReminderSettings({ onChanged }: { onChanged(): void }) {
  const loaded = useAsync(loadReminderSettings);
  if (loaded.state.status === 'loading') return <p className="muted">Loading reminder settings…</p>;
  if (loaded.state.status === 'error')
    return (
      <div role="alert" className="error">
        <p>{loaded.state.error}</p>
        <Form
          initial={null}
          onSaved={() => {
            loaded.reload();
            onChanged();
          }}
        />
      </div>
    );
  return (
    <Form
      initial={loaded.state.value}
      onSaved={() => {
        loaded.reload();
        onChanged();
      }}
    />
  );
}

const defaults: Settings = {
  enabled: false,
  followUpDays: 8,
  meetingLeadHours: 24,
  goalReview: true,
  goalReviewDays: 30,
};

function Form({ initial, onSaved }: { initial: Settings | null; onSaved(): void }) {
  const id = useId();
  const [settings, setSettings] = useState<Settings>(initial ?? defaults);
  const [permission, setPermission] = useState<boolean | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    void hasNotifications().then(setPermission);
  }, []);

  const save = async (next: Settings): Promise<boolean> => {
    setMessage(null);
    const problem = syncProblem({ reminders: next });
    if (problem) {
      setMessage({ ok: false, text: problem });
      return false;
    }
    try {
      await saveReminderSettings(next);
      await ask({ type: 'remindersChanged' });
      setSettings(next);
      return true;
    } catch (error) {
      setMessage({ ok: false, text: messageOf(error) });
      return false;
    }
  };

  const toggle = async (enabled: boolean) => {
    const permissionAsked = enabled ? requestNotifications() : null;
    if (!(await save({ ...settings, enabled }))) return;
    if (!permissionAsked) {
      setMessage({ ok: true, text: 'Reminders are off. The Due list below still works.' });
      onSaved();
      return;
    }
    const granted = await permissionAsked;
    setPermission(granted);
    setMessage({
      ok: true,
      text: granted
        ? 'Reminders are on: notifications and the toolbar badge.'
        : 'Reminders are on without notifications (not allowed): the toolbar badge and this Due list show what is due.',
    });
    onSaved();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await save(settings)) {
      setMessage({ ok: true, text: 'Saved.' });
      onSaved();
    }
  };

  const number = (key: 'followUpDays' | 'meetingLeadHours' | 'goalReviewDays', value: string) =>
    setSettings((current) => ({ ...current, [key]: Number(value) }));

  return (
    <form onSubmit={submit} className="panel" aria-labelledby={`${id}-heading`} noValidate>
      <h3 id={`${id}-heading`}>Reminder settings</h3>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(e) => void toggle(e.target.checked)}
        />{' '}
        Remind me (notifications and the toolbar badge)
      </label>
      {settings.enabled && permission === false && (
        <p className="hint">
          Notifications are not allowed: the badge and this list still show what is due.
        </p>
      )}
      <div className="row">
        <div className="field compact">
          <label htmlFor={`${id}-days`}>Follow up after (days)</label>
          <input
            id={`${id}-days`}
            type="number"
            min={1}
            max={60}
            value={settings.followUpDays}
            onChange={(e) => number('followUpDays', e.target.value)}
          />
        </div>
        <div className="field compact">
          <label htmlFor={`${id}-hours`}>Remind me before meetings (hours)</label>
          <input
            id={`${id}-hours`}
            type="number"
            min={1}
            max={168}
            value={settings.meetingLeadHours}
            onChange={(e) => number('meetingLeadHours', e.target.value)}
          />
        </div>
        <div className="field compact">
          <label htmlFor={`${id}-review`}>Goal review every (days)</label>
          <input
            id={`${id}-review`}
            type="number"
            min={7}
            max={92}
            value={settings.goalReviewDays}
            onChange={(e) => number('goalReviewDays', e.target.value)}
          />
        </div>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.goalReview}
          onChange={(e) => setSettings((current) => ({ ...current, goalReview: e.target.checked }))}
        />{' '}
        Monthly goal review
      </label>
      <p className="hint">
        At most two follow-ups per person; after that MentorLens suggests “no response”.
      </p>
      <div className="row">
        <button type="submit">Save reminder settings</button>
        {message && (
          <span role={message.ok ? 'status' : 'alert'} className={message.ok ? 'muted' : 'error'}>
            {message.text}
          </span>
        )}
      </div>
    </form>
  );
}
