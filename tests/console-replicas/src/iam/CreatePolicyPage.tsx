// Evidence: aws_add_permissions.png (step 1 "Specify permissions": "Policy editor" with the Visual /
//   JSON segmented control and Actions, the Ace-style editor, "Edit statement" pane, footer "JSON Ln,
//   Col" and "N of 6144 characters remaining", tabs Security / Errors / Warnings / Suggestions);
//   aws_review_create.png and aws_policy_details.png (step 2: Policy name with its hint,
//   "Description - optional", "Permissions defined in this policy", tags).
// Assumed without evidence: whether the editor element exposes Ace's `env` (variant
//   'ace-without-env' covers both), the findings' content, validation messages, the visual editor.
import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import Container from '@cloudscape-design/components/container';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import FormField from '@cloudscape-design/components/form-field';
import Grid from '@cloudscape-design/components/grid';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Link from '@cloudscape-design/components/link';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import Textarea from '@cloudscape-design/components/textarea';
import Wizard from '@cloudscape-design/components/wizard';
import { showFlash } from '../shell/flash';
import { t } from '../shell/i18n';
import { JsonEditor } from '../shell/JsonEditor';
import { recordError, replicaOptions, updateReplicaState } from '../shell/options';
import { checkPolicyDocument, servicesInPolicy } from '../shell/policyDocument';
import { navigate, useLocation, useReplicaState } from '../shell/router';
import { IamShell } from './IamShell';
import { isValidIamName } from './policyCatalog';

// What the console's JSON editor holds when "Create policy" opens.
export const DEFAULT_POLICY_TEXT = `{
\t"Version": "2012-10-17",
\t"Statement": [
\t\t{
\t\t\t"Sid": "Statement1",
\t\t\t"Effect": "Allow",
\t\t\t"Action": [],
\t\t\t"Resource": []
\t\t}
\t]
}`;

const STEPS = ['addPermissions', 'review'] as const;

