import { bandFor, type FitResult } from '@/utils/fit/result';
import { emptySnapshot, type ProfileSnapshot } from '@/utils/profile/snapshot';
import { DAY_MS } from '@/utils/shortlist/schema/dates';
import {
  eventSchema,
  type Meeting,
  type MessageChannel,
  meetingSchema,
  type Person,
  type PersonEvent,
  personSchema,
} from '@/utils/shortlist/schema/person';
import type { Status } from '@/utils/shortlist/schema/status';
import type { Database } from '@/utils/shortlist/store/db';
import { inTransaction, writeBatch } from '@/utils/shortlist/store/records';
import { putSummaries } from '@/utils/shortlist/store/summary-chunks';
import { withEvent, withFit, withStatus } from '@/utils/shortlist/tracker/bookkeeping';
import { noStages } from '@/utils/shortlist/tracker/stages';
import { summarize } from '@/utils/shortlist/tracker/summarize';

// invented people for benchmarks and demos: deterministic for a given seed, never real names

export interface SeedOptions {
  people: number;
  /** total events, the "saved" and status events included */
  events: number;
  seed?: number;
  now?: Date;
}

export interface SeedData {
  people: Person[];
  events: PersonEvent[];
  meetings: Meeting[];
}

function random(seed: number) {
  let state = seed >>> 0;
  // mulberry32: small, fast, good enough for invented data
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return {
    next,
    pick,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
  };
}

const firstNames = [
  'Ada',
  'Bram',
  'Cleo',
  'Dario',
  'Esme',
  'Femi',
  'Gita',
  'Hugo',
  'Ines',
  'Jun',
  'Kaia',
  'Lior',
  'Mira',
  'Nils',
  'Oona',
  'Pavo',
  'Quin',
  'Rhea',
  'Soren',
  'Tala',
  'Umar',
  'Vesna',
  'Wren',
  'Xavi',
  'Yara',
  'Zeno',
];
const lastNames = [
  'Okafor',
  'Lindqvist',
  'Moravec',
  'Tanaka',
  'Quispe',
  'Abara',
  'Velloso',
  'Haddad',
  'Kowal',
  'Nakamura',
  'Osei',
  'Petrov',
  'Rautio',
  'Sandoval',
  'Teixeira',
  'Ulloa',
  'Varga',
  'Whitlock',
  'Yilmaz',
  'Zubiri',
];
const roles = [
  'ML engineer',
  'Staff ML engineer',
  'Research scientist',
  'Data scientist',
  'MLOps lead',
  'AI product manager',
  'Applied scientist',
  'Engineering manager, ML platform',
];
const companies = [
  'Lumen Labs',
  'Quarkline',
  'Tessellate AI',
  'Northwind Research',
  'Parallax Health',
  'Brightfold',
  'Orbitwise',
  'Cobalt Systems',
];
const places = [
  'Berlin',
  'Lisbon',
  'Nairobi',
  'Toronto',
  'Singapore',
  'Austin',
  'Stockholm',
  'Remote',
];
const skills = [
  'PyTorch',
  'Python',
  'MLOps',
  'LLMs',
  'Computer vision',
  'NLP',
  'Kubernetes',
  'Statistics',
  'Mentoring',
];
const tagsPool = [
  'llm',
  'mlops',
  'research',
  'career-change',
  'vision',
  'nlp',
  'startup',
  'referral-ok',
];
const notesPool = [
  'Met at a meetup; offered to review my portfolio.',
  'Writes a weekly newsletter on model evaluation.',
  'Prefers email; mornings work best.',
  'Asked about fees: free for now.',
  'Suggested reading on feature stores.',
];
const channels: MessageChannel[] = ['linkedin-connection-note', 'linkedin-message', 'email'];

// how far along the pipeline each final status gets, in order
const paths: Array<[Status, number, Status[]]> = [
  ['saved', 50, []],
  ['contacted', 20, ['contacted']],
  ['replied', 8, ['contacted', 'replied']],
  ['meeting-scheduled', 5, ['contacted', 'replied', 'meeting-scheduled']],
  ['mentoring', 4, ['contacted', 'replied', 'meeting-scheduled', 'mentoring']],
  ['ended', 2, ['contacted', 'replied', 'meeting-scheduled', 'mentoring', 'ended']],
  ['declined', 4, ['contacted', 'declined']],
  ['no-response', 4, ['contacted', 'no-response']],
  ['not-a-fit', 2, ['not-a-fit']],
  ['paused', 1, ['paused']],
];
const pathWeights = paths.reduce((sum, [, weight]) => sum + weight, 0);

/** the path whose share of the weights `roll` falls in */
function pickPath(roll: number): Status[] {
  let left = roll;
  for (const [, weight, path] of paths) {
    left -= weight;
    if (left < 0) return path;
  }
  return [];
}

function fitFor(score: number): FitResult {
  return {
    score,
    band: bandFor(score),
    reasons: [
      {
        signal: 'expertise',
        weight: 1,
        effect: Math.round(score / 3),
        text: 'Works in machine learning: your target area',
      },
    ],
    cite: [],
    usesDefaultProfile: true,
  };
}

function snapshotFor(index: number, name: string, rng: ReturnType<typeof random>): ProfileSnapshot {
  const github = rng.next() < 0.5;
  const handle = `seed-${index}-${name.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  const url = github ? `https://github.com/${handle}` : `https://www.linkedin.com/in/${handle}/`;
  const title = rng.pick(roles);
  const company = rng.pick(companies);
  return {
    ...emptySnapshot(github ? 'github' : 'linkedin', handle, url),
    name,
    headline: `${title} at ${company}`,
    location: rng.pick(places),
    company,
    followers: rng.int(10, 20_000),
    experience: [
      {
        title,
        company,
        start: `${rng.int(2012, 2022)}`,
        end: null,
        location: null,
        description: null,
      },
    ],
    skills: [rng.pick(skills), rng.pick(skills)],
  };
}

