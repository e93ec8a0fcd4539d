import { type FormEvent, useId, useState } from 'react';
import { useAsync } from '@/components/useAsync';
import { messageOf } from '@/utils/errors';
import {
  type ChannelLimits,
  channelLimitsSchema,
  defaultChannelLimits,
  linkedinAccounts,
} from '@/utils/outreach/channels';
import {
  loadChannelLimits,
  resetChannelLimits,
  saveChannelLimits,
} from '@/utils/settings/channels';

type NumberKey = Exclude<keyof ChannelLimits, 'linkedinAccount'>;

const numberFields: Array<{ key: NumberKey; label: string; hint?: string }> = [
  {
    key: 'connectionNoteFree',
    label: 'Connection note limit, free account',
    hint: 'LinkedIn allows 200 characters on free accounts.',
  },
  { key: 'connectionNotePremium', label: 'Connection note limit, Premium', hint: 'Usually 300.' },
  {
    key: 'freeNotesPerMonth',
    label: 'Personalised notes a month, free account',
    hint: 'What your account shows; sources say 3 to 10.',
  },
  { key: 'inmailSubject', label: 'InMail subject limit' },
  { key: 'inmailBody', label: 'InMail message limit', hint: 'Sources say 1,900 to 2,000.' },
  { key: 'linkedinMessage', label: 'LinkedIn message limit' },
  { key: 'emailSubject', label: 'Email subject limit' },
];

const labelOf = (key: PropertyKey | undefined) =>
  key === 'linkedinAccount'
    ? 'LinkedIn account'
    : (numberFields.find((field) => field.key === key)?.label ?? String(key ?? 'value'));

function Form({ initial, onReset }: { initial: ChannelLimits; onReset(): void }) {
  const id = useId();
  const [account, setAccount] = useState(initial.linkedinAccount);
  const [numbers, setNumbers] = useState<Record<NumberKey, string>>(
    () =>
      Object.fromEntries(numberFields.map(({ key }) => [key, String(initial[key])])) as Record<
        NumberKey,
        string
      >,
  );
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const input = {
      linkedinAccount: account,
      ...Object.fromEntries(
        numberFields.map(({ key }) => [
          key,
          numbers[key].trim() === '' ? Number.NaN : Number(numbers[key]),
        ]),
      ),
    };
    // checked here first, so the message names the field as the form labels it
    const parsed = channelLimitsSchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setMessage({
        kind: 'error',
        text: `Not saved: ${labelOf(issue?.path[0])}: ${issue?.message ?? 'invalid'}.`,
      });
      return;
    }
    try {
      await saveChannelLimits(parsed.data);
      setMessage({ kind: 'ok', text: 'Saved. Drafts use these limits from now on.' });
    } catch (cause) {
      setMessage({ kind: 'error', text: messageOf(cause) });
    }
  };

  return (
    <form onSubmit={submit} aria-label="Channel limits" noValidate>
      <fieldset>
        <legend className="legend">LinkedIn account</legend>
        {linkedinAccounts.map((value) => (
          <label key={value} className="row">
            <input
              type="radio"
              name={`${id}-account`}
              value={value}
              checked={account === value}
              onChange={() => setAccount(value)}
            />
            {value === 'free' ? 'Free' : 'Premium'}
          </label>
        ))}
        <p className="hint">
          Connection notes are limited by your account type: the draft’s counter follows it.
        </p>
      </fieldset>
      {numberFields.map(({ key, label, hint }) => (
        <div className="field" key={key}>
          <label htmlFor={`${id}-${key}`}>{label}</label>
          <input
            id={`${id}-${key}`}
            type="number"
            inputMode="numeric"
            min={key === 'freeNotesPerMonth' ? 0 : 1}
            step={1}
            value={numbers[key]}
            onChange={(event) => setNumbers({ ...numbers, [key]: event.target.value })}
          />
          <span className="hint">
            {hint ? `${hint} ` : ''}Default: {defaultChannelLimits[key].toLocaleString('en')}.
          </span>
        </div>
      ))}
      <div className="row">
        <button type="submit" className="primary">
          Save channels
        </button>
        <button type="button" onClick={onReset}>
          Reset channels to the defaults
        </button>
      </div>
      {message && (
        <p
          className={message.kind === 'error' ? 'error' : 'muted'}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </form>
  );
}

/** the options page's "Channels" section: account type and the limits drafts are counted against */
export function ChannelLimitsForm() {
  const limits = useAsync(loadChannelLimits);
  if (limits.state.status === 'loading') return <p className="muted">Loading…</p>;
  const reset = () => void resetChannelLimits().then(limits.reload);
  if (limits.state.status === 'error') {
    return (
      <div role="alert">
        <p className="error">{limits.state.error}</p>
        <button type="button" onClick={reset}>
          Reset channels to the defaults
        </button>
      </div>
    );
  }
  return (
    <Form key={JSON.stringify(limits.state.value)} initial={limits.state.value} onReset={reset} />
  );
}
