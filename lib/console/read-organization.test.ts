// @vitest-environment jsdom
// The Organizations "AWS accounts" tree as a real Cloudscape Table with expandable rows (as the
// console and the replica render it), and hand-written markup for other layouts.
import Badge from '@cloudscape-design/components/badge';
import Table from '@cloudscape-design/components/table';
import { act, createElement as h } from 'react';
import { createRoot, type Root as ReactRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accountIdsIn, readOrganizationAccounts } from './read-organization';

interface Node {
  id: string;
  name: string;
  accountId?: string;
  email?: string;
  management?: boolean;
  children?: Node[];
}

let mounted: ReactRoot | undefined;

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

afterEach(async () => {
  if (mounted) await act(async () => mounted!.unmount());
  mounted = undefined;
  document.body.innerHTML = '';
});

const member = (index: number): Node => {
  const accountId = String(210000000000 + index * 1_234_567);
  return { id: `a${index}`, name: index === 1 ? 'Production' : `workload-${index}`, accountId, email: `aws+${index}@example.com` };
};

function organization(memberCount: number): Node {
  const members = Array.from({ length: memberCount }, (_unused, index) => member(index + 1));
  return {
    id: 'r-a1b2',
    name: 'Root',
    children: [
      { id: 'ou-a1b2-workloads', name: 'Workloads', children: members.slice(0, Math.ceil(memberCount / 2)) },
      { id: 'ou-a1b2-sandbox', name: 'Sandbox', children: members.slice(Math.ceil(memberCount / 2)) },
      { id: 'm', name: 'Management', accountId: '111122223333', email: 'aws-management@example.com', management: true },
    ],
  };
}

async function renderTree(root: Node, expanded: (node: Node) => boolean = () => true): Promise<void> {
  const all: Node[] = [];
  const walk = (node: Node) => {
    all.push(node);
    node.children?.forEach(walk);
  };
  walk(root);
  const container = document.createElement('div');
  document.body.append(container);
  mounted = createRoot(container);
  await act(async () =>
    mounted!.render(
      h(Table<Node>, {
        items: [root],
        trackBy: 'id',
        selectionType: 'multi',
        ariaLabels: { selectionGroupLabel: 'AWS accounts', itemSelectionLabel: (_selection, node) => node.name },
        expandableRows: {
          getItemChildren: (node) => node.children ?? [],
          isItemExpandable: (node) => node.accountId === undefined,
          expandedItems: all.filter((node) => node.children !== undefined && expanded(node)),
          onExpandableItemToggle: () => undefined,
        },
        columnDefinitions: [
          { id: 'name', header: 'Name', isRowHeader: true, cell: (node) => h('span', null, h('span', null, node.name), node.management ? h(Badge, { color: 'blue' }, 'management account') : null) },
          { id: 'account', header: 'Account ID | Email', cell: (node) => (node.accountId ? `${node.accountId} | ${node.email}` : node.id) },
          { id: 'joined', header: 'Joined', cell: (node) => (node.accountId ? '2024/03/12' : '') },
        ],
      }),
    ),
  );
}

describe('readOrganizationAccounts', () => {
  it('reads every account of the tree with its name, and marks the management account', async () => {
    await renderTree(organization(4));
    const accounts = readOrganizationAccounts(document);
    expect(accounts).toHaveLength(5);
    expect(accounts).toContainEqual({ accountId: member(1).accountId, name: 'Production', management: false });
    expect(accounts).toContainEqual({ accountId: '111122223333', name: 'Management', management: true });
    // The root and OUs have IDs of their own shape (r-…, ou-…), not 12 digits: never accounts.
    expect(accounts.map((account) => account.name)).not.toContain('Workloads');
  });

  it('reads 200 members', async () => {
    await renderTree(organization(200));
    const accounts = readOrganizationAccounts(document);
    expect(accounts.filter((account) => !account.management)).toHaveLength(200);
    expect(new Set(accounts.map((account) => account.accountId)).size).toBe(201);
  });

  it('reads only what a collapsed OU lets the page show', async () => {
    await renderTree(organization(4), (node) => node.id !== 'ou-a1b2-sandbox');
    expect(readOrganizationAccounts(document).map((account) => account.name)).toEqual(['Production', 'workload-2', 'Management']);
  });

  it('reads IDs shown with dashes, names beside an email and a status, in a plain list layout', () => {
    document.body.innerHTML = `
      <table><tbody>
        <tr><td><a href="#">Data Platform</a><div>2100-0123-4567 | data@example.com</div></td><td>Active</td></tr>
        <tr><td>ou-a1b2-cd34ef56</td><td>Workloads</td></tr>
        <tr><td>Active</td><td><span>Log Archive</span></td><td>210009876543</td></tr>
        <tr><td>Two accounts 210000000001 and 210000000002</td></tr>
      </tbody></table>`;
    expect(readOrganizationAccounts(document)).toEqual([
      { accountId: '210001234567', name: 'Data Platform', management: false },
      { accountId: '210009876543', name: 'Log Archive', management: false },
    ]);
  });
});

describe('accountIdsIn', () => {
  it.each<[string, string[]]>([
    ['111122223333', ['111122223333']],
    ['1111-2222-3333 | x@example.com', ['111122223333']],
    ['arn:aws:iam::111122223333:role/x and 111122223333', ['111122223333']],
    ['1111222233334', []],
    ['ou-1111-222233334444', []],
    ['phone 0111122223333', []],
  ])('%j → %j', (text, ids) => {
    expect(accountIdsIn(text)).toEqual(ids);
  });
});
