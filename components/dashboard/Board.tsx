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
import { FitBar } from '@/components/FitBar';
import { nextStepFor } from '@/components/PeopleTable';
import type { PersonSummary } from '@/utils/shortlist/schema/person';
import {
  canMove,
  neighbourStatus,
  nextStatuses,
  type Status,
  statuses,
  statusLabels,
} from '@/utils/shortlist/schema/status';
import { personHref } from './useRoute';
import { useWindow } from './useWindow';

export const CARD_HEIGHT = 96;

/** the pipeline's active stages get a column each; the end states share one lane */
export const activeStages: Status[] = [
  'saved',
  'contacted',
  'replied',
  'meeting-scheduled',
  'mentoring',
];
export const endStates: Status[] = ['declined', 'no-response', 'not-a-fit', 'ended', 'paused'];
export const END_LANE = 'Closed or paused';

const DAY = 86_400_000;

function initials(name: string): string {
  const words = name.split(/[\s@._-]+/).filter(Boolean);
  return ((words[0]?.[0] ?? '') + (words.length > 1 ? (words.at(-1)?.[0] ?? '') : ''))
    .toUpperCase()
    .slice(0, 2);
}

/** why a move is refused, in words: where this person can go from here */
export function refusal(person: PersonSummary, to: Status): string {
  const name = person.name ?? person.id;
  const from = statusLabels[person.status];
  const options = nextStatuses(person.status).map((status) => statusLabels[status]);
  return `${name} can't move from ${from} to ${statusLabels[to]}. From ${from} they can go to ${options.join(', ')}.`;
}

export interface BoardProps {
  people: readonly PersonSummary[];
  /** resolves true when the move was saved */
  onMove(person: PersonSummary, to: Status): Promise<boolean>;
}

interface ColumnProps {
  /** the stage (an active column), or the end states of the lane */
  stages: readonly Status[];
  title: string;
  people: readonly PersonSummary[];
  helpId: string;
  focusId: string | null;
  onFocused(): void;
  dragging: PersonSummary | null;
  onKey(person: PersonSummary, event: KeyboardEvent<HTMLLIElement>): void;
  onDragStart(person: PersonSummary): void;
  onDragEnd(): void;
  onDrop(to: Status): void;
  now: number;
}

const Card = memo(function Card({
  person,
  helpId,
  lane,
  now,
  onKey,
  onDragStart,
  onDragEnd,
}: {
  person: PersonSummary;
  helpId: string;
  lane: boolean;
  now: number;
  onKey: ColumnProps['onKey'];
  onDragStart: ColumnProps['onDragStart'];
  onDragEnd: ColumnProps['onDragEnd'];
}) {
  const name = person.name ?? person.id;
  const days = Math.max(0, Math.floor((now - Date.parse(person.statusChangedAt)) / DAY));
  return (
    <li
      className="card"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a card is a keyboard-movable item, described by the board's help text
      tabIndex={0}
      draggable
      data-card-id={person.id}
      aria-describedby={helpId}
      aria-label={`${name}, ${statusLabels[person.status]} for ${days === 0 ? 'less than a day' : `${days} days`}`}
      onKeyDown={(event) => onKey(person, event)}
      onDragStart={(event: DragEvent<HTMLLIElement>) => {
        event.dataTransfer.setData('text/plain', person.id);
        event.dataTransfer.effectAllowed = 'move';
        onDragStart(person);
      }}
      onDragEnd={onDragEnd}
    >
      <div className="card-head">
        <span className="avatar" aria-hidden="true">
          {initials(name)}
        </span>
        <a href={personHref(person.id)} tabIndex={-1} className="person-name clip">
          {name}
        </a>
      </div>
      {person.headline && <div className="muted clip card-line">{person.headline}</div>}
      <div className="card-meta">
        <FitBar
          score={person.fitScore}
          band={person.fitBand}
          borderline={person.fitBorderline === true}
        />
        <span className="muted">
          {lane ? `${statusLabels[person.status]} · ` : ''}
          {days === 0 ? 'today' : `${days} d`}
        </span>
      </div>
      <div className="clip card-line">
        {person.doNotContact ? (
          <span className="badge">do not contact</span>
        ) : lane ? null : (
          <span className="muted">Next: {nextStepFor[person.status]}</span>
        )}
      </div>
    </li>
  );
});

const count = new Intl.NumberFormat();

function Column({
  stages,
  title,
  people,
  helpId,
  focusId,
  onFocused,
  dragging,
  onKey,
  onDragStart,
  onDragEnd,
  onDrop,
  now,
}: ColumnProps) {
  const lane = stages.length > 1;
  const { ref, start, end, before, after } = useWindow<HTMLUListElement>(
    people.length,
    CARD_HEIGHT,
    4,
  );
  const headingId = useId();
  const accepting = (to: Status) =>
    dragging !== null && dragging.status !== to && canMove(dragging.status, to);
  const accepts = stages.some(accepting);
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
      // every column takes the drop, so a refused one can say why instead of snapping back silently
      onDragOver={(event) => {
        if (!dragging) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = accepts ? 'move' : 'none';
      }}
      onDrop={(event) => {
        event.preventDefault();
        if (!lane) onDrop(stages[0] as Status);
      }}
    >
      <h3 id={headingId}>
        {title} <span className="muted">({count.format(people.length)})</span>
      </h3>
      {lane && (
        <ul className="lane-targets" aria-label="Move to an end state">
          {stages.map((to) => (
            <li
              key={to}
              className={accepting(to) ? 'accepts' : undefined}
              onDragOver={(event) => {
                if (!dragging) return;
                event.preventDefault();
                event.stopPropagation();
              }}
              onDrop={(event) => {
                event.preventDefault();
                event.stopPropagation();
                onDrop(to);
              }}
            >
              {statusLabels[to]}
            </li>
          ))}
        </ul>
      )}
      <ul ref={ref} className="cards" aria-labelledby={headingId}>
        {before > 0 && <li aria-hidden="true" className="spacer" style={{ height: before }} />}
        {people.slice(start, end).map((person) => (
          <Card
            key={person.id}
            person={person}
            helpId={helpId}
            lane={lane}
            now={now}
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
  const lanePeople = useMemo(
    () =>
      endStates
        .flatMap((status) => columns.get(status) ?? [])
        .sort((a, b) => Date.parse(b.statusChangedAt) - Date.parse(a.statusChangedAt)),
    [columns],
  );

  const now = Date.now();
  const move = async (person: PersonSummary, to: Status) => {
    if (person.status === to) return;
    if (!canMove(person.status, to)) {
      setMessage(refusal(person, to));
      return;
    }
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
        opens the person. You can also drag a card to another column, or onto an end state in the “
        {END_LANE}” lane.
      </p>
      <p role="status" aria-live="polite" className="board-status">
        {message}
      </p>
      <div className="board">
        {[...activeStages.map((stage) => [stage]), endStates].map((stages) => (
          <Column
            key={stages.join('|')}
            stages={stages}
            title={stages.length > 1 ? END_LANE : statusLabels[stages[0] as Status]}
            people={stages.length > 1 ? lanePeople : (columns.get(stages[0] as Status) ?? [])}
            now={now}
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
