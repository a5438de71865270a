import type { AccountSetup, ConnectForm, ConnectFormField, PlatformProfile } from './platform-profile';

const readOnlyAccess: AccountSetup = {
  policies: [{ templateId: 'trustPolicy', authMethods: ['assumedRole'] }],
  awsManagedPolicies: ['ReadOnlyAccess'],
  needsDataExport: false,
};

// Cloudyn read legacy detailed billing reports from a bucket the payer account delivered to.
const billingAccount: AccountSetup = {
  ...readOnlyAccess,
  policies: [{ templateId: 'cloudynBucketPolicy' }, ...readOnlyAccess.policies],
};

const accountName: ConnectFormField = { key: 'dataSourceName', label: 'Account Name', control: 'text', fill: { valueKind: 'dataSourceName' }, required: true };

const roleForm: ConnectFormField[] = [
  accountName,
  { key: 'roleArn', label: 'Role ARN', control: 'text', fill: { valueKind: 'roleArn' }, required: true },
];

const userForm: ConnectFormField[] = [
  accountName,
  { key: 'accessKeyId', label: 'Access Key', control: 'text', fill: { valueKind: 'accessKeyId' }, required: true },
  { key: 'secretAccessKey', label: 'Secret Key', control: 'secret', fill: { valueKind: 'secretAccessKey' }, required: true },
];

// Cloudyn's "Add AWS Account" dialog (Cloud Accounts → AWS Accounts → Add new +); its markup was never published.
const cloudynForms: ConnectForm[] = (['management', 'member', 'standalone'] as const).flatMap((accountType) => [
  { accountType, authMethod: 'assumedRole', choices: [{ label: 'Add new +' }, { label: 'IAM Role' }], fields: roleForm },
  { accountType, authMethod: 'accessKey', choices: [{ label: 'Add new +' }, { label: 'IAM User' }], fields: userForm },
]);

/** Cloudyn (Microsoft; retired), seed 004: a read-only role trusting Cloudyn's collector account, or a read-only user. */
export const cloudyn: PlatformProfile = {
  id: 'cloudyn',
  displayName: 'Cloudyn',
  portal: { origin: 'https://azure.cloudyn.com', connectPath: '/' },
  // The guide lets the person choose; these are its example role name and a matching user name.
  names: { roleName: 'Azure-Cost-Mgt', userName: 'Azure-Cost-Mgt-ReadOnly', policyNames: {} },
  trust: {
    // Cloudyn's data collector account.
    trustedPrincipal: 'arn:aws:iam::432263259397:root',
    externalId: {
      support: 'required',
      whereToFindIt: 'In Cloudyn: the cog → Cloud Accounts → AWS Accounts → Add new +, then copy the External ID.',
    },
  },
  policyVariant: 'published',
  accountTypes: ['management', 'member', 'standalone'],
  authMethods: ['assumedRole', 'accessKey'],
  setup: { management: billingAccount, standalone: billingAccount, member: readOnlyAccess },
  connectForms: cloudynForms,
};
