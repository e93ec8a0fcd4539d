import type { CitationCandidate } from '@/utils/outreach/context';
import { type CitationPicks, type CitationSlot, defaultCitation } from './compose';

const slotLabels: Record<CitationSlot, string> = {
  theirWork: 'Their work',
  sharedGround: 'What you have in common',
};

/** "What to cite": radio buttons over the citation candidates, per placeholder the template uses */
export function CitationPicker({
  id,
  candidates,
  slots,
  picks,
  onPick,
}: {
  id: string;
  candidates: readonly CitationCandidate[];
  slots: readonly CitationSlot[];
  picks: CitationPicks;
  onPick(slot: CitationSlot, id: string | null): void;
}) {
  if (slots.length === 0) return null;
  return (
    <fieldset>
      <legend className="legend">What to cite</legend>
      {slots.map((slot) => {
        const own = candidates.filter((candidate) => candidate.placeholder === slot);
        const chosen = picks[slot] === undefined ? defaultCitation(candidates, slot) : picks[slot];
        const name = `${id}-${slot}`;
        return (
          <div key={slot} role="radiogroup" aria-label={slotLabels[slot]}>
            {slots.length > 1 && <p className="hint">{slotLabels[slot]}</p>}
            {own.length === 0 && (
              <p className="hint">
                Nothing on their profile to pick here: write it into the message yourself.
              </p>
            )}
            {own.map((candidate) => (
              <label key={candidate.id} className="choice">
                <input
                  type="radio"
                  name={name}
                  checked={chosen === candidate.id}
                  onChange={() => onPick(slot, candidate.id)}
                />
                <span>
                  {candidate.label}
                  {!candidate.specific && <span className="muted"> (general: name one)</span>}
                </span>
              </label>
            ))}
            {own.length > 0 && (
              <label className="choice">
                <input
                  type="radio"
                  name={name}
                  checked={chosen === null}
                  onChange={() => onPick(slot, null)}
                />
                <span>None of these: I’ll write my own</span>
              </label>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
