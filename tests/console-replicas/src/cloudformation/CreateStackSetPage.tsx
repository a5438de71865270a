// Evidence: none — no screenshot; built from AWS CloudFormation StackSets docs.
// Assumed without evidence: step titles, deployment-target fields, labels and validation.
import { useState } from 'react';
import AttributeEditor from '@cloudscape-design/components/attribute-editor';
import Box from '@cloudscape-design/components/box';
import Checkbox from '@cloudscape-design/components/checkbox';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Multiselect, { type MultiselectProps } from '@cloudscape-design/components/multiselect';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import Tiles from '@cloudscape-design/components/tiles';
import Wizard from '@cloudscape-design/components/wizard';
import { showFlash } from '../shell/flash';
import { recordError, updateReplicaState } from '../shell/options';
import { navigate } from '../shell/router';
import { CfnShell } from './CfnShell';
import { namedIamAcknowledgement, STACK_NAME } from './CreateStackPage';
import { ParametersForm, parameterErrors } from './ParametersForm';
import { TemplateSource } from './TemplateSource';
import type { UploadedTemplate } from './templateFile';

const OU_ID = /^(?:ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}|r-[0-9a-z]{4,32})$/;

const regionOptions: MultiselectProps.Option[] = [
  ['us-east-1', 'US East (N. Virginia)'],
  ['us-east-2', 'US East (Ohio)'],
  ['us-west-2', 'US West (Oregon)'],
  ['eu-west-1', 'Europe (Ireland)'],
  ['eu-central-1', 'Europe (Frankfurt)'],
  ['ap-southeast-2', 'Asia Pacific (Sydney)'],
].map(([value, label]) => ({ value, label, labelTag: value }));

const wizardStrings = {
  stepNumberLabel: (n: number) => `Step ${n}`,
  collapsedStepsLabel: (n: number, total: number) => `Step ${n} of ${total}`,
  cancelButton: 'Cancel',
  previousButton: 'Previous',
  nextButton: 'Next',
  optional: 'optional',
};

type Tolerance = { kind: 'Number' | 'Percentage'; value: string };

function ToleranceField({ label, value, onChange }: { label: string; value: Tolerance; onChange: (value: Tolerance) => void }) {
  return (
    <FormField label={label}>
      <ColumnLayout columns={2}>
        <Select
          selectedOption={{ value: value.kind, label: value.kind }}
          options={[{ value: 'Number', label: 'Number' }, { value: 'Percentage', label: 'Percentage' }]}
          onChange={({ detail }) => onChange({ ...value, kind: detail.selectedOption.value === 'Percentage' ? 'Percentage' : 'Number' })}
        />
        <Input type="number" value={value.value} ariaLabel={`${label} value`} onChange={({ detail }) => onChange({ ...value, value: detail.value })} />
      </ColumnLayout>
    </FormField>
  );
}

/**
 * #/stacksets/create — "Create StackSet": permissions (service-managed by default, as with trusted
 * access on), the template upload, name and parameters, options, deployment targets (organization
 * or OUs), automatic deployment, regions, deployment options, review.
 */
