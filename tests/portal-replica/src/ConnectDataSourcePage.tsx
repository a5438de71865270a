// Evidence: portal_connect_form_2025-04.png and portal_aws_linked_2025-04.png (the older form: AWS
//   Root / AWS Linked tiles, Name, access key fields, EDP, export type, auto-detect switch, export
//   name, bucket, path prefix); the current form from facts.md section 5.
// Assumed without evidence: the current form's exact markup (no screenshot of it), validation
//   messages.
import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Button from '@mui/material/Button';
import ButtonGroup from '@mui/material/ButtonGroup';
import CircularProgress from '@mui/material/CircularProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { FormProvider, useForm, type FieldErrors } from 'react-hook-form';
import {
  authenticationTypes,
  connectionTypeFromQuery,
  connectionTypes,
  defaultPathPrefix,
  showsBillingExport,
  type AuthenticationType,
  type ConnectFormValues,
  type ConnectionType,
} from './connectionTypes';
import { ExportTypeRadio, TextInput } from './fields';
import { navigate } from './PortalLayout';
import { portalOptions, portalState } from './portalWindow';
import { connectRequest, submittedValues } from './submission';
import { activeToggleButton, boxShadow, brandPrimary, gray4 } from './theme';

const docsUrl = 'https://docs.finops.softwareone.com';

const providerTiles = [
  { id: 'aws', label: 'AWS', glyph: 'aws', color: '#FF9900', dataTestId: 'btn_aws_account' },
  { id: 'azure', label: 'Azure', glyph: 'Az', color: '#0078D4', dataTestId: 'btn_azure_account' },
  { id: 'gcp', label: 'Google Cloud', glyph: 'G', color: '#4285F4', dataTestId: 'btn_gcp_account' },
  { id: 'alibaba', label: 'Alibaba', glyph: 'Al', color: '#FF6A00', dataTestId: 'btn_alibaba_account' },
  { id: 'nebius', label: 'Nebius', glyph: 'N', color: '#052B42', dataTestId: 'btn_nebius_account' },
  { id: 'databricks', label: 'Databricks', glyph: 'D', color: '#FF3621', dataTestId: 'btn_databricks_account' },
  { id: 'kubernetes', label: 'Kubernetes', glyph: 'K8s', color: '#326CE5', dataTestId: 'btn_kubernetes_account' },
] as const;

type ToggleOption<T extends string> = { type: T; label: string; dataTestId: string };

const ToggleGroup = <T extends string>({
  label,
  options,
  active,
  onSelect,
}: {
  label: string;
  options: readonly ToggleOption<T>[];
  active: T;
  onSelect: (type: T) => void;
}) => (
  <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
    <Typography sx={{ minWidth: 110, fontWeight: label === 'Authentication' ? 'bold' : undefined }}>{label}</Typography>
    <ButtonGroup aria-label={label}>
      {options.map((option) => (
        <Button
          key={option.type}
          data-test-id={option.dataTestId}
          aria-pressed={option.type === active}
          onClick={() => onSelect(option.type)}
          sx={option.type === active ? activeToggleButton : { color: gray4 }}
        >
          {option.label}
        </Button>
      ))}
    </ButtonGroup>
  </Stack>
);

const DocsLink = () => (
  <Typography sx={{ mb: 1 }}>
    For more information and instructions, see our documentation here:{' '}
    <Link data-test-id="link_guide" href={docsUrl} target="_blank" rel="noopener" sx={{ display: 'block' }}>
      {docsUrl}
    </Link>
  </Typography>
);

