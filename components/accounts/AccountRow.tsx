import { memo, useState } from 'react';
import { formatAccountIdForDisplay } from '../../lib/values';
import type { AccountSummary } from '../../lib/onboarding/progress';

export interface AccountRowProps {
  account: AccountSummary;
  onSelect: (accountId: string) => void;
  onRemove: (accountId: string) => void;
}

// Summaries are rebuilt on every storage change; a row re-renders only when what it shows changed.
const sameRow = (before: AccountRowProps, after: AccountRowProps) => {
  const [a, b] = [before.account, after.account];
  return (
    before.onSelect === after.onSelect &&
    before.onRemove === after.onRemove &&
    a.accountId === b.accountId &&
    a.label === b.label &&
    a.current === b.current &&
    a.finished === b.finished &&
    a.problem === b.problem &&
    a.nextStep?.title === b.nextStep?.title &&
    a.progress.done === b.progress.done &&
    a.progress.skipped === b.progress.skipped &&
    a.progress.total === b.progress.total
  );
};

/** One account: ID, progress and next step; kept to a few elements so hundreds stay quick. */
export const AccountRow = memo(function AccountRow({ account, onSelect, onRemove }: AccountRowProps) {
  const [confirming, setConfirming] = useState(false);
  const shown = formatAccountIdForDisplay(account.accountId);
  const { done, skipped, total } = account.progress;
  const title = `${shown}${account.label ? ` · ${account.label}` : ''}`;
  const next = account.problem ?? `${done + skipped}/${total} · ${account.finished ? 'All steps done' : `Next: ${account.nextStep?.title ?? '—'}`}`;
  return (
    <li className="account" aria-current={account.current}>
      {/* Named by exactly the words it shows (what voice control users say), given as a label so a list of hundreds names cheaply. */}
      <button type="button" className="account-main" aria-label={`${title} ${next}`} onClick={() => onSelect(account.accountId)}>
        <span className="account-id">{title}</span>{' '}
        <span className="account-next">{next}</span>
      </button>
      {confirming ? (
        <>
          <button type="button" className="icon" aria-label={`Confirm removing account ${shown}`} onClick={() => onRemove(account.accountId)}>
            Remove
          </button>
          <button type="button" className="icon link" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </>
      ) : (
        <button type="button" className="icon link" aria-label={`Remove account ${shown}`} onClick={() => setConfirming(true)}>
          ✕
        </button>
      )}
    </li>
  );
}, sameRow);
