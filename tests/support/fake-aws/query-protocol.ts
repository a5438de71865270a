/**
 * STS and IAM over the AWS Query protocol: form-encoded POST with `Action=…`, XML responses in the
 * service's namespace, policy documents URL-encoded (as IAM really returns them), and
 * `<ErrorResponse>` errors with AWS's codes, messages and HTTP statuses.
 * Modelled on the STS and IAM API references.
 */
import { randomUUID } from 'node:crypto';
import { accountOfArn, type FakeAccount, type FakeAwsScenario, type FakeKey, type FakePolicies, type PolicyText } from './scenario';
import { el, escapeXml, raw, xmlResponse, type FakeResponse } from './xml';

export type QueryService = 'sts' | 'iam';

const namespaces: Record<QueryService, string> = {
  sts: 'https://sts.amazonaws.com/doc/2011-06-15/',
  iam: 'https://iam.amazonaws.com/doc/2010-05-08/',
};

const CREATED = '2025-01-15T10:00:00Z';

export function queryError(service: QueryService, status: number, code: string, message: string): FakeResponse {
  const type = status >= 500 ? 'Receiver' : 'Sender';
  return xmlResponse(
    status,
    `<ErrorResponse xmlns="${namespaces[service]}">${raw('Error', el('Type', type) + el('Code', code) + el('Message', message))}${el('RequestId', randomUUID())}</ErrorResponse>`,
  );
}

function success(service: QueryService, action: string, result: string): FakeResponse {
  return xmlResponse(
    200,
    `<${action}Response xmlns="${namespaces[service]}">${raw(`${action}Result`, result)}${raw('ResponseMetadata', el('RequestId', randomUUID()))}</${action}Response>`,
  );
}

/** IAM returns policy documents URL-encoded (RFC 3986), which clients must decode. */
const encodePolicy = (policy: PolicyText) => encodeURIComponent(typeof policy === 'string' ? policy : JSON.stringify(policy));

const members = (items: string[]) => items.map((item) => raw('member', item)).join('');

/** MaxItems/Marker paging as IAM does it; Marker is an opaque index here. */
function page<T>(items: T[], params: URLSearchParams, scenario: FakeAwsScenario) {
  const start = Number(params.get('Marker') ?? 0);
  const size = Number(params.get('MaxItems') ?? scenario.pageSize ?? 100);
  const slice = items.slice(start, start + size);
  const truncated = start + size < items.length;
  return { slice, tail: el('IsTruncated', truncated) + (truncated ? el('Marker', String(start + size)) : '') };
}

const fakeId = (prefix: string, name: string) => `${prefix}${Buffer.from(name).toString('hex').toUpperCase().padEnd(17, 'X').slice(0, 17)}`;

