import type { CheckResult, CheckStatus } from '../../lib/verify/checks';
import { fixActionFor, type FixContext } from './fix-links';
import { summarize } from './verify-summary';

export interface VerifyResultsProps {
  results: readonly CheckResult[];
  context: FixContext;
  checkedAt: Date;
  onOpen: (url: string) => void;
}

// The word carries the meaning; icon and colour only repeat it.
const statusText: Record<CheckStatus, { icon: string; word: string }> = {
  pass: { icon: '✓', word: 'Passed' },
  fail: { icon: '✕', word: 'Failed' },
  warn: { icon: '!', word: 'Warning' },
  'cant-check': { icon: '?', word: 'Can’t check' },
};

const summaryIcon = { ready: '✓', 'waiting-for-delivery': '!', 'to-fix': '✕', 'nothing-checked': '?' } as const;

/** The checklist of one run: a summary line, then each check with its detail and fix. */
export function VerifyResults({ results, context, checkedAt, onOpen }: VerifyResultsProps) {
  const summary = summarize(results);
  return (
    <div className="stack">
      <div className="verify-summary" data-kind={summary.kind} role="status">
        <span className="verify-icon" aria-hidden="true">
          {summaryIcon[summary.kind]}
        </span>
        <div>
          <strong>{summary.text}</strong>
          {summary.detail && <p className="small">{summary.detail}</p>}
          <p className="secondary">Checked at {checkedAt.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}.</p>
        </div>
      </div>
      <ol className="verify-results" aria-label="Verification results">
        {results.map((result, index) => {
          const fix = result.fix ? fixActionFor(result.fix, context) : undefined;
          const { icon, word } = statusText[result.status];
          return (
            <li key={`${result.id}-${index}`} className="verify-result" data-status={result.status} data-check={result.id}>
              <div className="verify-result-head">
                <span className="verify-icon" aria-hidden="true">
                  {icon}
                </span>
                <span className="verify-status">{word}:</span>
                <strong>{result.title}</strong>
              </div>
              <p className="verify-detail">{result.detail}</p>
              {fix && (
                <div className="verify-fix">
                  <button type="button" className="icon" data-finops-action="open-fix" onClick={() => onOpen(fix.url)}>
                    {fix.label}
                  </button>
                  {fix.note && <p className="secondary">{fix.note}</p>}
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
