// Evidence: none — no CloudFormation screenshot; built from AWS CloudFormation docs (facts.md
//   section 2).
// Assumed without evidence: the side navigation items and the region display.
import type { ReactNode } from 'react';
import type { AppLayoutProps } from '@cloudscape-design/components/app-layout';
import type { BreadcrumbGroupProps } from '@cloudscape-design/components/breadcrumb-group';
import { ConsoleShell, useDocumentTitle } from '../shell/ConsoleShell';

interface CfnShellProps {
  trail: BreadcrumbGroupProps.Item[];
  title: string;
  activeHref: string;
  contentType?: AppLayoutProps.ContentType;
  children: ReactNode;
}

/** CloudFormation chrome: its side navigation (Stacks, StackSets, …) and the region it runs in. */
export function CfnShell({ trail, title, activeHref, contentType, children }: CfnShellProps) {
  useDocumentTitle(`${title} | CloudFormation | us-east-1`);
  return (
    <ConsoleShell
      service={{ text: 'CloudFormation', href: '#/' }}
      activeHref={activeHref}
      regionLabel="United States (N. Virginia)"
      navigationItems={[
        { type: 'link', text: 'Stacks', href: '#/stacks' },
        { type: 'link', text: 'StackSets', href: '#/stacksets' },
        { type: 'link', text: 'Exports', href: '#/exports' },
        { type: 'divider' },
        { type: 'section', text: 'Infrastructure Composer', items: [{ type: 'link', text: 'IaC generator', href: '#/iac-generator' }] },
      ]}
      breadcrumbs={[{ text: 'CloudFormation', href: '#/' }, ...trail]}
      contentType={contentType}
    >
      {children}
    </ConsoleShell>
  );
}
