/**
 * The persisted progress: its zod schema (version 1), the migration from older shapes, and the
 * export/import file. Nothing here throws on bad data: what can't be read is reported in
 * `problems` and handed back in `setAside` (JSON the UI can offer to download), never silently lost.
 * What is set aside is handed back exactly as it was: secrets never reach storage in the first place
 * (the reducer refuses them), so nothing here rewrites values that merely look like one.
 */
import { z } from 'zod';
import { pageIds, type PageId } from '../console/pages';
import { platformChoiceSchema, platformFromChoice } from '../platforms/platform-choice';
import { fail, ok, type Result } from '../result';
import { formatAccountIdForDisplay, parseValue, valueSchemas, type ValueKind } from '../values';

export const currentStateVersion = 1;

/** The value kinds progress may keep: every kind but the secret access key. */
export type StoredValueKind = Exclude<ValueKind, 'secretAccessKey'>;
export const storedValueKinds = (Object.keys(valueSchemas) as ValueKind[]).filter((kind): kind is StoredValueKind => kind !== 'secretAccessKey');

const isoTime = z.iso.datetime({ offset: true });
const accountIdKey = z.string().regex(/^\d{12}$/);
const stepIdKey = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const stepProgressSchema = z.object({
  status: z.enum(['todo', 'done', 'skipped']),
  at: isoTime.optional(),
  skipReason: z.string().max(500).optional(),
  /** `page`: the extension saw it happen; `user`: the person ticked it. */
  by: z.enum(['page', 'user']),
});

export const knownValueSchema = z.object({
  value: z.string().max(2048),
  /** `page`: read from the console; `typed`: entered by the person; `default`: suggested by the platform's recommendations. */
  source: z.enum(['page', 'typed', 'default']),
  page: z.enum(pageIds as [PageId, ...PageId[]]).optional(),
  at: isoTime,
  /** Set when a typed value was rejected: the text is kept so the person can correct it, and it counts as missing. */
  problem: z.string().optional(),
});

/**
 * A copy of a bucket's policy as the S3 console showed it, kept because Data Exports' "Select
 * existing bucket" replaces the whole policy: the statements can be put back. Bucket policies hold
 * ARNs and conditions, never secrets.
 */
export const savedBucketPolicySchema = z.object({
  text: z.string().max(40_960),
  statementCount: z.number().int().nonnegative(),
  seenAt: isoTime,
});

export const accountProgressSchema = z.object({
  label: z.string().max(128).optional(),
  /** The platform as chosen (built-in id, or a self-hosted OptScale's settings); the profile is rebuilt from it. */
  platform: platformChoiceSchema,
  accountType: z.enum(['management', 'member', 'standalone']),
  authMethod: z.enum(['assumedRole', 'accessKey']),
  exportState: z.enum(['toCreate', 'exists']),
  /** A member account onboarded as standalone because its management account is out of reach. */
  memberWithoutManagementAccess: z.boolean().optional(),
  steps: z.record(stepIdKey, stepProgressSchema),
  values: z.partialRecord(z.enum(storedValueKinds as [StoredValueKind, ...StoredValueKind[]]), knownValueSchema),
  /** By bucket name: the last copy of its policy worth keeping (see lib/policies/restore.ts). */
  bucketPolicies: z.record(z.string().regex(/^[\w.-]{1,255}$/), savedBucketPolicySchema).optional(),
  updatedAt: isoTime,
});

export const progressStateSchema = z.object({
  version: z.literal(currentStateVersion),
  /** By 12-digit AWS account ID. */
  accounts: z.record(accountIdKey, accountProgressSchema),
  currentAccountId: accountIdKey.optional(),
});

export type StepProgress = z.infer<typeof stepProgressSchema>;
export type KnownValue = z.infer<typeof knownValueSchema>;
export type AccountProgress = z.infer<typeof accountProgressSchema>;
export type SavedBucketPolicy = z.infer<typeof savedBucketPolicySchema>;
export type ProgressState = z.infer<typeof progressStateSchema>;

export const emptyProgressState = (): ProgressState => ({ version: currentStateVersion, accounts: {} });

