// Evidence: aws_edit_bucket_policy.png (breadcrumb, Bucket ARN with copy icon, Policy editor, "+
//   Add new statement", "JSON Ln, Col" footer), temitope_s3-edit-bucket-policy-url-bar-and-editor.png
//   (regional host, route), sulaimanadamu_s3-edit-bucket-policy-empty-editor-no-existing-policy.png
//   (empty editor when no policy).
// Assumed without evidence: whether the editor loads late, whether it exposes Ace's env, the save
//   error messages.
import { useEffect, useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { showFlash } from '../shell/flash';
import { t } from '../shell/i18n';
import { JsonEditor } from '../shell/JsonEditor';
import { recordError, replicaOptions, replicaState, updateReplicaState } from '../shell/options';
import { navigate, useLocation, useReplicaState } from '../shell/router';
import { bucketPolicyProblem, currentBucketPolicy } from './bucketPolicy';
import { S3Shell } from './S3Shell';

// /s3/bucket/BUCKET/property/policy/edit?region=R
export function EditBucketPolicyPage({ bucket }: { bucket: string }) {
  const { params } = useLocation();
  const state = useReplicaState();
  const region = params.get('region') ?? 'us-east-1';
  const delayMs = replicaOptions.bucketPolicyDelayMs;
  const [loading, setLoading] = useState(delayMs !== undefined);
  const [policyText, setPolicyText] = useState(() => (delayMs !== undefined ? '' : (currentBucketPolicy(state, bucket) ?? '')));
  useEffect(() => {
    if (delayMs === undefined) return;
    const timer = setTimeout(() => {
      // Like a form that keeps what was typed: the loaded policy goes in only if the editor is still empty.
      setPolicyText((typed) => (typed === '' ? (currentBucketPolicy(replicaState(), bucket) ?? '') : typed));
      setLoading(false);
    }, delayMs);
    return () => clearTimeout(timer);
  }, [delayMs, bucket]);
  const [problem, setProblem] = useState('');
  const bucketArn = `arn:aws:s3:::${bucket}`;
  const permissionsPath = `/s3/buckets/${bucket}?region=${region}&tab=permissions`;

  const save = () => {
    const found = bucketPolicyProblem(policyText, bucket);
    if (found) {
      setProblem(t(found));
      recordError(t(found));
      return;
    }
    setProblem('');
    updateReplicaState((draft) => {
      draft.bucketPolicies[bucket] = policyText;
      draft.lastSavedPolicy = policyText;
      draft.submissions.push({ form: 'edit-bucket-policy', values: { bucket, policy: policyText } });
    });
    showFlash({ type: 'success', content: t('bucketPolicyEdited') });
    navigate(permissionsPath);
  };

  return (
    <S3Shell
      title={t('editBucketPolicy')}
      trail={[
        { text: t('buckets'), href: '/s3/buckets' },
        { text: bucket, href: `/s3/buckets/${bucket}?region=${region}` },
        { text: t('editBucketPolicy'), href: `/s3/bucket/${bucket}/property/policy/edit?region=${region}` },
      ]}
    >
      <ContentLayout header={<Header variant="h1" info={<Link variant="info">Info</Link>}>{t('editBucketPolicy')}</Header>}>
        <form onSubmit={(event) => event.preventDefault()}>
          <Form
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button variant="link" onClick={() => navigate(permissionsPath)}>
                  {t('cancel')}
                </Button>
                <Button variant="primary" onClick={save}>
                  {t('saveChanges')}
                </Button>
              </SpaceBetween>
            }
          >
            <SpaceBetween size="l">
              {problem && (
                <Alert type="error" header={t('editBucketPolicyFailed')}>
                  {problem}
                </Alert>
              )}
              <Container
                header={
                  <Header
                    variant="h2"
                    description={t('bucketPolicyDesc')}
                    actions={
                      <SpaceBetween direction="horizontal" size="xs">
                        <Button iconName="external" iconAlign="right" href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html" target="_blank">
                          {t('policyExamples')}
                        </Button>
                        <Button iconName="external" iconAlign="right" href="https://awspolicygen.s3.amazonaws.com/policygen.html" target="_blank">
                          {t('policyGenerator')}
                        </Button>
                      </SpaceBetween>
                    }
                  >
                    {t('bucketPolicy')}
                  </Header>
                }
              >
                <SpaceBetween size="l">
                  <FormField label={t('bucketArn')}>
                    <CopyToClipboard variant="inline" textToCopy={bucketArn} copyButtonAriaLabel={`${t('copy')} ${t('bucketArn')}`} copySuccessText={t('copied')} copyErrorText="Failed to copy" />
                  </FormField>
                  {loading && <StatusIndicator type="loading">{t('loadingBucketPolicy')}</StatusIndicator>}
                  <FormField label={t('policy')} stretch>
                    <JsonEditor value={policyText} onChange={setPolicyText} ariaLabel={t('policy')} height={420} />
                  </FormField>
                </SpaceBetween>
              </Container>
            </SpaceBetween>
          </Form>
        </form>
      </ContentLayout>
    </S3Shell>
  );
}
