import type { Band } from '@/utils/fit/result';

const tone: Record<Band, string> = {
  'Strong fit': 'fit-strong',
  Promising: 'fit-good',
  'Long shot': 'fit-weak',
  'Not enough to score': 'fit-none',
};

/** the score and its band (and "borderline" near a boundary), with a bar as long as the score, coloured by band */
export function FitBar({
  score,
  band,
  borderline = false,
}: {
  score: number | null;
  band: Band | null;
  borderline?: boolean;
}) {
  if (score === null || band === null || band === 'Not enough to score')
    return <span className="fit fit-none fit-band">{band ?? 'not scored'}</span>;
  return (
    <span className={`fit ${tone[band]}`} title={borderline ? `${band}, borderline` : band}>
      <strong>{score}</strong>
      <span className="fit-bar" aria-hidden="true">
        <span style={{ width: `${score}%` }} />
      </span>
      <span className="fit-band">{borderline ? `${band}, borderline` : band}</span>
    </span>
  );
}
