import {
  type DragEvent,
  type KeyboardEvent,
  memo,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { PersonSummary } from '@/utils/shortlist/person';
import {
  canMove,
  neighbourStatus,
  type Status,
  statuses,
  statusLabels,
} from '@/utils/shortlist/status';
import { personHref } from './useRoute';
import { useWindow } from './useWindow';

export const CARD_HEIGHT = 76;

export interface BoardProps {
  people: readonly PersonSummary[];
  /** resolves true when the move was saved */
  onMove(person: PersonSummary, to: Status): Promise<boolean>;
}

interface ColumnProps {
  status: Status;
  people: readonly PersonSummary[];
  helpId: string;
  focusId: string | null;
  onFocused(): void;
  dragging: PersonSummary | null;
  onKey(person: PersonSummary, event: KeyboardEvent<HTMLLIElement>): void;
  onDragStart(person: PersonSummary): void;
  onDragEnd(): void;
  onDrop(to: Status): void;
}

const Card = memo(function Card({
  person,
  helpId,
  onKey,
  onDragStart,
  onDragEnd,
}: {
  person: PersonSummary;
  helpId: string;
  onKey: ColumnProps['onKey'];
  onDragStart: ColumnProps['onDragStart'];
  onDragEnd: ColumnProps['onDragEnd'];
}) {
  const name = person.name ?? person.id;
  return (
    <li
      className="card"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a card is a keyboard-movable item, described by the board's help text
      tabIndex={0}
      draggable
      data-card-id={person.id}
      aria-describedby={helpId}
      onKeyDown={(event) => onKey(person, event)}
      onDragStart={(event: DragEvent<HTMLLIElement>) => {
        event.dataTransfer.setData('text/plain', person.id);
        event.dataTransfer.effectAllowed = 'move';
        onDragStart(person);
      }}
      onDragEnd={onDragEnd}
    >
      <a href={personHref(person.id)} tabIndex={-1}>
        {name}
      </a>
      <div className="muted clip">
        {person.fitScore !== null ? `${person.fitScore} · ${person.fitBand}` : 'not scored'}
        {person.doNotContact ? ' · do not contact' : ''}
      </div>
      {person.tags.length > 0 && <div className="muted clip">{person.tags.join(', ')}</div>}
    </li>
  );
});

const count = new Intl.NumberFormat();

function Column({
  status,
  people,
  helpId,
  focusId,
  onFocused,
  dragging,
  onKey,
  onDragStart,
  onDragEnd,
  onDrop,
}: ColumnProps) {
  const { ref, start, end, before, after } = useWindow<HTMLUListElement>(
    people.length,
    CARD_HEIGHT,
    4,
  );
  const headingId = useId();
  const accepts =
    dragging !== null && dragging.status !== status && canMove(dragging.status, status);
  useEffect(() => {
    if (!focusId) return;
    const index = people.findIndex((person) => person.id === focusId);
    const list = ref.current;
    if (index < 0 || !list) return;
    list.scrollTop = index * CARD_HEIGHT;
    onFocused();
    requestAnimationFrame(() => {
      for (const card of list.querySelectorAll<HTMLElement>('[data-card-id]'))
        if (card.dataset.cardId === focusId) card.focus();
    });
  }, [focusId, people, ref, onFocused]);
  return (
    <section
      className={`column${accepts ? ' accepts' : ''}`}
      aria-labelledby={headingId}
      onDragOver={(event) => {
        if (!accepts) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
      }}
      onDrop={(event) => {
        event.preventDefault();
        if (accepts) onDrop(status);
      }}
    >
      <h3 id={headingId}>
        {statusLabels[status]} <span className="muted">({count.format(people.length)})</span>
      </h3>
      <ul ref={ref} className="cards" aria-labelledby={headingId}>
        {before > 0 && <li aria-hidden="true" className="spacer" style={{ height: before }} />}
        {people.slice(start, end).map((person) => (
          <Card
            key={person.id}
            person={person}
            helpId={helpId}
            onKey={onKey}
            onDragStart={onDragStart}
            onDragEnd={onDragEnd}
          />
        ))}
        {after > 0 && <li aria-hidden="true" className="spacer" style={{ height: after }} />}
      </ul>
    </section>
  );
}

/** the shortlist by status: arrow keys (or drag and drop) move a person along the pipeline */
export function Board({ people, onMove }: BoardProps) {
  const helpId = useId();
  const [message, setMessage] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  const [dragging, setDragging] = useState<PersonSummary | null>(null);
  const busy = useRef(false);
  const clearFocus = useCallback(() => setFocusId(null), []);
  const clearDragging = useCallback(() => setDragging(null), []);

  const columns = useMemo(() => {
    const groups = new Map<Status, PersonSummary[]>(statuses.map((status) => [status, []]));
    for (const person of people) groups.get(person.status)?.push(person);
    // the most recently moved first: a card you just moved is at the top of its new column
    for (const list of groups.values())
      list.sort((a, b) => Date.parse(b.statusChangedAt) - Date.parse(a.statusChangedAt));
    return groups;
  }, [people]);

  const move = async (person: PersonSummary, to: Status) => {
    if (busy.current) return;
    busy.current = true;
    const name = person.name ?? person.id;
    try {
      if (await onMove(person, to)) {
        setMessage(`Moved ${name} to ${statusLabels[to]}.`);
        setFocusId(person.id);
      }
    } finally {
      busy.current = false;
    }
  };

  const onKey = (person: PersonSummary, event: KeyboardEvent<HTMLLIElement>) => {
    if (event.key === 'Enter') {
      location.hash = personHref(person.id);
      return;
    }
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const to = neighbourStatus(person.status, event.key === 'ArrowRight' ? 1 : -1);
    const name = person.name ?? person.id;
    if (!to) {
      setMessage(
        `${name} can't move ${event.key === 'ArrowRight' ? 'further' : 'back'} from ${statusLabels[person.status]}.`,
      );
      return;
    }
    void move(person, to);
  };

  return (
    <section aria-labelledby="board-heading">
      <h2 id="board-heading">Board</h2>
      <p id={helpId} className="hint">
        Focus a card, then press → or ← to move it to the next or previous stage it can go to; Enter
        opens the person. You can also drag a card to another column.
      </p>
      <p role="status" className="muted">
        {message}
      </p>
      <div className="board">
        {statuses.map((status) => (
          <Column
            key={status}
            status={status}
            people={columns.get(status) ?? []}
            helpId={helpId}
            focusId={focusId}
            onFocused={clearFocus}
            dragging={dragging}
            onKey={onKey}
            onDragStart={setDragging}
            onDragEnd={clearDragging}
            onDrop={(to) => {
              if (dragging) void move(dragging, to);
              setDragging(null);
            }}
          />
        ))}
      </div>
    </section>
  );
}
