/**
 * What the portal button does, as data: the buttons to press, the inputs to fill and the radio to
 * choose on the platform's connect form, in order, and what can't be filled because it isn't known.
 * Pure: the content script executes the plan and reports back; nothing here touches a page.
 */
import type { KnownValue } from '../onboarding/state-schema';
import { connectFormFor, olderConnectFormFor, type AccountType, type AuthMethod, type ConnectForm, type ConnectFormField, type PlatformProfile } from '../platforms';
import { fail, ok, type Result } from '../result';
import { curVersionMeanings, parseValue, type ValueKind } from '../values';

/** Press one of the form's toggles (AWS tile, account type, authentication), by test id, else by label. */
export interface PressAction {
  kind: 'press';
  label: string;
  testId?: string;
}

/** Put a value into a text input found by `name`, else by `data-test-id`. */
export interface FillAction {
  kind: 'fill';
  fieldKey: string;
  /** The field's label as the portal shows it. */
  label: string;
  inputName?: string;
  testId?: string;
  value: string;
  /** A masked input: its value is never shown in messages. */
  secret: boolean;
  /** The value is our recommendation, not one read from the console or typed: worth a second look. */
  suggested: boolean;
}

/** Pick the radio with this value among the inputs named `inputName`. */
export interface ChooseAction {
  kind: 'choose';
  fieldKey: string;
  label: string;
  inputName: string;
  value: string;
  /** What the value means, e.g. "Standard data export (CUR 2.0)". */
  meaning: string;
}

export type FormAction = PressAction | FillAction | ChooseAction;

/** Set an on/off switch (a checkbox input named `inputName`, else found by its label); left alone when already so. */
export interface SwitchAction {
  kind: 'switch';
  fieldKey: string;
  label: string;
  inputName?: string;
  on: boolean;
}

/** The older form's steps: the current form's kinds plus its switch. */
export type OlderFormAction = FormAction | SwitchAction;

export type MissingReason =
  /** Nothing read or typed for it yet. */
  | 'unknown'
  /** Typed, but rejected: the problem says why. */
  | 'invalid'
  /** The secret access key wasn't typed into the side panel in this browser session. */
  | 'secret-not-typed'
  /** The secret exists, but this page isn't the platform's portal, so it wasn't handed over. */
  | 'secret-withheld';

export interface MissingValue {
  fieldKey: string;
  label: string;
  valueKind: ValueKind;
  reason: MissingReason;
  problem?: string;
}

export interface FillPlan {
  accountType: AccountType;
  authMethod: AuthMethod;
  actions: FormAction[];
  /** Required fields the plan leaves empty, in form order. */
  missing: MissingValue[];
}

export interface FillPlanInput {
  platform: PlatformProfile;
  accountType: AccountType;
  authMethod: AuthMethod;
  /** The account's values with their source, as `valuesFor` gives them (suggestions included). */
  values: Partial<Record<ValueKind, Pick<KnownValue, 'value' | 'source' | 'problem'>>>;
  /** The secret access key typed in the side panel, when it may go to this page. */
  secretAccessKey?: string;
  /** Why no secret is given: it wasn't typed (default), or it was kept back from this page. */
  secretWithheld?: boolean;
}

function secretStep(field: ConnectFormField, valueKind: ValueKind, { secretAccessKey, secretWithheld }: FillPlanInput): FillAction | MissingValue {
  const missing = { fieldKey: field.key, label: field.label, valueKind };
  if (secretWithheld) return { ...missing, reason: 'secret-withheld' };
  if (secretAccessKey === undefined || secretAccessKey.trim() === '') return { ...missing, reason: 'secret-not-typed' };
  const checked = parseValue('secretAccessKey', secretAccessKey);
  if (!checked.ok) return { ...missing, reason: 'invalid', problem: checked.problem.message };
  return { kind: 'fill', fieldKey: field.key, label: field.label, ...locator(field), value: checked.value, secret: true, suggested: false };
}

const locator = (field: ConnectFormField) => ({
  ...(field.inputName === undefined ? {} : { inputName: field.inputName }),
  ...(field.testId === undefined ? {} : { testId: field.testId }),
});

/** Where a legacy CUR export's prefix can be read (its details page shows the bucket only). */
export const legacyPrefixWhereToFind =
  "A legacy CUR export's details page shows only the bucket: open the export in Data Exports and choose Edit, so we can read its \"S3 path prefix\".";

