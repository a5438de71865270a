import { z } from 'zod';
import { attachedPolicyNames, defaultPlatformChoice, platformChoiceSchema, platformFromChoice, recommendedExportFor, templatesFor, templatesUsedBy, trustedAccountOf, type AccountType, type AuthMethod, type PlatformProfile } from './platforms';
import { policyTemplates } from './policies/templates';
import { accountTemplate, parameterSpecs, type AccountTemplate, type ParameterisedSlot } from './cloudformation';
import type { CloudFormationParameterView, CloudFormationView, ConsoleView } from './console/view';
import { finopsForCloud } from './platforms/finops-for-cloud';
import { valueSchemas, type ValueKind } from './values';

/**
 * The setup the console buttons work with, as the background sends it: the person's choices and
 * the values known for this AWS account (read from pages or typed — never secrets).
 */
export const consoleSetupSchema = z.object({
  platform: platformChoiceSchema,
  accountType: z.enum(['management', 'member', 'standalone']),
  authMethod: z.enum(['assumedRole', 'accessKey']),
  accountId: z.string().optional(),
  values: z.partialRecord(z.enum(Object.keys(valueSchemas) as [ValueKind, ...ValueKind[]]), z.string()),
});

export type ConsoleSetup = z.input<typeof consoleSetupSchema>;

export interface ResolvedSetup {
  platform: PlatformProfile;
  accountType: AccountType;
  authMethod: AuthMethod;
  accountId?: string;
  values: Partial<Record<ValueKind, string>>;
  /** Set when the stored setup couldn't be used and defaults stand in; the UI should say so. */
  problem?: string;
}

/** Until the person chooses, buttons work with FinOps for Cloud, an assumed role and a standalone account. */
export const defaultSetup: ConsoleSetup = { platform: defaultPlatformChoice, accountType: 'standalone', authMethod: 'assumedRole', values: {} };

/** Turn what the background sent (or nothing, if it didn't answer) into a usable setup. */
export function resolveConsoleSetup(reply: unknown, accountIdFromPage: string | undefined): ResolvedSetup {
  const parsed = consoleSetupSchema.safeParse(reply ?? defaultSetup);
  const setup = parsed.success ? parsed.data : consoleSetupSchema.parse(defaultSetup);
  const platform = platformFromChoice(setup.platform);
  const values = { ...setup.values };
  const accountId = accountIdFromPage ?? setup.accountId ?? values.accountId;
  if (accountId) values.accountId = accountId;
  delete values.secretAccessKey;
  return {
    platform: platform.ok ? platform.value : finopsForCloud,
    accountType: setup.accountType,
    authMethod: setup.authMethod,
    accountId,
    values,
    problem: !parsed.success ? unreadableSetupProblem(parsed.error.issues) : platform.ok ? undefined : platform.problem.message,
  };
}

function unreadableSetupProblem(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  // Self-hosted OptScale settings are typed by the person, so say which one to fix.
  const settingsIssue = issues.find((issue) => issue.path[0] === 'platform' && issue.path[1] === 'settings');
  if (settingsIssue) {
    return `Your self-hosted OptScale settings can't be used: ${settingsIssue.message} Until you fix them in the side panel, the buttons use FinOps for Cloud defaults.`;
  }
  return "Your saved choices couldn't be read, so the buttons use FinOps for Cloud defaults. Open the side panel to choose again.";
}

/** What the console buttons need, from the resolved setup: names, which documents, which fields. */
export function consoleViewOf(setup: ResolvedSetup): ConsoleView {
  const { platform, accountType, authMethod } = setup;
  const managedPolicies = templatesFor(platform, accountType, authMethod)
    .filter((templateId) => policyTemplates[templateId].kind === 'managed')
    .map((templateId) => ({ templateId, name: platform.names.policyNames[templateId] ?? policyTemplates[templateId].title }));
  const bucketTemplate = templatesUsedBy(platform).find((id) => id === 'dataExportsBucketPolicy' || id === 'cloudynBucketPolicy');
  const recommended = setup.accountId ? recommendedExportFor(setup.accountId) : undefined;
  return {
    platformName: platform.displayName,
    accountId: setup.accountId,
    managedPolicies,
    roleName: setup.values.roleName ?? platform.names.roleName,
    userName: setup.values.userName ?? platform.names.userName,
    needsCustomTrustPolicy: !platform.trust.trustedPrincipal.endsWith(':root'),
    trustedAccountId: trustedAccountOf(platform),
    externalIdSupported: platform.trust.externalId.support !== 'unsupported',
    policiesToAttach: attachedPolicyNames(platform, accountType, authMethod),
    needsDataExport: platform.setup[accountType].needsDataExport,
    ...(bucketTemplate
      ? {
          bucketPolicy: {
            templateId: bucketTemplate,
            label: bucketTemplate === 'cloudynBucketPolicy' ? 'Add Cloudyn billing statements to this bucket policy' : 'Add FinOps data-export statements to this bucket policy',
          },
        }
      : {}),
    ...(recommended?.ok ? { recommendedExport: recommended.value } : {}),
    values: setup.values,
    ...cloudFormationViewOf(setup),
    ...(setup.problem ? { problem: setup.problem } : {}),
  };
}

const parameterKinds = Object.fromEntries((Object.entries(parameterSpecs) as [ParameterisedSlot, { name: string }][]).map(([slot, spec]) => [spec.name, slot]));

const parameterViews = (template: AccountTemplate): CloudFormationParameterView[] =>
  template.parameters.map((parameter) => ({
    name: parameter.name,
    label: parameter.label,
    ...(parameter.knownValue === undefined ? {} : { value: parameter.knownValue }),
    ...(parameterKinds[parameter.name] ? { valueKind: parameterKinds[parameter.name] } : {}),
  }));

/** Stack and StackSet names and parameters, from the same templates the side panel downloads. */
function cloudFormationViewOf(setup: ResolvedSetup): { cloudFormation?: CloudFormationView } {
  const { platform, accountType, authMethod, values } = setup;
  const account = accountTemplate(platform, accountType, { authMethod, values });
  if (!account.ok) return {};
  const canStackSet = platform.accountTypes.includes('member') && platform.authMethods.includes('assumedRole');
  const member = canStackSet ? accountTemplate(platform, 'member', { authMethod: 'assumedRole', values }) : undefined;
  return {
    cloudFormation: {
      stackName: account.value.stackName,
      stackParameters: parameterViews(account.value),
      ...(member?.ok ? { stackSet: { stackSetName: member.value.stackName, parameters: parameterViews(member.value) } } : {}),
    },
  };
}
