import type { Band } from '@/utils/fit/result';

const tone: Record<Band, string> = {
  'Strong fit': 'fit-strong',
  Promising: 'fit-good',
  'Long shot': 'fit-weak',
  'Not enough to score': 'fit-none',
};

/** the score and its band, with a small bar whose length is the score and whose colour is the band */
export function FitBar({ score, band }: { score: number | null; band: Band | null }) {
  if (score === null || band === null || band === 'Not enough to score')
    return <span className="fit fit-none fit-band">{band ?? 'not scored'}</span>;
  return (
    <span className={`fit ${tone[band]}`} title={band}>
      <strong>{score}</strong>
      <span className="fit-bar" aria-hidden="true">
        <span style={{ width: `${score}%` }} />
      </span>
      <span className="fit-band">{band}</span>
    </span>
  );
}
