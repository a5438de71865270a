// Evidence: aws_create_export.png (the whole Create export form, title "Create export"),
//   aws_configure_S3_bucket.png and aws_configure_bucket.png (the "Configure S3 bucket" modal in both
//   modes, the overwrite warning), aws_path_prefix.png (the prefix field and its hint),
//   aws_standard_data_export.png / cur2.0_settings.png (the CUR 2.0 settings),
//   pjvenda-ha-aws-billing_legacy-cur-export-storage-settings.png (the edit form: S3 bucket read-only,
//   "S3 path prefix" input).
// Assumed without evidence: the defaults of a new export (Daily, gzip, overwrite: set every field),
//   the edit route #/bcm-data-exports/edit/NAME, validation messages, the Region select's names and
//   the modal's region for an existing bucket, what happens when "Create bucket" names a bucket that
//   exists (an error in the modal), the policy's Condition keys beyond its Sid.
import { useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Grid from '@cloudscape-design/components/grid';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Link from '@cloudscape-design/components/link';
import Modal from '@cloudscape-design/components/modal';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tiles from '@cloudscape-design/components/tiles';
import { showFlash } from '../shell/flash';
import { t } from '../shell/i18n';
import { accountId, buckets, recordError, replicaOptions, updateReplicaState } from '../shell/options';
import { navigate, useReplicaState } from '../shell/router';
import type { ReplicaDataExport, ReplicaState } from '../../contract';
import { BcmShell } from './BcmShell';
import { BUCKET_NAME, dataExportsDeliveryPolicy, EXPORT_NAME, PATH_PREFIX, regionNames } from './exportRows';

type ExportKind = 'standard' | 'dashboard' | 'legacy';
const KIND_LABEL = { standard: 'Standard data export', dashboard: 'Cost and usage dashboard powered by QuickSight', legacy: 'Legacy CUR export' } as const;

interface ExportForm {
  kind: ExportKind;
  name: string;
  tableContent: string;
  includeResourceIds: boolean;
  splitCostAllocationData: boolean;
  granularity: 'Hourly' | 'Daily' | 'Monthly';
  format: 'Parquet' | 'gzip-CSV';
  versioning: 'overwrite' | 'create-new';
  bucket: string;
  bucketRegion: string;
  prefix: string;
}

type FieldErrors = Partial<Record<'name' | 'bucket' | 'prefix', string>>;

function formFromExport(row: ReplicaDataExport | undefined): ExportForm {
  // A new export starts with the console's defaults (assumed).
  return {
    kind: row?.type === 'Legacy CUR export' ? 'legacy' : 'standard',
    name: row?.name ?? '',
    tableContent: row?.tableContent ?? 'CUR 2.0',
    includeResourceIds: row?.includeResourceIds ?? false,
    splitCostAllocationData: row?.splitCostAllocationData ?? false,
    granularity: row?.granularity ?? 'Daily',
    format: row?.format ?? 'gzip-CSV',
    versioning: row?.versioning ?? 'overwrite',
    bucket: row?.bucket ?? '',
    bucketRegion: row?.bucketRegion ?? 'us-east-1',
    prefix: row?.prefix ?? '',
  };
}

// Without `buckets` in the options, the account hasn't made its billing bucket yet (the S3 list's
// default shows one so that other tests find it; here the fill must be able to create it).
const offeredBuckets = replicaOptions.buckets ?? buckets.filter((bucket) => bucket !== `billing-export-${accountId}`);
const existingBuckets = (state: ReplicaState) => Array.from(new Set([...offeredBuckets, ...Object.keys(state.createdBuckets ?? {})]));

/** Create (#/bcm-data-exports/create) or edit (#/bcm-data-exports/edit/NAME) a data export. */
export function ExportFormPage({ editName }: { editName?: string }) {
  const state = useReplicaState();
  const existing = editName ? state.exports.find((row) => row.name === editName) : undefined;
  const [form, setForm] = useState<ExportForm>(() => formFromExport(existing));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [bucketModalOpen, setBucketModalOpen] = useState(false);
  const update = (change: Partial<ExportForm>) => setForm((current) => ({ ...current, ...change }));
  const editing = Boolean(editName);
  const title = editing ? t('editExport') : t('createExport');

  if (editName && !existing) {
    return (
      <BcmShell title={title} activeHref="#/bcm-data-exports" trail={[{ text: t('dataExports'), href: '#/bcm-data-exports' }]}>
        <Box variant="p">Export {editName} was not found.</Box>
      </BcmShell>
    );
  }

  const submit = () => {
    const name = form.name.trim();
    const found: FieldErrors = {};
    if (!EXPORT_NAME.test(name)) found.name = t('exportNameConstraint');
    else if (!editing && state.exports.some((row) => row.name === name)) found.name = t('exportExists');
    if (!BUCKET_NAME.test(form.bucket.trim())) found.bucket = t('bucketNameInvalid');
    if (!PATH_PREFIX.test(form.prefix.trim())) found.prefix = form.prefix.trim() ? t('prefixInvalid') : t('required');
    setErrors(found);
    if (Object.keys(found).length) {
      Object.values(found).forEach(recordError);
      return;
    }
    const row: ReplicaDataExport = {
      name,
      bucket: form.bucket.trim(),
      prefix: form.prefix.trim(),
      status: existing?.status ?? 'Healthy',
      type: KIND_LABEL[form.kind],
      tableContent: form.tableContent,
      granularity: form.granularity,
      format: form.format,
      versioning: form.versioning,
      includeResourceIds: form.includeResourceIds,
      splitCostAllocationData: form.splitCostAllocationData,
      bucketRegion: form.bucketRegion,
    };
    updateReplicaState((draft) => {
      if (editing) draft.exports = draft.exports.map((current) => (current.name === editName ? row : current));
      else draft.exports.push(row);
      draft.submissions.push({ form: editing ? 'edit-export' : 'create-export', values: { ...row } });
    });
    showFlash({ type: 'success', content: editing ? t('exportUpdated', { name }) : t('exportCreated', { name }) });
    navigate('/bcm-data-exports');
  };

  return (
    <BcmShell
      title={title}
      activeHref="#/bcm-data-exports"
      contentType="form"
      trail={[
        { text: t('dataExports'), href: '#/bcm-data-exports' },
        ...(editName ? [{ text: editName, href: `#/bcm-data-exports/details/${encodeURIComponent(editName)}` }] : []),
        { text: editing ? t('edit') : t('create'), href: editing ? `#/bcm-data-exports/edit/${editName}` : '#/bcm-data-exports/create' },
      ]}
    >
      <ContentLayout header={<Header variant="h1" info={<Link variant="info">Info</Link>}>{title}</Header>}>
        <form onSubmit={(event) => event.preventDefault()}>
          <Form
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button variant="link" onClick={() => navigate('/bcm-data-exports')}>
                  {t('cancel')}
                </Button>
                <Button variant="primary" onClick={submit}>
                  {editing ? t('saveChanges') : t('create')}
                </Button>
              </SpaceBetween>
            }
          >
            <SpaceBetween size="l">
              <Container
                header={
                  <Header variant="h2" description="Choose the type of export you want to create and specify a name for your export file." info={<Link variant="info">Info</Link>}>
                    {t('exportDetailsSection')}
                  </Header>
                }
              >
                <SpaceBetween size="l">
                  <Tiles
                    value={form.kind}
                    ariaLabel={t('exportType')}
                    onChange={({ detail }) => !editing && update({ kind: detail.value as ExportKind })}
                    columns={3}
                    items={[
                      { value: 'standard', label: t('standardDataExport'), description: t('standardDataExportDesc'), disabled: editing },
                      { value: 'dashboard', label: 'Cost and usage dashboard powered by QuickSight', description: t('dashboardExportDesc'), disabled: editing },
                      { value: 'legacy', label: t('legacyCurExport'), description: t('legacyCurExportDesc'), disabled: editing },
                    ]}
                  />
                  <FormField label={t('exportName')} constraintText={t('exportNameConstraint')} errorText={errors.name}>
                    <Input value={form.name} readOnly={editing} onChange={({ detail }) => update({ name: detail.value })} />
                  </FormField>
                </SpaceBetween>
              </Container>
              <Container
                header={
                  <Header variant="h2" description="Start creating your export by choosing a data table. You can select the columns to export and preview the SQL query." info={<Link variant="info">Info</Link>}>
                    {t('dataTableContentSettingsTitle')}
                  </Header>
                }
              >
                <SpaceBetween size="l">
                  <Tiles
                    value={form.tableContent}
                    ariaLabel={t('dataTable')}
                    onChange={({ detail }) => update({ tableContent: detail.value })}
                    columns={2}
                    items={[
                      { value: 'CUR 2.0', label: t('cur2'), description: t('cur2Desc') },
                      { value: 'Cost optimization recommendations', label: t('costOptimization'), description: 'Create an export of the cost optimization recommendation table from Cost Optimization Hub.' },
                      { value: 'FOCUS 1.0', label: 'FOCUS 1.0 with AWS columns', description: 'Create a cost and usage export with the FinOps Open Cost and Usage Specification (FOCUS) 1.0 schema with AWS columns.' },
                      { value: 'Carbon emissions', label: t('carbonEmissions'), description: 'Create an export of the carbon emissions associated with your AWS products and services.' },
                    ]}
                  />
                  <FormField label={t('additionalExportContent')}>
                    <SpaceBetween size="xs">
                      <Checkbox
                        checked={form.includeResourceIds}
                        onChange={({ detail }) => update({ includeResourceIds: detail.checked })}
                        description="Include a column containing the unique AWS resource ID for applicable line items. Including individual resource IDs in your export might increase the file size."
                      >
                        {t('includeResourceIds')}
                      </Checkbox>
                      <Checkbox
                        checked={form.splitCostAllocationData}
                        onChange={({ detail }) => update({ splitCostAllocationData: detail.checked })}
                        description="Include detailed cost and usage for shared resources for cost allocation (for Amazon ECS and EKS)."
                      >
                        {t('splitCostAllocationData')}
                      </Checkbox>
                    </SpaceBetween>
                  </FormField>
                  <FormField label={t('timeGranularity')} description="Choose the time granularity for how you want the line items in the export to be aggregated.">
                    <RadioGroup
                      value={form.granularity}
                      onChange={({ detail }) => update({ granularity: detail.value as ExportForm['granularity'] })}
                      items={[
                        { value: 'Hourly', label: t('hourly') },
                        { value: 'Daily', label: t('daily') },
                        { value: 'Monthly', label: t('monthly') },
                      ]}
                    />
                  </FormField>
                  <ExpandableSection headerText="Column selection (114/114)">All columns of the CUR 2.0 table are selected.</ExpandableSection>
                </SpaceBetween>
              </Container>
              <Container header={<Header variant="h2" description="Define your delivery options including file format and overwrite rules.">{t('dataExportDeliveryOptions')}</Header>}>
                <SpaceBetween size="l">
                  <FormField label={t('dataExportRefreshCadence')}>
                    <Box>Daily - Export is refreshed up to one time per day</Box>
                  </FormField>
                  {/* A radio group on the real form (aws_create_export.png), not a select. */}
                  <FormField label={t('compressionAndFormat')} description="Choose the compression type and file format for your export.">
                    <RadioGroup
                      value={form.format}
                      onChange={({ detail }) => update({ format: detail.value === 'Parquet' ? 'Parquet' : 'gzip-CSV' })}
                      items={[
                        { value: 'Parquet', label: 'Parquet - Parquet' },
                        { value: 'gzip-CSV', label: 'gzip - text/csv' },
                      ]}
                    />
                  </FormField>
                  <FormField label={t('fileVersioning')} description="Choose whether you want each version of the data export file to overwrite the previous version or to be delivered in addition to the previous versions.">
                    <RadioGroup
                      value={form.versioning}
                      onChange={({ detail }) => update({ versioning: detail.value === 'create-new' ? 'create-new' : 'overwrite' })}
                      items={[
                        { value: 'overwrite', label: t('overwriteExisting'), description: 'Overwriting exports can save on Amazon S3 storage costs.' },
                        { value: 'create-new', label: t('createNewFile'), description: 'Creating new export versions allows you to track the changes in cost and usage data over time.' },
                      ]}
                    />
                  </FormField>
                </SpaceBetween>
              </Container>
              <Container
                header={
                  <Header variant="h2" description="Enter a destination in Amazon S3 where your data export will be stored. Amazon S3 is object storage built to store and retrieve data.">
                    {t('dataExportStorageSettings')}
                  </Header>
                }
              >
                <SpaceBetween size="l">
                  {/* Read-only: the bucket is chosen in the "Configure S3 bucket" modal. */}
                  <FormField label={t('s3Bucket')} errorText={errors.bucket}>
                    <Grid gridDefinition={[{ colspan: 9 }, { colspan: 3 }]}>
                      <Input value={form.bucket} readOnly onChange={() => undefined} placeholder="myawsbucket" />
                      {!editing && <Button onClick={() => setBucketModalOpen(true)}>{t('configure')}</Button>}
                    </Grid>
                  </FormField>
                  <FormField label={t('s3PathPrefix')} description={t('s3PathPrefixHint')} constraintText={t('s3PathPrefixConstraint')} errorText={errors.prefix}>
                    <Input value={form.prefix} onChange={({ detail }) => update({ prefix: detail.value })} />
                  </FormField>
                </SpaceBetween>
              </Container>
              <ExpandableSection variant="container" headerText={<>{t('tags')} - <i>{t('optional')}</i></>} headerDescription="A tag is a label that you assign to an AWS resource.">
                <Box color="text-body-secondary">No tags associated with the resource.</Box>
              </ExpandableSection>
            </SpaceBetween>
          </Form>
        </form>
      </ContentLayout>
      {bucketModalOpen && (
        <ConfigureBucketModal
          state={state}
          onDismiss={() => setBucketModalOpen(false)}
          onConfirm={(bucket, region) => {
            update({ bucket, bucketRegion: region });
            setBucketModalOpen(false);
          }}
        />
      )}
    </BcmShell>
  );
}

