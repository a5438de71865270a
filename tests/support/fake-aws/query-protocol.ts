/**
 * STS and IAM over the AWS Query protocol: form-encoded POST with `Action=…`, XML responses in the
 * service's namespace, policy documents URL-encoded (as IAM really returns them), and
 * `<ErrorResponse>` errors with AWS's codes, messages and HTTP statuses.
 * Modelled on the STS and IAM API references.
 */
import { randomUUID } from 'node:crypto';
import { accountOfArn, type FakeAccount, type FakeAwsScenario, type FakeKey, type FakePolicies, type PolicyText } from './scenario';
import { el, escapeXml, raw, xmlResponse, type FakeResponse } from './xml';

export type QueryService = 'sts' | 'iam' | 'cloudformation';

const namespaces: Record<QueryService, string> = {
  sts: 'https://sts.amazonaws.com/doc/2011-06-15/',
  iam: 'https://iam.amazonaws.com/doc/2010-05-08/',
  cloudformation: 'http://cloudformation.amazonaws.com/doc/2010-05-15/',
};

const CREATED = '2025-01-15T10:00:00Z';

export function queryError(service: QueryService, status: number, code: string, message: string): FakeResponse {
  const type = status >= 500 ? 'Receiver' : 'Sender';
  return xmlResponse(
    status,
    `<ErrorResponse xmlns="${namespaces[service]}">${raw('Error', el('Type', type) + el('Code', code) + el('Message', message))}${el('RequestId', randomUUID())}</ErrorResponse>`,
  );
}

export function success(service: QueryService, action: string, result: string): FakeResponse {
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

  // Writes land in the scenario itself, so a second run of a script sees what the first created.
  const account: FakeAccount = (scenario.accounts[accountId] ??= {});
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
      return handleIamWrite(action, params, accountId, account, scenario) ?? queryError(service, 400, 'InvalidAction', `Could not find operation ${action} for version 2010-05-08`);
  }
}

const ok = (action: string, result = '') => success('iam', action, result);
const iamError = (status: number, code: string, message: string) => queryError('iam', status, code, message);

/** IAM checks a document is JSON before anything else. */
const malformed = (text: string) => {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? undefined : iamError(400, 'MalformedPolicyDocument', 'Syntax errors in policy.');
  } catch {
    return iamError(400, 'MalformedPolicyDocument', 'Syntax errors in policy.');
  }
};

/** Version creation times, so ListPolicyVersions sorts as IAM's do: each new one a second later. */
let clock = Date.parse('2026-01-01T00:00:00Z');
const now = () => new Date((clock += 1000)).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** `arn:aws:iam::aws:policy/…` are AWS's own; they exist whether or not a scenario lists them. */
const policyExists = (arn: string, scenario: FakeAwsScenario) => arn.startsWith('arn:aws:iam::aws:policy/') || scenario.managedPolicies?.[arn] !== undefined;

/**
 * The IAM writes a setup script makes (CreatePolicy, CreatePolicyVersion, CreateRole, AttachRolePolicy…),
 * with IAM's errors: EntityAlreadyExists (409) for a name taken, LimitExceeded at five policy versions,
 * NoSuchEntity for a policy or role that isn't there. Documents are kept as sent.
 */
