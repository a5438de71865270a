// Evidence: aws_create_access_key.png shows only the entry point (the user's "Create access key"
//   link); the wizard itself has no screenshot — built from AWS IAM docs (use case, description tag,
//   retrieve keys with the secret hidden until Show).
// Assumed without evidence: the wizard's steps, labels, the use-case options and the retrieve
//   page's markup.
import { useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Link from '@cloudscape-design/components/link';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import Wizard from '@cloudscape-design/components/wizard';
import { t, type LabelKey } from '../shell/i18n';
import { recordError, updateReplicaState } from '../shell/options';
import { navigate } from '../shell/router';
import type { ReplicaAccessKey } from '../../contract';
import { IamShell } from './IamShell';

const USE_CASES: { value: string; label: LabelKey }[] = [
  { value: 'cli', label: 'useCaseCli' },
  { value: 'local-code', label: 'useCaseLocalCode' },
  { value: 'aws-compute', label: 'useCaseAwsCompute' },
  { value: 'third-party', label: 'useCaseThirdParty' },
  { value: 'outside-aws', label: 'useCaseOutsideAws' },
  { value: 'other', label: 'useCaseOther' },
];

function randomFrom(alphabet: string, length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}

function newAccessKey(useCase: string, description: string): ReplicaAccessKey {
  return {
    accessKeyId: `AKIA${randomFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
    secretAccessKey: randomFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 40),
    useCase,
    description,
  };
}

/** The secret stays out of the DOM until "Show" is clicked, as in the console. */
function SecretCell({ secret }: { secret: string }) {
  const [shown, setShown] = useState(false);
  return (
    <SpaceBetween direction="horizontal" size="xs" alignItems="center">
      {shown ? (
        <CopyToClipboard variant="inline" textToCopy={secret} copyButtonAriaLabel={`Copy ${t('secretAccessKey')}`} copySuccessText="Copied" copyErrorText="Failed to copy" />
      ) : (
        <span aria-label={t('secretAccessKey')}>****************</span>
      )}
      <Link onFollow={() => setShown((value) => !value)}>{shown ? t('hide') : t('show')}</Link>
    </SpaceBetween>
  );
}

export function CreateAccessKeyPage({ userName }: { userName: string }) {
  const [activeStep, setActiveStep] = useState(0);
  const [useCase, setUseCase] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [description, setDescription] = useState('');
  const [stepError, setStepError] = useState('');
  const [createdKey, setCreatedKey] = useState<ReplicaAccessKey | null>(null);
  const userHref = `/users/details/${userName}?section=security_credentials`;

  const validateUseCase = (): boolean => {
    const problem = !useCase ? t('chooseUseCase') : !confirmed ? t('confirmationRequired') : '';
    setStepError(problem);
    if (problem) recordError(problem);
    return !problem;
  };

  const createKey = () => {
    const key = newAccessKey(useCase ?? 'other', description);
    updateReplicaState((draft) => {
      const user = (draft.users[userName] ??= { consoleAccess: false, attachedPolicies: [], accessKeys: [] });
      user.accessKeys.push(key);
      draft.submissions.push({ form: 'create-access-key', values: { userName, useCase: key.useCase, description, accessKeyId: key.accessKeyId } });
    });
    setCreatedKey(key);
    setActiveStep(2);
  };

  const downloadCsv = () => {
    if (!createdKey) return;
    const csv = `Access key ID,Secret access key\n${createdKey.accessKeyId},${createdKey.secretAccessKey}\n`;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    link.download = `${userName}_accessKeys.csv`;
    link.click();
  };

  const useCaseStep = (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">{t('useCase')}</Header>}>
        <RadioGroup
          value={useCase}
          onChange={({ detail }) => setUseCase(detail.value)}
          items={USE_CASES.map(({ value, label }) => ({
            value,
            label: t(label),
            description: value === 'third-party' ? t('useCaseThirdPartyDesc') : undefined,
          }))}
        />
      </Container>
      {useCase && (
        <Alert type="info" header={t('thirdPartyAlternative').split(':')[0]}>
          {t('thirdPartyAlternative')}
        </Alert>
      )}
      {useCase && (
        <Container header={<Header variant="h2">{t('confirmation')}</Header>}>
          <Checkbox checked={confirmed} onChange={({ detail }) => setConfirmed(detail.checked)}>
            {t('confirmationText')}
          </Checkbox>
        </Container>
      )}
    </SpaceBetween>
  );

  const descriptionStep = (
    <Container header={<Header variant="h2" description="The description for this access key will be attached to this user as a tag and shown alongside the access key.">{t('setDescriptionTag')} - <i>{t('optional')}</i></Header>}>
      <FormField label={t('descriptionTagValue')} constraintText="Maximum 256 characters.">
        <Input value={description} onChange={({ detail }) => setDescription(detail.value)} />
      </FormField>
    </Container>
  );

  const retrieveStep = createdKey && (
    <SpaceBetween size="l">
      <Alert type="success" header={t('accessKeyCreated')}>
        {t('accessKeyCreatedDesc')}
      </Alert>
      <Table
        variant="container"
        header={<Header variant="h2" description="If you lose or forget your secret access key, you cannot retrieve it. Instead, create a new access key and make the old key inactive.">{t('accessKey')}</Header>}
        items={[createdKey]}
        columnDefinitions={[
          {
            id: 'access-key',
            header: t('accessKey'),
            cell: (key) => <CopyToClipboard variant="inline" textToCopy={key.accessKeyId} copyButtonAriaLabel={`Copy ${t('accessKey')}`} copySuccessText="Copied" copyErrorText="Failed to copy" />,
          },
          { id: 'secret', header: t('secretAccessKey'), cell: (key) => <SecretCell secret={key.secretAccessKey} /> },
        ]}
      />
      <Button iconName="download" onClick={downloadCsv}>
        {t('downloadCsv')}
      </Button>
    </SpaceBetween>
  );

  return (
    <IamShell
      title={t('createAccessKey')}
      activeHref="#/users"
      contentType="wizard"
      trail={[
        { text: t('users'), href: '#/users' },
        { text: userName, href: `#/users/details/${userName}` },
        { text: t('createAccessKey'), href: `#/users/details/${userName}/create-access-key` },
      ]}
    >
      <Wizard
        activeStepIndex={activeStep}
        submitButtonText={t('done')}
        i18nStrings={{
          stepNumberLabel: (n) => t('stepNumber', { n }),
          collapsedStepsLabel: (n, total) => t('stepOf', { n, total }),
          cancelButton: t('cancel'),
          previousButton: t('previous'),
          nextButton: activeStep === 1 ? t('createAccessKey') : t('next'),
          optional: t('optional'),
        }}
        onCancel={() => navigate(userHref)}
        onSubmit={() => navigate(userHref)}
        onNavigate={({ detail }) => {
          if (createdKey) return; // The key exists: only Done leaves this page.
          if (activeStep === 0 && detail.requestedStepIndex > 0 && !validateUseCase()) return;
          if (activeStep === 1 && detail.requestedStepIndex === 2) {
            createKey();
            return;
          }
          setActiveStep(Math.min(detail.requestedStepIndex, 1));
        }}
        steps={[
          { title: t('accessKeyBestPractices'), content: useCaseStep, errorText: stepError || undefined },
          { title: t('setDescriptionTag'), content: descriptionStep, isOptional: true },
          { title: t('retrieveAccessKeys'), content: retrieveStep ?? <Box /> },
        ]}
      />
    </IamShell>
  );
}
