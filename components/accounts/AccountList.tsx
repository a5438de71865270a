import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { AccountSummary } from '../../lib/onboarding/progress';
import { AccountRow } from './AccountRow';
import { AddAccountForm } from './AddAccountForm';

export interface AccountListProps {
  accounts: readonly AccountSummary[];
  onSelect: (accountId: string) => void;
  onAdd: (accountId: string) => void;
  onRemove: (accountId: string) => void;
}

/** Every AWS account being onboarded, with its progress; a filter keeps long lists usable. */
export function AccountList({ accounts, onSelect, onAdd, onRemove }: AccountListProps) {
  const [filter, setFilter] = useState('');
  const deferredFilter = useDeferredValue(filter);
  const filterId = useId();
  const knownIds = useMemo(() => new Set(accounts.map((account) => account.accountId)), [accounts]);
  const shown = useMemo(() => {
    const text = deferredFilter.trim().toLowerCase();
    const digits = text.replace(/[\s-]/g, '');
    if (!text) return accounts;
    return accounts.filter((account) => (digits !== '' && account.accountId.includes(digits)) || (account.label ?? '').toLowerCase().includes(text));
  }, [accounts, deferredFilter]);

  return (
    <div className="stack">
      {accounts.length === 0 ? (
        <div className="empty-state">
          <strong>No accounts yet</strong>
          <span>Open the AWS console: the account you are signed in to is added by itself. Or add one by its ID.</span>
        </div>
      ) : (
        <>
          {accounts.length > 5 && (
            <div className="field">
              <label htmlFor={filterId}>Filter accounts</label>
              <input id={filterId} type="text" value={filter} placeholder="Account ID or name" onChange={(event) => setFilter(event.target.value)} />
            </div>
          )}
          <div className="accounts">
            <ul aria-label={`Accounts (${accounts.length})`}>
              {shown.map((account) => (
                <AccountRow key={account.accountId} account={account} onSelect={onSelect} onRemove={onRemove} />
              ))}
            </ul>
            {shown.length === 0 && <p className="empty-state">No account matches “{filter}”.</p>}
          </div>
        </>
      )}
      <AddAccountForm onAdd={onAdd} knownIds={knownIds} />
    </div>
  );
}
