import { describe, expect, it } from 'vitest';
import { progressReducer, type ProgressAction, type SetupChoice } from '../onboarding/progress';
import { emptyProgressState, type ProgressState } from '../onboarding/state-schema';
import { customPortalOrigins, staticPortalOrigins } from './portal-origins';
import { firstDeliveryNote, portalFillFor, portalFillPreview } from './portal-fill';

const accountId = '111122223333';
const otherAccountId = '999988887777';
const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const finopsPortal = 'https://portal.finops.softwareone.com';
const selfHosted = 'https://optscale.example.com';
const at = '2026-05-04T09:00:00.000Z';
const now = Date.parse(at);
const hours = (count: number) => new Date(now - count * 3_600_000).toISOString();

const finops: SetupChoice = { platform: { id: 'finopsForCloud' }, accountType: 'standalone', authMethod: 'accessKey', exportState: 'toCreate' };
const custom = (portalOrigin: string): SetupChoice => ({
  ...finops,
  platform: { id: 'customOptScale', settings: { portalOrigin, trustedPrincipal: '444455556666' } },
});

function stateWith(setup: SetupChoice, more: ProgressAction[] = []): ProgressState {
  const actions: ProgressAction[] = [
    { type: 'account-added', accountId, setup, at },
    { type: 'value-typed', accountId, kind: 'accessKeyId', input: 'AKIAIOSFODNN7EXAMPLE', at },
    ...more,
  ];
  return actions.reduce(progressReducer, emptyProgressState());
}

const secretFill = (state: ProgressState, pageOrigin: string, secrets: Record<string, string> = { [accountId]: secret }) => {
  const fill = portalFillFor({ state, pageOrigin, secrets, now });
  if (!fill.ok) throw new Error(fill.problem.message);
  return fill.value;
};

describe('portalFillFor: the secret goes only to the platform’s own portal', () => {
  it.each([
    ['FinOps for Cloud account on the FinOps portal: handed over', finops, finopsPortal, true],
    ['FinOps for Cloud account on a self-hosted portal: kept back', finops, selfHosted, false],
    ['self-hosted account on its own portal: handed over', custom(selfHosted), selfHosted, true],
    ['self-hosted account on the FinOps portal: kept back', custom(selfHosted), finopsPortal, false],
    ['self-hosted account on another self-hosted portal: kept back', custom(selfHosted), 'https://optscale.example.org', false],
    ['self-hosted account on the same host over http: kept back', custom(selfHosted), 'http://optscale.example.com', false],
  ] as const)('%s', (_, setup, pageOrigin, handedOver) => {
    const fill = secretFill(stateWith(setup), pageOrigin);
    expect(JSON.stringify(fill).includes(secret)).toBe(handedOver);
    if (handedOver) {
      expect(fill.plan.missing).toEqual([]);
      expect(fill.notes).toEqual([]);
    } else {
      expect(fill.plan.missing).toMatchObject([{ valueKind: 'secretAccessKey', reason: 'secret-withheld' }]);
      expect(fill.notes.join(' ')).toContain(`This page (${pageOrigin}) isn't the portal of`);
    }
  });

  it("uses the current account's secret, never another account's", () => {
    const fill = secretFill(stateWith(finops), finopsPortal, { [otherAccountId]: secret });
    expect(JSON.stringify(fill)).not.toContain(secret);
    expect(fill.plan.missing).toMatchObject([{ reason: 'secret-not-typed' }]);
  });

  it('fills the other values on a portal that is not the platform’s (they are not secret)', () => {
    const fill = secretFill(stateWith(finops), selfHosted);
    expect(fill.plan.actions).toContainEqual(expect.objectContaining({ inputName: 'awsAccessKeyId', value: 'AKIAIOSFODNN7EXAMPLE' }));
    expect(fill.portalOrigin).toBe(finopsPortal);
  });
});

