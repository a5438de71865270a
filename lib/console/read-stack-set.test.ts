// @vitest-environment jsdom
// CloudFormation's stack instances table and "Set deployment options" step, from real Cloudscape
// components (Table, RadioGroup, Multiselect, AttributeEditor, FormField) rendered into jsdom.
import AttributeEditor from '@cloudscape-design/components/attribute-editor';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Multiselect from '@cloudscape-design/components/multiselect';
import RadioGroup from '@cloudscape-design/components/radio-group';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { act, createElement as h, Fragment, type ReactNode } from 'react';
import { createRoot, type Root as ReactRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkDeploymentOptions, findParameterInput, readDeploymentOptions, readStackInstances, type DeploymentOptionsRead } from './read-stack-set';

let mounted: ReactRoot | undefined;

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

afterEach(async () => {
  if (mounted) await act(async () => mounted!.unmount());
  mounted = undefined;
  document.body.innerHTML = '';
});

async function render(...children: ReactNode[]): Promise<void> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted = createRoot(container);
  await act(async () => mounted!.render(h(Fragment, null, ...children)));
}

interface Instance {
  account: string;
  region: string;
  detailed: string;
  status: string;
  reason?: string;
}

const instancesTable = (items: Instance[], columns: Array<'account' | 'region' | 'stack' | 'detailed' | 'status' | 'reason'>) =>
  h(Table<Instance>, {
    items,
    columnDefinitions: columns.map((id) => ({
      id,
      header: { account: 'AWS account', region: 'AWS Region', stack: 'Stack ID', detailed: 'Detailed status', status: 'Status', reason: 'Status reason' }[id],
      cell: (row: Instance) =>
        id === 'stack'
          ? `arn:aws:cloudformation:${row.region}:${row.account}:stack/StackSet-FinOps-1`
          : id === 'detailed' || id === 'status'
            ? h(StatusIndicator, { type: row[id] === 'CURRENT' || row[id] === 'SUCCEEDED' ? 'success' : 'error' }, row[id])
            : id === 'reason'
              ? (row.reason ?? '-')
              : row[id],
    })),
  });

const instances: Instance[] = [
  { account: '210001234567', region: 'us-east-1', detailed: 'SUCCEEDED', status: 'CURRENT' },
  { account: '210002469134', region: 'us-east-1', detailed: 'FAILED', status: 'OUTDATED', reason: 'ResourceLogicalId:AccessRole, ResourceType:AWS::IAM::Role, ResourceStatusReason:FinOpsForCloudAccessRole already exists.' },
  // INOPERABLE is a detailed status too: the Status column decides.
  { account: '210003703701', region: 'us-east-1', detailed: 'INOPERABLE', status: 'INOPERABLE', reason: 'Account is suspended.' },
  { account: '210004938268', region: 'us-east-1', detailed: 'RUNNING', status: 'OUTDATED' },
  { account: '210006172835', region: 'us-east-1', detailed: 'INOPERABLE', status: 'OUTDATED' },
];

describe('readStackInstances', () => {
  it.each([
    ['detailed status before status, with the stack ID repeating the account', ['account', 'region', 'stack', 'detailed', 'status', 'reason'] as const],
    ['status first, no stack ID', ['status', 'account', 'region', 'reason', 'detailed'] as const],
  ])('reads account, region, status and reason (%s)', async (_layout, columns) => {
    await render(instancesTable(instances, [...columns]));
    expect(readStackInstances(document)).toEqual([
      { accountId: '210001234567', region: 'us-east-1', status: 'CURRENT' },
      { accountId: '210002469134', region: 'us-east-1', status: 'OUTDATED', statusReason: instances[1]!.reason },
      { accountId: '210003703701', region: 'us-east-1', status: 'INOPERABLE', statusReason: 'Account is suspended.' },
      { accountId: '210004938268', region: 'us-east-1', status: 'OUTDATED' },
      { accountId: '210006172835', region: 'us-east-1', status: 'OUTDATED' },
    ]);
  });

  it('reads nothing from a table without statuses (the Organizations list)', async () => {
    await render(instancesTable(instances, ['account', 'region']));
    expect(readStackInstances(document)).toEqual([]);
  });

  it('reads 200 rows', async () => {
    const many = Array.from({ length: 200 }, (_unused, index): Instance => ({ account: String(210000000000 + index), region: 'us-east-1', detailed: 'SUCCEEDED', status: 'CURRENT' }));
    await render(instancesTable(many, ['account', 'region', 'detailed', 'status']));
    expect(readStackInstances(document)).toHaveLength(200);
  });
});

const regionOptions = [
  { value: 'us-east-1', label: 'US East (N. Virginia)', labelTag: 'us-east-1' },
  { value: 'eu-west-1', label: 'Europe (Ireland)', labelTag: 'eu-west-1' },
];