export interface Migration {
  state: ProgressState;
  /** One sentence per thing that couldn't be kept, for the person. */
  problems: string[];
  /** What couldn't be kept, as JSON (or the text as it was), so the UI can offer it for download. */
  setAside?: string;
  /**
   * Set when storage holds progress of a newer format than this version reads (the extension was
   * downgraded): it must be left exactly as it is, never written over.
   */
  newerVersion?: number;
}

// ---------------------------------------------------------------------------------------------
// Secrets

/** A secret access key's shape; used to keep a pasted secret out of the fields that would store it. */
export const looksLikeSecretAccessKey = (text: string): boolean => /^[A-Za-z0-9/+]{40}$/.test(text.trim());

const secretKey = /secret/i;

// What couldn't be read goes back as it was: a copy someone restores must be the original.
const setAsideJson = (data: unknown): string => JSON.stringify(data) ?? String(data);

/** An export file's values: no `secret…` kind ever leaves in one. */
const valuesWithoutSecrets = (values: Record<string, unknown>): { values: Record<string, unknown> } => ({
  values: Object.fromEntries(Object.entries(values).filter(([kind]) => !secretKey.test(kind))),
});

const isRecord = (data: unknown): data is Record<string, unknown> => typeof data === 'object' && data !== null && !Array.isArray(data);

const describeIssue = (error: z.ZodError): string => {
  const issue = error.issues[0];
  return issue ? `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}` : 'unreadable';
};

const displayAccount = (accountId: string) => formatAccountIdForDisplay(accountId);

// ---------------------------------------------------------------------------------------------
// Version 1, read leniently: one bad account is set aside, the others are kept.

interface Collected {
  problems: string[];
  setAside: Record<string, unknown>;
}

function readAccount(accountId: string, raw: unknown, collected: Collected): AccountProgress | undefined {
  const who = `account ${displayAccount(accountId)}`;
  if (!accountIdKey.safeParse(accountId).success) {
    collected.problems.push(`Saved progress under "${accountId}" isn't for a 12-digit AWS account ID, so it was set aside.`);
    collected.setAside[accountId] = raw;
    return undefined;
  }
  if (!isRecord(raw)) {
    collected.problems.push(`Saved progress for ${who} couldn't be read, so it was set aside.`);
    collected.setAside[accountId] = raw;
    return undefined;
  }
  const candidate = { ...raw };
  const dropped: Record<string, unknown> = {};
  if (isRecord(raw.values)) {
    candidate.values = {};
    // A kind this version doesn't store (a secret, or one a newer version added) is set aside, not read.
    for (const [kind, value] of Object.entries(raw.values)) {
      if ((storedValueKinds as string[]).includes(kind)) (candidate.values as Record<string, unknown>)[kind] = value;
      else dropped[kind] = value;
    }
  }
  const parsed = accountProgressSchema.safeParse(candidate);
  if (!parsed.success) {
    collected.problems.push(`Saved progress for ${who} couldn't be read (${describeIssue(parsed.error)}), so it was set aside.`);
    collected.setAside[accountId] = raw;
    return undefined;
  }
  if (!platformFromChoice(parsed.data.platform).ok) {
    collected.problems.push(`The platform saved for ${who} can't be used any more, so its progress was set aside. Choose the platform again.`);
    collected.setAside[accountId] = raw;
    return undefined;
  }
  // The account ID is the key; older data may not repeat it among the values.
  if (!parsed.data.values.accountId) parsed.data.values.accountId = { value: accountId, source: 'typed', at: parsed.data.updatedAt };
  if (Object.keys(dropped).length > 0) {
    collected.problems.push(`Values of unknown kinds (${Object.keys(dropped).join(', ')}) for ${who} were set aside.`);
    collected.setAside[accountId] = { values: dropped };
  }
  return parsed.data;
}

