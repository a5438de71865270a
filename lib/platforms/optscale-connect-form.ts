import type { AccountType, AuthMethod, ConnectForm, ConnectFormField, FormChoice } from './platform-profile';

/*
 * OptScale's "Connect data source" form for AWS (page /cloud-account/connect), as FinOps for Cloud
 * shows it (theme `ngui/ui/src/themes/finops` of softwareone-platform/optscale). Self-hosted
 * OptScale serves the same form; its default theme capitalises a few labels differently
 * ("Assumed Role", "AWS Secret access key"), so readers should match on `inputName`/`testId` first.
 */

const field = {
  dataSourceName: {
    key: 'dataSourceName',
    label: 'Name',
    inputName: 'name',
    testId: 'input_cloud_account_name',
    control: 'text',
    fill: { valueKind: 'dataSourceName' },
    required: true,
  },
  accountId: {
    key: 'accountId',
    label: 'AWS Account ID',
    inputName: 'awsRoleAccountId',
    testId: 'input_assume_role_account_id',
    control: 'text',
    fill: { valueKind: 'accountId' },
    required: true,
  },
  roleName: {
    key: 'roleName',
    label: 'Assumed Role Name',
    inputName: 'awsRoleName',
    testId: 'input_assume_role_name',
    control: 'text',
    fill: { valueKind: 'roleName' },
    required: true,
  },
  accessKeyId: {
    key: 'accessKeyId',
    label: 'AWS Access key ID',
    inputName: 'awsAccessKeyId',
    testId: 'input_aws_access_key_id',
    control: 'text',
    fill: { valueKind: 'accessKeyId' },
    required: true,
  },
  secretAccessKey: {
    key: 'secretAccessKey',
    label: 'AWS secret access key',
    inputName: 'awsSecretAccessKey',
    testId: 'input_secret_key',
    control: 'secret',
    fill: { valueKind: 'secretAccessKey' },
    required: true,
  },
  exportType: {
    key: 'exportType',
    label: 'Export type',
    inputName: 'curVersion',
    control: 'radio',
    // "Legacy cost & usage reports (CUR) export" is value '1': an account whose export the console
    // lists as a "Legacy CUR export" is handed over so; otherwise CUR 2.0, which we set up.
    fill: { valueKind: 'curVersion' },
    required: true,
    defaultValue: '2',
  },
  exportName: {
    key: 'exportName',
    label: 'Export name',
    inputName: 'exportName',
    testId: 'input_export_name',
    control: 'text',
    fill: { valueKind: 'exportName' },
    required: true,
  },
  bucketName: {
    key: 'bucketName',
    label: 'Export Amazon S3 bucket name',
    inputName: 'bucketName',
    testId: 'input_s3_bucket_name',
    control: 'text',
    fill: { valueKind: 'bucketName' },
    required: true,
  },
  exportPathPrefix: {
    key: 'exportPathPrefix',
    label: 'Export path prefix',
    inputName: 'bucketPrefix',
    testId: 'input_export_path_prefix',
    control: 'text',
    fill: { valueKind: 'exportPathPrefix' },
    required: true,
    defaultValue: 'reports',
  },
} as const satisfies Record<string, ConnectFormField>;

const credentialFields: Record<AuthMethod, readonly ConnectFormField[]> = {
  assumedRole: [field.accountId, field.roleName],
  accessKey: [field.accessKeyId, field.secretAccessKey],
};

// The EDP discount checkbox sits before these; it is optional and left as the person sets it.
const billingExportFields: readonly ConnectFormField[] = [field.exportType, field.exportName, field.bucketName, field.exportPathPrefix];

const accountTypeChoices: Record<AccountType, FormChoice> = {
  management: { label: 'Management', testId: 'btn_management' },
  member: { label: 'Member', testId: 'btn_member' },
  standalone: { label: 'Standalone', testId: 'btn_standalone' },
};

const authMethodChoices: Record<AuthMethod, FormChoice> = {
  assumedRole: { label: 'Assumed role', testId: 'btn_assumedRole' },
  accessKey: { label: 'Access key', testId: 'btn_accessKey' },
};

/** The button that submits the form. */
export const optScaleConnectButton: FormChoice = { label: 'Connect', testId: 'btn_connect_cloud_account' };

const awsTile: FormChoice = { label: 'AWS', testId: 'btn_aws_account' };

const connectForm = (accountType: AccountType, authMethod: AuthMethod): ConnectForm => ({
  accountType,
  authMethod,
  choices: [awsTile, accountTypeChoices[accountType], authMethodChoices[authMethod]],
  // A member account sends only its credentials (and `linked: true`): billing comes from the payer.
  fields: [field.dataSourceName, ...credentialFields[authMethod], ...(accountType === 'member' ? [] : billingExportFields)],
});

/** Every account type × authentication method of OptScale's AWS connect form. */
export const optScaleConnectForms: readonly ConnectForm[] = (['management', 'member', 'standalone'] as const).flatMap((accountType) =>
  (['assumedRole', 'accessKey'] as const).map((authMethod) => connectForm(accountType, authMethod)),
);
