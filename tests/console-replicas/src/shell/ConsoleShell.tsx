// Evidence: the screenshots in console-evidence/ show the console chrome (nav, side navigation,
//   breadcrumbs) around each page.
// Assumed without evidence: flash messages' markup, document.title's exact text.
import { useEffect, useState, type ReactNode } from 'react';
import AppLayout, { type AppLayoutProps } from '@cloudscape-design/components/app-layout';
import Button from '@cloudscape-design/components/button';
import BreadcrumbGroup, { type BreadcrumbGroupProps } from '@cloudscape-design/components/breadcrumb-group';
import Flashbar from '@cloudscape-design/components/flashbar';
import SideNavigation, { type SideNavigationProps } from '@cloudscape-design/components/side-navigation';
import { ConsoleNav } from './ConsoleNav';
import { dismissFlash, useFlashes } from './flash';
import { followInApp } from './router';
import { t } from './i18n';

export interface ConsoleShellProps {
  /** Side navigation header, e.g. "IAM" linking to the service dashboard. */
  service: { text: string; href: string };
  navigationItems: SideNavigationProps.Item[];
  activeHref: string;
  breadcrumbs: BreadcrumbGroupProps.Item[];
  contentType?: AppLayoutProps.ContentType;
  regionLabel?: string;
  children: ReactNode;
}

/** Console chrome shared by every replica: global nav, side navigation, breadcrumbs, flashes. */
export function ConsoleShell(props: ConsoleShellProps) {
  const [navigationOpen, setNavigationOpen] = useState(true);
  const flashes = useFlashes();
  return (
    <>
      <ConsoleNav regionLabel={props.regionLabel ?? t('global')} />
      <AppLayout
        headerSelector="#awsc-nav-header"
        contentType={props.contentType ?? 'default'}
        navigationOpen={navigationOpen}
        onNavigationChange={({ detail }) => setNavigationOpen(detail.open)}
        navigation={
          <SideNavigation
            header={props.service}
            items={props.navigationItems}
            activeHref={props.activeHref}
            onFollow={followInApp}
          />
        }
        breadcrumbs={<BreadcrumbGroup items={props.breadcrumbs} onFollow={followInApp} ariaLabel="Breadcrumbs" />}
        notifications={
          <Flashbar
            items={flashes.map((flash) => ({
              id: flash.id,
              type: flash.type,
              content: flash.content,
              dismissible: true,
              dismissLabel: 'Dismiss',
              onDismiss: () => dismissFlash(flash.id),
              action: flash.action ? <Button href={flash.action.href} onFollow={followInApp}>{flash.action.label}</Button> : undefined,
            }))}
          />
        }
        toolsHide
        content={props.children}
      />
    </>
  );
}

/** Keeps document.title in step with the SPA route, as the console does. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
