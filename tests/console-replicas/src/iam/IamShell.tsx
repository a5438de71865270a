// Evidence: none — no screenshot of IAM's side navigation.
// Assumed without evidence: its items and breadcrumbs.
import type { ReactNode } from 'react';
import type { AppLayoutProps } from '@cloudscape-design/components/app-layout';
import type { BreadcrumbGroupProps } from '@cloudscape-design/components/breadcrumb-group';
import { ConsoleShell, useDocumentTitle } from '../shell/ConsoleShell';
import { t } from '../shell/i18n';

interface IamShellProps {
  /** Breadcrumbs after "IAM". */
  trail: BreadcrumbGroupProps.Item[];
  activeHref: string;
  title: string;
  contentType?: AppLayoutProps.ContentType;
  children: ReactNode;
}

export function IamShell({ trail, activeHref, title, contentType, children }: IamShellProps) {
  useDocumentTitle(`${title} | IAM | Global`);
  return (
    <ConsoleShell
      service={{ text: t('iamLong'), href: '#/home' }}
      activeHref={activeHref}
      navigationItems={[
        { type: 'link', text: t('dashboard'), href: '#/home' },
        {
          type: 'section',
          text: t('accessManagement'),
          items: [
            { type: 'link', text: t('userGroups'), href: '#/groups' },
            { type: 'link', text: t('users'), href: '#/users' },
            { type: 'link', text: t('roles'), href: '#/roles' },
            { type: 'link', text: t('policies'), href: '#/policies' },
            { type: 'link', text: t('identityProviders'), href: '#/identity_providers' },
            { type: 'link', text: t('accountSettings'), href: '#/account_settings' },
          ],
        },
      ]}
      breadcrumbs={[{ text: t('iam'), href: '#/home' }, ...trail]}
      contentType={contentType}
    >
      {children}
    </ConsoleShell>
  );
}
