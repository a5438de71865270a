import type { PlatformProfile } from '../platforms/platform-profile';
import { fail, ok, type Result } from '../result';
import { accountTemplate, type AccountTemplate, type AccountValues } from './account-template';
import { stackSetFileName } from './file-names';
import { toJson, toYaml } from './serialise';
import { heredocAssignment, shellComment, shellQuote } from './shell';

/** Where the StackSet deploys: the organization root (every member account) or chosen OUs. */
export type DeploymentTargets = { organizationRootId: string } | { organizationalUnitIds: readonly string[] };

export interface StackSetOptions {
  targets: DeploymentTargets;
  /** The suggested stack name (`FinOpsForCloudAccess`) unless given. */
  stackSetName?: string;
  /** A role name chosen instead of the platform's. */
  values?: AccountValues;
  /** Signed in to a delegated administrator account for StackSets rather than the management account. */
  delegatedAdmin?: boolean;
  /** Which template file the commands upload; YAML unless given. */
  format?: 'yaml' | 'json';
}

export interface StackSetStep {
  title: string;
  detail: string;
}

export interface StackSetCommand {
  purpose: string;
  command: string;
}

/**
 * A StackSet that gives every member account the platform's role, as data the side panel shows
 * and as AWS CLI commands. The names are CloudFormation's own (CreateStackSet,
 * CreateStackInstances), so a console reader can compare what the page shows with these.
 */
export interface StackSetPlan {
  stackSetName: string;
  /** The member-account template every stack instance is created from. */
  member: AccountTemplate;
  templateFileName: string;
  /** The template file's text, as the commands upload it. */
  templateText: string;
  permissionModel: 'SERVICE_MANAGED';
  autoDeployment: { Enabled: true; RetainStacksOnAccountRemoval: false };
  deploymentTargets: { OrganizationalUnitIds: string[] };
  /** IAM is global: a second region would try to create the same role again and fail. */
  regions: ['us-east-1'];
  operationPreferences: { MaxConcurrentPercentage: number; FailureTolerancePercentage: number; ConcurrencyMode: 'SOFT_FAILURE_TOLERANCE' };
  callAs: 'SELF' | 'DELEGATED_ADMIN';
  consoleSteps: StackSetStep[];
  commands: StackSetCommand[];
  /** The commands as one bash script for CloudShell; it writes the template file first. */
  script: string;
  scriptFileName: string;
  notes: string[];
}

export const stackSetRegion = 'us-east-1';

const rootIdPattern = /^r-[0-9a-z]{4,32}$/;
const ouIdPattern = /^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/;
const stackSetNamePattern = /^[a-zA-Z][-a-zA-Z0-9]{0,127}$/;

const whereToFindIds = 'Copy it from AWS Organizations → AWS accounts: the root is shown as "Root" with an ID like r-ab12, each OU with an ID like ou-ab12-cd34ef56.';

function targetIds(targets: DeploymentTargets): Result<string[]> {
  if ('organizationRootId' in targets) {
    const id = targets.organizationRootId.trim();
    if (!rootIdPattern.test(id)) {
      return fail('invalid-organization-root-id', `"${id}" isn't an organization root ID. ${whereToFindIds}`);
    }
    return ok([id]);
  }
  const ids = [...new Set(targets.organizationalUnitIds.map((id) => id.trim()).filter(Boolean))];
  if (ids.length === 0) return fail('no-organizational-units', `Choose at least one organizational unit, or deploy to the organization root. ${whereToFindIds}`);
  const wrong = ids.find((id) => !ouIdPattern.test(id));
  if (wrong !== undefined) {
    return fail('invalid-organizational-unit-id', rootIdPattern.test(wrong) ? `"${wrong}" is the organization root; deploy to the root instead of to OUs.` : `"${wrong}" isn't an organizational unit ID. ${whereToFindIds}`);
  }
  return ok(ids);
}

/** A command split over lines the way AWS's documentation writes them. */
const command = (words: readonly string[]): string => words.join(' \\\n  ');

/**
 * The StackSet for member accounts: service-managed permissions (Organizations creates the roles
 * StackSets needs), deployed to the organization root or chosen OUs in one region, and to every
 * account that joins them later; an account that leaves loses the role.
 */
