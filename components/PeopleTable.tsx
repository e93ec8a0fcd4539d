import { useState } from 'react';
import type { Person } from '@/utils/shortlist/person';
import { nextStatuses, type Status, statusLabels } from '@/utils/shortlist/status';

export interface PeopleTableProps {
  people: Person[];
  highlight: string | null;
  onStatus(person: Person, status: Status): void;
  onRemove(person: Person): void;
}

const sourcesOf = (person: Person): string =>
  [person.profiles.linkedin && 'LinkedIn', person.profiles.github && 'GitHub']
    .filter(Boolean)
    .join(' + ');

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function Row({
  person,
  highlight,
  onStatus,
  onRemove,
}: Omit<PeopleTableProps, 'people'> & { person: Person }) {
  const [confirming, setConfirming] = useState(false);
  const name = person.name ?? person.id;
  return (
    <tr aria-current={highlight === person.id ? 'true' : undefined} data-person-id={person.id}>
      <th scope="row">
        <span>{name}</span>
        {person.headline && <div className="muted">{person.headline}</div>}
      </th>
      <td>{sourcesOf(person)}</td>
      <td>
        {person.fit ? (
          <span title={person.fit.band}>
            {person.fit.score} · {person.fit.band}
          </span>
        ) : (
          '—'
        )}
      </td>
      <td>
        <select
          aria-label="Status"
          value={person.status}
          onChange={(event) => onStatus(person, event.target.value as Status)}
        >
          {[person.status, ...nextStatuses(person.status)].map((status) => (
            <option key={status} value={status}>
              {statusLabels[status]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <time dateTime={person.savedAt}>{dateFormat.format(new Date(person.savedAt))}</time>
      </td>
      <td>
        {confirming ? (
          <span className="row">
            <button type="button" className="danger" onClick={() => onRemove(person)}>
              Confirm remove
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => setConfirming(true)} aria-label={`Remove ${name}`}>
            Remove
          </button>
        )}
      </td>
    </tr>
  );
}

/** the shortlist as a table: name, source, fit, status, date saved */
export function PeopleTable({ people, ...rest }: PeopleTableProps) {
  return (
    <table>
      <caption className="sr-only">Shortlisted people</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Source</th>
          <th scope="col">Fit</th>
          <th scope="col">Status</th>
          <th scope="col">Saved</th>
          <th scope="col">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {people.map((person) => (
          <Row key={person.id} person={person} {...rest} />
        ))}
      </tbody>
    </table>
  );
}
