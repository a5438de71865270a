import { accountId, organizationMemberCount } from '../shell/options';

export interface OrganizationNode {
  id: string;
  name: string;
  kind: 'root' | 'ou' | 'account';
  accountId?: string;
  email?: string;
  isManagement?: boolean;
  joined?: string;
  children?: OrganizationNode[];
}

export const memberNames = ['Production', 'Staging', 'Development', 'Security', 'Log Archive', 'Shared Services', 'Data Platform', 'Sandbox'];

/** Deterministic 12-digit IDs, never the signed-in (management) account; the StackSet replica uses the same. */
export function memberAccountId(index: number): string {
  const id = String(210000000000 + (index + 1) * 1_234_567).padStart(12, '0');
  return id === accountId ? String(Number(id) + 1) : id;
}

export function organizationTree(): OrganizationNode {
  const members: OrganizationNode[] = Array.from({ length: organizationMemberCount }, (_unused, index) => {
    const name = index < memberNames.length ? memberNames[index]! : `workload-${String(index + 1).padStart(3, '0')}`;
    return {
      id: `account-${index}`,
      name,
      kind: 'account',
      accountId: memberAccountId(index),
      email: `aws+${name.toLowerCase().replace(/\s+/g, '-')}@example.com`,
      joined: '2024/03/12',
    };
  });
  const management: OrganizationNode = {
    id: 'management',
    name: 'Management',
    kind: 'account',
    accountId,
    email: 'aws-management@example.com',
    isManagement: true,
    joined: '2023/11/02',
  };
  const half = Math.ceil(members.length / 2);
  return {
    id: 'r-a1b2',
    name: 'Root',
    kind: 'root',
    children: [
      { id: 'ou-a1b2-workloads', name: 'Workloads', kind: 'ou', children: members.slice(0, half) },
      { id: 'ou-a1b2-sandbox', name: 'Sandbox', kind: 'ou', children: members.slice(half) },
      management,
    ],
  };
}
