import { accountTemplate, parameterSpecs, type AccountTemplate, type ParameterisedSlot } from '../cloudformation';
import type { CloudFormationParameterView, CloudFormationView, ConsoleView } from '../console/view';
import { attachedPolicyNames, recommendedExportFor, templatesFor, templatesUsedBy, trustedAccountOf } from '../platforms';
import { policyTemplates } from '../policies/templates';
import type { ResolvedSetup } from './resolve';

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
