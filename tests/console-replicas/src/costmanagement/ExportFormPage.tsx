import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
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
import { showFlash } from '../shell/flash';
import { t } from '../shell/i18n';
import { accountId, buckets, recordError, updateReplicaState } from '../shell/options';
import { navigate, useReplicaState } from '../shell/router';
import type { ReplicaDataExport } from '../../contract';
import { BcmShell } from './BcmShell';
import { BUCKET_NAME, EXPORT_NAME, PATH_PREFIX, s3Destination } from './exportRows';

type ExportKind = 'standard' | 'dashboard' | 'legacy';
const KIND_LABEL = { standard: 'Standard data export', dashboard: 'Cost and usage dashboard', legacy: 'Legacy CUR export' } as const;

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
  prefix: string;
}

type FieldErrors = Partial<Record<'name' | 'bucket' | 'prefix', string>>;

function formFromExport(row: ReplicaDataExport | undefined): ExportForm {
  // A new export starts with the console's defaults.
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
    prefix: row?.prefix ?? '',
  };
}

/** Create (#/bcm-data-exports/create) or edit (#/bcm-data-exports/edit/NAME) a data export. */
export function ExportFormPage({ editName }: { editName?: string }) {
  const state = useReplicaState();
  const existing = editName ? state.exports.find((row) => row.name === editName) : undefined;
  const [form, setForm] = useState<ExportForm>(() => formFromExport(existing));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [bucketPickerOpen, setBucketPickerOpen] = useState(false);
  const [pickedBucket, setPickedBucket] = useState<string | null>(null);
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
      bucketRegion: existing?.bucketRegion ?? 'us-east-1',
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
              <Container header={<Header variant="h2">{t('exportType')}</Header>}>
                <RadioGroup
                  value={form.kind}
                  readOnly={editing}
                  ariaLabel={t('exportType')}
                  onChange={({ detail }) => update({ kind: detail.value as ExportKind })}
                  items={[
                    { value: 'standard', label: t('standardDataExport'), description: t('standardDataExportDesc') },
                    { value: 'dashboard', label: t('dashboardExport'), description: t('dashboardExportDesc') },
                    { value: 'legacy', label: t('legacyCurExport'), description: t('legacyCurExportDesc') },
                  ]}
                />
              </Container>
              <Container header={<Header variant="h2">{t('exportName')}</Header>}>
                <FormField label={t('exportName')} constraintText={t('exportNameConstraint')} errorText={errors.name}>
                  <Input value={form.name} readOnly={editing} onChange={({ detail }) => update({ name: detail.value })} placeholder={`billing-${accountId}`} />
                </FormField>
              </Container>
              <Container header={<Header variant="h2">{t('exportContent')}</Header>}>
                <SpaceBetween size="l">
                  <FormField label={t('dataTableContentSettings')}>
                    <RadioGroup
                      value={form.tableContent}
                      onChange={({ detail }) => update({ tableContent: detail.value })}
                      items={[
                        { value: 'CUR 2.0', label: t('cur2'), description: t('cur2Desc') },
                        { value: 'FOCUS 1.0', label: t('focus') },
                        { value: 'Cost optimization recommendations', label: t('costOptimization') },
                        { value: 'Carbon emissions', label: t('carbonEmissions') },
                      ]}
                    />
                  </FormField>
                  <FormField label={t('additionalExportContent')}>
                    <SpaceBetween size="xs">
                      <Checkbox checked={form.includeResourceIds} onChange={({ detail }) => update({ includeResourceIds: detail.checked })}>
                        {t('includeResourceIds')}
                      </Checkbox>
                      <Checkbox checked={form.splitCostAllocationData} onChange={({ detail }) => update({ splitCostAllocationData: detail.checked })}>
                        {t('splitCostAllocationData')}
                      </Checkbox>
                    </SpaceBetween>
                  </FormField>
                  <FormField label={t('timeGranularity')}>
                    <RadioGroup
                      value={form.granularity}
                      direction="horizontal"
                      onChange={({ detail }) => update({ granularity: detail.value as ExportForm['granularity'] })}
                      items={[
                        { value: 'Hourly', label: t('hourly') },
                        { value: 'Daily', label: t('daily') },
                        { value: 'Monthly', label: t('monthly') },
                      ]}
                    />
                  </FormField>
                </SpaceBetween>
              </Container>
              <Container header={<Header variant="h2">{t('dataExportDeliveryOptions')}</Header>}>
                <SpaceBetween size="l">
                  <FormField label={t('compressionAndFormat')}>
                    <Select
                      selectedOption={form.format === 'Parquet' ? { value: 'Parquet', label: 'Parquet - Parquet' } : { value: 'gzip-CSV', label: 'gzip - text/csv' }}
                      options={[
                        { value: 'gzip-CSV', label: 'gzip - text/csv' },
                        { value: 'Parquet', label: 'Parquet - Parquet' },
                      ]}
                      onChange={({ detail }) => update({ format: detail.selectedOption.value === 'Parquet' ? 'Parquet' : 'gzip-CSV' })}
                    />
                  </FormField>
                  <FormField label={t('fileVersioning')}>
                    <RadioGroup
                      value={form.versioning}
                      onChange={({ detail }) => update({ versioning: detail.value === 'create-new' ? 'create-new' : 'overwrite' })}
                      items={[
                        { value: 'overwrite', label: t('overwriteExisting'), description: 'Each export update replaces the previous version.' },
                        { value: 'create-new', label: t('createNewFile'), description: 'Each export update is delivered as a new file.' },
                      ]}
                    />
                  </FormField>
                </SpaceBetween>
              </Container>
              <Container header={<Header variant="h2">{t('dataExportStorageSettings')}</Header>}>
                <SpaceBetween size="l">
                  <FormField label={t('s3Bucket')} description={t('s3BucketHint')} errorText={errors.bucket}>
                    <Grid gridDefinition={[{ colspan: 9 }, { colspan: 3 }]}>
                      <Input value={form.bucket} onChange={({ detail }) => update({ bucket: detail.value })} placeholder="s3-bucket-name" />
                      <Button onClick={() => setBucketPickerOpen(true)}>{t('configure')}</Button>
                    </Grid>
                  </FormField>
                  <FormField label={t('s3PathPrefix')} description={t('s3PathPrefixHint')} errorText={errors.prefix}>
                    <Input value={form.prefix} onChange={({ detail }) => update({ prefix: detail.value })} placeholder="prefix" />
                  </FormField>
                  <FormField label={t('s3Destination')}>
                    <Box variant="code" data-testid="s3-destination">
                      {form.bucket ? s3Destination({ bucket: form.bucket.trim(), prefix: form.prefix.trim(), name: form.name.trim() || 'export-name' }) : '-'}
                    </Box>
                  </FormField>
                </SpaceBetween>
              </Container>
              <Container header={<Header variant="h2">{t('tags')} - <i>{t('optional')}</i></Header>}>
                <Box color="text-body-secondary">No tags associated with the resource.</Box>
              </Container>
            </SpaceBetween>
          </Form>
        </form>
      </ContentLayout>
      <Modal
        visible={bucketPickerOpen}
        onDismiss={() => setBucketPickerOpen(false)}
        header="Configure S3 bucket"
        footer={
          <Box float="right">
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="link" onClick={() => setBucketPickerOpen(false)}>
                {t('cancel')}
              </Button>
              <Button
                variant="primary"
                disabled={!pickedBucket}
                onClick={() => {
                  if (pickedBucket) update({ bucket: pickedBucket });
                  setBucketPickerOpen(false);
                }}
              >
                Select bucket
              </Button>
            </SpaceBetween>
          </Box>
        }
      >
        <FormField label={t('s3Bucket')}>
          <Select
            selectedOption={pickedBucket ? { value: pickedBucket, label: pickedBucket } : null}
            placeholder="Choose a bucket"
            options={buckets.map((bucket) => ({ value: bucket, label: bucket }))}
            onChange={({ detail }) => setPickedBucket(detail.selectedOption.value ?? null)}
          />
        </FormField>
      </Modal>
    </BcmShell>
  );
}
