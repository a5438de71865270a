// Evidence: frugally-website_iam-create-role-aws-account-require-external-id.png (step 1: the trusted
//   entity tiles, "An AWS account" with This account / Another AWS account and "Account ID" with its
//   hint, Options: the checkbox whose whole label is "Require external ID (Best practice when a third
//   party will assume this role)" with a long description, the External ID input and info alert when
//   ticked, "Require MFA"); the prefill link parameters from vendor guides (console-evidence README).
// Assumed without evidence: steps 2 and 3 (permissions table, review with "Role name"), the custom
//   trust policy editor's wrapper, validation messages.
import { useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import Textarea from '@cloudscape-design/components/textarea';
import Tiles from '@cloudscape-design/components/tiles';
import Wizard from '@cloudscape-design/components/wizard';
import { showFlash } from '../shell/flash';
import { t } from '../shell/i18n';
import { JsonEditor } from '../shell/JsonEditor';
import { accountId, recordError, updateReplicaState } from '../shell/options';
import { checkPolicyDocument } from '../shell/policyDocument';
import { navigate, useLocation, useReplicaState } from '../shell/router';
import { IamShell } from './IamShell';
import { PolicyPicker } from './PolicyPicker';
import { isValidIamName } from './policyCatalog';

type TrustedEntityType = 'AWS_SERVICE' | 'AWS_ACCOUNT' | 'WEB_IDENTITY' | 'SAML' | 'CUSTOM_TRUST_POLICY';
const ENTITY_TYPES: TrustedEntityType[] = ['AWS_SERVICE', 'AWS_ACCOUNT', 'WEB_IDENTITY', 'SAML', 'CUSTOM_TRUST_POLICY'];

export const DEFAULT_TRUST_POLICY_TEXT = `{
\t"Version": "2012-10-17",
\t"Statement": [
\t\t{
\t\t\t"Sid": "Statement1",
\t\t\t"Effect": "Allow",
\t\t\t"Principal": {},
\t\t\t"Action": "sts:AssumeRole"
\t\t}
\t]
}`;

// The console's step names in ?step=; "type" is what prefill links use for the first step.
const STEPS = ['selectEntities', 'addPermissions', 'review'] as const;
const stepIndex = (step: string | null) => (step === 'addPermissions' ? 1 : step === 'review' ? 2 : 0);

const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;

interface TrustForm {
  entityType: TrustedEntityType;
  service: string;
  whichAccount: 'this' | 'another';
  otherAccountId: string;
  requireExternalId: boolean;
  externalId: string;
  requireMfa: boolean;
  customTrustPolicy: string;
}

function trustPolicyFor(form: TrustForm): string {
  if (form.entityType === 'CUSTOM_TRUST_POLICY') return form.customTrustPolicy;
  const conditions: Record<string, Record<string, string>> = {};
  if (form.entityType === 'AWS_ACCOUNT' && form.requireExternalId) conditions.StringEquals = { 'sts:ExternalId': form.externalId };
  if (form.entityType === 'AWS_ACCOUNT' && form.requireMfa) conditions.Bool = { 'aws:MultiFactorAuthPresent': 'true' };
  const principal =
    form.entityType === 'AWS_ACCOUNT'
      ? { AWS: `arn:aws:iam::${form.whichAccount === 'this' ? accountId : form.otherAccountId}:root` }
      : { Service: form.service };
  const statement = {
    Effect: 'Allow',
    Principal: principal,
    Action: 'sts:AssumeRole',
    ...(Object.keys(conditions).length ? { Condition: conditions } : {}),
  };
  return JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 4);
}

function initialForm(params: URLSearchParams): TrustForm {
  // Prefill links: ?step=type&trustedEntityType=AWS_ACCOUNT&awsAccount=ID&isThirdParty=true&externalId=EID
  const requested = params.get('trustedEntityType');
  const entityType = ENTITY_TYPES.find((type) => type === requested) ?? 'AWS_SERVICE';
  const otherAccountId = params.get('awsAccount') ?? '';
  const externalId = params.get('externalId') ?? '';
  return {
    entityType,
    service: 'ec2.amazonaws.com',
    whichAccount: otherAccountId && otherAccountId !== accountId ? 'another' : 'this',
    otherAccountId,
    requireExternalId: params.get('isThirdParty') === 'true' || externalId !== '',
    externalId,
    requireMfa: false,
    customTrustPolicy: DEFAULT_TRUST_POLICY_TEXT,
  };
}