/** invented people with consistent histories: statuses reached through real transitions */
export function seedData(options: SeedOptions): SeedData {
  const rng = random(options.seed ?? 1);
  const now = (options.now ?? new Date()).getTime();
  const people: Person[] = [];
  const events: PersonEvent[] = [];
  const meetings: Meeting[] = [];
  const event = (
    person: Person,
    at: string,
    fields: Partial<PersonEvent> & Pick<PersonEvent, 'type'>,
  ) =>
    events.push({
      id: `seed|${events.length}`,
      personId: person.id,
      at,
      from: null,
      to: null,
      text: null,
      channel: null,
      meetingId: null,
      ...fields,
    });
  for (let index = 0; index < options.people; index += 1) {
    const name = `${rng.pick(firstNames)} ${rng.pick(lastNames)}`;
    const snapshot = snapshotFor(index, name, rng);
    let time = now - rng.int(30, 400) * DAY_MS;
    const at = () => new Date(time).toISOString();
    const id = `${snapshot.source}:${snapshot.handle}`;
    let person: Person = withFit(
      {
        id,
        profileKeys: [id],
        name,
        headline: snapshot.headline,
        profiles: { [snapshot.source]: snapshot },
        fit: null,
        status: 'saved',
        statusChangedAt: at(),
        savedAt: at(),
        updatedAt: at(),
        role: null,
        tags: rng.next() < 0.4 ? [rng.pick(tagsPool)] : [],
        notes: rng.next() < 0.3 ? rng.pick(notesPool) : '',
        doNotContact: rng.next() < 0.01,
        focusArea: null,
        cadence: 'none',
        goalIds: [],
        fitHistory: [],
        followUp: { lastContactAt: null, count: 0 },
        stages: noStages,
        lastMeetingAt: null,
      },
      fitFor(rng.int(10, 95)),
      at(),
    );
    event(person, at(), { type: 'saved', to: 'saved' });
    const path = pickPath(rng.next() * pathWeights);
    for (const to of path) {
      time += rng.int(1, 12) * DAY_MS;
      event(person, at(), { type: 'status', from: person.status, to });
      person = withStatus(person, to, at());
      if (to === 'mentoring') {
        person = {
          ...person,
          role: rng.next() < 0.3 ? 'primary' : 'secondary',
          cadence: rng.next() < 0.5 ? 'monthly' : 'biweekly',
        };
        const meeting: Meeting = {
          id: `seed-meeting-${meetings.length}`,
          personId: id,
          date: at(),
          status: 'held',
          agenda: 'Portfolio review\nNext steps',
          notes: '',
          createdAt: at(),
          updatedAt: at(),
          actionItems: [
            { id: 'a1', text: 'Rewrite the project README', done: rng.next() < 0.5, goalId: null },
          ],
        };
        meetings.push(meeting);
        event(person, at(), { type: 'meeting', meetingId: meeting.id, text: 'Portfolio review' });
        person = withEvent(person, { type: 'meeting', at: at() }).person;
      }
    }
    people.push(person);
  }
  // the rest of the events: notes and messages spread over everyone
  for (let index = 0; events.length < options.events && people.length; index += 1) {
    const person = people[index % people.length] as Person;
    const at = new Date(Date.parse(person.updatedAt) - rng.int(0, 20) * 3_600_000).toISOString();
    if (rng.next() < 0.5) event(person, at, { type: 'note', text: rng.pick(notesPool) });
    else
      event(person, at, {
        type: 'message',
        channel: rng.pick(channels),
        text: 'Thanks again for your time.',
      });
  }
  return { people, events, meetings };
}

const BATCH = 1_000;

/** writes invented data in batches of transactions: for the benchmark (window.mentorlensBench.seed) */
export async function seedDatabase(
  db: Database,
  options: SeedOptions,
): Promise<{ people: number; events: number; meetings: number; ms: number }> {
  const started = performance.now();
  const data = seedData(options);
  const timelines = new Map<string, PersonEvent[]>();
  for (const event of data.events) {
    const list = timelines.get(event.personId);
    if (list) list.push(eventSchema.parse(event));
    else timelines.set(event.personId, [eventSchema.parse(event)]);
  }
  for (let start = 0; start < data.people.length; start += BATCH) {
    const tx = db.transaction(['people', 'summaryChunks'], 'readwrite');
    await inTransaction(tx, 'seeding', async () => {
      const writes = writeBatch();
      const summaries = [];
      for (const person of data.people.slice(start, start + BATCH)) {
        const valid = personSchema.parse(person);
        // v3: each person's events inside their record
        writes.add(
          tx.objectStore('people').put({ ...valid, events: timelines.get(valid.id) ?? [] }),
        );
        summaries.push(summarize(valid));
      }
      writes.add(putSummaries(tx, summaries));
      await writes.done();
    });
  }
  const tx = db.transaction('meetings', 'readwrite');
  await inTransaction(tx, 'seeding', async () => {
    const writes = writeBatch();
    for (const meeting of data.meetings) writes.add(tx.store.put(meetingSchema.parse(meeting)));
    await writes.done();
  });
  return {
    people: data.people.length,
    events: data.events.length,
    meetings: data.meetings.length,
    ms: Math.round(performance.now() - started),
  };
}