export function handleQuery(service: QueryService, params: URLSearchParams, key: FakeKey, scenario: FakeAwsScenario): FakeResponse {
  const action = params.get('Action') ?? '';
  const accountId = accountOfArn(key.arn);

  if (service === 'sts') {
    if (action !== 'GetCallerIdentity') return queryError(service, 400, 'InvalidAction', `Could not find operation ${action} for version 2011-06-15`);
    const userId = key.arn.endsWith(':root') ? accountId : fakeId('AIDA', key.arn);
    return success(service, action, el('Arn', key.arn) + el('UserId', userId) + el('Account', accountId));
  }

  const account: FakeAccount = scenario.accounts[accountId] ?? {};
  const noSuch = (kind: string, name: string) => queryError(service, 404, 'NoSuchEntity', `The ${kind} with name ${name} cannot be found.`);
  const listAttached = (policies: FakePolicies) => {
    const { slice, tail } = page(policies.attached ?? [], params, scenario);
    const items = slice.map((arn) => el('PolicyName', arn.split('/').pop() ?? arn) + el('PolicyArn', arn));
    return success(service, action, raw('AttachedPolicies', members(items)) + tail);
  };
  const listInline = (policies: FakePolicies) => {
    const { slice, tail } = page(Object.keys(policies.inline ?? {}), params, scenario);
    return success(service, action, raw('PolicyNames', members(slice.map(escapeXml))) + tail);
  };
  const getInline = (policies: FakePolicies, ownerTag: string, owner: string) => {
    const name = params.get('PolicyName') ?? '';
    const document = policies.inline?.[name];
    if (document === undefined) return queryError(service, 404, 'NoSuchEntity', `The ${ownerTag.replace('Name', '').toLowerCase()} policy with name ${name} cannot be found.`);
    return success(service, action, el(ownerTag, owner) + el('PolicyName', name) + el('PolicyDocument', encodePolicy(document)));
  };

  const roleName = params.get('RoleName') ?? '';
  const userName = params.get('UserName') ?? '';
  const groupName = params.get('GroupName') ?? '';
  const role = account.roles?.[roleName];
  const user = account.users?.[userName];
  const group = account.groups?.[groupName];

  switch (action) {
    case 'GetRole': {
      if (!role) return noSuch('role', roleName);
      const roleXml =
        el('Path', '/') +
        el('AssumeRolePolicyDocument', encodePolicy(role.trustPolicy)) +
        el('MaxSessionDuration', 3600) +
        el('RoleId', fakeId('AROA', roleName)) +
        el('RoleName', roleName) +
        el('Arn', `arn:aws:iam::${accountId}:role/${roleName}`) +
        el('CreateDate', CREATED);
      return success(service, action, raw('Role', roleXml));
    }
    case 'ListAttachedRolePolicies':
      return role ? listAttached(role) : noSuch('role', roleName);
    case 'ListRolePolicies':
      return role ? listInline(role) : noSuch('role', roleName);
    case 'GetRolePolicy':
      return role ? getInline(role, 'RoleName', roleName) : noSuch('role', roleName);
    case 'ListAttachedUserPolicies':
      return user ? listAttached(user) : noSuch('user', userName);
    case 'ListUserPolicies':
      return user ? listInline(user) : noSuch('user', userName);
    case 'GetUserPolicy':
      return user ? getInline(user, 'UserName', userName) : noSuch('user', userName);
    case 'ListGroupsForUser': {
      if (!user) return noSuch('user', userName);
      const { slice, tail } = page(user.groups ?? [], params, scenario);
      const items = slice.map(
        (name) => el('Path', '/') + el('GroupName', name) + el('GroupId', fakeId('AGPA', name)) + el('Arn', `arn:aws:iam::${accountId}:group/${name}`) + el('CreateDate', CREATED),
      );
      return success(service, action, raw('Groups', members(items)) + tail);
    }
    case 'ListAttachedGroupPolicies':
      return group ? listAttached(group) : noSuch('group', groupName);
    case 'ListGroupPolicies':
      return group ? listInline(group) : noSuch('group', groupName);
    case 'GetGroupPolicy':
      return group ? getInline(group, 'GroupName', groupName) : noSuch('group', groupName);
    case 'GetPolicy':
    case 'GetPolicyVersion': {
      const arn = params.get('PolicyArn') ?? '';
      const policy = scenario.managedPolicies?.[arn];
      if (!policy) return queryError(service, 404, 'NoSuchEntity', `Policy ${arn} does not exist or is not attachable.`);
      const defaultVersionId = policy.defaultVersionId ?? Object.keys(policy.versions).pop() ?? 'v1';
      if (action === 'GetPolicy') {
        const name = arn.split('/').pop() ?? arn;
        const policyXml =
          el('PolicyName', name) + el('DefaultVersionId', defaultVersionId) + el('PolicyId', fakeId('ANPA', arn)) + el('Path', '/') + el('Arn', arn) + el('AttachmentCount', 1) + el('IsAttachable', true) + el('CreateDate', CREATED) + el('UpdateDate', CREATED);
        return success(service, action, raw('Policy', policyXml));
      }
      const versionId = params.get('VersionId') ?? '';
      const document = policy.versions[versionId];
      if (document === undefined) return queryError(service, 404, 'NoSuchEntity', `Policy ${arn} version ${versionId} does not exist or is not attachable.`);
      const versionXml = el('Document', encodePolicy(document)) + el('VersionId', versionId) + el('IsDefaultVersion', versionId === defaultVersionId) + el('CreateDate', CREATED);
      return success(service, action, raw('PolicyVersion', versionXml));
    }
    default:
      return queryError(service, 400, 'InvalidAction', `Could not find operation ${action} for version 2010-05-08`);
  }
}

/** What the request is about, for AccessDenied messages: `arn:aws:iam::ACCOUNT:role/NAME`. */
export function queryResource(params: URLSearchParams, accountId: string): string {
  const names: Array<[string, string]> = [
    ['RoleName', 'role'],
    ['UserName', 'user'],
    ['GroupName', 'group'],
  ];
  for (const [param, kind] of names) {
    const name = params.get(param);
    if (name) return `arn:aws:iam::${accountId}:${kind}/${name}`;
  }
  return params.get('PolicyArn') ?? '*';
}