/**
 * "Configure S3 bucket": create a bucket (with the delivery policy) or select an existing one,
 * whose whole bucket policy is then *replaced* by the delivery policy (aws_configure_bucket.png).
 */
function ConfigureBucketModal({ state, onDismiss, onConfirm }: { state: ReplicaState; onDismiss: () => void; onConfirm: (bucket: string, region: string) => void }) {
  const [mode, setMode] = useState<'create' | 'select'>('create');
  const [newName, setNewName] = useState('');
  const [region, setRegion] = useState('us-east-1');
  const [picked, setPicked] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const known = existingBuckets(state);
  const policyBucket = mode === 'create' ? newName.trim() || 'myawsbucket' : (picked ?? 'myawsbucket');
  const pickedRegion = picked ? (state.createdBuckets?.[picked] ?? 'us-east-1') : undefined;

  const confirm = () => {
    if (mode === 'create') {
      const name = newName.trim();
      if (!BUCKET_NAME.test(name)) return setError(t('bucketNameInvalid'));
      if (known.includes(name)) return setError(t('bucketExists'));
      updateReplicaState((draft) => {
        draft.createdBuckets = { ...(draft.createdBuckets ?? {}), [name]: region };
        draft.bucketPolicies[name] = dataExportsDeliveryPolicy(name, accountId);
        draft.submissions.push({ form: 'create-export-bucket', values: { bucket: name, region } });
      });
      onConfirm(name, region);
      return;
    }
    if (!picked) return setError(t('required'));
    // The console replaces the bucket's whole policy: every statement it had is gone.
    updateReplicaState((draft) => {
      draft.bucketPolicies[picked] = dataExportsDeliveryPolicy(picked, accountId);
      draft.submissions.push({ form: 'select-export-bucket', values: { bucket: picked } });
    });
    onConfirm(picked, pickedRegion ?? 'us-east-1');
  };

  return (
    <Modal
      visible
      onDismiss={onDismiss}
      header={t('configureS3Bucket')}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              {t('cancel')}
            </Button>
            <Button onClick={confirm}>{mode === 'create' ? t('createBucket') : t('selectBucket')}</Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="l">
        <FormField label={t('createOrSelectBucket')} description={t('createOrSelectBucketDesc')}>
          <Tiles
            value={mode}
            onChange={({ detail }) => {
              setMode(detail.value === 'select' ? 'select' : 'create');
              setError(undefined);
            }}
            items={[
              { value: 'create', label: t('createABucket') },
              { value: 'select', label: t('selectExistingBucket') },
            ]}
          />
        </FormField>
        {mode === 'create' ? (
          <>
            <FormField label={t('s3BucketName')} constraintText={t('s3BucketNameConstraint')} errorText={error}>
              <Input value={newName} onChange={({ detail }) => setNewName(detail.value)} placeholder="MyBucket" />
            </FormField>
            <FormField label={t('region')}>
              <Select
                selectedOption={{ value: region, label: regionNames[region] ?? region }}
                options={Object.entries(regionNames).map(([value, label]) => ({ value, label }))}
                onChange={({ detail }) => setRegion(detail.selectedOption.value ?? 'us-east-1')}
              />
            </FormField>
            <FormField label={t('bucketPolicy')} description={t('bucketPolicyApplied')}>
              <Box variant="code">
                <pre data-testid="bucket-policy-preview">{dataExportsDeliveryPolicy(policyBucket, accountId)}</pre>
              </Box>
            </FormField>
          </>
        ) : (
          <>
            <FormField label={t('s3BucketName')} description={t('chooseExistingBucket')} errorText={error}>
              <Select
                selectedOption={picked ? { value: picked, label: picked } : null}
                placeholder={t('chooseExistingBucket')}
                options={known.map((bucket) => ({ value: bucket, label: bucket }))}
                onChange={({ detail }) => setPicked(detail.selectedOption.value ?? null)}
              />
            </FormField>
            <FormField label={t('region')}>
              <Box>{pickedRegion ? (regionNames[pickedRegion] ?? pickedRegion) : '-'}</Box>
            </FormField>
            <Alert type="warning" header={t('overwriteBucketPolicy')}>
              {t('overwriteBucketPolicyText')}
            </Alert>
            <Box variant="code">
              <pre data-testid="bucket-policy-preview">{dataExportsDeliveryPolicy(policyBucket, accountId)}</pre>
            </Box>
          </>
        )}
      </SpaceBetween>
    </Modal>
  );
}