function fieldStep(field: ConnectFormField, input: FillPlanInput): OlderFormAction | MissingValue | undefined {
  if (field.control === 'switch' && 'fixedValue' in field.fill) {
    return { kind: 'switch', fieldKey: field.key, label: field.label, ...(field.inputName === undefined ? {} : { inputName: field.inputName }), on: field.fill.fixedValue === 'on' };
  }
  if ('fixedValue' in field.fill) {
    if (field.control === 'radio' && field.inputName !== undefined)
      return { kind: 'choose', fieldKey: field.key, label: field.label, inputName: field.inputName, value: field.fill.fixedValue, meaning: field.fill.meaning };
    return { kind: 'fill', fieldKey: field.key, label: field.label, ...locator(field), value: field.fill.fixedValue, secret: false, suggested: false };
  }
  const { valueKind } = field.fill;
  if (field.control === 'secret' || valueKind === 'secretAccessKey') return secretStep(field, valueKind, input);
  const known = input.values[valueKind];
  const missing = { fieldKey: field.key, label: field.label, valueKind };
  if (known?.problem !== undefined) return { ...missing, reason: 'invalid', problem: known.problem };
  if (field.control === 'radio' && field.inputName !== undefined) {
    // The export type: as the console showed it, else the form's own default (CUR 2.0, what we set up).
    const value = known?.value || field.defaultValue;
    if (value === undefined) return field.required ? { ...missing, reason: 'unknown' } : undefined;
    const meaning = valueKind === 'curVersion' ? (curVersionMeanings[value as keyof typeof curVersionMeanings] ?? value) : value;
    return { kind: 'choose', fieldKey: field.key, label: field.label, inputName: field.inputName, value, meaning };
  }
  if (valueKind === 'exportPathPrefix' && input.values.curVersion?.value === '1' && (!known || known.source === 'default')) {
    // A legacy export's details page shows the bucket only: never hand over a guessed prefix.
    return { ...missing, reason: 'unknown', problem: legacyPrefixWhereToFind };
  }
  // Exactly as stored: the platform wants, e.g., the S3 path prefix as the export has it.
  if (!known || known.value === '') return field.required ? { ...missing, reason: 'unknown' } : undefined;
  return { kind: 'fill', fieldKey: field.key, label: field.label, ...locator(field), value: known.value, secret: false, suggested: known.source === 'default' };
}

/**
 * The steps that fill the platform's connect form for this account type and authentication method.
 * Values it lacks are listed in `missing` and left out of `actions`; it never presses Connect.
 */
export function fillPlanFor(input: FillPlanInput): Result<FillPlan> {
  const { platform, accountType, authMethod } = input;
  const form = connectFormFor(platform, accountType, authMethod);
  if (!form) {
    return fail(
      'no-connect-form',
      `${platform.displayName} has no connect form for a ${accountType} account with ${authMethod === 'assumedRole' ? 'an assumed role' : 'an access key'}. Choose another setup in the side panel.`,
    );
  }
  const { actions, missing } = stepsFor(form, input);
  // The current form has no switch; the older one is planned by `olderFormPlanFor`.
  return ok({ accountType, authMethod, actions: actions.filter((action): action is FormAction => action.kind !== 'switch'), missing });
}

function stepsFor(form: ConnectForm, input: FillPlanInput): { actions: OlderFormAction[]; missing: MissingValue[] } {
  const actions: OlderFormAction[] = form.choices.map((choice) => ({ kind: 'press', label: choice.label, ...(choice.testId === undefined ? {} : { testId: choice.testId }) }));
  const missing: MissingValue[] = [];
  for (const field of form.fields) {
    const step = fieldStep(field, input);
    if (!step) continue;
    if ('reason' in step) missing.push(step);
    else actions.push(step);
  }
  return { actions, missing };
}

export interface OlderFillPlan extends Omit<FillPlan, 'actions'> {
  actions: OlderFormAction[];
}

/**
 * The steps for the older connect form (self-hosted OptScale, FinOps for Cloud before 2025-05): the
 * "AWS Root" or "AWS Linked" tile, the credentials, and for a root account the export it already
 * has ("Automatically detect" off, "Connect only to data in bucket"). EDP is never touched.
 */
export function olderFormPlanFor(input: FillPlanInput): Result<OlderFillPlan> {
  const { accountType, authMethod } = input;
  const form = olderConnectFormFor(accountType, authMethod);
  if (!form) {
    return fail(
      'no-connect-form',
      `The older ${input.platform.displayName} connect form ("AWS Root" / "AWS Linked" tiles) takes an access key only, not an assumed role. Choose "Access key" for this account in the side panel, or connect it by hand.`,
    );
  }
  return ok({ accountType, authMethod, ...stepsFor(form, input) });
}
