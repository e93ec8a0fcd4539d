import { type FormEvent, useId, useState } from 'react';
import {
  eventTypeLabels,
  type LoggableEventType,
  loggableEventTypes,
  type MessageChannel,
  messageChannelLabels,
  messageChannels,
  type Person,
  type PersonEvent,
} from '@/utils/shortlist/schema/person';
import { statusLabels } from '@/utils/shortlist/schema/status';
import { formatDateTime, fromLocalInput, toLocalInput } from '../dates';
import { ask, messageOf, newId } from '../request';

function describe(event: PersonEvent): string {
  switch (event.type) {
    case 'status':
      return `${event.from ? statusLabels[event.from] : '?'} → ${event.to ? statusLabels[event.to] : '?'}`;
    case 'saved':
      return 'added to the shortlist';
    case 'message':
      return event.channel ? messageChannelLabels[event.channel] : '';
    default:
      return '';
  }
}

/** everything that happened with this person, newest first */
export function Timeline({ events }: { events: readonly PersonEvent[] }) {
  const newestFirst = [...events].reverse();
  return (
    <ol className="timeline" aria-label="Timeline">
      {newestFirst.map((event) => {
        const detail = describe(event);
        return (
          <li key={event.id}>
            <time dateTime={event.at}>{formatDateTime(event.at)}</time>{' '}
            <strong>{eventTypeLabels[event.type]}</strong>
            {detail && <span> · {detail}</span>}
            {event.text && <div className="pre">{event.text}</div>}
          </li>
        );
      })}
    </ol>
  );
}

const verbs: Record<LoggableEventType, string> = {
  message: 'I sent a message',
  reply: 'They replied',
  meeting: 'We met',
  intro: 'They made an intro',
  note: 'A note',
};

/** records what happened: a message sent, a reply, a meeting, an intro or a note */
export function RecordEvent({
  person,
  onRecorded,
}: {
  person: Person;
  onRecorded(person: Person, event: PersonEvent): void;
}) {
  const id = useId();
  const [type, setType] = useState<LoggableEventType>('note');
  const [when, setWhen] = useState(() => toLocalInput(new Date().toISOString()));
  // left as it was, "when" means the moment Record is pressed, to the second
  const [whenTouched, setWhenTouched] = useState(false);
  const [channel, setChannel] = useState<MessageChannel>('linkedin-message');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const at = whenTouched ? fromLocalInput(when) : new Date().toISOString();
    if (!at) return setError('Give the date and time it happened.');
    setBusy(true);
    try {
      const result = await ask({
        type: 'addEvent',
        event: {
          id: newId(type),
          personId: person.id,
          type,
          at,
          text: text.trim() || null,
          channel: type === 'message' ? channel : null,
        },
      });
      setText('');
      setWhenTouched(false);
      setWhen(toLocalInput(new Date().toISOString()));
      onRecorded(result.person, result.event);
    } catch (cause) {
      setError(messageOf(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} className="record" aria-label="Record what happened">
      <div className="row">
        <div className="field compact">
          <label htmlFor={`${id}-type`}>What happened</label>
          <select
            id={`${id}-type`}
            value={type}
            onChange={(e) => setType(e.target.value as LoggableEventType)}
          >
            {loggableEventTypes.map((value) => (
              <option key={value} value={value}>
                {verbs[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="field compact">
          <label htmlFor={`${id}-when`}>When</label>
          <input
            id={`${id}-when`}
            type="datetime-local"
            value={when}
            onChange={(e) => {
              setWhen(e.target.value);
              setWhenTouched(true);
            }}
          />
        </div>
        {type === 'message' && (
          <div className="field compact">
            <label htmlFor={`${id}-via`}>Sent via</label>
            <select
              id={`${id}-via`}
              value={channel}
              onChange={(e) => setChannel(e.target.value as MessageChannel)}
            >
              {messageChannels.map((value) => (
                <option key={value} value={value}>
                  {messageChannelLabels[value]}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>Details</label>
        <textarea
          id={`${id}-text`}
          rows={2}
          value={text}
          maxLength={20_000}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="row">
        <button type="submit" disabled={busy}>
          {busy ? 'Recording…' : 'Record'}
        </button>
        {error && (
          <span role="alert" className="error">
            {error}
          </span>
        )}
      </div>
    </form>
  );
}