export function stackSetPlan(platform: PlatformProfile, options: StackSetOptions): Result<StackSetPlan> {
  if (!platform.accountTypes.includes('member') || !platform.authMethods.includes('assumedRole')) {
    return fail('stack-set-not-supported', `${platform.displayName} doesn't connect member accounts with a role, so there is nothing for a StackSet to deploy.`);
  }
  const member = accountTemplate(platform, 'member', { authMethod: 'assumedRole', values: options.values ?? {} });
  if (!member.ok) return member;
  const ids = targetIds(options.targets);
  if (!ids.ok) return ids;
  const stackSetName = (options.stackSetName ?? member.value.stackName).trim();
  if (!stackSetNamePattern.test(stackSetName)) {
    return fail('invalid-stack-set-name', `A StackSet name starts with a letter and has up to 128 letters, numbers and hyphens; "${stackSetName}" doesn't. Try ${member.value.stackName}.`);
  }

  const format = options.format ?? 'yaml';
  const templateFileName = stackSetFileName(platform, format);
  const scriptFileName = templateFileName.replace(/\.(yaml|json)$/, '.sh');
  const templateText = format === 'yaml' ? toYaml(member.value.template) : toJson(member.value.template);
  const callAs = options.delegatedAdmin ? 'DELEGATED_ADMIN' : 'SELF';
  const callAsWords = options.delegatedAdmin ? ['--call-as DELEGATED_ADMIN'] : [];
  const toRoot = 'organizationRootId' in options.targets;
  const operationPreferences = { MaxConcurrentPercentage: 25, FailureTolerancePercentage: 10, ConcurrencyMode: 'SOFT_FAILURE_TOLERANCE' } as const;
  const externalId = member.value.parameters.find((parameter) => parameter.name === 'ExternalId');
  const roleName = member.value.creates.find((item) => item.kind === 'role')?.name ?? platform.names.roleName;

  const createStackSet: StackSetCommand = {
    purpose: `Create the StackSet from ${templateFileName} (to run this alone, upload the file to CloudShell first: Actions → Upload file).`,
    command: command([
      'aws cloudformation create-stack-set',
      `--region ${stackSetRegion}`,
      `--stack-set-name ${stackSetName}`,
      `--description ${shellQuote(`${platform.displayName} role ${roleName} in every member account`)}`,
      `--template-body file://${templateFileName}`,
      '--permission-model SERVICE_MANAGED',
      '--auto-deployment Enabled=true,RetainStacksOnAccountRemoval=false',
      '--capabilities CAPABILITY_NAMED_IAM',
      // JSON, not shorthand: an External ID may contain commas, and its characters need no escaping in JSON.
      ...(externalId ? ['--parameters "[{\\"ParameterKey\\":\\"ExternalId\\",\\"ParameterValue\\":\\"${external_id}\\"}]"'] : []),
      ...callAsWords,
    ]),
  };

  // Only the management account can turn trusted access on; a delegated administrator finds it on.
  const commands: StackSetCommand[] = [
    ...(options.delegatedAdmin
      ? []
      : [
          {
            purpose: 'Once per organization: let StackSets deploy to member accounts (nothing changes if it is already on).',
            command: command(['aws cloudformation activate-organizations-access', `--region ${stackSetRegion}`]),
          },
        ]),
    ...(externalId
      ? [
          {
            purpose: `Type the External ID from ${platform.displayName}; it isn't echoed or saved in your shell history.`,
            command: `read -r -s -p ${shellQuote('External ID: ')} external_id && echo`,
          },
        ]
      : []),
    createStackSet,
    {
      purpose: `Deploy it to ${toRoot ? 'every account in the organization' : `every account in ${ids.value.length === 1 ? 'the OU' : `the ${ids.value.length} OUs`}`}, in ${stackSetRegion} only (IAM is global).`,
      command: command([
        'aws cloudformation create-stack-instances',
        `--region ${stackSetRegion}`,
        `--stack-set-name ${stackSetName}`,
        `--deployment-targets OrganizationalUnitIds=${ids.value.join(',')}`,
        `--regions ${stackSetRegion}`,
        `--operation-preferences MaxConcurrentPercentage=${operationPreferences.MaxConcurrentPercentage},FailureTolerancePercentage=${operationPreferences.FailureTolerancePercentage},ConcurrencyMode=${operationPreferences.ConcurrencyMode}`,
        ...callAsWords,
      ]),
    },
    {
      purpose: 'Follow the deployment: each member account is done when its status is CURRENT.',
      command: command([
        'aws cloudformation list-stack-instances',
        `--region ${stackSetRegion}`,
        `--stack-set-name ${stackSetName}`,
        "--query 'Summaries[].[Account,Status,StackInstanceStatus.DetailedStatus,StatusReason]'",
        '--output table',
        ...callAsWords,
      ]),
    },
  ];

  const notes = [
    `A StackSet never deploys to the organization's management account itself: set that account up with the management account template or CloudShell script.`,
    `The stack instances go to ${stackSetRegion} only: IAM roles and policies are global, so a second region would try to create ${roleName} again and fail.`,
    'Accounts that join the targeted OUs later get the role automatically; an account that leaves the organization or those OUs has its stack, and the role, deleted.',
    ...(externalId ? [`Every member account gets the same External ID. If ${platform.displayName} gives each account its own, use the single-account template for those accounts.`] : []),
    ...(options.delegatedAdmin ? ['Run these from the delegated administrator account. Trusted access must already be on: the management account turns it on (CloudFormation → StackSets → "Activate trusted access").'] : []),
  ];

  const consoleSteps: StackSetStep[] = [
    {
      title: 'Activate trusted access',
      detail: 'CloudFormation → StackSets. If the page offers "Activate trusted access" (with AWS Organizations), choose it; this is needed once per organization.',
    },
    {
      title: 'Choose a template',
      detail: `Create StackSet → Permissions: "Service-managed permissions"; Prerequisite: "Template is ready"; Template source: "Upload a template file" → ${templateFileName}.`,
    },
    {
      title: 'Specify StackSet details',
      detail: `StackSet name: ${stackSetName}.${externalId ? ` Parameters: ExternalId, the External ID from ${platform.displayName}.` : ' The template has no parameters.'}`,
    },
    { title: 'Configure StackSet options', detail: 'Keep the defaults.' },
    {
      title: 'Set deployment options',
      detail: `${toRoot ? 'Deployment targets: "Deploy to organization"' : `Deployment targets: "Deploy to organizational units (OUs)" with ${ids.value.join(', ')}`}. Automatic deployment: Activated; Account removal behavior: Delete stacks. Specify regions: US East (N. Virginia) only. Maximum concurrent accounts: Percentage, ${operationPreferences.MaxConcurrentPercentage}; Failure tolerance: Percentage, ${operationPreferences.FailureTolerancePercentage}; Concurrency mode: Soft failure tolerance.`,
    },
    {
      title: 'Review',
      detail: 'Tick "I acknowledge that AWS CloudFormation might create IAM resources with custom names", then Submit.',
    },
    {
      title: 'Watch the stack instances',
      detail: `The StackSet's "Stack instances" tab lists each member account; it is done when its status is CURRENT. The role in each is ${roleName}.`,
    },
  ];

  const script = [
    '#!/usr/bin/env bash',
    shellComment(`${platform.displayName}: role ${roleName} in every member account, through a CloudFormation StackSet.`),
    shellComment(`Run it in AWS CloudShell in the ${options.delegatedAdmin ? 'delegated administrator' : 'management'} account: bash ${scriptFileName}`),
    shellComment('Generated by the FinOps AWS onboarding extension.'),
    'set -euo pipefail',
    "export AWS_PAGER=''",
    '',
    shellComment(`The template, exactly as the ${templateFileName} download.`),
    heredocAssignment('template', templateText.replace(/\n$/, '')),
    `printf '%s\\n' "$template" > ${shellQuote(templateFileName)}`,
    '',
    ...commands.flatMap((step) => {
      if (step !== createStackSet) return [shellComment(step.purpose), step.command, ''];
      // So the script can run again after a failed deployment without stopping here.
      return [
        shellComment(step.purpose),
        `if aws cloudformation describe-stack-set --region ${stackSetRegion} --stack-set-name ${stackSetName}${callAsWords.map((word) => ` ${word}`).join('')} >/dev/null 2>&1; then`,
        `  echo ${shellQuote(`StackSet ${stackSetName} already exists; deploying its stack instances.`)}`,
        'else',
        `  ${step.command.replaceAll('\n', '\n  ')}`,
        'fi',
        '',
      ];
    }),
  ].join('\n');

  return ok({
    stackSetName,
    member: member.value,
    templateFileName,
    templateText,
    permissionModel: 'SERVICE_MANAGED',
    autoDeployment: { Enabled: true, RetainStacksOnAccountRemoval: false },
    deploymentTargets: { OrganizationalUnitIds: ids.value },
    regions: [stackSetRegion],
    operationPreferences,
    callAs,
    consoleSteps,
    commands,
    script,
    scriptFileName,
    notes,
  });
}
