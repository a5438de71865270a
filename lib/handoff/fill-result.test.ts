import { describe, expect, it } from 'vitest';
import type { ChooseAction, FillAction, FormAction, MissingValue, PressAction } from './fill-plan';
import { describeFillResult, type ActionOutcome, type ActionResult } from './fill-result';
import type { PortalFill } from './portal-fill';

const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

const press = (label: string, testId: string): PressAction => ({ kind: 'press', label, testId });
const text = (label: string, inputName: string, value: string, more: Partial<FillAction> = {}): FillAction => ({
  kind: 'fill',
  fieldKey: inputName,
  label,
  inputName,
  value,
  secret: false,
  suggested: false,
  ...more,
});
const exportType: ChooseAction = { kind: 'choose', fieldKey: 'exportType', label: 'Export type', inputName: 'curVersion', value: '2', meaning: 'Standard data export (CUR 2.0)' };

const actions: FormAction[] = [
  press('AWS', 'btn_aws_account'),
  press('Standalone', 'btn_standalone'),
  press('Access key', 'btn_accessKey'),
  text('Name', 'name', 'Acme production'),
  text('AWS Access key ID', 'awsAccessKeyId', 'AKIAIOSFODNN7EXAMPLE'),
  text('AWS secret access key', 'awsSecretAccessKey', secret, { secret: true }),
  exportType,
  text('Export name', 'exportName', 'cur2-hourly'),
];

const fillWith = (planActions: FormAction[], missing: MissingValue[] = [], notes: string[] = []): PortalFill => ({
  accountId: '111122223333',
  accountLabel: 'Acme',
  platformName: 'FinOps for Cloud',
  portalOrigin: 'https://portal.finops.softwareone.com',
  plan: { accountType: 'standalone', authMethod: 'accessKey', actions: planActions, missing },
  notes,
});

const outcomes = (planActions: FormAction[], outcome: (action: FormAction) => ActionOutcome = () => 'done'): ActionResult[] =>
  planActions.map((action) => ({ action, outcome: outcome(action) }));

describe('describeFillResult', () => {
  it('names every field it filled, and leaves Connect to the person', () => {
    const result = describeFillResult(fillWith(actions), outcomes(actions));
    expect(result).toEqual({
      status: 'done',
      message:
        'Filled all 5 of 5 fields for AWS account 1111-2222-3333 (Acme): Name, AWS Access key ID, AWS secret access key, Export type, Export name. Check the form, then press Connect yourself.',
    });
  });

  it('never says a field was filled when reading it back showed otherwise', () => {
    const result = describeFillResult(fillWith(actions), outcomes(actions, (action) => (action.label === 'Export name' ? 'not-kept' : 'done')));
    expect(result.status).toBe('problem');
    expect(result.message).toContain('Filled 4 of 5 fields');
    expect(result.message).not.toMatch(/Filled all/);
    expect(result.message).toContain('“Export name” didn\'t keep the value we typed: enter it yourself.');
    expect(result.message.split('Filled')[1]?.split('.')[0]).not.toContain('Export name');
  });

  it('says which toggle or field it could not find', () => {
    const result = describeFillResult(fillWith(actions), outcomes(actions, (action) => (action.label === 'Access key' || action.label === 'Export type' ? 'not-found' : 'done')));
    expect(result.status).toBe('problem');
    expect(result.message).toContain('Couldn\'t find the “Access key” button: press it yourself.');
    expect(result.message).toContain('Couldn\'t find the “Export type” field on this page.');
  });

  it('says nothing was filled when nothing was, and does not send the person to Connect', () => {
    const result = describeFillResult(fillWith(actions), outcomes(actions, () => 'not-found'));
    expect(result.message).toMatch(/^Nothing was filled for AWS account 1111-2222-3333 \(Acme\)\./);
    expect(result.message).not.toContain('press Connect');
  });

  it('offers the side panel for the missing secret, and explains where to type it', () => {
    const withoutSecret = actions.filter((action) => action.label !== 'AWS secret access key');
    const missing: MissingValue = { fieldKey: 'secretAccessKey', label: 'AWS secret access key', valueKind: 'secretAccessKey', reason: 'secret-not-typed' };
    const result = describeFillResult(fillWith(withoutSecret, [missing]), outcomes(withoutSecret));
    expect(result).toMatchObject({ status: 'missing', field: 'secretAccessKey' });
    expect(result.message).toContain('Filled 4 of 5 fields');
    expect(result.message).toContain("AWS secret access key was left empty: type it into the side panel's last step");
  });

  it('explains a withheld secret by naming the only portal it goes to', () => {
    const missing: MissingValue = { fieldKey: 'secretAccessKey', label: 'AWS secret access key', valueKind: 'secretAccessKey', reason: 'secret-withheld' };
    const result = describeFillResult(fillWith([], [missing]), []);
    expect(result.message).toContain("AWS secret access key was not sent: it goes only to FinOps for Cloud's portal (https://portal.finops.softwareone.com).");
  });

  it('never repeats the secret, whatever happened to it', () => {
    for (const outcome of ['done', 'not-found', 'not-kept'] as const) {
      expect(describeFillResult(fillWith(actions), outcomes(actions, () => outcome)).message).not.toContain(secret);
    }
  });

  it('lists suggested values to check, and adds the notes', () => {
    const suggested = [text('Export Amazon S3 bucket name', 'bucketName', 'billing-export-111122223333', { suggested: true })];
    const note = 'The data export was created about 2 hours ago.';
    const result = describeFillResult(fillWith(suggested, [], [note]), outcomes(suggested));
    expect(result.message).toContain('Suggested values, not yet confirmed in the console: Export Amazon S3 bucket name (billing-export-111122223333).');
    expect(result.message).toContain(note);
  });
});
