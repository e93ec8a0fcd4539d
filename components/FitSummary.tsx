import type { FitResult } from '@/utils/fit/result';
import { isNotEnough, topReasons, verdictWords } from '@/utils/fit/verdict';

/** the score with its reasons: a score is never shown without them */
export function FitSummary({ fit, limit }: { fit: FitResult; limit?: number }) {
  const reasons = limit ? topReasons(fit, limit) : fit.reasons;
  return (
    <section aria-label={`Mentor fit ${verdictWords(fit)}`}>
      <p>
        {!isNotEnough(fit) && (
          <>
            <span className="score">{fit.score}</span> <span className="muted">/ 100</span>{' '}
          </>
        )}
        <strong>{fit.band}</strong>
        {fit.borderline && !isNotEnough(fit) && (
          <span className="muted" title="within 3 points of another band">
            {' '}
            · borderline
          </span>
        )}
      </p>
      <ul className="reasons" aria-label="Reasons">
        {reasons.map((reason) => (
          <li
            key={`${reason.signal}:${reason.text}`}
            className={reason.effect > 0 ? 'pos' : reason.effect < 0 ? 'neg' : 'note'}
          >
            {reason.text}
          </li>
        ))}
      </ul>
      {fit.usesDefaultProfile && (
        <p className="hint">
          Scored against a sample profile (aspiring ML engineer) until you set your goals.
        </p>
      )}
    </section>
  );
}
