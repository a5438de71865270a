import { describe, expect, it } from 'vitest';
import { initialProgressState, nextStep, progressReducer, type ProgressAction, type ProgressState } from './progress';
import { currentStateVersion, exportProgress, importProgress, migrate, progressStateSchema, type AccountProgress } from './state-schema';

const accountId = '111122223333';
const otherAccountId = '444455556666';
const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const t = (minute: number) => new Date(Date.UTC(2025, 0, 1, 9, minute)).toISOString();

const sampleState = (): ProgressState =>
  (
    [
      {
        type: 'account-added',
        accountId,
        label: 'Payer',
        setup: { platform: { id: 'finopsForCloud' }, accountType: 'management', authMethod: 'assumedRole', exportState: 'toCreate' },
        at: t(0),
      },
      { type: 'step-done', accountId, stepId: 'data-export', by: 'page', at: t(1) },
      { type: 'value-read', accountId, kind: 'bucketName', value: 'billing-export-111122223333', page: 'data-exports-create', at: t(1) },
      { type: 'value-typed', accountId, kind: 'region', input: 'Ireland', at: t(2) },
      {
        type: 'account-added',
        accountId: otherAccountId,
        setup: {
          platform: { id: 'customOptScale', settings: { portalOrigin: 'https://optscale.example.com', trustedPrincipal: '999988887777', externalId: 'tenant-42' } },
          accountType: 'member',
          authMethod: 'accessKey',
          exportState: 'toCreate',
        },
        at: t(3),
      },
      { type: 'step-skipped', accountId: otherAccountId, stepId: 'discovery-policy', reason: 'Made by CloudFormation', at: t(4) },
    ] satisfies ProgressAction[]
  ).reduce(progressReducer, initialProgressState());