function readVersion1(raw: Record<string, unknown>): Migration {
  const collected: Collected = { problems: [], setAside: {} };
  const state = emptyProgressState();
  if (!isRecord(raw.accounts)) {
    return {
      state,
      problems: ["Saved progress had no readable list of accounts, so it was set aside and you're starting afresh."],
      setAside: setAsideJson(raw),
    };
  }
  for (const [accountId, account] of Object.entries(raw.accounts)) {
    const kept = readAccount(accountId, account, collected);
    if (kept) state.accounts[accountId] = kept;
  }
  if (typeof raw.currentAccountId === 'string' && state.accounts[raw.currentAccountId]) state.currentAccountId = raw.currentAccountId;
  return {
    state,
    problems: collected.problems,
    ...(Object.keys(collected.setAside).length ? { setAside: setAsideJson({ accounts: collected.setAside }) } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Version 0: the first prototype kept a single account, with its own names for steps and values.
// Kept as the example of how a migration goes: rename, fill in what the old shape didn't know,
// then read the result as the current version so the same checks apply.

const version0Schema = z.object({
  accountId: z.string(),
  platform: z.enum(['finops', 'cloudyn']),
  accountType: z.enum(['payer', 'linked', 'standalone']),
  useRole: z.boolean(),
  exportExists: z.boolean().default(false),
  completed: z.array(z.string()).default([]),
  values: z.record(z.string(), z.string()).default({}),
  savedAt: isoTime,
});

const version0StepIds: Record<string, string> = {
  export: 'data-export',
  'billing-policy': 'billing-import-policy',
  'discovery-policy': 'discovery-policy',
  role: 'access-role',
  user: 'access-user',
  key: 'access-key',
  connect: 'connect',
};

const version0ValueKinds: Record<string, StoredValueKind> = {
  bucket: 'bucketName',
  report: 'exportName',
  prefix: 'exportPathPrefix',
  role: 'roleName',
  roleArn: 'roleArn',
  user: 'userName',
  keyId: 'accessKeyId',
  region: 'region',
};

const looksLikeVersion0 = (raw: Record<string, unknown>) => raw.version === undefined && 'accountId' in raw && 'completed' in raw;

function migrateVersion0(raw: Record<string, unknown>): Migration {
  const parsed = version0Schema.safeParse(raw);
  if (!parsed.success)
    return {
      state: emptyProgressState(),
      problems: [`Progress saved by an early version couldn't be read (${describeIssue(parsed.error)}), so it was set aside.`],
      setAside: setAsideJson(raw),
    };
  const old = parsed.data;
  const accountId = old.accountId.replace(/\D/g, '');
  const at = old.savedAt;
  const values: Record<string, unknown> = {};
  for (const [oldKind, value] of Object.entries(old.values)) {
    const kind = version0ValueKinds[oldKind];
    if (!kind) continue; // secrets ("secretKey") and scratch fields are left behind on purpose
    const checked = parseValue(kind, value);
    values[kind] = checked.ok ? { value: checked.value, source: 'typed', at } : { value, source: 'typed', at, problem: checked.problem.message };
  }
  const steps = Object.fromEntries(
    old.completed.flatMap((oldId) => {
      const id = version0StepIds[oldId];
      return id ? [[id, { status: 'done', at, by: 'user' }]] : [];
    }),
  );
  const account = {
    platform: old.platform === 'finops' ? { id: 'finopsForCloud', policyVariant: 'published' } : { id: 'cloudyn' },
    accountType: ({ payer: 'management', linked: 'member', standalone: 'standalone' } as const)[old.accountType],
    authMethod: old.useRole ? 'assumedRole' : 'accessKey',
    exportState: old.exportExists ? 'exists' : 'toCreate',
    steps,
    values,
    updatedAt: at,
  };
  return readVersion1({ version: currentStateVersion, accounts: { [accountId]: account }, currentAccountId: accountId });
}

// ---------------------------------------------------------------------------------------------

const setAsideWhole = (raw: unknown, problem: string): Migration => ({
  state: emptyProgressState(),
  problems: [problem],
  // Unparseable text is handed back as it was.
  setAside: typeof raw === 'string' ? raw : setAsideJson(raw),
});

/**
 * Reads whatever storage held (an object, a JSON string, or nothing) as the current state.
 * Never throws: unreadable parts are reported and returned in `setAside`.
 */
export function migrate(raw: unknown): Migration {
  if (raw === undefined || raw === null || raw === '') return { state: emptyProgressState(), problems: [] };
  let data = raw;
  if (typeof raw === 'string') {
    try {
      data = JSON.parse(raw);
    } catch {
      return setAsideWhole(raw, "Saved progress wasn't readable (it isn't JSON), so it was set aside and you're starting afresh.");
    }
  }
  if (!isRecord(data)) return setAsideWhole(data, "Saved progress wasn't in a form this extension knows, so it was set aside and you're starting afresh.");
  if (data.version === currentStateVersion) return readVersion1(data);
  if (looksLikeVersion0(data)) return migrateVersion0(data);
  if (typeof data.version === 'number' && data.version > currentStateVersion)
    return {
      state: emptyProgressState(),
      problems: [
        `Your saved progress was made by a newer version of the extension (format ${data.version}). It is left exactly as it is and nothing will be saved over it: update the extension to carry on with it.`,
      ],
      newerVersion: data.version,
    };
  return setAsideWhole(data, "Saved progress wasn't in a form this extension knows, so it was set aside and you're starting afresh.");
}

// ---------------------------------------------------------------------------------------------
// Export and import

export const progressFileFormat = 'finops-aws-onboarding-progress';

/** The progress as a JSON file to keep or hand to a colleague: every account, never a secret. */
export function exportProgress(state: ProgressState): string {
  // The reducer never stores a secret; this holds even for state that reached us some other way.
  const accounts = Object.fromEntries(
    Object.entries(state.accounts).map(([accountId, account]) => [accountId, { ...account, values: valuesWithoutSecrets(account.values).values }]),
  );
  return JSON.stringify({ format: progressFileFormat, version: currentStateVersion, accounts }, null, 2);
}

export interface ImportedProgress {
  accounts: Record<string, AccountProgress>;
  /** Parts of the file that couldn't be used; the rest was imported. */
  problems: string[];
  setAside?: string;
}

/**
 * Times after `now` set to `now`: "the newer record wins" when an import joins local progress, so
 * a file dated in the future would otherwise win over every later edit. Returns how many it set.
 */
function clampFutureTimes(accounts: Record<string, AccountProgress>, now: Date): number {
  const latest = now.toISOString();
  let clamped = 0;
  const clamp = (time: string) => {
    if (Date.parse(time) <= now.getTime()) return time;
    clamped++;
    return latest;
  };
  for (const account of Object.values(accounts)) {
    account.updatedAt = clamp(account.updatedAt);
    for (const step of Object.values(account.steps)) if (step.at) step.at = clamp(step.at);
    for (const value of Object.values(account.values)) if (value) value.at = clamp(value.at);
  }
  return clamped;
}

/** Reads a file made by `exportProgress` (or an earlier version's export); times after `now` become `now`. */
export function importProgress(text: string, now: Date = new Date()): Result<ImportedProgress> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('import-not-json', "This file isn't a progress export: it isn't JSON. Choose the .json file that \"Export progress\" saved.");
  }
  if (!isRecord(data)) return fail('import-wrong-format', "This file isn't a progress export. Choose the .json file that \"Export progress\" saved.");
  if (data.format !== undefined && data.format !== progressFileFormat)
    return fail('import-wrong-format', `This JSON file isn't a progress export (its format is "${String(data.format)}"). Choose the file that "Export progress" saved.`);
  if (typeof data.version === 'number' && data.version > currentStateVersion)
    return fail('import-newer-version', `This export comes from a newer version of the extension (format ${data.version}). Update the extension, then import it again.`);
  const { format: _format, ...stateLike } = data;
  const migration = migrate(stateLike);
  const count = Object.keys(migration.state.accounts).length;
  if (count === 0)
    return fail(
      'import-nothing-readable',
      migration.problems[0] ?? 'This export holds no accounts. Export again from the extension that has the progress.',
    );
  const clamped = clampFutureTimes(migration.state.accounts, now);
  const problems = clamped
    ? [...migration.problems, `${clamped} time${clamped === 1 ? '' : 's'} in the file ${clamped === 1 ? 'was' : 'were'} in the future and ${clamped === 1 ? 'was' : 'were'} set to now.`]
    : migration.problems;
  return ok({
    accounts: migration.state.accounts,
    problems,
    ...(migration.setAside === undefined ? {} : { setAside: migration.setAside }),
  });
}
