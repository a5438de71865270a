import { useMemo } from 'react';
import { memberAccountRows, memberAccountsCsv } from '../../lib/organization/member-accounts';
import type { ProgressAction, ProgressState } from '../../lib/onboarding/progress';
import { formatAccountIdForDisplay } from '../../lib/values';
import { DownloadLink } from '../cloudformation/FileLinks';
import { now } from '../state/send';
import { CopyButton } from '../ui/CopyButton';
import { Section } from '../ui/Section';
import { StatusIndicator } from '../ui/StatusIndicator';

export interface MemberAccountsProps {
  state: ProgressState;
  send: (action: ProgressAction) => void;
}

/**
 * The member accounts FinOps connects one by one: account ID and role name, as CSV to copy or
 * download, with each one's state. The portal's "Fill next member account" goes down this list;
 * "Mark connected" is for accounts connected some other way.
 */
export function MemberAccounts({ state, send }: MemberAccountsProps) {
  const rows = useMemo(() => memberAccountRows(state), [state]);
  const csv = useMemo(() => memberAccountsCsv(rows), [rows]);
  if (rows.length === 0) return null;
  const connected = rows.filter((row) => row.connected).length;
  const deployed = rows.filter((row) => row.roleDeployed).length;

  return (
    <Section title="Member accounts for FinOps" counter={`${connected} of ${rows.length} connected`} defaultOpen={false}>
      <p className="secondary">
        {deployed} of {rows.length} have the role. On the FinOps portal's connect page, “Fill next member account” fills them one after another.
      </p>
      <div className="row">
        <CopyButton text={csv} label="Copy CSV of member accounts" className="">
          Copy CSV
        </CopyButton>
        <DownloadLink file={{ label: 'member accounts (CSV)', fileName: 'finops-member-accounts.csv', mediaType: 'text/csv', text: csv }}>Download CSV</DownloadLink>
      </div>
      <div className="accounts">
        <table className="small" style={{ width: '100%', borderCollapse: 'collapse' }} aria-label={`Member accounts (${rows.length})`}>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: 'left', padding: '4px 6px' }}>AWS Account ID</th>
              <th scope="col" style={{ textAlign: 'left', padding: '4px 6px' }}>Assumed Role Name</th>
              <th scope="col" style={{ textAlign: 'left', padding: '4px 6px' }}>State</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.accountId}>
                <th scope="row" style={{ textAlign: 'left', fontWeight: 400, padding: '4px 6px', verticalAlign: 'top' }}>
                  <span className="mono" style={{ whiteSpace: 'nowrap' }}>{formatAccountIdForDisplay(row.accountId)}</span>
                  {row.name && <div className="secondary">{row.name}</div>}
                </th>
                <td className="mono" style={{ overflowWrap: 'anywhere', padding: '4px 6px', verticalAlign: 'top' }}>{row.roleName}</td>
                <td style={{ padding: '4px 6px', verticalAlign: 'top' }}>
                  {row.connected ? (
                    <StatusIndicator status="done">connected</StatusIndicator>
                  ) : (
                    <span className="stack" style={{ gap: 2, alignItems: 'flex-start' }}>
                      <StatusIndicator status={row.roleDeployed ? 'valid' : 'pending'}>{row.roleDeployed ? 'role deployed' : 'no role yet'}</StatusIndicator>
                      <button
                        type="button"
                        className="link icon"
                        data-finops-action="mark-connected"
                        aria-label={`Mark connected: ${formatAccountIdForDisplay(row.accountId)}`}
                        onClick={() => send({ type: 'step-done', accountId: row.accountId, stepId: 'connect', by: 'user', at: now() })}
                      >
                        Mark connected
                      </button>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
