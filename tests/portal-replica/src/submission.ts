import { showsBillingExport, type AuthenticationType, type ConnectFormValues, type ConnectionType } from './connectionTypes';
import type { ConnectRequest, SubmittedValues } from './portalWindow';

// react-hook-form keeps the values of fields that were shown earlier (switching from access key
// to assumed role leaves the key in formData); the real UI picks only what the chosen type uses.
export const submittedValues = (
  formData: Partial<ConnectFormValues>,
  type: ConnectionType,
  authMethod: AuthenticationType,
): SubmittedValues => ({
  type,
  authMethod,
  name: formData.name ?? '',
  ...(authMethod === 'assumedRole'
    ? { awsRoleAccountId: formData.awsRoleAccountId ?? '', awsRoleName: formData.awsRoleName ?? '' }
    : { awsAccessKeyId: formData.awsAccessKeyId ?? '', awsSecretAccessKey: formData.awsSecretAccessKey ?? '' }),
  ...(showsBillingExport(type)
    ? {
        curVersion: formData.curVersion ?? '',
        exportName: formData.exportName ?? '',
        bucketName: formData.bucketName ?? '',
        bucketPrefix: formData.bucketPrefix ?? '',
      }
    : {}),
});

/** The cloud account body, as ConnectCloudAccountForm builds it (the FinOps UI always sends bucket_only). */
export const connectRequest = (values: SubmittedValues): ConnectRequest => {
  const credentials: ConnectRequest['config'] =
    values.authMethod === 'assumedRole'
      ? { assume_role_account_id: values.awsRoleAccountId ?? '', assume_role_name: values.awsRoleName ?? '' }
      : { access_key_id: values.awsAccessKeyId ?? '', secret_access_key: values.awsSecretAccessKey ?? '' };
  const billing: ConnectRequest['config'] = showsBillingExport(values.type)
    ? {
        cur_version: Number(values.curVersion),
        bucket_name: values.bucketName ?? '',
        bucket_prefix: values.bucketPrefix ?? '',
        report_name: values.exportName ?? '',
        config_scheme: 'bucket_only',
      }
    : { linked: true };
  return { name: values.name, type: 'aws_cnr', config: { ...credentials, ...billing } };
};