function handleIamWrite(action: string, params: URLSearchParams, accountId: string, account: FakeAccount, scenario: FakeAwsScenario): FakeResponse | undefined {
  const policies = (scenario.managedPolicies ??= {});
  const policyArn = params.get('PolicyArn') ?? '';
  const roleName = params.get('RoleName') ?? '';
  const userName = params.get('UserName') ?? '';
  const noPolicy = () => iamError(404, 'NoSuchEntity', `Policy ${policyArn} does not exist or is not attachable.`);
  const attach = (owner: FakePolicies) => {
    if (!policyExists(policyArn, scenario)) return noPolicy();
    owner.attached ??= [];
    if (!owner.attached.includes(policyArn)) owner.attached.push(policyArn);
    return ok(action);
  };
  switch (action) {
    case 'CreatePolicy': {
      const name = params.get('PolicyName') ?? '';
      const arn = `arn:aws:iam::${accountId}:policy${params.get('Path') ?? '/'}${name}`;
      if (policies[arn]) return iamError(409, 'EntityAlreadyExists', `A policy called ${name} already exists. Duplicate names are not allowed.`);
      const document = params.get('PolicyDocument') ?? '';
      const problem = malformed(document);
      if (problem) return problem;
      const created = now();
      policies[arn] = { defaultVersionId: 'v1', versions: { v1: document }, created: { v1: created }, ...(params.get('Description') ? { description: params.get('Description') ?? '' } : {}) };
      const policyXml =
        el('PolicyName', name) + el('DefaultVersionId', 'v1') + el('PolicyId', fakeId('ANPA', arn)) + el('Path', '/') + el('Arn', arn) + el('AttachmentCount', 0) + el('IsAttachable', true) + el('CreateDate', created) + el('UpdateDate', created);
      return ok(action, raw('Policy', policyXml));
    }
    case 'ListPolicyVersions': {
      const policy = policies[policyArn];
      if (!policy) return iamError(404, 'NoSuchEntity', `Policy ${policyArn} was not found.`);
      const defaultVersionId = policy.defaultVersionId ?? Object.keys(policy.versions).pop();
      const items = Object.keys(policy.versions).map((versionId) => el('VersionId', versionId) + el('IsDefaultVersion', versionId === defaultVersionId) + el('CreateDate', policy.created?.[versionId] ?? CREATED));
      return ok(action, raw('Versions', members(items)) + el('IsTruncated', false));
    }
    case 'CreatePolicyVersion': {
      const policy = policies[policyArn];
      if (!policy) return iamError(404, 'NoSuchEntity', `Policy ${policyArn} was not found.`);
      if (Object.keys(policy.versions).length >= 5) {
        return iamError(409, 'LimitExceeded', `A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.`);
      }
      const document = params.get('PolicyDocument') ?? '';
      const problem = malformed(document);
      if (problem) return problem;
      const versionId = `v${Math.max(0, ...Object.keys(policy.versions).map((id) => Number(id.slice(1)) || 0)) + 1}`;
      policy.versions[versionId] = document;
      (policy.created ??= {})[versionId] = now();
      const isDefault = params.get('SetAsDefault') === 'true';
      if (isDefault) policy.defaultVersionId = versionId;
      return ok(action, raw('PolicyVersion', el('VersionId', versionId) + el('IsDefaultVersion', isDefault) + el('CreateDate', policy.created[versionId] ?? CREATED)));
    }
    case 'DeletePolicyVersion': {
      const policy = policies[policyArn];
      const versionId = params.get('VersionId') ?? '';
      if (!policy || policy.versions[versionId] === undefined) return iamError(404, 'NoSuchEntity', `Policy ${policyArn} version ${versionId} does not exist.`);
      if ((policy.defaultVersionId ?? Object.keys(policy.versions).pop()) === versionId) return iamError(409, 'DeleteConflict', 'Cannot delete the default version of a policy.');
      delete policy.versions[versionId];
      return ok(action);
    }
    case 'CreateRole': {
      if (account.roles?.[roleName]) return iamError(409, 'EntityAlreadyExists', `Role with name ${roleName} already exists.`);
      const trustPolicy = params.get('AssumeRolePolicyDocument') ?? '';
      const problem = malformed(trustPolicy);
      if (problem) return problem;
      (account.roles ??= {})[roleName] = { trustPolicy };
      const roleXml =
        el('Path', '/') + el('RoleName', roleName) + el('RoleId', fakeId('AROA', roleName)) + el('Arn', `arn:aws:iam::${accountId}:role/${roleName}`) + el('CreateDate', now()) + el('AssumeRolePolicyDocument', encodePolicy(trustPolicy));
      return ok(action, raw('Role', roleXml));
    }
    case 'UpdateAssumeRolePolicy': {
      const role = account.roles?.[roleName];
      if (!role) return iamError(404, 'NoSuchEntity', `The role with name ${roleName} cannot be found.`);
      const trustPolicy = params.get('PolicyDocument') ?? '';
      const problem = malformed(trustPolicy);
      if (problem) return problem;
      role.trustPolicy = trustPolicy;
      return ok(action);
    }
    case 'AttachRolePolicy': {
      const role = account.roles?.[roleName];
      return role ? attach(role) : iamError(404, 'NoSuchEntity', `The role with name ${roleName} cannot be found.`);
    }
    case 'CreateUser': {
      if (account.users?.[userName]) return iamError(409, 'EntityAlreadyExists', `User with name ${userName} already exists.`);
      (account.users ??= {})[userName] = {};
      const userXml = el('Path', '/') + el('UserName', userName) + el('UserId', fakeId('AIDA', userName)) + el('Arn', `arn:aws:iam::${accountId}:user/${userName}`) + el('CreateDate', now());
      return ok(action, raw('User', userXml));
    }
    case 'GetUser': {
      const user = account.users?.[userName];
      if (!user) return iamError(404, 'NoSuchEntity', `The user with name ${userName} cannot be found.`);
      const userXml = el('Path', '/') + el('UserName', userName) + el('UserId', fakeId('AIDA', userName)) + el('Arn', `arn:aws:iam::${accountId}:user/${userName}`) + el('CreateDate', CREATED);
      return ok(action, raw('User', userXml));
    }
    case 'AttachUserPolicy': {
      const user = account.users?.[userName];
      return user ? attach(user) : iamError(404, 'NoSuchEntity', `The user with name ${userName} cannot be found.`);
    }
    default:
      return undefined;
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
