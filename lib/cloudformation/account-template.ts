import { connectFormFor, templatesFor } from '../platforms/platform-lookup';
import type { AccountType, AuthMethod, PlatformProfile } from '../platforms/platform-profile';
import { policyTemplates } from '../policies/templates';
import type { TemplateId } from '../policies/template-types';
import { fail, ok, type Result } from '../result';
import { parseValue, type ValueKind } from '../values';
import { parameterisedPolicy, parameterSpecs, type ParameterisedSlot } from './stack-parameters';
import type { CloudFormationTemplate, TemplateOutput, TemplateParameter, TemplateResource, TemplateValue } from './template-types';

/** The values known for this AWS account, as the setup keeps them (read from pages or typed). */
export type AccountValues = Partial<Record<ValueKind, string>>;

export interface AccountTemplateOptions {
  /** The platform's recommended method (an assumed role) unless given. */
  authMethod?: AuthMethod;
  /** Role or user name chosen instead of the platform's; a bucket name or External ID to suggest as parameter values. */
  values?: AccountValues;
}

/** A parameter the person fills in when creating the stack. */
export interface StackParameter {
  name: string;
  label: string;
  description: string;
  /** CloudFormation hides the value once entered. */
  noEcho: boolean;
  /** The value known for this account, to type in or to prefill a quick-create link. */
  knownValue?: string;
}

/** Something the stack creates, by the name the IAM console lists it under. */
export interface StackCreates {
  kind: 'managedPolicy' | 'awsManagedPolicy' | 'role' | 'user';
  name: string;
  /** The template this policy comes from (our managed policies and the trust policy). */
  templateId?: TemplateId;
}

/** Part of the setup that a stack leaves to the console path, and why. */
export interface LeftToConsole {
  what: string;
  reason: string;
}

export interface AccountTemplate {
  platformName: string;
  accountType: AccountType;
  authMethod: AuthMethod;
  template: CloudFormationTemplate;
  parameters: StackParameter[];
  /** The template names IAM resources, so creating it needs this acknowledgement. */
  capabilities: ['CAPABILITY_NAMED_IAM'];
  creates: StackCreates[];
  leftToConsole: LeftToConsole[];
  /** What to know before creating the stack. */
  notes: string[];
  /** A stack name to suggest, e.g. `FinOpsForCloudAccess`. */
  stackName: string;
}

/** Logical IDs in the template; stable, so an updated template updates the same resources. */
export const logicalIds = { role: 'AccessRole', user: 'AccessUser' } as const;
export const policyLogicalId = (templateId: TemplateId): string => templateId.charAt(0).toUpperCase() + templateId.slice(1);

export const awsManagedPolicyArn = (name: string): string => `arn:aws:iam::aws:policy/${name}`;

/** The name we give our managed policy: the platform's, else one made from the template title. */
export const managedPolicyName = (platform: PlatformProfile, templateId: TemplateId): string =>
  platform.names.policyNames[templateId] ?? policyTemplates[templateId].title.replace(/[^\w+=,.@-]+/g, '');

