import type { ReplicaDataExport, ReplicaLegacyReport, ReplicaOptions, ReplicaState } from '../../contract';

export const DEFAULT_ACCOUNT_ID = '111122223333';

interface ReplicaWindow {
  __REPLICA__?: ReplicaOptions;
  __REPLICA_STATE__?: ReplicaState;
}
const replicaWindow = window as unknown as ReplicaWindow;

export const replicaOptions: ReplicaOptions = replicaWindow.__REPLICA__ ?? {};
export const accountId = /^\d{12}$/.test(replicaOptions.accountId ?? '') ? replicaOptions.accountId! : DEFAULT_ACCOUNT_ID;
export const signedInUser = replicaOptions.userName ?? 'admin';
export const editorVariant = replicaOptions.variant ?? 'normal';

export const dashedAccountId = `${accountId.slice(0, 4)}-${accountId.slice(4, 8)}-${accountId.slice(8)}`;

const unrelatedStatements = [
  {
    Sid: 'DenyInsecureTransport',
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: ['arn:aws:s3:::BUCKET', 'arn:aws:s3:::BUCKET/*'],
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  },
  {
    Sid: 'AnalyticsTeamRead',
    Effect: 'Allow',
    Principal: { AWS: 'arn:aws:iam::ACCOUNT:role/analytics-reader' },
    Action: ['s3:GetObject', 's3:ListBucket'],
    Resource: ['arn:aws:s3:::BUCKET', 'arn:aws:s3:::BUCKET/*'],
  },
];

/** The bucket policy a bucket has when the page loads (null = "No policy to display"). */
export function initialBucketPolicy(bucket: string): string | null {
  if (replicaOptions.existingBucketPolicy !== undefined) return replicaOptions.existingBucketPolicy;
  return JSON.stringify({ Version: '2012-10-17', Statement: unrelatedStatements }, null, 4)
    .replaceAll('BUCKET', bucket)
    .replaceAll('ACCOUNT', accountId);
}

export const defaultExports: ReplicaDataExport[] = replicaOptions.exports ?? [
  { name: 'finance-monthly', bucket: 'acme-finance-reports', prefix: 'monthly', status: 'Healthy', type: 'Standard data export', granularity: 'Monthly', format: 'gzip-CSV' },
  // The real list shows legacy CUR exports beside standard ones (aws_data_export_options.png).
  { name: 'finance-legacy-cur', bucket: 'acme-finance-reports', prefix: 'cur', status: 'Healthy', type: 'Legacy CUR export', granularity: 'Hourly', format: 'gzip-CSV' },
];

export const legacyReports: ReplicaLegacyReport[] = replicaOptions.legacyReports ?? [
  { name: 'legacy-cur-hourly', bucket: 'acme-finance-reports', prefix: 'cur', granularity: 'Hourly' },
];

export const buckets: string[] = replicaOptions.buckets ?? [`billing-export-${accountId}`, 'acme-finance-reports', 'acme-web-assets'];

export const organizationMemberCount = replicaOptions.organizationMemberCount ?? 4;

export const stackSetInstancesPageSize = Math.max(1, replicaOptions.stackSetInstancesPageSize ?? 50);

function freshState(app: string): ReplicaState {
  return {
    app,
    accountId,
    route: '',
    policies: {},
    roles: {},
    users: {},
    bucketPolicies: {},
    createdBuckets: {},
    lastSavedPolicy: null,
    exports: defaultExports.map((row) => ({ ...row })),
    submissions: [],
    errorsShown: [],
    editorClobbers: 0,
  };
}

// State survives reloads of the same tab (like server-side state would) but only while the
// options stay the same: a test that changes window.__REPLICA__ gets a fresh console.
const storageKey = (app: string) => `__replica_state__:${app}`;
const optionsFingerprint = JSON.stringify(replicaOptions);

function loadState(app: string): ReplicaState {
  try {
    const saved = sessionStorage.getItem(storageKey(app));
    if (saved) {
      const parsed = JSON.parse(saved) as { options: string; state: ReplicaState };
      if (parsed.options === optionsFingerprint) return parsed.state;
    }
  } catch {
    // Storage unavailable or corrupt: start fresh.
  }
  return freshState(app);
}

let state: ReplicaState | undefined;
let version = 0;
const listeners = new Set<() => void>();

export function initReplicaState(app: string): ReplicaState {
  state = loadState(app);
  replicaWindow.__REPLICA_STATE__ = state;
  return state;
}

export function replicaState(): ReplicaState {
  if (!state) throw new Error('initReplicaState() must run before the app renders');
  return state;
}

/** Mutate the shared state, persist it, and re-render subscribers. */
export function updateReplicaState(change: (draft: ReplicaState) => void): void {
  const current = replicaState();
  change(current);
  version += 1;
  try {
    sessionStorage.setItem(storageKey(current.app), JSON.stringify({ options: optionsFingerprint, state: current }));
  } catch {
    // Quota or privacy mode: the in-memory state still works.
  }
  for (const listener of listeners) listener();
}

export function subscribeReplicaState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const replicaStateVersion = () => version;

export function recordError(message: string): void {
  updateReplicaState((draft) => {
    draft.errorsShown.push(message);
  });
}
