/**
 * AWS Organizations over its JSON 1.1 protocol (`X-Amz-Target: AWSOrganizationsV20161128.<Operation>`,
 * `application/x-amz-json-1.1` bodies, errors as `{"__type": …, "Message": …}`): the reads a
 * management account makes to find its root and members. Modelled on the Organizations API reference.
 */
import type { FakeAwsScenario, FakeKey } from './scenario';
import { accountOfArn } from './scenario';
import type { FakeResponse } from './xml';

const json = (status: number, body: unknown): FakeResponse => ({ status, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: JSON.stringify(body) });
export const organizationsError = (status: number, type: string, message: string) => json(status, { __type: type, Message: message });

const joined = Date.parse('2024-03-01T00:00:00Z') / 1000;

export function handleOrganizations(target: string, body: string, key: FakeKey, scenario: FakeAwsScenario): FakeResponse {
  const operation = target.replace(/^AWSOrganizationsV20161128\./, '');
  const organization = scenario.organization;
  const caller = accountOfArn(key.arn);
  if (!organization) return organizationsError(400, 'AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.');
  let input: Record<string, unknown>;
  try {
    input = body ? (JSON.parse(body) as Record<string, unknown>) : {};
  } catch {
    return organizationsError(400, 'SerializationException', 'Start of structure or map found where not expected.');
  }
  const managementOnly = () => organizationsError(400, 'AccessDeniedException', 'You don’t have permissions to access this resource.');
  const arnOf = (account: string) => `arn:aws:organizations::${organization.managementAccountId}:account/${organization.id}/${account}`;
  switch (operation) {
    case 'DescribeOrganization':
      return json(200, {
        Organization: {
          Id: organization.id,
          Arn: `arn:aws:organizations::${organization.managementAccountId}:organization/${organization.id}`,
          FeatureSet: 'ALL',
          MasterAccountId: organization.managementAccountId,
          MasterAccountArn: arnOf(organization.managementAccountId),
          MasterAccountEmail: `aws+management@example.com`,
        },
      });
    case 'ListRoots':
      if (caller !== organization.managementAccountId) return managementOnly();
      return json(200, {
        Roots: [{ Id: organization.rootId, Arn: `arn:aws:organizations::${organization.managementAccountId}:root/${organization.id}/${organization.rootId}`, Name: 'Root', PolicyTypes: [] }],
      });
    case 'ListAccounts': {
      if (caller !== organization.managementAccountId) return managementOnly();
      const all = [{ id: organization.managementAccountId, name: 'Management', email: 'aws+management@example.com' }, ...organization.members];
      // NextToken is an opaque index here; MaxResults up to 20, as Organizations allows.
      const start = Number(input.NextToken ?? 0);
      const size = Math.min(Number(input.MaxResults ?? 20), 20);
      const page = all.slice(start, start + size).map((account) => ({
        Id: account.id,
        Arn: arnOf(account.id),
        Email: account.email ?? `aws+${account.id}@example.com`,
        Name: account.name,
        Status: 'ACTIVE',
        State: 'ACTIVE',
        JoinedMethod: account.id === organization.managementAccountId ? 'CREATED' : 'INVITED',
        JoinedTimestamp: joined,
      }));
      return json(200, { Accounts: page, ...(start + size < all.length ? { NextToken: String(start + size) } : {}) });
    }
    default:
      return organizationsError(400, 'UnknownOperationException', `Unknown operation ${operation}`);
  }
}