export function CreateStackSetPage() {
  const [step, setStep] = useState(0);
  const [permissionModel, setPermissionModel] = useState('service');
  const [template, setTemplate] = useState<UploadedTemplate | undefined>();
  const [templateError, setTemplateError] = useState<string | undefined>();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [showErrors, setShowErrors] = useState(false);
  const [managedExecution, setManagedExecution] = useState('inactive');
  const [targets, setTargets] = useState('organization');
  const [ouIds, setOuIds] = useState<string[]>(['']);
  const [automatic, setAutomatic] = useState('activated');
  const [removal, setRemoval] = useState('delete');
  const [regions, setRegions] = useState<readonly MultiselectProps.Option[]>([]);
  const [maxConcurrent, setMaxConcurrent] = useState<Tolerance>({ kind: 'Number', value: '1' });
  const [failureTolerance, setFailureTolerance] = useState<Tolerance>({ kind: 'Number', value: '0' });
  const [regionConcurrency, setRegionConcurrency] = useState('sequential');
  const [concurrencyMode, setConcurrencyMode] = useState('strict');
  const [deploymentError, setDeploymentError] = useState<string | undefined>();
  const [acknowledged, setAcknowledged] = useState(false);
  const [submitError, setSubmitError] = useState<string | undefined>();

  const chosenOus = ouIds.map((id) => id.trim()).filter(Boolean);
  const parameterValues = () => Object.fromEntries((template?.parameters ?? []).map((spec) => [spec.name, values[spec.name] ?? spec.defaultValue ?? '']));
  const nameError = showErrors && !STACK_NAME.test(name) ? (name ? 'The StackSet name must start with a letter and contain only letters, numbers and hyphens.' : 'StackSet name must have a value') : undefined;

  const deploymentProblem = (): string | undefined => {
    if (targets === 'ous' && chosenOus.length === 0) return 'Enter at least one organizational unit ID.';
    const wrong = targets === 'ous' ? chosenOus.find((id) => !OU_ID.test(id)) : undefined;
    if (wrong) return `${wrong} is not a valid organizational unit ID.`;
    if (regions.length === 0) return 'Select at least one Region.';
    return undefined;
  };

  const leave = (from: number): boolean => {
    const fail = (message: string) => {
      recordError(message);
      return false;
    };
    if (from === 0) {
      if (template) return true;
      setTemplateError('Select a template file to upload.');
      return fail('Select a template file to upload.');
    }
    if (from === 1) {
      setShowErrors(true);
      const errors = [...(STACK_NAME.test(name) ? [] : ['StackSet name']), ...parameterErrors(template?.parameters ?? [], values)];
      errors.forEach(recordError);
      return errors.length === 0;
    }
    if (from === 3) {
      const problem = deploymentProblem();
      setDeploymentError(problem);
      return problem ? fail(problem) : true;
    }
    return true;
  };

  const submit = () => {
    if (template?.needsNamedIam && !acknowledged) {
      setSubmitError('Requires capabilities : [CAPABILITY_NAMED_IAM]');
      recordError('Requires capabilities : [CAPABILITY_NAMED_IAM]');
      return;
    }
    updateReplicaState((draft) => {
      draft.submissions.push({
        form: 'create-stack-set',
        values: {
          stackSetName: name,
          description,
          permissionModel: permissionModel === 'service' ? 'SERVICE_MANAGED' : 'SELF_MANAGED',
          templateFile: template?.fileName,
          parameters: parameterValues(),
          deploymentTargets: targets === 'organization' ? { organization: true } : { organizationalUnitIds: chosenOus },
          autoDeployment: { Enabled: automatic === 'activated', RetainStacksOnAccountRemoval: removal === 'retain' },
          regions: regions.map((option) => option.value),
          operationPreferences: { maxConcurrent, failureTolerance, regionConcurrency, concurrencyMode },
          capabilities: template?.needsNamedIam ? ['CAPABILITY_NAMED_IAM'] : [],
        },
      });
    });
    showFlash({ type: 'success', content: `StackSet ${name} created. Stack instances are being deployed.` });
    navigate(`/stacksets/${encodeURIComponent(name)}/info?permissions=service`);
  };

  const deploymentStep = (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">Add stacks to StackSet</Header>}>
        <RadioGroup value="new" items={[{ value: 'new', label: 'Deploy new stacks' }]} />
      </Container>
      <Container header={<Header variant="h2">Deployment targets</Header>}>
        <SpaceBetween size="m">
          <RadioGroup
            value={targets}
            onChange={({ detail }) => setTargets(detail.value)}
            items={[
              { value: 'organization', label: 'Deploy to organization', description: 'StackSets deploys to all accounts in the organization.' },
              { value: 'ous', label: 'Deploy to organizational units (OUs)', description: 'StackSets deploys to accounts in the OUs you choose.' },
            ]}
          />
          {targets === 'ous' && (
            <AttributeEditor
              items={ouIds}
              addButtonText="Add another OU"
              removeButtonText="Remove"
              onAddButtonClick={() => setOuIds((current) => [...current, ''])}
              onRemoveButtonClick={({ detail }) => setOuIds((current) => current.filter((_id, index) => index !== detail.itemIndex))}
              definition={[
                {
                  label: 'AWS OU ID',
                  control: (id, index) => (
                    <Input value={id} placeholder="ou-abcd-12345678" onChange={({ detail }) => setOuIds((current) => current.map((old, at) => (at === index ? detail.value : old)))} />
                  ),
                },
              ]}
            />
          )}
        </SpaceBetween>
      </Container>
      <Container header={<Header variant="h2">Auto-deployment options</Header>}>
        <SpaceBetween size="l">
          <FormField label="Automatic deployment" description="Automatically deploys to accounts that are added to the target organization or OUs in the future.">
            <RadioGroup value={automatic} onChange={({ detail }) => setAutomatic(detail.value)} items={[{ value: 'activated', label: 'Activated' }, { value: 'deactivated', label: 'Deactivated' }]} />
          </FormField>
          <FormField label="Account removal behavior">
            <RadioGroup value={removal} onChange={({ detail }) => setRemoval(detail.value)} items={[{ value: 'delete', label: 'Delete stacks' }, { value: 'retain', label: 'Retain stacks' }]} />
          </FormField>
        </SpaceBetween>
      </Container>
      <Container header={<Header variant="h2">Specify regions</Header>}>
        <FormField label="Specify regions" errorText={deploymentError?.includes('Region') ? deploymentError : undefined}>
          <Multiselect
            selectedOptions={regions}
            options={regionOptions}
            placeholder="Select Regions"
            onChange={({ detail }) => setRegions(detail.selectedOptions)}
            tokenLimit={10}
          />
        </FormField>
      </Container>
      <Container header={<Header variant="h2">Deployment options</Header>}>
        <SpaceBetween size="l">
          <ToleranceField label="Maximum concurrent accounts" value={maxConcurrent} onChange={setMaxConcurrent} />
          <ToleranceField label="Failure tolerance" value={failureTolerance} onChange={setFailureTolerance} />
          <FormField label="Region concurrency">
            <RadioGroup value={regionConcurrency} onChange={({ detail }) => setRegionConcurrency(detail.value)} items={[{ value: 'sequential', label: 'Sequential' }, { value: 'parallel', label: 'Parallel' }]} />
          </FormField>
          <FormField label="Concurrency mode">
            <RadioGroup
              value={concurrencyMode}
              onChange={({ detail }) => setConcurrencyMode(detail.value)}
              items={[
                { value: 'strict', label: 'Strict failure tolerance' },
                { value: 'soft', label: 'Soft failure tolerance' },
              ]}
            />
          </FormField>
        </SpaceBetween>
      </Container>
      {deploymentError && !deploymentError.includes('Region') && <Box color="text-status-error">{deploymentError}</Box>}
    </SpaceBetween>
  );

  return (
    <CfnShell
      title="Create StackSet"
      activeHref="#/stacksets"
      contentType="wizard"
      trail={[
        { text: 'StackSets', href: '#/stacksets' },
        { text: 'Create StackSet', href: '#/stacksets/create' },
      ]}
    >
      <Wizard
        activeStepIndex={step}
        submitButtonText="Submit"
        i18nStrings={wizardStrings}
        onCancel={() => navigate('/stacksets')}
        onSubmit={submit}
        onNavigate={({ detail }) => {
          if (detail.requestedStepIndex > step && !leave(step)) return;
          setStep(detail.requestedStepIndex);
        }}
        steps={[
          {
            title: 'Choose a template',
            content: (
              <SpaceBetween size="l">
                <Container header={<Header variant="h2">Permissions</Header>}>
                  <Tiles
                    value={permissionModel}
                    onChange={({ detail }) => setPermissionModel(detail.value)}
                    items={[
                      { value: 'self', label: 'Self-service permissions', description: 'You create the IAM roles StackSets needs in each target account.' },
                      { value: 'service', label: 'Service-managed permissions', description: 'StackSets creates the IAM roles it needs in AWS Organizations accounts.' },
                    ]}
                  />
                </Container>
                <Container header={<Header variant="h2">Prerequisite - Prepare template</Header>}>
                  <RadioGroup value="ready" items={[{ value: 'ready', label: 'Template is ready' }, { value: 'sample', label: 'Use a sample template' }]} />
                </Container>
                <TemplateSource
                  errorText={templateError}
                  onTemplate={(read) => {
                    setTemplate(read);
                    setTemplateError(undefined);
                  }}
                />
              </SpaceBetween>
            ),
          },
          {
            title: 'Specify StackSet details',
            content: (
              <SpaceBetween size="l">
                <Container header={<Header variant="h2">Provide a name and description</Header>}>
                  <SpaceBetween size="l">
                    <FormField label="StackSet name" errorText={nameError} constraintText="Must start with a letter. Only letters, numbers and hyphens.">
                      <Input value={name} onChange={({ detail }) => setName(detail.value)} placeholder="Enter a StackSet name" />
                    </FormField>
                    <FormField label="StackSet description - optional">
                      <Textarea value={description} onChange={({ detail }) => setDescription(detail.value)} />
                    </FormField>
                  </SpaceBetween>
                </Container>
                <ParametersForm parameters={template?.parameters ?? []} values={values} onChange={(key, value) => setValues((current) => ({ ...current, [key]: value }))} showErrors={showErrors} />
              </SpaceBetween>
            ),
          },
          {
            title: 'Configure StackSet options',
            isOptional: true,
            content: (
              <SpaceBetween size="l">
                <Container header={<Header variant="h2">Tags - optional</Header>}>
                  <Box color="text-body-secondary">No tags associated with the StackSet.</Box>
                </Container>
                <Container header={<Header variant="h2">Execution configuration</Header>}>
                  <FormField label="Managed execution">
                    <RadioGroup value={managedExecution} onChange={({ detail }) => setManagedExecution(detail.value)} items={[{ value: 'inactive', label: 'Inactive' }, { value: 'active', label: 'Active' }]} />
                  </FormField>
                </Container>
              </SpaceBetween>
            ),
          },
          { title: 'Set deployment options', content: deploymentStep },
          {
            title: 'Review',
            errorText: submitError,
            content: (
              <SpaceBetween size="l">
                <Container header={<Header variant="h2">StackSet details</Header>}>
                  <KeyValuePairs
                    columns={2}
                    items={[
                      { label: 'StackSet name', value: name || '-' },
                      { label: 'Permission model', value: permissionModel === 'service' ? 'Service-managed' : 'Self-service' },
                      { label: 'Deployment targets', value: targets === 'organization' ? 'Organization' : chosenOus.join(', ') || '-' },
                      { label: 'Automatic deployment', value: automatic === 'activated' ? 'Activated' : 'Deactivated' },
                      { label: 'Regions', value: regions.map((option) => option.value).join(', ') || '-' },
                    ]}
                  />
                </Container>
                {template?.needsNamedIam && (
                  <Container header={<Header variant="h2">Capabilities</Header>}>
                    <Checkbox checked={acknowledged} onChange={({ detail }) => setAcknowledged(detail.checked)}>
                      {namedIamAcknowledgement}
                    </Checkbox>
                  </Container>
                )}
              </SpaceBetween>
            ),
          },
        ]}
      />
    </CfnShell>
  );
}
