import { type FormEvent, useId, useState } from 'react';
import { messageOf } from '@/utils/errors';
import { careerStages, type FocusArea, type MenteeProfile, priorities } from '@/utils/fit/mentee';
import { HelpWantedField } from './HelpWantedField';

const splitList = (value: string): string[] =>
  value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

type KeyedArea = FocusArea & { key: number };
let nextKey = 0;
const keyed = (area: FocusArea): KeyedArea => ({ ...area, key: nextKey++ });

export interface MenteeProfileFormProps {
  initial: MenteeProfile;
  usesDefaultProfile: boolean;
  onSave(profile: unknown): Promise<void>;
  onReset(): Promise<void>;
}

/** the user's own mentee profile: what every fit score is measured against */
export function MenteeProfileForm({
  initial,
  usesDefaultProfile,
  onSave,
  onReset,
}: MenteeProfileFormProps) {
  const id = useId();
  const [name, setName] = useState(initial.name);
  const [roles, setRoles] = useState(initial.targetRoles.join(', '));
  const [focus, setFocus] = useState<KeyedArea[]>(() => initial.focusAreas.map(keyed));
  const [help, setHelp] = useState<string[]>(initial.helpWanted);
  const [stage, setStage] = useState(initial.careerStage);
  const [years, setYears] = useState(String(initial.yearsExperience));
  const [location, setLocation] = useState(initial.location);
  const [timeZone, setTimeZone] = useState(initial.timeZone);
  const [languages, setLanguages] = useState(initial.languages.join(', '));
  const [freeOnly, setFreeOnly] = useState(initial.preferences.freeOnly);
  const [remoteOk, setRemoteOk] = useState(initial.preferences.remoteOk);
  const [gapMin, setGapMin] = useState(String(initial.preferences.seniorityGapYears.min));
  const [gapMax, setGapMax] = useState(String(initial.preferences.seniorityGapYears.max));
  const [background, setBackground] = useState(initial.sharedBackground.join(', '));
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    try {
      await onSave({
        ...initial,
        name,
        targetRoles: splitList(roles),
        focusAreas: focus
          .filter((area) => area.topic.trim())
          .map(({ topic, priority }) => ({ topic, priority })),
        helpWanted: help,
        careerStage: stage,
        yearsExperience: Number(years),
        location,
        timeZone,
        languages: splitList(languages),
        preferences: {
          freeOnly,
          remoteOk,
          seniorityGapYears: { min: Number(gapMin), max: Number(gapMax) },
        },
        sharedBackground: splitList(background),
      });
      setMessage({ kind: 'ok', text: 'Saved. Open profiles are re-scored against your goals.' });
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error) });
    }
  };

  const setArea = (index: number, area: KeyedArea) =>
    setFocus(focus.map((old, i) => (i === index ? area : old)));

  return (
    <form onSubmit={submit} aria-label="Your mentee profile">
      {usesDefaultProfile && (
        <p className="hint">
          You haven't saved your goals yet: scores use this sample profile of an aspiring ML
          engineer. Edit it and save.
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-name`}>Your name</label>
        <input
          id={`${id}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoComplete="name"
        />
        <span className="hint">Used to sign your drafts.</span>
      </div>
      <div className="field">
        <label htmlFor={`${id}-roles`}>Target roles</label>
        <input id={`${id}-roles`} value={roles} onChange={(e) => setRoles(e.target.value)} />
        <span className="hint">Comma-separated, e.g. ML engineer, AI researcher.</span>
      </div>
      <fieldset>
        <legend className="legend">Focus areas</legend>
        {focus.map((area, index) => (
          <div className="row" key={area.key}>
            <input
              aria-label={`Focus area ${index + 1}`}
              value={area.topic}
              onChange={(e) => setArea(index, { ...area, topic: e.target.value })}
            />
            <select
              aria-label={`Priority of focus area ${index + 1}`}
              value={area.priority}
              onChange={(e) =>
                setArea(index, { ...area, priority: e.target.value as FocusArea['priority'] })
              }
            >
              {priorities.map((priority) => (
                <option key={priority}>{priority}</option>
              ))}
            </select>
            <button type="button" onClick={() => setFocus(focus.filter((_, i) => i !== index))}>
              Remove focus area {index + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => setFocus([...focus, keyed({ topic: '', priority: 'medium' })])}
        >
          Add focus area
        </button>
      </fieldset>
      <HelpWantedField legend="Help wanted" value={help} onChange={setHelp} />
      <div className="field">
        <label htmlFor={`${id}-stage`}>Career stage</label>
        <select
          id={`${id}-stage`}
          value={stage}
          onChange={(e) => setStage(e.target.value as MenteeProfile['careerStage'])}
        >
          {careerStages.map((value) => (
            <option key={value}>{value}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-years`}>Years of experience</label>
        <input
          id={`${id}-years`}
          type="number"
          min={0}
          max={70}
          value={years}
          onChange={(e) => setYears(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-location`}>Location</label>
        <input
          id={`${id}-location`}
          value={location}
          onChange={(e) => setLocation(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-tz`}>Time zone</label>
        <input
          id={`${id}-tz`}
          value={timeZone}
          onChange={(e) => setTimeZone(e.target.value)}
          placeholder="e.g. Europe/Berlin"
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-languages`}>Languages</label>
        <input
          id={`${id}-languages`}
          value={languages}
          onChange={(e) => setLanguages(e.target.value)}
        />
      </div>
      <fieldset>
        <legend className="legend">Preferences</legend>
        <label className="row">
          <input
            type="checkbox"
            checked={freeOnly}
            onChange={(e) => setFreeOnly(e.target.checked)}
          />
          Free mentorship only
        </label>
        <label className="row">
          <input
            type="checkbox"
            checked={remoteOk}
            onChange={(e) => setRemoteOk(e.target.checked)}
          />
          Remote is fine
        </label>
        <div className="row">
          <label htmlFor={`${id}-gapmin`}>Seniority gap from (years)</label>
          <input
            id={`${id}-gapmin`}
            type="number"
            min={0}
            max={60}
            value={gapMin}
            onChange={(e) => setGapMin(e.target.value)}
          />
          <label htmlFor={`${id}-gapmax`}>to</label>
          <input
            id={`${id}-gapmax`}
            type="number"
            min={0}
            max={60}
            value={gapMax}
            onChange={(e) => setGapMax(e.target.value)}
          />
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-background`}>Shared background you'd value (optional)</label>
        <input
          id={`${id}-background`}
          value={background}
          onChange={(e) => setBackground(e.target.value)}
        />
        <span className="hint">
          Only what you type here, matched against what a profile states (a school, group or
          community). MentorLens never guesses anyone's background.
        </span>
      </div>
      <div className="row">
        <button type="submit" className="primary">
          Save goals
        </button>
        <button type="button" onClick={() => void onReset()}>
          Reset to the sample profile
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
