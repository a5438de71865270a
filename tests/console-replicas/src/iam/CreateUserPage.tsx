// Evidence: aws_user_details.png (step 1 "Specify user details": User name, unticked "Provide user
//   access to the AWS Management Console - optional", Next).
// Assumed without evidence: steps 2 and 3 (permissions options, review), validation messages.
import { useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import Tiles from '@cloudscape-design/components/tiles';
import Wizard from '@cloudscape-design/components/wizard';
import { showFlash } from '../shell/flash';
import { t } from '../shell/i18n';
import { recordError, signedInUser, updateReplicaState } from '../shell/options';
import { navigate, useReplicaState } from '../shell/router';
import { IamShell } from './IamShell';
import { PolicyPicker } from './PolicyPicker';
import { isValidIamName } from './policyCatalog';

type PermissionsOption = 'group' | 'copy' | 'direct';

export function CreateUserPage() {
  const state = useReplicaState();
  const [activeStep, setActiveStep] = useState(0);
  const [userName, setUserName] = useState('');
  const [consoleAccess, setConsoleAccess] = useState(false);
  const [permissionsOption, setPermissionsOption] = useState<PermissionsOption>('group');
  const [attachedPolicies, setAttachedPolicies] = useState<string[]>([]);
  const [nameError, setNameError] = useState('');

  const validateName = (): boolean => {
    const name = userName.trim();
    const exists = Boolean(state.users[name]) || name === signedInUser;
    const problem = !name ? t('required') : !isValidIamName(name, 64) ? t('invalidName') : exists ? t('userExists', { name }) : '';
    setNameError(problem);
    if (problem) recordError(problem);
    return !problem;
  };

  const createUser = () => {
    if (!validateName()) {
      setActiveStep(0);
      return;
    }
    const name = userName.trim();
    const policies = permissionsOption === 'direct' ? attachedPolicies : [];
    updateReplicaState((draft) => {
      draft.users[name] = { consoleAccess, attachedPolicies: policies, accessKeys: [] };
      draft.submissions.push({ form: 'create-user', values: { userName: name, consoleAccess, permissionsOption, attachedPolicies: policies } });
    });
    showFlash({ type: 'success', content: t('userCreated', { name }), action: { label: t('viewUser'), href: `#/users/details/${name}` } });
    navigate('/users');
  };

  const detailsStep = (
    <Container header={<Header variant="h2">{t('userDetails')}</Header>}>
      <SpaceBetween size="l">
        <FormField label={t('userName')} constraintText={t('userNameConstraint')} errorText={nameError}>
          <Input value={userName} onChange={({ detail }) => setUserName(detail.value)} />
        </FormField>
        <Checkbox checked={consoleAccess} onChange={({ detail }) => setConsoleAccess(detail.checked)} description={t('provideConsoleAccessDesc')}>
          {t('provideConsoleAccess')} - <i>{t('optional')}</i>
        </Checkbox>
        {consoleAccess && (
          <Alert type="info" header="Are you providing console access to a person?">
            User type: Specify a user in Identity Center (recommended) or create an IAM user.
          </Alert>
        )}
      </SpaceBetween>
    </Container>
  );

  const permissionsStep = (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2" description="Add user to an existing group or create a new one. Using groups is a best-practice way to manage user's permissions by job functions.">{t('permissionsOptions')}</Header>}>
        <Tiles
          value={permissionsOption}
          columns={3}
          onChange={({ detail }) => setPermissionsOption(detail.value as PermissionsOption)}
          items={[
            { value: 'group', label: t('addUserToGroup'), description: 'Add user to an existing group, or create a new group.' },
            { value: 'copy', label: t('copyPermissions'), description: 'Copy all group memberships, attached managed policies, and inline policies from an existing user.' },
            { value: 'direct', label: t('attachPoliciesDirectly'), description: 'Attach a managed policy directly to a user.' },
          ]}
        />
      </Container>
      {permissionsOption === 'direct' && <PolicyPicker attachTo="user" selected={attachedPolicies} onChange={setAttachedPolicies} />}
      {permissionsOption !== 'direct' && (
        <Container header={<Header variant="h2">{permissionsOption === 'group' ? t('userGroups') : t('users')} (0)</Header>}>
          <Box textAlign="center" color="inherit">{t('noMatches')}</Box>
        </Container>
      )}
    </SpaceBetween>
  );

  const reviewStep = (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">{t('userDetails')}</Header>}>
        <KeyValuePairs
          columns={3}
          items={[
            { label: t('userName'), value: userName.trim() },
            { label: t('consoleAccess'), value: consoleAccess ? t('enabled') : t('disabled') },
            { label: 'Require password reset', value: 'No' },
          ]}
        />
      </Container>
      <Table
        variant="container"
        header={<Header variant="h2">{t('permissions')}</Header>}
        items={(permissionsOption === 'direct' ? attachedPolicies : []).map((name) => ({ name }))}
        columnDefinitions={[
          { id: 'name', header: t('policyName'), cell: (row) => row.name },
          { id: 'used', header: 'Used as', cell: () => 'Permissions policy' },
        ]}
        empty={<Box textAlign="center">{t('noPermissionsAttached')}</Box>}
      />
    </SpaceBetween>
  );

  return (
    <IamShell
      title={t('createUser')}
      activeHref="#/users"
      contentType="wizard"
      trail={[
        { text: t('users'), href: '#/users' },
        { text: t('createUser'), href: '#/users/create' },
      ]}
    >
      <Wizard
        activeStepIndex={activeStep}
        submitButtonText={t('createUser')}
        i18nStrings={{
          stepNumberLabel: (n) => t('stepNumber', { n }),
          collapsedStepsLabel: (n, total) => t('stepOf', { n, total }),
          cancelButton: t('cancel'),
          previousButton: t('previous'),
          nextButton: t('next'),
          optional: t('optional'),
        }}
        onCancel={() => navigate('/users')}
        onSubmit={createUser}
        onNavigate={({ detail }) => {
          if (activeStep === 0 && detail.requestedStepIndex > 0 && !validateName()) return;
          setActiveStep(detail.requestedStepIndex);
        }}
        steps={[
          { title: t('specifyUserDetails'), content: detailsStep },
          { title: t('setPermissions'), content: permissionsStep },
          { title: t('reviewAndCreate'), content: reviewStep },
        ]}
      />
    </IamShell>
  );
}