describe('portalFillFor: when there is nothing to fill', () => {
  it('asks for an account when none is being onboarded', () => {
    expect(portalFillFor({ state: emptyProgressState(), pageOrigin: finopsPortal, secrets: {}, now })).toMatchObject({ ok: false, problem: { code: 'no-account' } });
  });

  it('refuses an account set up for Cloudyn: its form is not this one', () => {
    const fill = portalFillFor({ state: stateWith({ ...finops, platform: { id: 'cloudyn' } }), pageOrigin: finopsPortal, secrets: { [accountId]: secret }, now });
    expect(fill).toMatchObject({ ok: false, problem: { code: 'other-platform', message: expect.stringContaining('AWS account 1111-2222-3333 is set up for Cloudyn') } });
    expect(JSON.stringify(fill)).not.toContain(secret);
  });
});

describe('firstDeliveryNote', () => {
  const exportDone = (when: string): ProgressAction => ({ type: 'step-done', accountId, stepId: 'data-export', by: 'page', at: when });
  const noteFor = (setup: SetupChoice, more: ProgressAction[]) => {
    const account = stateWith(setup, more).accounts[accountId];
    return account && firstDeliveryNote(account, 'FinOps for Cloud', now);
  };

  it.each([
    ['created 3 hours ago', finops, [exportDone(hours(3))], /created about 3 hours ago.*try again in about 21 hours/],
    ['created 23.5 hours ago', finops, [exportDone(hours(23.5))], /about 24 hours ago.*try again in about 1 hour\./],
    ['created 25 hours ago', finops, [exportDone(hours(25))], undefined],
    ['not created yet', finops, [], undefined],
    ['created in the future (clock skew)', finops, [exportDone(hours(-2))], undefined],
    ['an export that already existed', { ...finops, exportState: 'exists' }, [exportDone(hours(1))], undefined],
    ['a member account (no export of its own)', { ...finops, accountType: 'member' }, [exportDone(hours(1))], undefined],
  ] as const)('%s', (_, setup, more, expected) => {
    const note = noteFor(setup as SetupChoice, [...more]);
    if (expected === undefined) expect(note).toBeUndefined();
    else expect(note).toMatch(expected);
  });

  it('reaches the fill result as a note', () => {
    const fill = secretFill(stateWith(finops, [exportDone(hours(2))]), finopsPortal);
    expect(fill.notes).toEqual([expect.stringContaining('Unable to find report')]);
  });
});

describe('portalFillPreview', () => {
  it('says what the button fills and lacks, without any value', () => {
    const fill = secretFill(stateWith(finops, [{ type: 'account-labelled', accountId, label: 'Acme prod', at }]), finopsPortal, {});
    const preview = portalFillPreview(fill);
    expect(preview).toEqual({
      accountId,
      accountLabel: 'Acme prod',
      platformName: 'FinOps for Cloud',
      fills: ['Name', 'AWS Access key ID', 'Export type', 'Export name', 'Export Amazon S3 bucket name', 'Export path prefix'],
      missing: [{ label: 'AWS secret access key', reason: 'secret-not-typed' }],
    });
  });

  it('never carries the secret, even when the plan does', () => {
    const fill = secretFill(stateWith(finops), finopsPortal);
    expect(JSON.stringify(fill)).toContain(secret);
    expect(JSON.stringify(portalFillPreview(fill))).not.toContain(secret);
    expect(JSON.stringify(portalFillPreview(fill))).not.toContain('AKIAIOSFODNN7EXAMPLE');
  });
});

describe('customPortalOrigins', () => {
  it('lists each self-hosted portal once, leaving out the FinOps portal the manifest covers', () => {
    const state = [
      { type: 'account-added', accountId, setup: custom('optscale.example.com/cloud-accounts'), at },
      { type: 'account-added', accountId: otherAccountId, setup: custom('https://optscale.example.com'), at },
      { type: 'account-added', accountId: '222233334444', setup: custom('https://finops.internal.example:8443'), at },
      { type: 'account-added', accountId: '333344445555', setup: custom(finopsPortal), at },
      { type: 'account-added', accountId: '444455556666', setup: finops, at },
    ].reduce((current, action) => progressReducer(current, action as ProgressAction), emptyProgressState());
    expect(customPortalOrigins(state)).toEqual(['https://finops.internal.example:8443', 'https://optscale.example.com']);
    expect(staticPortalOrigins).toEqual([finopsPortal]);
  });
});
