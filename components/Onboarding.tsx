import { type FormEvent, useState } from 'react';
import { messageOf } from '@/utils/errors';
import { careerStages, type MenteeProfile } from '@/utils/fit/mentee';
import { HelpWantedField } from './HelpWantedField';
import { roleSuggestions, topicSuggestions } from './suggestions';

export interface OnboardingProps {
  onSave(profile: Partial<MenteeProfile>): Promise<void>;
}

/** first run: the essentials in under a minute; everything else can wait for the full form */
export function Onboarding({ onSave }: OnboardingProps) {
  const [role, setRole] = useState('');
  const [topics, setTopics] = useState(['', '', '']);
  const [stage, setStage] = useState<MenteeProfile['careerStage']>('career changer');
  const [years, setYears] = useState('0');
  const [help, setHelp] = useState<string[]>(['career guidance']);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await onSave({
        targetRoles: role.trim() ? [role.trim()] : [],
        focusAreas: topics
          .map((topic) => topic.trim())
          .filter(Boolean)
          .map((topic, index) => ({ topic, priority: index === 0 ? 'high' : 'medium' })),
        careerStage: stage,
        yearsExperience: Number(years),
        helpWanted: help as MenteeProfile['helpWanted'],
      });
    } catch (cause) {
      setError(messageOf(cause));
    }
  };

  return (
    <form onSubmit={submit} aria-label="Welcome to MentorLens" className="panel">
      <h2>Welcome — what are you aiming for?</h2>
      <p className="hint">
        Four questions. Every score MentorLens shows is measured against your answers.
      </p>
      <datalist id="onboarding-roles">
        {roleSuggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <datalist id="onboarding-topics">
        {topicSuggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <div className="field">
        <label htmlFor="onboarding-role">The role you want</label>
        <input
          id="onboarding-role"
          list="onboarding-roles"
          value={role}
          onChange={(e) => setRole(e.target.value)}
          placeholder="e.g. ML engineer"
        />
      </div>
      <fieldset>
        <legend className="legend">Up to three skills or topics, most important first</legend>
        {topics.map((topic, index) => (
          <input
            // biome-ignore lint/suspicious/noArrayIndexKey: three fixed slots
            key={index}
            aria-label={`Topic ${index + 1}`}
            list="onboarding-topics"
            value={topic}
            onChange={(e) => setTopics(topics.map((t, i) => (i === index ? e.target.value : t)))}
          />
        ))}
      </fieldset>
      <div className="row">
        <label htmlFor="onboarding-stage">Where you are</label>
        <select
          id="onboarding-stage"
          value={stage}
          onChange={(e) => setStage(e.target.value as MenteeProfile['careerStage'])}
        >
          {careerStages.map((value) => (
            <option key={value}>{value}</option>
          ))}
        </select>
        <label htmlFor="onboarding-years">Years of experience</label>
        <input
          id="onboarding-years"
          type="number"
          min={0}
          max={70}
          value={years}
          onChange={(e) => setYears(e.target.value)}
          style={{ width: 70 }}
        />
      </div>
      <HelpWantedField legend={"What you'd like help with"} value={help} onChange={setHelp} />
      <button type="submit" className="primary">
        Save and start
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