export function CreateRolePage() {
  const { params } = useLocation();
  const state = useReplicaState();
  const activeStep = stepIndex(params.get('step'));
  const [form, setForm] = useState<TrustForm>(() => initialForm(params));
  const [attachedPolicies, setAttachedPolicies] = useState<string[]>([]);
  const [roleName, setRoleName] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<{ accountId?: string; externalId?: string; trustPolicy?: string; roleName?: string }>({});
  const update = (change: Partial<TrustForm>) => setForm((current) => ({ ...current, ...change }));

  const validateTrust = (): boolean => {
    const found: typeof errors = {};
    if (form.entityType === 'AWS_ACCOUNT' && form.whichAccount === 'another' && !/^\d{12}$/.test(form.otherAccountId)) found.accountId = t('accountIdInvalid');
    if (form.entityType === 'AWS_ACCOUNT' && form.requireExternalId && !EXTERNAL_ID.test(form.externalId)) found.externalId = t('externalIdInvalid');
    if (form.entityType === 'CUSTOM_TRUST_POLICY') {
      const check = checkPolicyDocument(form.customTrustPolicy);
      if (!check.ok) found.trustPolicy = check.reason === 'invalid-json' ? t('invalidPolicyJson') : t('missingAction');
    }
    setErrors(found);
    Object.values(found).forEach(recordError);
    return Object.keys(found).length === 0;
  };

  const createRole = () => {
    const name = roleName.trim();
    const problem = !name ? t('required') : !isValidIamName(name, 64) ? t('invalidName') : state.roles[name] ? t('roleExists', { name }) : '';
    setErrors((current) => ({ ...current, roleName: problem || undefined }));
    if (problem) {
      recordError(problem);
      return;
    }
    const trustPolicy = trustPolicyFor(form);
    updateReplicaState((draft) => {
      draft.roles[name] = { trustPolicy, attachedPolicies, description };
      draft.lastSavedPolicy = trustPolicy;
      draft.submissions.push({
        form: 'create-role',
        values: {
          roleName: name,
          description,
          trustedEntityType: form.entityType,
          accountId: form.entityType === 'AWS_ACCOUNT' ? (form.whichAccount === 'this' ? accountId : form.otherAccountId) : undefined,
          externalId: form.entityType === 'AWS_ACCOUNT' && form.requireExternalId ? form.externalId : undefined,
          trustPolicy,
          attachedPolicies,
        },
      });
    });
    showFlash({ type: 'success', content: t('roleCreated', { name }), action: { label: t('viewRole'), href: `#/roles/details/${name}` } });
    navigate('/roles');
  };

  const entityStep = (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">{t('trustedEntityType')}</Header>}>
        <Tiles
          value={form.entityType}
          columns={3}
          onChange={({ detail }) => update({ entityType: detail.value as TrustedEntityType })}
          ariaLabel={t('trustedEntityType')}
          items={[
            { value: 'AWS_SERVICE', label: t('awsService'), description: t('awsServiceDesc') },
            { value: 'AWS_ACCOUNT', label: t('awsAccount'), description: t('awsAccountDesc') },
            { value: 'WEB_IDENTITY', label: t('webIdentity'), description: t('webIdentityDesc') },
            { value: 'SAML', label: t('saml'), description: t('samlDesc') },
            { value: 'CUSTOM_TRUST_POLICY', label: t('customTrustPolicy'), description: t('customTrustPolicyDesc') },
          ]}
        />
      </Container>
      {form.entityType === 'AWS_SERVICE' && (
        <Container header={<Header variant="h2" description="Allow an AWS service like EC2, Lambda, or others to perform actions in this account.">Use case</Header>}>
          <FormField label="Service or use case">
            <Select
              selectedOption={{ value: form.service, label: form.service === 'lambda.amazonaws.com' ? 'Lambda' : 'EC2' }}
              options={[
                { value: 'ec2.amazonaws.com', label: 'EC2' },
                { value: 'lambda.amazonaws.com', label: 'Lambda' },
              ]}
              onChange={({ detail }) => update({ service: detail.selectedOption.value ?? 'ec2.amazonaws.com' })}
            />
          </FormField>
        </Container>
      )}
      {form.entityType === 'AWS_ACCOUNT' && (
        <Container header={<Header variant="h2" description="Allow entities in other AWS accounts belonging to you or a 3rd party to perform actions in this account.">{t('anAwsAccount')}</Header>}>
          <SpaceBetween size="l">
            <RadioGroup
              value={form.whichAccount}
              onChange={({ detail }) => update({ whichAccount: detail.value === 'another' ? 'another' : 'this' })}
              items={[
                { value: 'this', label: t('thisAccount', { account: accountId }) },
                { value: 'another', label: t('anotherAwsAccount') },
              ]}
            />
            {form.whichAccount === 'another' && (
              <FormField label={t('accountId')} description={t('accountIdHint')} errorText={errors.accountId}>
                <Input value={form.otherAccountId} onChange={({ detail }) => update({ otherAccountId: detail.value })} />
              </FormField>
            )}
            <FormField label={t('options')}>
              <SpaceBetween size="s">
                <Checkbox
                  checked={form.requireExternalId}
                  onChange={({ detail }) => update({ requireExternalId: detail.checked })}
                  description={t('requireExternalIdDesc')}
                >
                  {t('requireExternalId')}
                </Checkbox>
                {form.requireExternalId && (
                  <div style={{ paddingLeft: 24 }}>
                    <SpaceBetween size="s">
                      <FormField label={t('externalId')} errorText={errors.externalId}>
                        <Input value={form.externalId} onChange={({ detail }) => update({ externalId: detail.value })} />
                      </FormField>
                      <Alert type="info">
                        Important: The console does not support using an external ID with the Switch Role feature. If you select this option, entities in the
                        trusted account must use the API, CLI, or a custom federation proxy to make cross-account iam:AssumeRole calls.
                      </Alert>
                    </SpaceBetween>
                  </div>
                )}
                <Checkbox checked={form.requireMfa} onChange={({ detail }) => update({ requireMfa: detail.checked })}>
                  {t('requireMfa')}
                </Checkbox>
              </SpaceBetween>
            </FormField>
          </SpaceBetween>
        </Container>
      )}
      {(form.entityType === 'WEB_IDENTITY' || form.entityType === 'SAML') && (
        <Container header={<Header variant="h2">{form.entityType === 'SAML' ? t('saml') : t('webIdentity')}</Header>}>
          <FormField label="Identity provider">
            <Select selectedOption={null} placeholder="Choose an identity provider" options={[]} onChange={() => undefined} />
          </FormField>
        </Container>
      )}
      {form.entityType === 'CUSTOM_TRUST_POLICY' && (
        <Container header={<Header variant="h2" description="Create a custom trust policy to enable others to perform actions in this account.">{t('customTrustPolicy')}</Header>}>
          <FormField stretch errorText={errors.trustPolicy}>
            <JsonEditor value={form.customTrustPolicy} onChange={(value) => update({ customTrustPolicy: value })} ariaLabel={t('customTrustPolicy')} height={360} />
          </FormField>
        </Container>
      )}
    </SpaceBetween>
  );

  const reviewStep = (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">{t('roleDetails')}</Header>}>
        <SpaceBetween size="l">
          <FormField label={t('roleName')} description={t('roleNameHint')} constraintText={t('roleNameConstraint')} errorText={errors.roleName}>
            <Input value={roleName} onChange={({ detail }) => setRoleName(detail.value)} placeholder="Enter a role name" />
          </FormField>
          <FormField
            label={
              <span>
                {t('description')} - <i>{t('optional')}</i>
              </span>
            }
            constraintText="Maximum 1000 characters."
          >
            <Textarea value={description} onChange={({ detail }) => setDescription(detail.value)} rows={2} />
          </FormField>
        </SpaceBetween>
      </Container>
      <Container
        header={
          <Header variant="h2" actions={<Button onClick={() => navigate('/roles/create?step=selectEntities')}>{t('edit')}</Button>}>
            {t('step1SelectTrusted')}
          </Header>
        }
      >
        <FormField label={t('trustPolicy')} stretch>
          <Box variant="code">
            <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }} data-testid="trust-policy-preview">
              {trustPolicyFor(form)}
            </pre>
          </Box>
        </FormField>
      </Container>
      <Table
        variant="container"
        header={
          <Header variant="h2" actions={<Button onClick={() => navigate('/roles/create?step=addPermissions')}>{t('edit')}</Button>}>
            {t('step2AddPermissions')}
          </Header>
        }
        items={attachedPolicies.map((name) => ({ name }))}
        columnDefinitions={[{ id: 'name', header: t('policyName'), cell: (row) => row.name }]}
        empty={<Box textAlign="center">{t('noPermissionsAttached')}</Box>}
      />
    </SpaceBetween>
  );

  return (
    <IamShell
      title={t('createRole')}
      activeHref="#/roles"
      contentType="wizard"
      trail={[
        { text: t('roles'), href: '#/roles' },
        { text: t('createRole'), href: '#/roles/create' },
      ]}
    >
      <Wizard
        activeStepIndex={activeStep}
        submitButtonText={t('createRole')}
        i18nStrings={{
          stepNumberLabel: (n) => t('stepNumber', { n }),
          collapsedStepsLabel: (n, total) => t('stepOf', { n, total }),
          cancelButton: t('cancel'),
          previousButton: t('previous'),
          nextButton: t('next'),
          optional: t('optional'),
        }}
        onCancel={() => navigate('/roles')}
        onSubmit={createRole}
        onNavigate={({ detail }) => {
          if (activeStep === 0 && detail.requestedStepIndex > 0 && !validateTrust()) return;
          navigate(`/roles/create?step=${STEPS[detail.requestedStepIndex]}`);
        }}
        steps={[
          { title: t('selectTrustedEntity'), content: entityStep },
          { title: t('addPermissions'), content: <PolicyPicker attachTo="role" selected={attachedPolicies} onChange={setAttachedPolicies} /> },
          { title: t('nameReviewCreate'), content: reviewStep },
        ]}
      />
    </IamShell>
  );
}