/** `FinOps for Cloud` → `FinOpsForCloudAccess`: letters and digits only, as stack names allow. */
export const suggestedStackName = (platform: PlatformProfile): string => {
  const words = platform.displayName.replace(/[^A-Za-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
  const name = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
  return `${/^[A-Za-z]/.test(name) ? name : `Platform${name}`}Access`.slice(0, 128);
};

export const accountTypeLabels: Record<AccountType, string> = { management: 'management (payer)', member: 'member (linked)', standalone: 'standalone' };

const userAccessKeyPage = (userName: string) => `https://console.aws.amazon.com/iam/home#/users/details/${userName}?section=security_credentials`;

/** Whether the trust policy should require an External ID: as the console path decides it. */
function requiresExternalId(platform: PlatformProfile, values: AccountValues): boolean {
  const support = platform.trust.externalId;
  if (support.support === 'required') return true;
  if (support.support === 'unsupported') return false;
  return Boolean(values.externalId?.trim() || support.externalId?.trim());
}

interface Names {
  roleName: string;
  userName: string;
}

/** Role and user names: the person's, checked, or the platform's. */
export function identityNames(platform: PlatformProfile, values: AccountValues): Result<Names> {
  const roleName = parseValue('roleName', values.roleName?.trim() || platform.names.roleName);
  if (!roleName.ok) return roleName;
  const userName = parseValue('userName', values.userName?.trim() || platform.names.userName);
  if (!userName.ok) return userName;
  return ok({ roleName: roleName.value, userName: userName.value });
}

/** Checks the auth method against the platform and the account type against its setup. */
export function checkChoice(platform: PlatformProfile, accountType: AccountType, authMethod: AuthMethod): Result<true> {
  if (!platform.accountTypes.includes(accountType)) return fail('account-type-not-supported', `${platform.displayName} doesn't connect ${accountTypeLabels[accountType]} accounts.`);
  if (!platform.authMethods.includes(authMethod)) {
    return fail('auth-method-not-supported', `${platform.displayName} doesn't sign in with ${authMethod === 'accessKey' ? 'an access key' : 'an assumed role'}; choose the other method.`);
  }
  return ok(true);
}

/** Parts of this account's setup a stack can't do well, with the reason to show. */
export function leftToConsoleFor(platform: PlatformProfile, accountType: AccountType, authMethod: AuthMethod): LeftToConsole[] {
  const left: LeftToConsole[] = templatesFor(platform, accountType, authMethod)
    .filter((templateId) => policyTemplates[templateId].kind === 'bucket')
    .map((templateId) => ({
      what: policyTemplates[templateId].title,
      reason: "Writing it from a stack or script would replace the bucket's whole policy, including statements other tools rely on; in the console the extension merges its statements into the existing policy.",
    }));
  if (platform.setup[accountType].needsDataExport) {
    left.push({
      what: 'Data Export (CUR 2.0) and its S3 bucket',
      reason: 'They are created once per paying account, in the console, where the extension fills the form; here only the bucket name is needed.',
    });
  }
  if (authMethod === 'accessKey') {
    left.push({
      what: 'Access key',
      reason:
        'Created here, the secret access key would be shown to anyone who can read the stack\'s outputs or the terminal. Create it in the console (the user\'s Security credentials tab → Create access key → "Third-party service") and paste it straight into the platform.',
    });
  }
  return left;
}

/**
 * A CloudFormation template for one account: our managed policies (the billing import policy with
 * the bucket as a parameter, where the account type needs it), and the role with the platform's
 * trust policy (External ID as a NoEcho parameter where the platform uses one) or, for an access
 * key, the user without a key. Every policy document is `renderPolicy`'s, with parameters in place
 * of the values the person types when creating the stack.
 */
export function accountTemplate(platform: PlatformProfile, accountType: AccountType, options: AccountTemplateOptions = {}): Result<AccountTemplate> {
  const authMethod = options.authMethod ?? platform.authMethods[0] ?? 'assumedRole';
  const values = options.values ?? {};
  const choice = checkChoice(platform, accountType, authMethod);
  if (!choice.ok) return choice;
  const names = identityNames(platform, values);
  if (!names.ok) return names;

  const templateIds = templatesFor(platform, accountType, authMethod);
  const parameterSlots: ParameterisedSlot[] = ['bucketName', ...(requiresExternalId(platform, values) ? (['externalId'] as const) : [])];
  const usedSlots = new Set<ParameterisedSlot>();
  const resources: Record<string, TemplateResource> = {};
  const creates: StackCreates[] = [];
  const policyRefs: TemplateValue[] = [];

  for (const templateId of templateIds.filter((id) => policyTemplates[id].kind === 'managed')) {
    const policy = parameterisedPolicy(templateId, platform, parameterSlots);
    if (!policy.ok) return policy;
    policy.value.parameters.forEach((slot) => usedSlots.add(slot));
    const name = managedPolicyName(platform, templateId);
    resources[policyLogicalId(templateId)] = {
      Type: 'AWS::IAM::ManagedPolicy',
      Properties: { ManagedPolicyName: name, Description: `${platform.displayName}: ${policyTemplates[templateId].title.toLowerCase()}`, PolicyDocument: policy.value.document },
    };
    creates.push({ kind: 'managedPolicy', name, templateId });
    policyRefs.push({ Ref: policyLogicalId(templateId) });
  }
  for (const name of platform.setup[accountType].awsManagedPolicies) {
    creates.push({ kind: 'awsManagedPolicy', name });
    policyRefs.push(awsManagedPolicyArn(name));
  }

  const outputs: Record<string, TemplateOutput> = {};
  if (authMethod === 'assumedRole') {
    const trust = parameterisedPolicy('trustPolicy', platform, parameterSlots);
    if (!trust.ok) return trust;
    trust.value.parameters.forEach((slot) => usedSlots.add(slot));
    resources[logicalIds.role] = {
      Type: 'AWS::IAM::Role',
      Properties: {
        // No Description: cfn-lint's resource specification predates it, and the name says enough.
        RoleName: names.value.roleName,
        AssumeRolePolicyDocument: trust.value.document,
        ManagedPolicyArns: policyRefs,
      },
    };
    creates.push({ kind: 'role', name: names.value.roleName, templateId: 'trustPolicy' });
    outputs.RoleArn = { Description: `The role's ARN, for ${platform.displayName}.`, Value: { 'Fn::GetAtt': [logicalIds.role, 'Arn'] } };
    outputs.RoleName = { Description: 'The role name.', Value: { Ref: logicalIds.role } };
  } else {
    resources[logicalIds.user] = {
      Type: 'AWS::IAM::User',
      Properties: { UserName: names.value.userName, ManagedPolicyArns: policyRefs },
    };
    creates.push({ kind: 'user', name: names.value.userName });
    outputs.UserArn = { Description: "The user's ARN.", Value: { 'Fn::GetAtt': [logicalIds.user, 'Arn'] } };
    outputs.UserName = { Description: 'The user name.', Value: { Ref: logicalIds.user } };
    outputs.AccessKeyPage = {
      Description: 'Create the access key here (Create access key → "Third-party service"); the stack never creates one, so no secret lands in its outputs.',
      Value: userAccessKeyPage(names.value.userName),
    };
  }
  outputs.AccountId = { Description: 'This AWS account, as the platform asks for it.', Value: { Ref: 'AWS::AccountId' } };
  if (connectFormFor(platform, accountType, authMethod)?.fields.some((field) => field.inputName === 'curVersion')) {
    // A legacy CUR export connects only as Export type 1; everything else (and what we set up) is CUR 2.0.
    const legacy = parseValue('curVersion', values.curVersion);
    const curVersion = legacy.ok ? legacy.value : '2';
    outputs.ExportType = {
      Description: `Export type to choose on the connect form: ${curVersion === '1' ? '1, legacy CUR export' : '2, standard data export (CUR 2.0)'}.`,
      Value: curVersion,
    };
  }

  const parameterOrder = (Object.keys(parameterSpecs) as ParameterisedSlot[]).filter((slot) => usedSlots.has(slot));
  const parameters: Record<string, TemplateParameter> = {};
  const stackParameters: StackParameter[] = [];
  for (const slot of parameterOrder) {
    const spec = parameterSpecs[slot];
    const known = knownValue(slot, platform, values);
    if (!known.ok) return known;
    const definition = spec.definition(platform);
    // A bucket name is no secret and saves typing; an External ID stays out of the file.
    const { Type, Description, ...constraints } = definition;
    parameters[spec.name] = slot === 'bucketName' && known.value !== undefined ? { Type, Description, Default: known.value, ...constraints } : definition;
    stackParameters.push({
      name: spec.name,
      label: spec.label,
      description: definition.Description,
      noEcho: definition.NoEcho === true,
      ...(known.value === undefined ? {} : { knownValue: known.value }),
    });
  }

  const identity = authMethod === 'assumedRole' ? `role ${names.value.roleName}` : `user ${names.value.userName} (no access key)`;
  const template: CloudFormationTemplate = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: templateDescription(platform, accountType, identity, creates),
    ...(parameterOrder.length > 0
      ? {
          Metadata: {
            'AWS::CloudFormation::Interface': {
              ParameterGroups: [{ Label: { default: `Connect to ${platform.displayName}` }, Parameters: parameterOrder.map((slot) => parameterSpecs[slot].name) }],
              ParameterLabels: Object.fromEntries(parameterOrder.map((slot) => [parameterSpecs[slot].name, { default: parameterSpecs[slot].label }])),
            },
          },
          Parameters: parameters,
        }
      : {}),
    Resources: resources,
    Outputs: outputs,
  };

  return ok({
    platformName: platform.displayName,
    accountType,
    authMethod,
    template,
    parameters: stackParameters,
    capabilities: ['CAPABILITY_NAMED_IAM'],
    creates,
    leftToConsole: leftToConsoleFor(platform, accountType, authMethod),
    notes: [
      `The stack creates ${creates.filter((item) => item.kind !== 'awsManagedPolicy').map((item) => item.name).join(', ')} under exactly these names: if one already exists in the account (made in the console or by the CloudShell script), the stack fails with "already exists". Delete it first, or use the CloudShell script, which updates what is there.`,
      'Creating the stack needs the acknowledgement "I acknowledge that AWS CloudFormation might create IAM resources with custom names" (CAPABILITY_NAMED_IAM).',
    ],
    stackName: suggestedStackName(platform),
  });
}

/** The value known for a parameter: typed for this account, or saved with a self-hosted platform. */
function knownValue(slot: ParameterisedSlot, platform: PlatformProfile, values: AccountValues): Result<string | undefined> {
  const support = platform.trust.externalId;
  const typed = values[slot]?.trim() || (slot === 'externalId' && support.support === 'optional' ? support.externalId?.trim() : undefined);
  if (!typed) return ok(undefined);
  return parseValue(slot, typed);
}

function templateDescription(platform: PlatformProfile, accountType: AccountType, identity: string, creates: readonly StackCreates[]): string {
  const policies = creates.filter((item) => item.kind === 'managedPolicy' || item.kind === 'awsManagedPolicy').map((item) => item.name);
  const withPolicies = policies.length > 0 ? ` with ${policies.join(', ')}` : '';
  return `${platform.displayName} access for a ${accountTypeLabels[accountType]} AWS account: ${identity}${withPolicies}. Generated by the FinOps AWS onboarding extension.`;
}
