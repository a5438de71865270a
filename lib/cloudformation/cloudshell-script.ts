import { connectFormFor, templatesFor } from '../platforms/platform-lookup';
import type { AccountType, AuthMethod, PlatformProfile } from '../platforms/platform-profile';
import { documentForSetup } from '../policies/for-setup';
import { policyTemplates } from '../policies/templates';
import type { TemplateId } from '../policies/template-types';
import { fail, ok, type Result } from '../result';
import { parseValue, type ValueKind } from '../values';
import {
  accountTypeLabels,
  awsManagedPolicyArn,
  checkChoice,
  identityNames,
  leftToConsoleFor,
  managedPolicyName,
  type AccountValues,
  type LeftToConsole,
  type StackCreates,
} from './account-template';
import { accountFileName } from './file-names';
import { heredocAssignment, shellComment, shellQuote } from './shell';

export interface CloudShellScriptOptions {
  /** The platform's recommended method (an assumed role) unless given. */
  authMethod?: AuthMethod;
}

export interface CloudShellScript {
  fileName: string;
  /** The bash script, ending in a newline. */
  text: string;
  /** How to run it, for the side panel. */
  howToRun: string;
  creates: StackCreates[];
  leftToConsole: LeftToConsole[];
}

/** `billingImportPolicy` → `billing_import_policy`. */
const shellName = (templateId: TemplateId) => templateId.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

const missingCode = (kind: ValueKind) => `missing-${kind.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

// Which shell variable holds each value the connect form asks for, once the script has run.
const formValueVariables: Partial<Record<ValueKind, string>> = { accountId: 'account_id', roleName: 'role_name', roleArn: 'role_arn', userName: 'user_name', userArn: 'user_arn' };

const checkFunctions = `# 0 when IAM has the entity, 1 when it answers NoSuchEntity; any other error (no permission,
# throttling) stops the script, so nothing is created on a guess.
iam_has() {
  local error_output
  if error_output="$("$@" 2>&1 >/dev/null)"; then
    return 0
  fi
  if [[ "$error_output" == *NoSuchEntity* ]]; then
    return 1
  fi
  echo "$error_output" >&2
  exit 1
}

# IAM gives back the document it stored, reformatted: compare JSON values, not text.
same_policy() {
  [[ "$(jq -cS . <<<"$1")" == "$(jq -cS . <<<"$2")" ]]
}`;

const ensureManagedPolicy = `ensure_managed_policy() {
  local name="$1" description="$2" document="$3"
  local arn="arn:aws:iam::\${account_id}:policy/\${name}"
  if ! iam_has aws iam get-policy --policy-arn "$arn"; then
    aws iam create-policy --policy-name "$name" --description "$description" --policy-document "$document" >/dev/null
    echo "Created policy \${name}."
    return
  fi
  local default_version current
  default_version="$(aws iam get-policy --policy-arn "$arn" --query Policy.DefaultVersionId --output text)"
  current="$(aws iam get-policy-version --policy-arn "$arn" --version-id "$default_version" --query PolicyVersion.Document --output json)"
  if same_policy "$current" "$document"; then
    echo "Policy \${name} is already up to date."
    return
  fi
  # IAM keeps at most five versions of a policy: make room by deleting the oldest one not in use.
  local version_count oldest
  version_count="$(aws iam list-policy-versions --policy-arn "$arn" --query 'length(Versions)' --output text)"
  if ((version_count >= 5)); then
    oldest="$(aws iam list-policy-versions --policy-arn "$arn" --query 'sort_by(Versions[?!IsDefaultVersion], &CreateDate)[0].VersionId' --output text)"
    aws iam delete-policy-version --policy-arn "$arn" --version-id "$oldest"
    echo "Deleted version \${oldest} of policy \${name}: IAM keeps five."
  fi
  aws iam create-policy-version --policy-arn "$arn" --policy-document "$document" --set-as-default >/dev/null
  echo "Updated policy \${name}; its previous version is kept."
}`;

const ensureRole = `if iam_has aws iam get-role --role-name "$role_name"; then
  current_trust="$(aws iam get-role --role-name "$role_name" --query Role.AssumeRolePolicyDocument --output json)"
  if same_policy "$current_trust" "$trust_policy"; then
    echo "Role \${role_name} already trusts \${platform_name}."
  else
    aws iam update-assume-role-policy --role-name "$role_name" --policy-document "$trust_policy"
    echo "Updated the trust policy of role \${role_name}."
  fi
