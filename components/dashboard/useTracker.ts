import { useCallback, useEffect, useRef, useState } from 'react';
import type { Person, PersonSummary, RecordProblem } from '@/utils/shortlist/schema/person';
import { summarize } from '@/utils/shortlist/tracker/summarize';
import { askFirstScreen, type FirstScreen } from './firstScreen';
import { ask, messageOf } from './request';

export const CHANGES_CHANNEL = 'mentorlens-changes';

export type TrackerState =
  | { status: 'loading' }
  | { status: 'error'; error: string }
  | {
      status: 'ready';
      people: PersonSummary[];
      problems: RecordProblem[];
      problemsTotal: number;
      /** false while only the newest first screen is loaded */
      complete: boolean;
      /** how many people there are in all */
      total: number;
    };

const problemKey = (problem: RecordProblem) => `${problem.store}:${problem.key}`;

function mergeProblems(a: readonly RecordProblem[], b: readonly RecordProblem[]): RecordProblem[] {
  const seen = new Map(a.map((problem) => [problemKey(problem), problem]));
  for (const problem of b)
    if (!seen.has(problemKey(problem))) seen.set(problemKey(problem), problem);
  return [...seen.values()];
}

/**
 * the shortlist as compact summaries, loaded once; changes made here or in another tab
 * replace single entries, so nothing reloads the whole table on each change. The first screen
 * comes first (the newest people, then everyone): `firstScreen` when the page's entry already
 * asked for it, used by the first load only
 */
export function useTracker(firstScreen?: Promise<FirstScreen>) {
  const [state, setState] = useState<TrackerState>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const live = useRef(true);
  const early = useRef(firstScreen);

  const put = useCallback(
    (summaries: readonly PersonSummary[], removed: readonly string[] = []) => {
      setState((current) => {
        if (current.status !== 'ready') return current;
        const incoming = new Map(summaries.map((summary) => [summary.id, summary]));
        const gone = new Set(removed);
        const people = current.people.flatMap((person) => {
          if (gone.has(person.id)) return [];
          const next = incoming.get(person.id);
          incoming.delete(person.id);
          return [next ?? person];
        });
        return { ...current, people: [...incoming.values(), ...people] };
      });
    },
    [],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the reload trigger
  useEffect(() => {
    live.current = true;
    const checkProblems = () =>
      // people the list could not show (damaged, or a lost summary): checked after the first render
      ask({ type: 'scanProblems' }).then(
        (scan) => {
          if (!live.current) return;
          setState((current) => {
            if (current.status !== 'ready') return current;
            const problems = mergeProblems(current.problems, scan.problems);
            // the scan lists at most a few hundred; the rest are only counted
            return {
              ...current,
              problems,
              problemsTotal: problems.length + scan.total - scan.problems.length,
            };
          });
          if (scan.repaired.length) put(scan.repaired);
        },
        () => undefined,
      );
    const failed = (error: unknown) =>
      live.current && setState({ status: 'error', error: messageOf(error) });
    // a reload asks afresh
    const asked = (version === 0 && early.current) || askFirstScreen();
    asked.then((first) => {
      if (!live.current) return;
      const complete = first.summaries.length + first.problems.length >= first.total;
      setState({
        status: 'ready',
        people: first.summaries,
        problems: first.problems,
        problemsTotal: first.problems.length,
        complete,
        total: first.total,
      });
      if (complete) return void checkProblems();
      ask({ type: 'listSummaries' }).then((all) => {
        if (!live.current) return;
        setState({
          status: 'ready',
          people: all.summaries,
          problems: all.problems,
          problemsTotal: all.problems.length,
          complete: true,
          total: all.total,
        });
        void checkProblems();
      }, failed);
    }, failed);
    return () => {
      live.current = false;
    };
  }, [version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);

  /** the page changed a person: show the new state right away */
  const apply = useCallback((person: Person) => put([summarize(person)]), [put]);
  const remove = useCallback((id: string) => put([], [id]), [put]);

  useEffect(() => {
    if (typeof BroadcastChannel !== 'function') return;
    const channel = new BroadcastChannel(CHANGES_CHANNEL);
    channel.onmessage = (event: MessageEvent) => {
      const change = event.data as { ids?: unknown; all?: unknown } | null;
      if (change?.all === true) return reload();
      if (!Array.isArray(change?.ids)) return;
      const ids = change.ids.filter((id): id is string => typeof id === 'string').slice(0, 1_000);
      ask({ type: 'getSummaries', ids }).then(
        (summaries) => {
          const found = new Set(summaries.map((summary) => summary.id));
          put(
            summaries,
            ids.filter((id) => !found.has(id)),
          );
        },
        () => undefined,
      );
    };
    return () => channel.close();
  }, [put, reload]);

  return { state, reload, apply, remove };
}

export type Tracker = ReturnType<typeof useTracker>;
