// Evidence: aws_create_export.png and aws_data_export_options.png show the Billing and Cost
//   Management chrome around Data Exports.
// Assumed without evidence: the side navigation's full item list and the breadcrumbs' exact text.
import type { ReactNode } from 'react';
import type { AppLayoutProps } from '@cloudscape-design/components/app-layout';
import type { BreadcrumbGroupProps } from '@cloudscape-design/components/breadcrumb-group';
import { ConsoleShell, useDocumentTitle } from '../shell/ConsoleShell';
import { t } from '../shell/i18n';

interface BcmShellProps {
  trail: BreadcrumbGroupProps.Item[];
  title: string;
  activeHref: string;
  contentType?: AppLayoutProps.ContentType;
  children: ReactNode;
}

/**
 * Billing and Cost Management chrome, shared by /costmanagement/home (Data Exports) and
 * /billing/home (legacy CUR). Links to the other console app are full page loads.
 */
export function BcmShell({ trail, title, activeHref, contentType, children }: BcmShellProps) {
  useDocumentTitle(`${title} | Billing and Cost Management | Global`);
  const onCostManagement = location.pathname.startsWith('/costmanagement/');
  const costManagementLink = (hash: string) => (onCostManagement ? hash : `/costmanagement/home${hash}`);
  const billingLink = (hash: string) => (onCostManagement ? `/billing/home${hash}` : hash);
  return (
    <ConsoleShell
      service={{ text: t('costManagement'), href: costManagementLink('#/home') }}
      activeHref={activeHref}
      navigationItems={[
        { type: 'link', text: t('home'), href: costManagementLink('#/home') },
        {
          type: 'section',
          text: 'Cost and usage analysis',
          items: [
            { type: 'link', text: t('costExplorer'), href: costManagementLink('#/cost-explorer') },
            { type: 'link', text: t('dataExports'), href: costManagementLink('#/bcm-data-exports') },
          ],
        },
        {
          type: 'section',
          text: 'Budgets and planning',
          items: [{ type: 'link', text: t('budgets'), href: billingLink('#/budgets') }],
        },
        {
          type: 'section',
          text: 'Legacy pages',
          items: [{ type: 'link', text: t('costAndUsageReports'), href: billingLink('#/reports') }],
        },
      ]}
      breadcrumbs={[{ text: t('costManagement'), href: costManagementLink('#/home') }, ...trail]}
      contentType={contentType}
    >
      {children}
    </ConsoleShell>
  );
}
