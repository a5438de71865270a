// Evidence: sulaimanadamu_s3-permissions-tab-no-policy-to-display.png (Permissions tab, "No policy
//   to display").
// Assumed without evidence: the read-only policy box's markup when a policy exists; the other tabs.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Tabs from '@cloudscape-design/components/tabs';
import { t } from '../shell/i18n';
import { followInApp, navigate, useLocation, useReplicaState } from '../shell/router';
import { currentBucketPolicy } from './bucketPolicy';
import { regionLabel, S3Shell } from './S3Shell';

const TABS = ['objects', 'metadata', 'properties', 'permissions', 'metrics', 'management', 'access_points'] as const;

// /s3/buckets/BUCKET?region=R&tab=permissions
export function BucketPage({ bucket }: { bucket: string }) {
  const { params } = useLocation();
  const state = useReplicaState();
  const region = params.get('region') ?? 'us-east-1';
  const requestedTab = params.get('tab') ?? 'objects';
  const tab = (TABS as readonly string[]).includes(requestedTab) ? requestedTab : 'objects';
  const policy = currentBucketPolicy(state, bucket);
  const editHref = `/s3/bucket/${bucket}/property/policy/edit?region=${region}`;

  const permissions = (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">{t('permissionsOverview')}</Header>}>
        <KeyValuePairs items={[{ label: t('access'), value: <StatusIndicator type="success">{t('bucketNotPublic')}</StatusIndicator> }]} />
      </Container>
      <Container header={<Header variant="h2" actions={<Button>{t('edit')}</Button>}>{t('blockPublicAccess')}</Header>}>
        <KeyValuePairs items={[{ label: t('blockAllPublicAccess'), value: <StatusIndicator type="success">{t('on')}</StatusIndicator> }]} />
      </Container>
      <Container
        header={
          <Header
            variant="h2"
            info={<Link variant="info">Info</Link>}
            description={t('bucketPolicyDesc')}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button href={editHref} onFollow={followInApp}>
                  {t('edit')}
                </Button>
                <Button disabled={!policy}>{t('delete')}</Button>
              </SpaceBetween>
            }
          >
            {t('bucketPolicy')}
          </Header>
        }
      >
        {policy ? (
          <SpaceBetween size="xs">
            <Box float="right">
              <CopyToClipboard variant="icon" textToCopy={policy} copyButtonAriaLabel={t('copy')} copySuccessText={t('copied')} copyErrorText="Failed to copy" />
            </Box>
            <Box variant="code">
              <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }} data-testid="bucket-policy">
                {policy}
              </pre>
            </Box>
          </SpaceBetween>
        ) : (
          <Box color="text-body-secondary">{t('noPolicyToDisplay')}</Box>
        )}
      </Container>
      <Container header={<Header variant="h2" actions={<Button>{t('edit')}</Button>}>{t('objectOwnership')}</Header>}>
        <Box>{t('bucketOwnerEnforced')}</Box>
      </Container>
    </SpaceBetween>
  );

  const placeholder = (text: string) => (
    <Container>
      <Box color="text-body-secondary">{text}</Box>
    </Container>
  );

  return (
    <S3Shell
      title={bucket}
      trail={[
        { text: t('buckets'), href: '/s3/buckets' },
        { text: bucket, href: `/s3/buckets/${bucket}?region=${region}` },
      ]}
    >
      <ContentLayout header={<Header variant="h1" info={<Link variant="info">Info</Link>} description={regionLabel(region)}>{bucket}</Header>}>
        <Tabs
          activeTabId={tab}
          onChange={({ detail }) => navigate(`/s3/buckets/${bucket}?region=${region}&tab=${detail.activeTabId}`, { replace: true })}
          tabs={[
            { id: 'objects', label: t('objects'), content: placeholder('No objects. You don’t have any objects in this bucket.') },
            { id: 'metadata', label: 'Metadata', content: placeholder('No metadata configuration.') },
            { id: 'properties', label: t('properties'), content: placeholder(`${t('awsRegion')}: ${regionLabel(region)} — arn:aws:s3:::${bucket}`) },
            { id: 'permissions', label: t('permissions'), content: permissions },
            { id: 'metrics', label: t('metrics'), content: placeholder('No metrics yet.') },
            { id: 'management', label: t('management'), content: placeholder('No lifecycle rules.') },
            { id: 'access_points', label: t('accessPoints'), content: placeholder('No access points.') },
          ]}
        />
      </ContentLayout>
    </S3Shell>
  );
}
