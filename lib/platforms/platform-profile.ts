import type { PolicyOption, PolicyVariant, TemplateId } from '../policies/template-types';
import type { ValueKind } from '../values';

export type PlatformId = 'finopsForCloud' | 'cloudyn' | 'customOptScale';

/** Management (payer), member (linked) or standalone; a member without access to its payer is onboarded as standalone. */
export type AccountType = 'management' | 'member' | 'standalone';
export const accountTypes: readonly AccountType[] = ['management', 'member', 'standalone'];

export type AuthMethod = 'assumedRole' | 'accessKey';

export type { PolicyVariant } from '../policies/template-types';

export interface IamNames {
  roleName: string;
  userName: string;
  /** Names for the customer managed policies we write, by template. */
  policyNames: Partial<Record<TemplateId, string>>;
}

/** Whether the trust policy can require an `sts:ExternalId`, and why not when it can't. */
export type ExternalIdSupport =
  | { support: 'required'; whereToFindIt: string }
  | { support: 'optional'; externalId?: string; note: string }
  | { support: 'unsupported'; reason: string };

export interface TrustSettings {
  /** Who may assume the role: an ARN (account IDs are normalised to `arn:aws:iam::ID:root`). */
  trustedPrincipal: string;
  externalId: ExternalIdSupport;
}

/** What one account type needs set up in AWS. */
export interface AccountSetup {
  /** Policies we write, in the order the person creates them; `authMethods` limits one to those methods. */
  policies: readonly { templateId: TemplateId; authMethods?: readonly AuthMethod[] }[];
  /** AWS managed policies to attach to the role or user, by name (e.g. `ReadOnlyAccess`). */
  awsManagedPolicies: readonly string[];
  /** Whether this account needs its own Data Export (CUR 2.0). */
  needsDataExport: boolean;
}

/** Where a form field's value comes from: a value the person provides, or a fixed choice. */
export type FieldFill = { valueKind: ValueKind } | { fixedValue: string; meaning: string };

export interface ConnectFormField {
  /** Our name for the field. */
  key: string;
  /** The label exactly as the platform's form shows it. */
  label: string;
  /** The input's `name` attribute, when known. */
  inputName?: string;
  /** The input's `data-test-id`, when known. */
  testId?: string;
  /** `switch`: an on/off toggle (a checkbox input); its fixed value is 'on' or 'off'. */
  control: 'text' | 'secret' | 'radio' | 'switch';
  fill: FieldFill;
  required: boolean;
  /** What the form shows before anyone types. */
  defaultValue?: string;
}

/** A button the person presses to reach this form, as the platform labels it. */
export interface FormChoice {
  label: string;
  testId?: string;
}

export interface ConnectForm {
  accountType: AccountType;
  authMethod: AuthMethod;
  /** Buttons to press, in order, to show these fields. */
  choices: readonly FormChoice[];
  fields: readonly ConnectFormField[];
}

export interface PlatformProfile {
  id: PlatformId;
  displayName: string;
  portal: { origin: string; connectPath: string };
  names: IamNames;
  trust: TrustSettings;
  policyVariant: PolicyVariant;
  /** Extra grants on top of the wording (power schedules, a newer OptScale's discovery); none when absent. */
  policyOptions?: readonly PolicyOption[];
  accountTypes: readonly AccountType[];
  /** The first is the one the platform recommends. */
  authMethods: readonly AuthMethod[];
  setup: Record<AccountType, AccountSetup>;
  connectForms: readonly ConnectForm[];
}
