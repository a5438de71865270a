// Evidence: none — no screenshot; built from AWS CloudFormation docs (Create stack: Specify
//   template, parameters, review).
// Assumed without evidence: step titles, field labels, button names and validation.
import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Wizard from '@cloudscape-design/components/wizard';
import { showFlash } from '../shell/flash';
import { recordError, updateReplicaState } from '../shell/options';
import { navigate } from '../shell/router';
import { CfnShell } from './CfnShell';
import { ParametersForm, parameterErrors } from './ParametersForm';
import { TemplateSource } from './TemplateSource';
import type { UploadedTemplate } from './templateFile';

export const STACK_NAME = /^[a-zA-Z][-a-zA-Z0-9]{0,127}$/;
export const namedIamAcknowledgement = 'I acknowledge that AWS CloudFormation might create IAM resources with custom names.';

const wizardStrings = {
  stepNumberLabel: (n: number) => `Step ${n}`,
  collapsedStepsLabel: (n: number, total: number) => `Step ${n} of ${total}`,
  cancelButton: 'Cancel',
  previousButton: 'Previous',
  nextButton: 'Next',
  optional: 'optional',
};

/**
 * #/stacks/create/template — "Create stack" with new resources: choose an existing template
 * (upload), name the stack and fill the parameters the template defines, options, review. The
 * steps stay on one route, as the console's wizard keeps them in its own state.
 */
export function CreateStackPage() {
  const [step, setStep] = useState(0);
  const [prepare, setPrepare] = useState('ready');
  const [template, setTemplate] = useState<UploadedTemplate | undefined>();
  const [templateError, setTemplateError] = useState<string | undefined>();
  const [stackName, setStackName] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [showErrors, setShowErrors] = useState(false);
  const [acknowledged, setAcknowledged] = useState(false);
  const [submitError, setSubmitError] = useState<string | undefined>();

  const nameError = showErrors && !STACK_NAME.test(stackName) ? (stackName ? 'Stack name can include letters (A-Z and a-z), numbers (0-9), and dashes (-).' : 'Stack name must have a value') : undefined;
  const parameterValues = () => Object.fromEntries((template?.parameters ?? []).map((spec) => [spec.name, values[spec.name] ?? spec.defaultValue ?? '']));

  const leave = (from: number): boolean => {
    if (from === 0) {
      if (template) return true;
      setTemplateError('Select a template file to upload.');
      recordError('Select a template file to upload.');
      return false;
    }
    if (from === 1) {
      setShowErrors(true);
      const errors = [...(STACK_NAME.test(stackName) ? [] : ['Stack name']), ...parameterErrors(template?.parameters ?? [], values)];
      errors.forEach(recordError);
      return errors.length === 0;
    }
    return true;
  };

  const submit = () => {
    if (template?.needsNamedIam && !acknowledged) {
      const message = 'Requires capabilities : [CAPABILITY_NAMED_IAM]';
      setSubmitError(message);
      recordError(message);
      return;
    }
    updateReplicaState((draft) => {
      draft.submissions.push({ form: 'create-stack', values: { stackName, templateFile: template?.fileName, parameters: parameterValues(), capabilities: template?.needsNamedIam ? ['CAPABILITY_NAMED_IAM'] : [] } });
    });
    showFlash({ type: 'success', content: `Stack ${stackName} create initiated.` });
    navigate('/stacks');
  };

  return (
    <CfnShell
      title="Create stack"
      activeHref="#/stacks"
      contentType="wizard"
      trail={[
        { text: 'Stacks', href: '#/stacks' },
        { text: 'Create stack', href: '#/stacks/create/template' },
      ]}
    >
      <Wizard
        activeStepIndex={step}
        submitButtonText="Submit"
        i18nStrings={wizardStrings}
        onCancel={() => navigate('/stacks')}
        onSubmit={submit}
        onNavigate={({ detail }) => {
          if (detail.requestedStepIndex > step && !leave(step)) return;
          setStep(detail.requestedStepIndex);
        }}
        steps={[
          {
            title: 'Create stack',
            content: (
              <SpaceBetween size="l">
                <Container header={<Header variant="h2">Prerequisite - Prepare template</Header>}>
                  <FormField label="Prepare template" description="Every stack is based on a template.">
                    <RadioGroup
                      value={prepare}
                      onChange={({ detail }) => setPrepare(detail.value)}
                      items={[
                        { value: 'ready', label: 'Choose an existing template', description: 'Upload or choose an existing template.' },
                        { value: 'sample', label: 'Use a sample template' },
                        { value: 'composer', label: 'Build from Infrastructure Composer' },
                      ]}
                    />
                  </FormField>
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
            title: 'Specify stack details',
            content: (
              <SpaceBetween size="l">
                <Container header={<Header variant="h2">Provide a stack name</Header>}>
                  <FormField label="Stack name" errorText={nameError} constraintText="Stack name can include letters (A-Z and a-z), numbers (0-9), and dashes (-).">
                    <Input value={stackName} onChange={({ detail }) => setStackName(detail.value)} placeholder="Enter a stack name" />
                  </FormField>
                </Container>
                <ParametersForm parameters={template?.parameters ?? []} values={values} onChange={(name, value) => setValues((current) => ({ ...current, [name]: value }))} showErrors={showErrors} />
              </SpaceBetween>
            ),
          },
          {
            title: 'Configure stack options',
            isOptional: true,
            content: (
              <Container header={<Header variant="h2">Tags - optional</Header>}>
                <Box color="text-body-secondary">No tags associated with the stack.</Box>
              </Container>
            ),
          },
          {
            title: 'Review and create',
            errorText: submitError,
            content: (
              <SpaceBetween size="l">
                <Container header={<Header variant="h2">Stack details</Header>}>
                  <KeyValuePairs
                    columns={2}
                    items={[
                      { label: 'Stack name', value: stackName || '-' },
                      { label: 'Template', value: template?.fileName ?? '-' },
                      ...Object.entries(parameterValues()).map(([name, value]) => ({
                        label: name,
                        value: template?.parameters.find((spec) => spec.name === name)?.noEcho ? '****' : value,
                      })),
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