describe('migrate', () => {
  it('starts empty, without complaint, when nothing was saved', () => {
    for (const nothing of [undefined, null, '']) expect(migrate(nothing)).toEqual({ state: { version: currentStateVersion, accounts: {} }, problems: [] });
  });

  it('reads the current version unchanged, from an object or from JSON text', () => {
    const state = sampleState();
    expect(progressStateSchema.safeParse(state).success).toBe(true);
    expect(migrate(state)).toEqual({ state, problems: [] });
    expect(migrate(JSON.stringify(state))).toEqual({ state, problems: [] });
  });

  it.each<[string, unknown, RegExp]>([
    ['text that is not JSON', '{"version": 1, "accounts": {', /isn't JSON/],
    ['a list', [1, 2, 3], /form this extension knows/],
    ['a number', 42, /form this extension knows/],
    ['an object of another shape', { hello: 'world' }, /form this extension knows/],
    ['version 1 without accounts', { version: 1, accounts: 'many' }, /no readable list of accounts/],
  ])('sets aside %s, reporting it, without throwing', (_name, raw, problem) => {
    const migration = migrate(raw);
    expect(migration.state).toEqual({ version: currentStateVersion, accounts: {} });
    expect(migration.problems).toHaveLength(1);
    expect(migration.problems[0]).toMatch(problem);
    expect(migration.setAside).toBe(typeof raw === 'string' ? raw : JSON.stringify(raw));
  });

  it('leaves progress made by a newer version exactly as it is, and says so', () => {
    const newer = { version: 2, accounts: { [accountId]: { somethingNew: true } }, currentAccountId: accountId };
    const migration = migrate(newer);
    expect(migration.newerVersion).toBe(2);
    expect(migration.state).toEqual({ version: currentStateVersion, accounts: {} });
    expect(migration.problems).toEqual([expect.stringMatching(/made by a newer version of the extension \(format 2\).*left exactly as it is/)]);
    // Nothing to set aside: nothing is taken from it.
    expect(migration.setAside).toBeUndefined();
    expect(migrate(JSON.stringify(newer)).newerVersion).toBe(2);
    expect(migrate(sampleState()).newerVersion).toBeUndefined();
  });

  it('keeps the readable accounts and sets aside only the broken one', () => {
    const state = sampleState();
    const broken = { ...state.accounts[accountId], accountType: 'payer', steps: { 'data-export': { status: 'finished' } } };
    const raw = { ...state, accounts: { ...state.accounts, [accountId]: broken, 'not-an-account': { anything: true } } };
    const migration = migrate(raw);
    expect(Object.keys(migration.state.accounts)).toEqual([otherAccountId]);
    expect(migration.state.currentAccountId).toBe(otherAccountId);
    expect(migration.problems).toHaveLength(2);
    expect(migration.problems[0]).toMatch(/account 1111-2222-3333 couldn't be read \(accountType: .*\), so it was set aside/);
    expect(migration.problems[1]).toMatch(/"not-an-account" isn't for a 12-digit AWS account ID/);
    const setAside = JSON.parse(migration.setAside as string) as { accounts: Record<string, unknown> };
    expect(setAside.accounts[accountId]).toEqual(broken);
    expect(Object.keys(setAside.accounts)).toEqual([accountId, 'not-an-account']);
  });

  it('keeps secrets out of the state it reads, and rewrites nothing it sets aside', () => {
    const state = sampleState();
    const account = state.accounts[accountId] as AccountProgress;
    // A 40-character value that is no secret (an External ID may look like one) stays as it was.
    const fortyCharacters = 'Tenant0123456789abcdefABCDEF0123456789xy';
    const withSecret = {
      ...account,
      values: {
        ...account.values,
        secretAccessKey: { value: secret, source: 'typed', at: t(5) },
        accessKeyId: { value: fortyCharacters, source: 'typed', at: t(5), problem: 'Not an access key ID.' },
        futureKind: { value: 'kept aside', source: 'typed', at: t(5) },
      },
    };
    const migration = migrate({ ...state, accounts: { ...state.accounts, [accountId]: withSecret } });
    expect(migration.problems.some((problem) => /unknown kinds \(secretAccessKey, futureKind\)/.test(problem))).toBe(true);
    expect(JSON.stringify(migration.state)).not.toContain(secret);
    expect(migration.state.accounts[accountId]?.values.accessKeyId?.value).toBe(fortyCharacters);
    expect(migration.setAside).toContain('kept aside');
    expect(migration.setAside).toContain(secret);
    expect(migration.state.accounts[accountId]?.values.bucketName?.value).toBe('billing-export-111122223333');
  });

  it('sets aside unreadable text whole, 40-character runs included', () => {
    const text = `{"broken": "${secret}"`;
    expect(migrate(text).setAside).toBe(text);
  });

  it('sets aside an account whose self-hosted platform settings no longer hold', () => {
    const state = sampleState();
    const other = state.accounts[otherAccountId] as AccountProgress;
    const raw = { ...state, accounts: { ...state.accounts, [otherAccountId]: { ...other, platform: { id: 'customOptScale', settings: { portalOrigin: 'not a url at all', trustedPrincipal: '*' } } } } };
    const migration = migrate(raw);
    expect(Object.keys(migration.state.accounts)).toEqual([accountId]);
    expect(migration.problems[0]).toMatch(/4444-5555-6666/);
  });

  describe('from version 0 (the single-account prototype)', () => {
    const version0 = {
      accountId: '1111-2222-3333',
      platform: 'finops',
      accountType: 'payer',
      useRole: true,
      exportExists: true,
      completed: ['export', 'billing-policy', 'something-retired'],
      values: { bucket: 'old-cur-bucket', prefix: '/cur/reports/', role: 'FinOps Role', secretKey: secret, scratch: 'x' },
      savedAt: t(0),
    };

    it('renames steps and values into version 1 and keeps going from where the person was', () => {
      const migration = migrate(version0);
      expect(migration.problems).toEqual([]);
      expect(progressStateSchema.safeParse(migration.state).success).toBe(true);
      expect(migration.state.currentAccountId).toBe(accountId);
      const account = migration.state.accounts[accountId] as AccountProgress;
      expect(account).toMatchObject({
        platform: { id: 'finopsForCloud', policyVariant: 'published' },
        accountType: 'management',
        authMethod: 'assumedRole',
        exportState: 'exists',
      });
      expect(Object.keys(account.steps)).toEqual(['data-export', 'billing-import-policy']);
      expect(account.values.bucketName).toEqual({ value: 'old-cur-bucket', source: 'typed', at: t(0) });
      expect(account.values.exportPathPrefix?.value).toBe('cur/reports');
      expect(account.values.roleName?.problem).toMatch(/spaces/);
      expect(account.values.accountId?.value).toBe(accountId);
      // The old plan's "export" tick doesn't cover finding an existing export: that step is next.
      expect(nextStep(account)?.id).toBe('find-data-export');
      expect(JSON.stringify(migration)).not.toContain(secret);
    });

    it('sets aside a version 0 record it cannot read', () => {
      const migration = migrate({ ...version0, savedAt: 'last week' });
      expect(migration.state.accounts).toEqual({});
      expect(migration.problems[0]).toMatch(/early version couldn't be read \(savedAt: /);
      expect(migration.setAside).toBe(JSON.stringify({ ...version0, savedAt: 'last week' }));
    });
  });
});

describe('export and import', () => {
  it('round-trips every account', () => {
    const state = sampleState();
    const text = exportProgress(state);
    expect(JSON.parse(text)).toMatchObject({ format: 'finops-aws-onboarding-progress', version: currentStateVersion });
    const imported = importProgress(text);
    expect(imported).toEqual({ ok: true, value: { accounts: state.accounts, problems: [] } });
  });

  it('exports no secret, even from state that holds one', () => {
    const state = sampleState();
    const account = state.accounts[accountId] as AccountProgress;
    const tainted = {
      ...state,
      accounts: { ...state.accounts, [accountId]: { ...account, values: { ...account.values, secretAccessKey: { value: secret, source: 'typed', at: t(1) } } } },
    } as ProgressState;
    expect(exportProgress(tainted)).not.toContain(secret);
  });

  it('imports the accounts it can read and reports the rest', () => {
    const state = sampleState();
    const file = JSON.parse(exportProgress(state)) as { accounts: Record<string, unknown> };
    file.accounts[otherAccountId] = { platform: { id: 'nonsense' } };
    const imported = importProgress(JSON.stringify(file));
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(Object.keys(imported.value.accounts)).toEqual([accountId]);
    expect(imported.value.problems).toHaveLength(1);
    expect(imported.value.setAside).toContain('nonsense');
  });

  it('imports an export from version 0', () => {
    const imported = importProgress(
      JSON.stringify({ accountId: accountId, platform: 'cloudyn', accountType: 'linked', useRole: false, completed: ['user'], values: {}, savedAt: t(0) }),
    );
    expect(imported.ok && imported.value.accounts[accountId]?.platform).toEqual({ id: 'cloudyn' });
  });

  it.each<[string, string, string, RegExp]>([
    ['text that is not JSON', 'account,step\n1111,done', 'import-not-json', /isn't JSON/],
    ['JSON that is not an object', '"hello"', 'import-wrong-format', /isn't a progress export/],
    ['another tool\'s export', '{"format":"cloudhealth-accounts","accounts":{}}', 'import-wrong-format', /format is "cloudhealth-accounts"/],
    ['a newer version', '{"format":"finops-aws-onboarding-progress","version":3,"accounts":{}}', 'import-newer-version', /Update the extension/],
    ['an export without accounts', '{"format":"finops-aws-onboarding-progress","version":1,"accounts":{}}', 'import-nothing-readable', /no accounts/],
    ['an export whose accounts are all unreadable', '{"format":"finops-aws-onboarding-progress","version":1,"accounts":{"111122223333":{"steps":7}}}', 'import-nothing-readable', /1111-2222-3333 couldn't be read/],
  ])('refuses %s with a clear message', (_name, text, code, message) => {
    const imported = importProgress(text);
    expect(imported.ok).toBe(false);
    if (imported.ok) return;
    expect(imported.problem.code).toBe(code);
    expect(imported.problem.message).toMatch(message);
  });

  it('merges an import into local progress through the reducer', () => {
    const local = sampleState();
    const imported = importProgress(exportProgress(sampleState()));
    if (!imported.ok) throw new Error(imported.problem.message);
    const merged = progressReducer(local, { type: 'import', accounts: imported.value.accounts, at: t(10) });
    expect(merged.accounts).toEqual(local.accounts);
  });
});