const ConnectionDescription = ({ type, authMethod }: { type: ConnectionType; authMethod: AuthenticationType }) =>
  authMethod === 'assumedRole' ? (
    <Box sx={{ mb: 2 }}>
      <Typography sx={{ mb: 1 }}>
        Connection through an Assumed Role provides the most modern and secure way to connect FinOps for Cloud to your AWS
        account. Please fill the fields below with the necessary information, then click the Connect button.
      </Typography>
      <DocsLink />
    </Box>
  ) : (
    <Box sx={{ mb: 2 }}>
      <Alert severity="warning" sx={{ mb: 1 }}>
        We recommend using the Assume Role method to provide access to your AWS account. For more information, please see the{' '}
        <Link href={docsUrl} target="_blank" rel="noopener">
          documentation
        </Link>
        .
      </Alert>
      <Typography sx={{ mb: 1 }}>
        {type === 'awsMember'
          ? 'Please provide programmatic credentials for an IAM user with access to resource data. AWS member account connections use billing report data from their AWS management account.'
          : 'Please provide programmatic credentials for an IAM user with access to resource and billing data.'}
      </Typography>
      <DocsLink />
    </Box>
  );

const CredentialFields = ({ authMethod }: { authMethod: AuthenticationType }) =>
  authMethod === 'assumedRole' ? (
    <>
      <TextInput
        name="awsRoleAccountId"
        label="AWS Account ID"
        dataTestId="input_assume_role_account_id"
        tooltip={{ text: '12-digit AWS Account ID where the IAM Role to be assumed is located.', dataTestId: 'qmark_assume_role_id' }}
      />
      <TextInput
        name="awsRoleName"
        label="Assumed Role Name"
        dataTestId="input_assume_role_name"
        tooltip={{ text: 'The name of the IAM Role that should be assumed.', dataTestId: 'qmark_assume_role_name' }}
      />
    </>
  ) : (
    <>
      <TextInput
        name="awsAccessKeyId"
        label="AWS Access key ID"
        dataTestId="input_aws_access_key_id"
        tooltip={{ text: 'The access key ID of the IAM user FinOps for Cloud signs in as.', dataTestId: 'qmark_access_key' }}
      />
      <TextInput
        name="awsSecretAccessKey"
        label="AWS secret access key"
        dataTestId="input_secret_key"
        type="password"
        tooltip={{ text: 'The secret access key that belongs to the access key ID.', dataTestId: 'qmark_secret_key' }}
      />
    </>
  );

const BillingExportFields = () => (
  <>
    <Typography gutterBottom sx={{ mt: 1 }} data-test-id="p_cost_and_usage_report_parameters_description">
      Please enter the existing Cost and Usage Report parameters to let FinOps for Cloud locate and read billing information.
    </Typography>
    <ExportTypeRadio />
    <TextInput name="exportName" label="Export name" dataTestId="input_export_name" lengthMessageNamesField />
    <TextInput
      name="bucketName"
      label="Export Amazon S3 bucket name"
      dataTestId="input_s3_bucket_name"
      lengthMessageNamesField
      tooltip={{ text: 'Amazon S3 bucket where new Data Export will be stored.', dataTestId: 'qmark_bucket_name' }}
    />
    <TextInput
      name="bucketPrefix"
      label="Export path prefix"
      dataTestId="input_export_path_prefix"
      defaultValue={defaultPathPrefix}
      lengthMessageNamesField
      tooltip={{
        text: 'Export path prefix in Amazon S3 bucket that you want to prepend to the name of your report files.',
        dataTestId: 'qmark_prefix',
      }}
    />
  </>
);

type ConnectResult = { outcome: 'connected' } | { outcome: 'error'; message: string };