const deploymentStep = ({ targets, ous = [], automatic = 'activated', regions = [] }: { targets?: string; ous?: string[]; automatic?: string; regions?: string[] }) => [
  h(RadioGroup, {
    value: targets ?? null,
    items: [
      { value: 'organization', label: 'Deploy to organization' },
      { value: 'ous', label: 'Deploy to organizational units (OUs)' },
    ],
  }),
  targets === 'ous' ? h(AttributeEditor<string>, { items: ous, addButtonText: 'Add another OU', definition: [{ label: 'AWS OU ID', control: (id: string) => h(Input, { value: id, onChange: () => undefined }) }] }) : null,
  h(FormField, { label: 'Automatic deployment' }, h(RadioGroup, { value: automatic, items: [{ value: 'activated', label: 'Activated' }, { value: 'deactivated', label: 'Deactivated' }] })),
  h(FormField, { label: 'Account removal behavior' }, h(RadioGroup, { value: 'delete', items: [{ value: 'delete', label: 'Delete stacks' }, { value: 'retain', label: 'Retain stacks' }] })),
  h(FormField, { label: 'Specify regions' }, h(Multiselect, { selectedOptions: regionOptions.filter((option) => regions.includes(option.value)), options: regionOptions, onChange: () => undefined })),
];

describe('readDeploymentOptions', () => {
  it.each<[string, Parameters<typeof deploymentStep>[0], DeploymentOptionsRead]>([
    ['the organization, us-east-1, automatic deployment', { targets: 'organization', regions: ['us-east-1'] }, { targets: { kind: 'organization' }, regions: ['us-east-1'], automaticDeployment: true }],
    [
      'two OUs and the root, two regions, deactivated',
      { targets: 'ous', ous: ['ou-a1b2-workloads1', 'r-a1b2', 'not-an-ou'], automatic: 'deactivated', regions: ['us-east-1', 'eu-west-1'] },
      { targets: { kind: 'organizationalUnits', ids: ['ou-a1b2-workloads1', 'r-a1b2'] }, regions: ['us-east-1', 'eu-west-1'], automaticDeployment: false },
    ],
    ['nothing chosen yet', {}, { targets: { kind: 'unknown' }, regions: [], automaticDeployment: true }],
  ])('%s', async (_name, step, expected) => {
    await render(...deploymentStep(step));
    expect(readDeploymentOptions(document)).toEqual(expected);
  });
});

describe('checkDeploymentOptions', () => {
  it.each<[string, DeploymentOptionsRead, boolean, RegExp]>([
    ['the plan: organization, us-east-1, automatic', { targets: { kind: 'organization' }, regions: ['us-east-1'], automaticDeployment: true }, true, /^Deploys to the whole organization, in us-east-1, with automatic deployment\.$/],
    ['a second region', { targets: { kind: 'organization' }, regions: ['us-east-1', 'eu-west-1'], automaticDeployment: true }, false, /us-east-1 only \(chosen: us-east-1, eu-west-1\)/],
    ['OUs without an ID', { targets: { kind: 'organizationalUnits', ids: [] }, regions: ['us-east-1'], automaticDeployment: true }, false, /type at least one OU ID/],
    ['automatic deployment off', { targets: { kind: 'organizationalUnits', ids: ['ou-a1b2-workloads1'] }, regions: ['us-east-1'], automaticDeployment: false }, false, /activate automatic deployment/],
    ['no targets, no region', { targets: { kind: 'unknown' }, regions: [] }, false, /choose "Deploy to organization".*choose the region us-east-1/],
  ])('%s', (_name, options, ok, wording) => {
    const check = checkDeploymentOptions(options);
    expect(check.ok).toBe(ok);
    expect(`${check.reading}${check.problems.length ? ` ${check.problems.join('; ')}` : ''}`).toMatch(wording);
  });
});

describe('findParameterInput', () => {
  it('finds a parameter by its logical name only, not a longer one containing it', async () => {
    await render(
      h(FormField, { label: 'BillingBucketNameSuffix' }, h(Input, { value: 'other', onChange: () => undefined })),
      h(FormField, { label: 'BillingBucketName', description: 'The S3 bucket your Data Export delivers to.' }, h(Input, { value: 'mine', onChange: () => undefined })),
      h(FormField, { label: 'ExternalId' }, h(Input, { type: 'password', value: '', onChange: () => undefined })),
    );
    expect(findParameterInput(document, 'BillingBucketName')?.value).toBe('mine');
    expect(findParameterInput(document, 'ExternalId')?.type).toBe('password');
    expect(findParameterInput(document, 'Missing')).toBeUndefined();
  });
});
