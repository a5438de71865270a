// Evidence: none — no screenshot of S3's side navigation.
// Assumed without evidence: its items.
import type { ReactNode } from 'react';
import type { AppLayoutProps } from '@cloudscape-design/components/app-layout';
import type { BreadcrumbGroupProps } from '@cloudscape-design/components/breadcrumb-group';
import { ConsoleShell, useDocumentTitle } from '../shell/ConsoleShell';
import { t } from '../shell/i18n';

interface S3ShellProps {
  trail: BreadcrumbGroupProps.Item[];
  title: string;
  contentType?: AppLayoutProps.ContentType;
  children: ReactNode;
}

export function S3Shell({ trail, title, contentType, children }: S3ShellProps) {
  useDocumentTitle(`${title} | S3 | Global`);
  return (
    <ConsoleShell
      service={{ text: t('s3'), href: '/s3/home' }}
      activeHref="/s3/buckets"
      navigationItems={[
        {
          type: 'section',
          text: t('buckets'),
          items: [
            { type: 'link', text: t('generalPurposeBuckets'), href: '/s3/buckets' },
            { type: 'link', text: 'Directory buckets', href: '/s3/directory-buckets' },
            { type: 'link', text: 'Table buckets', href: '/s3/table-buckets' },
          ],
        },
        { type: 'link', text: t('accessPoints'), href: '/s3/ap' },
        { type: 'link', text: 'Storage Lens', href: '/s3/lens' },
        { type: 'divider' },
        { type: 'link', text: 'Block Public Access settings for this account', href: '/s3/settings' },
      ]}
      breadcrumbs={[{ text: t('s3'), href: '/s3/home' }, ...trail]}
      contentType={contentType}
    >
      {children}
    </ConsoleShell>
  );
}

const regionNames: Record<string, string> = {
  'us-east-1': 'US East (N. Virginia)',
  'us-east-2': 'US East (Ohio)',
  'us-west-2': 'US West (Oregon)',
  'eu-west-1': 'Europe (Ireland)',
  'eu-central-1': 'Europe (Frankfurt)',
  'ap-northeast-1': 'Asia Pacific (Tokyo)',
};

export const regionLabel = (region: string) => `${regionNames[region] ?? region} ${region}`;