export const ConnectDataSourcePage = () => {
  const methods = useForm<ConnectFormValues>();
  const [type, setType] = useState<ConnectionType>(() => connectionTypeFromQuery(location.search));
  const [authMethod, setAuthMethod] = useState<AuthenticationType>('assumedRole');
  const [connecting, setConnecting] = useState(false);
  const [result, setResult] = useState<ConnectResult>();

  useEffect(() => {
    portalState().ready = true;
  }, []);

  // Recorded once the outcome is on screen, so a test that waits for it can look at the page.
  useEffect(() => {
    if (result) portalState().outcome = result.outcome;
  }, [result]);

  const connect = (formData: ConnectFormValues) => {
    const state = portalState();
    state.submitCount += 1;
    state.invalidFields = [];
    const values = submittedValues(formData, type, authMethod);
    state.submitted = values;
    state.request = connectRequest(values);
    delete state.outcome;
    setResult(undefined);
    setConnecting(true);
    const { connectError, connectDelayMs = 150 } = portalOptions();
    return new Promise<void>((resolve) =>
      setTimeout(() => {
        setResult(connectError ? { outcome: 'error', message: connectError } : { outcome: 'connected' });
        setConnecting(false);
        resolve();
      }, connectDelayMs),
    );
  };

  const reject = (errors: FieldErrors<ConnectFormValues>) => {
    const state = portalState();
    state.submitCount += 1;
    state.invalidFields = Object.keys(errors);
    setResult(undefined);
  };

  return (
    <Box>
      <Breadcrumbs sx={{ mb: 1 }}>
        <Link component="button" underline="hover" color="inherit" onClick={() => navigate('/cloud-accounts')}>
          Data sources
        </Link>
      </Breadcrumbs>
      <Typography variant="h5" component="h1" sx={{ fontWeight: 'bold', mb: 3 }} data-test-id="lbl_connect_data_source">
        Connect data source
      </Typography>
      <Box id="page-content-wrapper" sx={{ background: '#fff', p: 3, borderRadius: 4, boxShadow }}>
        <Box sx={{ width: { md: '50%' }, minWidth: { md: 560 } }}>
          <Box sx={{ display: 'grid', gap: 2, mb: 2, gridTemplateColumns: 'repeat(auto-fit, minmax(100px, 1fr))' }}>
            {providerTiles.map((tile) => {
              const active = tile.id === 'aws';
              return (
                <Paper
                  key={tile.id}
                  variant="outlined"
                  data-test-id={tile.dataTestId}
                  aria-disabled={!active}
                  onClick={active ? () => setType('awsManagement') : undefined}
                  sx={{
                    height: 70,
                    display: 'flex',
                    flexDirection: 'column',
                    justifyContent: 'center',
                    alignItems: 'center',
                    cursor: active ? 'pointer' : 'default',
                    borderColor: active ? brandPrimary : undefined,
                    borderWidth: active ? 2 : 1,
                    filter: active ? undefined : 'grayscale(1)',
                    opacity: active ? 1 : 0.7,
                  }}
                >
                  <Typography sx={{ fontWeight: 900, fontSize: 20, lineHeight: 1.2, color: tile.color }}>{tile.glyph}</Typography>
                  <Typography noWrap variant="body2">
                    {tile.label}
                  </Typography>
                </Paper>
              );
            })}
          </Box>
          <ToggleGroup label="Account type" options={connectionTypes} active={type} onSelect={setType} />
          <ToggleGroup label="Authentication" options={authenticationTypes} active={authMethod} onSelect={setAuthMethod} />
          <ConnectionDescription type={type} authMethod={authMethod} />
          <FormProvider {...methods}>
            <form noValidate onSubmit={methods.handleSubmit(connect, reject)} data-test-id="form_connect_data_source">
              <TextInput name="name" label="Name" dataTestId="input_cloud_account_name" />
              <CredentialFields authMethod={authMethod} />
              {showsBillingExport(type) && <BillingExportFields />}
              {result?.outcome === 'error' && (
                <Alert severity="error" sx={{ mt: 2 }} data-test-id="alert_connect_error">
                  {result.message}
                </Alert>
              )}
              {result?.outcome === 'connected' && (
                <Alert severity="success" sx={{ mt: 2 }} data-test-id="alert_connected">
                  Data source connected
                </Alert>
              )}
              <Box sx={{ display: 'flex', gap: 1, mt: 2 }}>
                <Button
                  type="submit"
                  variant="contained"
                  data-test-id="btn_connect_cloud_account"
                  disabled={connecting}
                  startIcon={connecting ? <CircularProgress size={14} color="inherit" data-test-id="loading_btn_connect" /> : undefined}
                >
                  Connect
                </Button>
                <Button variant="outlined" data-test-id="btn_cancel_cloud_account" onClick={() => navigate('/cloud-accounts')}>
                  Cancel
                </Button>
              </Box>
            </form>
          </FormProvider>
        </Box>
      </Box>
    </Box>
  );
};
