/**
 * CloudFormation StackSets over the Query protocol, as the management account drives them:
 * trusted access with Organizations, CreateStackSet (NameAlreadyExistsException when the name is
 * taken), CreateStackInstances to the organization's root or OUs, ListStackInstances. A stack
 * instance is deployed at once: the template's IAM policies and role are created in the member
 * account (the fake's IAM then answers for them there), and the instance reports CURRENT.
 * Modelled on the CloudFormation API reference.
 */
import { randomUUID } from 'node:crypto';
import { parse } from 'yaml';
import { resolveIntrinsics } from '../../../lib/cloudformation/test-support';
import { queryError, success } from './query-protocol';
import type { FakeAwsScenario, FakeKey, FakeStackSet } from './scenario';
import { accountOfArn } from './scenario';
import { el, raw, type FakeResponse } from './xml';

const ok = (action: string, result = '') => success('cloudformation', action, result);
const error = (status: number, code: string, message: string) => queryError('cloudformation', status, code, message);

/** `Name.member.1`, `Name.member.2`… as the Query protocol sends a list. */
const listParam = (params: URLSearchParams, name: string) => {
  const items: string[] = [];
  for (let index = 1; params.has(`${name}.member.${index}`); index += 1) items.push(params.get(`${name}.member.${index}`) ?? '');
  return items;
};

interface TemplateResource {
  Type: string;
  Properties: Record<string, unknown>;
}

/** What a stack of this template creates in `account`: its managed policies and its role. */
function deploy(templateBody: string, account: string, scenario: FakeAwsScenario): void {
  const template = parse(templateBody) as { Resources: Record<string, TemplateResource> };
  const inputs: Record<string, string> = { 'AWS::AccountId': account, 'AWS::Region': 'us-east-1', 'AWS::Partition': 'aws' };
  const entries = Object.entries(template.Resources);
  for (const [logicalId, resource] of entries) {
    if (resource.Type === 'AWS::IAM::ManagedPolicy') inputs[logicalId] = `arn:aws:iam::${account}:policy/${String(resource.Properties.ManagedPolicyName)}`;
  }
  for (const [logicalId, resource] of entries) {
    const properties = resolveIntrinsics(resource.Properties, inputs) as Record<string, unknown>;
    if (resource.Type === 'AWS::IAM::ManagedPolicy') {
      (scenario.managedPolicies ??= {})[inputs[logicalId] ?? ''] = { defaultVersionId: 'v1', versions: { v1: JSON.stringify(properties.PolicyDocument) } };
    } else if (resource.Type === 'AWS::IAM::Role') {
      const roles = ((scenario.accounts[account] ??= {}).roles ??= {});
      roles[String(properties.RoleName)] = { trustPolicy: JSON.stringify(properties.AssumeRolePolicyDocument), attached: (properties.ManagedPolicyArns as string[] | undefined) ?? [] };
    } else {
      throw new Error(`The fake CloudFormation deploys IAM policies and roles only, not ${resource.Type}.`);
    }
  }
}