export function CreatePolicyPage() {
  const { params } = useLocation();
  const state = useReplicaState();
  const activeStep = params.get('step') === 'review' ? 1 : 0;
  const [editorMode, setEditorMode] = useState<'visual' | 'json'>(replicaOptions.policyEditorMode === 'visual' ? 'visual' : 'json');
  const [policyText, setPolicyText] = useState(DEFAULT_POLICY_TEXT);
  const [policyError, setPolicyError] = useState('');
  const [policyName, setPolicyName] = useState('');
  const [description, setDescription] = useState('');
  const [nameError, setNameError] = useState('');
  const check = checkPolicyDocument(policyText);

  const goToStep = (index: number) => navigate(`/policies/create?step=${STEPS[index]}`);

  const validatePermissions = (): boolean => {
    if (check.ok) {
      setPolicyError('');
      return true;
    }
    const message = check.reason === 'invalid-json' ? t('invalidPolicyJson') : t('missingAction');
    setPolicyError(message);
    recordError(message);
    return false;
  };

  const createPolicy = () => {
    const name = policyName.trim();
    const problem = !name ? t('required') : !isValidIamName(name, 128) ? t('invalidName') : state.policies[name] ? t('policyExists', { name }) : '';
    setNameError(problem);
    if (problem) {
      recordError(problem);
      return;
    }
    updateReplicaState((draft) => {
      draft.policies[name] = { document: policyText, description };
      draft.lastSavedPolicy = policyText;
      draft.submissions.push({ form: 'create-policy', values: { policyName: name, description, policyDocument: policyText } });
    });
    showFlash({ type: 'success', content: t('policyCreated', { name }), action: { label: 'View policy', href: `#/policies/details/${name}` } });
    navigate('/policies');
  };

  const permissionsStep = (
    <Container
      header={
        <Header
          variant="h2"
          info={<Link variant="info">Info</Link>}
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <SegmentedControl
                selectedId={editorMode}
                label={t('policyEditor')}
                options={[
                  { id: 'visual', text: t('visual') },
                  { id: 'json', text: t('json') },
                ]}
                onChange={({ detail }) => setEditorMode(detail.selectedId === 'visual' ? 'visual' : 'json')}
              />
              <ButtonDropdown items={[{ id: 'import', text: 'Import policy' }, { id: 'format', text: 'Format policy' }]}>Actions</ButtonDropdown>
            </SpaceBetween>
          }
        >
          {t('policyEditor')}
        </Header>
      }
    >
      {editorMode === 'json' ? (
        <Grid gridDefinition={[{ colspan: { default: 12, xs: 8 } }, { colspan: { default: 12, xs: 4 } }]}>
          <SpaceBetween size="xs">
            <JsonEditor value={policyText} onChange={setPolicyText} ariaLabel={t('policyEditor')} />
            <Box variant="small" data-testid="policy-character-count">
              {/* IAM counts characters without whitespace (6,144 for a managed policy). */}
              {Math.max(0, 6144 - policyText.replace(/\s/g, '').length)} of 6144 characters remaining
            </Box>
            <SpaceBetween direction="horizontal" size="m">
              {['Security: 0', 'Errors: 0', 'Warnings: 0', 'Suggestions: 0'].map((tab) => (
                <Box key={tab} variant="small" color="text-body-secondary">
                  {tab}
                </Box>
              ))}
            </SpaceBetween>
          </SpaceBetween>
          <Container header={<Header variant="h3">{t('editStatement')}</Header>}>
            <SpaceBetween size="s">
              <Box color="text-body-secondary">Select an existing statement in the policy or add a new statement.</Box>
              <Button iconName="add-plus">{t('addNewStatement')}</Button>
            </SpaceBetween>
          </Container>
        </Grid>
      ) : (
        <SpaceBetween size="m">
          <ExpandableSection variant="container" defaultExpanded headerText={t('selectService')}>
            <FormField label="Service">
              <Select
                selectedOption={null}
                placeholder="Choose a service"
                options={['S3', 'EC2', 'Cost and Usage Report', 'Data Exports', 'IAM'].map((service) => ({ label: service, value: service }))}
                onChange={() => undefined}
              />
            </FormField>
          </ExpandableSection>
          <Button iconName="add-plus">{t('addMorePermissions')}</Button>
        </SpaceBetween>
      )}
    </Container>
  );

  const reviewStep = (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">{t('policyDetails')}</Header>}>
        <SpaceBetween size="l">
          <FormField label={t('policyName')} description={t('policyNameHint')} constraintText={t('policyNameConstraint')} errorText={nameError}>
            <Input value={policyName} onChange={({ detail }) => setPolicyName(detail.value)} placeholder="Enter a policy name" />
          </FormField>
          <FormField
            label={
              <span>
                {t('description')} - <i>{t('optional')}</i>
              </span>
            }
            constraintText="Maximum 1,000 characters."
          >
            <Textarea value={description} onChange={({ detail }) => setDescription(detail.value)} rows={3} />
          </FormField>
        </SpaceBetween>
      </Container>
      <Table
        variant="container"
        header={<Header variant="h2">{t('permissionsDefined')}</Header>}
        items={check.ok ? servicesInPolicy(check.statements) : []}
        columnDefinitions={[
          { id: 'service', header: 'Service', cell: (row) => row.service },
          { id: 'effect', header: 'Effect', cell: (row) => row.effect },
          { id: 'actions', header: 'Actions', cell: (row) => row.actions.join(', ') },
        ]}
        empty={<Box textAlign="center">No permissions</Box>}
      />
      <Container header={<Header variant="h2" description="Tags are key-value pairs that you can add to AWS resources.">{t('tags')} - {t('optional')}</Header>}>
        <Box color="text-body-secondary">No tags associated with the resource.</Box>
      </Container>
    </SpaceBetween>
  );

  return (
    <IamShell
      title={t('createPolicy')}
      activeHref="#/policies"
      contentType="wizard"
      trail={[
        { text: t('policies'), href: '#/policies' },
        { text: t('createPolicy'), href: '#/policies/create' },
      ]}
    >
      <Wizard
        activeStepIndex={activeStep}
        submitButtonText={t('createPolicy')}
        i18nStrings={{
          stepNumberLabel: (n) => t('stepNumber', { n }),
          collapsedStepsLabel: (n, total) => t('stepOf', { n, total }),
          cancelButton: t('cancel'),
          previousButton: t('previous'),
          nextButton: t('next'),
          optional: t('optional'),
        }}
        onCancel={() => navigate('/policies')}
        onSubmit={createPolicy}
        onNavigate={({ detail }) => {
          if (detail.requestedStepIndex > activeStep && !validatePermissions()) return;
          goToStep(detail.requestedStepIndex);
        }}
        steps={[
          { title: t('specifyPermissions'), description: t('specifyPermissionsInfo'), content: permissionsStep, errorText: policyError || undefined },
          { title: t('reviewAndCreate'), description: t('reviewAndCreateInfo'), content: reviewStep },
        ]}
      />
    </IamShell>
  );
}
