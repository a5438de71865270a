// AWS connection types and authentication methods as the OptScale UI names them
// (utils/constants CONNECTION_TYPES, AwsConnectionForm AUTHENTICATION_TYPES).
export const connectionTypes = [
  { type: 'awsManagement', label: 'AWS Management', dataTestId: 'btn_management' },
  { type: 'awsMember', label: 'AWS Member', dataTestId: 'btn_member' },
  { type: 'awsStandalone', label: 'AWS Standalone', dataTestId: 'btn_standalone' },
] as const;

export type ConnectionType = (typeof connectionTypes)[number]['type'];

export const authenticationTypes = [
  { type: 'assumedRole', label: 'Assumed role', dataTestId: 'btn_assumedRole' },
  { type: 'accessKey', label: 'Access key', dataTestId: 'btn_accessKey' },
] as const;

export type AuthenticationType = (typeof authenticationTypes)[number]['type'];

/** `?type=awsStandalone` preselects a type, as in the real UI; anything else falls back to Management. */
export const connectionTypeFromQuery = (search: string): ConnectionType => {
  const requested = new URLSearchParams(search).get('type');
  return connectionTypes.find(({ type }) => type === requested)?.type ?? 'awsManagement';
};

/** A member account gets its billing data through its management account: no export fields. */
export const showsBillingExport = (type: ConnectionType) => type !== 'awsMember';

export const fieldNames = {
  dataSourceName: 'name',
  roleAccountId: 'awsRoleAccountId',
  roleName: 'awsRoleName',
  accessKeyId: 'awsAccessKeyId',
  secretAccessKey: 'awsSecretAccessKey',
  curVersion: 'curVersion',
  exportName: 'exportName',
  bucketName: 'bucketName',
  bucketPrefix: 'bucketPrefix',
} as const;

export type ConnectFormValues = {
  name: string;
  awsRoleAccountId: string;
  awsRoleName: string;
  awsAccessKeyId: string;
  awsSecretAccessKey: string;
  curVersion: string;
  exportName: string;
  bucketName: string;
  bucketPrefix: string;
};

export const defaultPathPrefix = 'reports';
export const maxInputLength = 255;