else
  aws iam create-role --role-name "$role_name" --assume-role-policy-document "$trust_policy" >/dev/null
  echo "Created role \${role_name}."
fi`;

const ensureUser = `if iam_has aws iam get-user --user-name "$user_name"; then
  echo "User \${user_name} already exists."
else
  aws iam create-user --user-name "$user_name" >/dev/null
  echo "Created user \${user_name} (no console password, no access key)."
fi`;

/**
 * A bash script for AWS CloudShell that sets up one account as `accountTemplate` does, with the AWS
 * CLI: our managed policies, then the role (or user) with them attached. It reads before it
 * writes, so running it again changes nothing unless a policy or the trust policy differs: then
 * it adds a policy version or replaces the trust policy. The documents are the console path's
 * (`documentForSetup`), embedded in quoted heredocs. It ends by printing the role's ARN.
 */
export function cloudShellScript(platform: PlatformProfile, accountType: AccountType, values: AccountValues, options: CloudShellScriptOptions = {}): Result<CloudShellScript> {
  const authMethod = options.authMethod ?? platform.authMethods[0] ?? 'assumedRole';
  const choice = checkChoice(platform, accountType, authMethod);
  if (!choice.ok) return choice;
  const names = identityNames(platform, values);
  if (!names.ok) return names;
  const expectedAccount = values.accountId?.trim() ? parseValue('accountId', values.accountId) : undefined;
  if (expectedAccount && !expectedAccount.ok) return expectedAccount;

  const setup = { platform, accountType, authMethod, values };
  const documents = new Map<TemplateId, string>();
  for (const templateId of templatesFor(platform, accountType, authMethod).filter((id) => policyTemplates[id].kind !== 'bucket')) {
    const document = documentForSetup(templateId, setup);
    if (!document.ok) return fail(document.missing ? missingCode(document.missing) : 'policy-not-ready', document.message);
    documents.set(templateId, document.rendered.text);
  }

  const managed = [...documents.keys()].filter((templateId) => policyTemplates[templateId].kind === 'managed');
  const awsManaged = platform.setup[accountType].awsManagedPolicies;
  const isRole = authMethod === 'assumedRole';
  const identity = isRole ? `role ${names.value.roleName}` : `user ${names.value.userName}`;
  const policyNames = [...managed.map((templateId) => managedPolicyName(platform, templateId)), ...awsManaged];
  const fileName = accountFileName(platform, accountType, authMethod, 'sh');
  const leftToConsole = leftToConsoleFor(platform, accountType, authMethod);
  const creates: StackCreates[] = [
    ...managed.map((templateId): StackCreates => ({ kind: 'managedPolicy', name: managedPolicyName(platform, templateId), templateId })),
    ...awsManaged.map((name): StackCreates => ({ kind: 'awsManagedPolicy', name })),
    isRole ? { kind: 'role', name: names.value.roleName, templateId: 'trustPolicy' } : { kind: 'user', name: names.value.userName },
  ];

  const lines: string[] = [
    '#!/usr/bin/env bash',
    shellComment(`${platform.displayName}: access for a ${accountTypeLabels[accountType]} AWS account.`),
    shellComment(`Creates or updates ${policyNames.length > 0 ? `${policyNames.join(', ')} and ` : ''}${identity}.`),
    shellComment(`Run it in AWS CloudShell signed in to the account: upload it (Actions → Upload file), then run: bash ${fileName}`),
    shellComment('Running it again changes nothing unless a policy below differs from the one in IAM.'),
    ...leftToConsole.map((item) => shellComment(`Not done here: ${item.what}. ${item.reason}`)),
    shellComment('Generated by the FinOps AWS onboarding extension.'),
    'set -euo pipefail',
    "export AWS_PAGER=''",
    '',
    `platform_name=${shellQuote(platform.displayName)}`,
    isRole ? `role_name=${shellQuote(names.value.roleName)}` : `user_name=${shellQuote(names.value.userName)}`,
    ...managed.map((templateId) => `${shellName(templateId)}_name=${shellQuote(managedPolicyName(platform, templateId))}`),
    '',
    "command -v aws >/dev/null || { echo 'The AWS CLI is missing: run this in AWS CloudShell.' >&2; exit 1; }",
    "command -v jq >/dev/null || { echo 'jq is missing: run this in AWS CloudShell, or install jq first.' >&2; exit 1; }",
    '',
    'account_id="$(aws sts get-caller-identity --query Account --output text)"',
    ...(expectedAccount
      ? [
          `expected_account_id=${shellQuote(expectedAccount.value)}`,
          'if [[ "$account_id" != "$expected_account_id" ]]; then',
          '  echo "This script is for account ${expected_account_id}, but CloudShell is signed in to ${account_id}. Open CloudShell in that account and run it again." >&2',
          '  exit 1',
          'fi',
        ]
      : []),
    'echo "Setting up ${platform_name} access in account ${account_id}."',
    '',
    ...(documents.size > 0
      ? [shellComment('The policies exactly as the extension fills them in the console.'), ...[...documents].map(([templateId, text]) => heredocAssignment(shellName(templateId), text)), '']
      : []),
    managed.length > 0 ? `${checkFunctions}\n\n${ensureManagedPolicy}` : checkFunctions,
    '',
    ...managed.map(
      (templateId) =>
        `ensure_managed_policy "$${shellName(templateId)}_name" ${shellQuote(`${platform.displayName}: ${policyTemplates[templateId].title.toLowerCase()}`)} "$${shellName(templateId)}"`,
    ),
  ];

  const attachTo = isRole ? 'attach-role-policy --role-name "$role_name"' : 'attach-user-policy --user-name "$user_name"';
  const policyArns = [...managed.map((templateId) => `"arn:aws:iam::\${account_id}:policy/\${${shellName(templateId)}_name}"`), ...awsManaged.map((name) => shellQuote(awsManagedPolicyArn(name)))];
  lines.push('', isRole ? ensureRole : ensureUser);
  if (policyArns.length > 0) {
    lines.push(
      shellComment('Attaching a policy that is already attached changes nothing.'),
      `policy_arns=(${policyArns.join(' ')})`,
      'for policy_arn in "${policy_arns[@]}"; do',
      `  aws iam ${attachTo} --policy-arn "$policy_arn"`,
      'done',
      `echo ${shellQuote(`Attached ${policyNames.join(', ')} to ${identity}.`)}`,
    );
  }

  lines.push('', isRole ? 'role_arn="$(aws iam get-role --role-name "$role_name" --query Role.Arn --output text)"' : 'user_arn="$(aws iam get-user --user-name "$user_name" --query User.Arn --output text)"');
  // The ARN is the last line whatever the form asks, so it isn't listed twice.
  const formKinds = (connectFormFor(platform, accountType, authMethod)?.fields ?? []).map((field) => ({ label: field.label, kind: 'valueKind' in field.fill ? field.fill.valueKind : undefined }));
  const formFields = formKinds.flatMap(({ label, kind }) => {
    const variable = kind === undefined || kind === 'roleArn' || kind === 'userArn' ? undefined : formValueVariables[kind];
    return variable ? [`printf '  %s: %s\\n' ${shellQuote(label)} "$${variable}"`] : [];
  });
  const asksForArn = formKinds.some(({ kind }) => kind === (isRole ? 'roleArn' : 'userArn'));
  const inForm = `Done. In ${platform.displayName}'s connect form, enter`;
  const done = formFields.length > 0 ? `${inForm}${asksForArn ? ' these and the ARN below' : ''}:` : asksForArn ? `${inForm} the ARN below.` : 'Done.';
  lines.push('echo', `echo ${shellQuote(done)}`, ...formFields);
  if (!isRole) {
    lines.push(
      `echo ${shellQuote('Then create the access key in the console (Create access key → "Third-party service") and paste it straight into the platform:')}`,
      'echo "  https://console.aws.amazon.com/iam/home#/users/details/${user_name}?section=security_credentials"',
    );
  }
  lines.push(isRole ? 'echo "Role ARN: ${role_arn}"' : 'echo "User ARN: ${user_arn}"');

  // A self-hosted platform's name may hold `$` or backticks; single quotes keep them literal, which is the point.
  if (/[$`]/.test(platform.displayName)) lines.splice(1, 0, '# shellcheck disable=SC2016 # the platform name is single-quoted so that nothing in it expands');

  return ok({
    fileName,
    text: `${lines.join('\n')}\n`,
    howToRun: `Open AWS CloudShell in the account (the terminal icon in the console's top bar), upload ${fileName} with Actions → Upload file, then run: bash ${fileName}`,
    creates,
    leftToConsole,
  });
}
