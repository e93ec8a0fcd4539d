import { useMemo, useState } from 'react';
import { messageOf } from '@/utils/errors';
import type { MenteeProfile } from '@/utils/fit/mentee';
import { sampleMentor } from '@/utils/fit/sample-profile';
import { scoreFit } from '@/utils/fit/score';
import {
  defaultFitWeights,
  type FitWeights,
  type SignalName,
  signalNames,
} from '@/utils/fit/weights';
import { FitSummary } from './FitSummary';

const descriptions: Record<SignalName, string> = {
  expertise:
    'Expertise match: their roles, skills and repos overlap your focus areas and target role',
  experience: 'Experience gap: a few to ~15 years ahead of you, not a distant executive',
  willingness: 'Willingness to share: mentoring, teaching, office hours, talks, a blog',
  communication: 'Communication: writes posts, articles, documentation, READMEs',
  reachability: 'Reachability: followers, connection degree, mutual connections, shared ground',
  activity: 'Activity: recent posts and contributions',
  logistics: 'Logistics: location, time zone and language overlap',
  path: 'Path alignment: has held your target role or made the move you want',
  cautions: 'Cautions: recruiters, course sellers, long silence',
};

export interface FitWeightsFormProps {
  initial: FitWeights;
  mentee: MenteeProfile;
  onSave(weights: FitWeights): Promise<void>;
  onReset(): Promise<void>;
}

/** one slider per signal, with a live preview on an invented sample mentor */
export function FitWeightsForm({ initial, mentee, onSave, onReset }: FitWeightsFormProps) {
  const [weights, setWeights] = useState<FitWeights>(initial);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const preview = useMemo(() => scoreFit(sampleMentor, mentee, { weights }), [weights, mentee]);

  const save = async () => {
    try {
      await onSave(weights);
      setMessage({ kind: 'ok', text: 'Weights saved.' });
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error) });
    }
  };

  return (
    <div className="row" style={{ alignItems: 'flex-start', gap: 24 }}>
      <fieldset style={{ flex: '1 1 320px' }}>
        <legend className="legend">How much each signal counts</legend>
        {signalNames.map((name) => (
          <div className="field" key={name}>
            <label htmlFor={`weight-${name}`}>
              {descriptions[name]} — {Math.round(weights[name] * 100)}%
            </label>
            <input
              id={`weight-${name}`}
              type="range"
              min={0}
              max={100}
              step={5}
              value={Math.round(weights[name] * 100)}
              onChange={(e) => setWeights({ ...weights, [name]: Number(e.target.value) / 100 })}
            />
          </div>
        ))}
        <div className="row">
          <button type="button" className="primary" onClick={() => void save()}>
            Save weights
          </button>
          <button
            type="button"
            onClick={() => {
              setWeights(defaultFitWeights);
              void onReset();
            }}
          >
            Reset weights
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
      </fieldset>
      <section aria-label="Preview on a sample mentor" style={{ flex: '1 1 280px' }}>
        <h3>Preview: {sampleMentor.name} (invented)</h3>
        <p className="muted">{sampleMentor.headline}</p>
        <FitSummary fit={preview} limit={5} />
      </section>
    </div>
  );
}
