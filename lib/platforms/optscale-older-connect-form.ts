import type { AccountType, AuthMethod, ConnectForm, ConnectFormField, FormChoice } from './platform-profile';

/*
 * The older "Connect Data Source" form for AWS, which self-hosted OptScale (and FinOps for Cloud
 * until 2025) shows: evidence portal_connect_form_2025-04.png. Tiles "AWS Root" / "AWS Linked"
 * instead of an AWS tile with account-type and authentication toggles; access keys only (no
 * assumed role); an "Automatically detect existing Data Exports" switch and a "Create new Data
 * Export" / "Connect only to data in bucket" choice before the export fields.
 * Labels are the screenshot's. Input names are OptScale's react-hook-form field names as we believe
 * them (no evidence shows them): readers match radios by name, so those are assumptions.
 * "Use AWS Enterprise Discount Program (EDP)" is deliberately absent: it is the person's choice.
 */

const field = {
  dataSourceName: { key: 'dataSourceName', label: 'Name', inputName: 'name', control: 'text', fill: { valueKind: 'dataSourceName' }, required: true },
  accessKeyId: { key: 'accessKeyId', label: 'AWS Access key ID', inputName: 'awsAccessKeyId', control: 'text', fill: { valueKind: 'accessKeyId' }, required: true },
  secretAccessKey: {
    key: 'secretAccessKey',
    label: 'AWS Secret access key',
    inputName: 'awsSecretAccessKey',
    control: 'secret',
    fill: { valueKind: 'secretAccessKey' },
    required: true,
  },
  exportType: { key: 'exportType', label: 'Export type', inputName: 'curVersion', control: 'radio', fill: { valueKind: 'curVersion' }, required: true, defaultValue: '2' },
  // On, the form hides the export fields and searches the bucket itself; we know the export, so off.
  detectExports: {
    key: 'detectExports',
    label: 'Automatically detect existing Data Exports',
    inputName: 'isFindReport',
    control: 'switch',
    fill: { fixedValue: 'off', meaning: 'Off: we give the export we set up' },
    required: true,
  },
  // "Create new Data Export" would have the platform create a second export: we connect to ours.
  dataExportSource: {
    key: 'dataExportSource',
    label: 'Connect only to data in bucket',
    inputName: 'configScheme',
    control: 'radio',
    fill: { fixedValue: 'bucket_only', meaning: 'Connect only to data in bucket' },
    required: true,
  },
  exportName: { key: 'exportName', label: 'Export name', inputName: 'exportName', control: 'text', fill: { valueKind: 'exportName' }, required: true },
  bucketName: { key: 'bucketName', label: 'Export Amazon S3 bucket name', inputName: 'bucketName', control: 'text', fill: { valueKind: 'bucketName' }, required: true },
  exportPathPrefix: {
    key: 'exportPathPrefix',
    label: 'Export path prefix',
    inputName: 'bucketPrefix',
    control: 'text',
    fill: { valueKind: 'exportPathPrefix' },
    required: true,
    defaultValue: 'reports',
  },
} as const satisfies Record<string, ConnectFormField>;

/** The tile that opens the form for this account type (a member account is "AWS Linked"). */
export const olderFormTiles: Record<AccountType, FormChoice> = {
  management: { label: 'AWS Root' },
  standalone: { label: 'AWS Root' },
  member: { label: 'AWS Linked' },
};

/** The optional checkbox the fill never touches. */
export const olderFormUntouchedLabels = ['Use AWS Enterprise Discount Program (EDP)'] as const;

const credentials = [field.dataSourceName, field.accessKeyId, field.secretAccessKey];
const billingExport = [field.exportType, field.detectExports, field.dataExportSource, field.exportName, field.bucketName, field.exportPathPrefix];

const olderForm = (accountType: AccountType): ConnectForm => ({
  accountType,
  authMethod: 'accessKey',
  choices: [olderFormTiles[accountType]],
  // A linked (member) account sends only its credentials: billing comes from the root account.
  fields: accountType === 'member' ? credentials : [...credentials, ...billingExport],
});

/** The older form per account type; it has no assumed-role variant. */
export const optScaleOlderConnectForms: readonly ConnectForm[] = (['management', 'member', 'standalone'] as const).map(olderForm);

export const olderConnectFormFor = (accountType: AccountType, authMethod: AuthMethod): ConnectForm | undefined =>
  optScaleOlderConnectForms.find((form) => form.accountType === accountType && form.authMethod === authMethod);
