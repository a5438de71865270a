import { describe, expect, it } from 'vitest';
import { recognisePage, type PageMatch } from './pages';
import { cloudFormationCreateStackSetUrl, cloudFormationCreateStackUrl, cloudFormationStackSetInstancesUrl, cloudFormationStackSetUrl } from './urls';

describe('CloudFormation pages', () => {
  it.each<[string, PageMatch]>([
    [
      'https://us-west-2.console.aws.amazon.com/cloudformation/home?region=us-west-2#/stacksets/FinOpsForCloudAccess:03c21087-af78-4b18-9090-fe342b7d1c57/info?permissions=service',
      { page: 'cloudformation-stack-set-details', stackSetName: 'FinOpsForCloudAccess', region: 'us-west-2' },
    ],
    ['https://console.aws.amazon.com/cloudformation#/stacksets/AWSControlTowerBP-BASELINE-CONFIG/stacks', { page: 'cloudformation-stack-set-instances', stackSetName: 'AWSControlTowerBP-BASELINE-CONFIG' }],
    ['https://console.aws.amazon.com/cloudformation/home#/stacks/create/review?stackName=X&templateURL=https%3A%2F%2Fb.s3.amazonaws.com%2Ft.yaml', { page: 'cloudformation-create-stack' }],
  ])('%s', (url, expected) => {
    expect(recognisePage(url)).toEqual(expected);
  });
});

describe('CloudFormation deep links land on the page they name', () => {
  it.each<[string, string, PageMatch]>([
    ['cloudFormationCreateStackUrl()', cloudFormationCreateStackUrl(), { page: 'cloudformation-create-stack', region: 'us-east-1' }],
    ['cloudFormationCreateStackUrl(eu-west-1)', cloudFormationCreateStackUrl({ region: 'eu-west-1' }), { page: 'cloudformation-create-stack', region: 'eu-west-1' }],
    ['cloudFormationCreateStackSetUrl', cloudFormationCreateStackSetUrl(), { page: 'cloudformation-create-stack-set', region: 'us-east-1' }],
    ['cloudFormationStackSetUrl', cloudFormationStackSetUrl('FinOpsForCloudAccess'), { page: 'cloudformation-stack-set-details', stackSetName: 'FinOpsForCloudAccess', region: 'us-east-1' }],
    ['cloudFormationStackSetInstancesUrl', cloudFormationStackSetInstancesUrl('FinOps-Access-2'), { page: 'cloudformation-stack-set-instances', stackSetName: 'FinOps-Access-2', region: 'us-east-1' }],
  ])('%s', (_name, link, expected) => {
    expect(recognisePage(link)).toEqual(expected);
  });

  it('keeps the StackSet console on us-east-1 with service-managed permissions', () => {
    expect(cloudFormationStackSetInstancesUrl('FinOpsForCloudAccess')).toBe(
      'https://us-east-1.console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacksets/FinOpsForCloudAccess/stacks?permissions=service',
    );
  });
});
