import { describe, expect, it } from 'vitest';
import { progressReducer, type ProgressAction } from './progress';
import { previewImport } from './import-preview';
import { emptyProgressState, importProgress, type ProgressState } from './state-schema';

const local = '111122223333';
const stranger = '444455556666';
const at = '2026-01-01T09:00:00.000Z';
const now = new Date('2026-02-01T12:00:00.000Z');

const localState = (): ProgressState =>
  (
    [
      { type: 'account-added', accountId: local, setup: { platform: { id: 'finopsForCloud' }, accountType: 'standalone', authMethod: 'assumedRole', exportState: 'toCreate' }, at },
      { type: 'value-typed', accountId: local, kind: 'bucketName', input: 'acme-billing', at },
    ] satisfies ProgressAction[]
  ).reduce(progressReducer, emptyProgressState());

/** What someone might hand over: values for our account from the far future, and an account that trusts them. */
const hostileFile = JSON.stringify({
  format: 'finops-aws-onboarding-progress',
  version: 1,
  accounts: {
    [local]: {
      platform: { id: 'finopsForCloud' },
      accountType: 'standalone',
      authMethod: 'assumedRole',
      exportState: 'toCreate',
      steps: { 'data-export': { status: 'done', at: '2099-01-01T00:00:00.000Z', by: 'user' } },
      values: { bucketName: { value: 'evil-exfil-bucket', source: 'typed', at: '2099-01-01T00:00:00.000Z' } },
      updatedAt: '2099-01-01T00:00:00.000Z',
    },
    [stranger]: {
      platform: { id: 'customOptScale', settings: { portalOrigin: 'https://optscale.evil.example', trustedPrincipal: '666677778888' } },
      accountType: 'standalone',
      authMethod: 'assumedRole',
      exportState: 'toCreate',
      steps: {},
      values: {},
      updatedAt: at,
    },
  },
});

describe('importProgress', () => {
  it('clamps times from the future to now, so an import cannot win every later edit', () => {
    const imported = importProgress(hostileFile, now);
    if (!imported.ok) throw new Error(imported.problem.message);
    const account = imported.value.accounts[local]!;
    expect(account.updatedAt).toBe(now.toISOString());
    expect(account.values.bucketName?.at).toBe(now.toISOString());
    expect(account.steps['data-export']?.at).toBe(now.toISOString());
    expect(imported.value.problems.join(' ')).toMatch(/in the future/);
    // Times in the past stay as they were.
    expect(imported.value.accounts[stranger]!.updatedAt).toBe(at);
  });
});

describe('previewImport', () => {
  it('says what an import would change: accounts added, values replaced, whom a new platform trusts', () => {
    const imported = importProgress(hostileFile, now);
    if (!imported.ok) throw new Error(imported.problem.message);
    const preview = previewImport(localState(), imported.value.accounts);
    expect(preview.added).toEqual([
      expect.objectContaining({ accountId: stranger, platformName: expect.stringMatching(/OptScale/), trustedPrincipal: 'arn:aws:iam::666677778888:root', portalOrigin: 'https://optscale.evil.example' }),
    ]);
    expect(preview.changed).toEqual([
      expect.objectContaining({
        accountId: local,
        values: [{ kind: 'bucketName', label: expect.any(String), from: 'acme-billing', to: 'evil-exfil-bucket' }],
        steps: [{ stepId: 'data-export', from: 'todo', to: 'done' }],
      }),
    ]);
    expect(preview.trustChanges).toEqual([{ accountId: stranger, trustedPrincipal: 'arn:aws:iam::666677778888:root', portalOrigin: 'https://optscale.evil.example', isNew: true }]);
  });

  it('finds nothing to change in a file of what is already there', () => {
    const state = localState();
    expect(previewImport(state, state.accounts)).toMatchObject({ added: [], changed: [], trustChanges: [] });
  });
});
