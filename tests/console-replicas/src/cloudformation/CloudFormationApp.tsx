// Evidence: none — no screenshot; hash routes from AWS CloudFormation docs / facts.md section 2.
// Assumed without evidence: the hash route shapes and the Stacks/StackSets list layout.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useLocation, useReplicaState } from '../shell/router';
import { CfnShell } from './CfnShell';
import { CreateStackPage } from './CreateStackPage';
import { CreateStackSetPage } from './CreateStackSetPage';
import { StackSetPage, type StackSetTab } from './StackSetPage';

const createSteps = new Set(['template', 'parameters', 'options', 'review']);

/** Stacks or StackSets list: what was created in this session, and the way to create one. */
function ListPage({ kind }: { kind: 'stacks' | 'stacksets' }) {
  const state = useReplicaState();
  const form = kind === 'stacks' ? 'create-stack' : 'create-stack-set';
  const names = state.submissions.filter((submission) => submission.form === form).map((submission) => String(submission.values[kind === 'stacks' ? 'stackName' : 'stackSetName']));
  const title = kind === 'stacks' ? 'Stacks' : 'StackSets';
  return (
    <CfnShell title={title} activeHref={`#/${kind}`} trail={[{ text: title, href: `#/${kind}` }]}>
      <ContentLayout header={<Header variant="h1" counter={`(${names.length})`} actions={<Button variant="primary" href={kind === 'stacks' ? '#/stacks/create/template' : '#/stacksets/create'}>{kind === 'stacks' ? 'Create stack' : 'Create StackSet'}</Button>}>{title}</Header>}>
        <Container>
          <SpaceBetween size="xs">
            {names.length === 0 ? <Box color="text-body-secondary">No {title.toLowerCase()} to display.</Box> : names.map((name) => <Box key={name}>{name}</Box>)}
          </SpaceBetween>
        </Container>
      </ContentLayout>
    </CfnShell>
  );
}

// CloudFormation keeps its route in the hash: /cloudformation/home#/stacks/create/template, #/stacksets/NAME/stacks …
export function CloudFormationApp() {
  const { path } = useLocation();
  const [section, second, third] = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (section === 'stacks' && (second === 'create' || second === 'quickcreate') && (third === undefined || createSteps.has(third))) return <CreateStackPage />;
  if (section === 'stacksets' && second === 'create') return <CreateStackSetPage key="create" />;
  if (section === 'stacksets' && second) {
    const name = second.split(':')[0]!;
    const tab: StackSetTab = third === 'instances' || third === 'stacks' ? 'stacks' : third === 'operations' || third === 'parameters' || third === 'template' ? third : 'info';
    return <StackSetPage key={name} stackSetName={name} tab={tab} />;
  }
  return <ListPage kind={section === 'stacksets' ? 'stacksets' : 'stacks'} />;
}