export function handleCloudFormation(params: URLSearchParams, key: FakeKey, scenario: FakeAwsScenario): FakeResponse {
  const action = params.get('Action') ?? '';
  const caller = accountOfArn(key.arn);
  const stackSets = (scenario.stackSets ??= {});
  const name = params.get('StackSetName') ?? '';
  const notFound = () => error(404, 'StackSetNotFoundException', `StackSet ${name} not found`);
  const serviceManaged = () => scenario.organization?.managementAccountId === caller && scenario.organizationsAccess === true;

  switch (action) {
    case 'ActivateOrganizationsAccess':
      if (scenario.organization?.managementAccountId !== caller) return error(400, 'ValidationError', 'Only the management account of an organization can activate trusted access.');
      scenario.organizationsAccess = true;
      return ok(action);
    case 'DescribeOrganizationsAccess':
      return ok(action, el('Status', scenario.organizationsAccess ? 'ENABLED' : 'DISABLED'));
    case 'DescribeStackSet': {
      const stackSet = stackSets[name];
      if (!stackSet) return notFound();
      const xml =
        el('StackSetName', name) +
        el('StackSetId', stackSet.id) +
        el('Status', 'ACTIVE') +
        el('PermissionModel', stackSet.permissionModel) +
        raw('AutoDeployment', el('Enabled', stackSet.autoDeployment.Enabled) + el('RetainStacksOnAccountRemoval', stackSet.autoDeployment.RetainStacksOnAccountRemoval)) +
        raw('Capabilities', stackSet.capabilities.map((capability) => el('member', capability)).join('')) +
        el('TemplateBody', stackSet.templateBody);
      return ok(action, raw('StackSet', xml));
    }
    case 'CreateStackSet': {
      if (stackSets[name]) return error(409, 'NameAlreadyExistsException', `StackSet ${name} already exists`);
      const permissionModel = params.get('PermissionModel') ?? 'SELF_MANAGED';
      if (permissionModel === 'SERVICE_MANAGED' && !serviceManaged()) {
        return error(400, 'ValidationError', 'You must enable organizations access to operate a service managed stack set');
      }
      const capabilities = listParam(params, 'Capabilities');
      const templateBody = params.get('TemplateBody') ?? '';
      if (/AWS::IAM::/.test(templateBody) && /RoleName:|ManagedPolicyName:/.test(templateBody) && !capabilities.includes('CAPABILITY_NAMED_IAM')) {
        return error(400, 'InsufficientCapabilitiesException', 'Requires capabilities : [CAPABILITY_NAMED_IAM]');
      }
      const id = `${name}:${randomUUID()}`;
      const stackSet: FakeStackSet = {
        id,
        templateBody,
        permissionModel,
        autoDeployment: { Enabled: params.get('AutoDeployment.Enabled') === 'true', RetainStacksOnAccountRemoval: params.get('AutoDeployment.RetainStacksOnAccountRemoval') === 'true' },
        capabilities,
        ...(params.get('Description') ? { description: params.get('Description') ?? '' } : {}),
        instances: [],
      };
      stackSets[name] = stackSet;
      return ok(action, el('StackSetId', id));
    }
    case 'CreateStackInstances': {
      const stackSet = stackSets[name];
      if (!stackSet) return notFound();
      const organization = scenario.organization;
      const targets = listParam(params, 'DeploymentTargets.OrganizationalUnitIds');
      const regions = listParam(params, 'Regions');
      if (!organization || targets.length === 0 || regions.length === 0) return error(400, 'ValidationError', 'DeploymentTargets.OrganizationalUnitIds and Regions are required for a service-managed StackSet.');
      // The management account is never a target of a service-managed StackSet.
      const accounts = organization.members.filter((member) => targets.includes(member.ou ?? organization.rootId) || targets.includes(organization.rootId));
      for (const region of regions) {
        for (const member of accounts) {
          if (stackSet.instances.some((instance) => instance.account === member.id && instance.region === region)) continue;
          deploy(stackSet.templateBody, member.id, scenario);
          stackSet.instances.push({ account: member.id, region, organizationalUnitId: member.ou ?? organization.rootId, status: 'CURRENT' });
        }
      }
      return ok(action, el('OperationId', randomUUID()));
    }
    case 'ListStackInstances': {
      const stackSet = stackSets[name];
      if (!stackSet) return notFound();
      const start = Number(params.get('NextToken') ?? 0);
      const size = Math.min(Number(params.get('MaxResults') ?? 100), 100);
      const page = stackSet.instances.slice(start, start + size);
      const summaries = page.map(
        (instance) =>
          el('StackSetId', stackSet.id) +
          el('Region', instance.region) +
          el('Account', instance.account) +
          el('StackId', `arn:aws:cloudformation:${instance.region}:${instance.account}:stack/StackSet-${name}-${instance.account}/${randomUUID()}`) +
          el('Status', instance.status) +
          raw('StackInstanceStatus', el('DetailedStatus', 'SUCCEEDED')) +
          el('OrganizationalUnitId', instance.organizationalUnitId) +
          el('DriftStatus', 'NOT_CHECKED'),
      );
      const tail = start + size < stackSet.instances.length ? el('NextToken', String(start + size)) : '';
      return ok(action, raw('Summaries', summaries.map((summary) => raw('member', summary)).join('')) + tail);
    }
    default:
      return error(400, 'InvalidAction', `Could not find operation ${action} for version 2010-05-15`);
  }
}
