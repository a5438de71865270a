import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createConsoleContext } from '@/page-runtime/context';
import { runFeatures } from '@/page-runtime/runner';
import { answerReportRequests } from '@/page-runtime/snapshot-listener';
import accessKey from './features/access-key';
import bucketPolicy from './features/bucket-policy';
import cloudFormationStack from './features/cloudformation-stack';
import cloudFormationStackSet from './features/cloudformation-stack-set';
import createRole from './features/create-role';
import createUser from './features/create-user';
import dataExportCreate from './features/data-export-create';
import dataExportsRead from './features/data-exports-read';
import iamPolicyEditor from './features/iam-policy-editor';
import organizationAccounts from './features/organization-accounts';
import reportPage from './features/report-page';
import roleDetails from './features/role-details';
import stackSetInstances from './features/stack-set-instances';
import watchSuccess from './features/watch-success';

const features = [
  reportPage,
  watchSuccess,
  iamPolicyEditor,
  createRole,
  roleDetails,
  createUser,
  accessKey,
  bucketPolicy,
  dataExportCreate,
  dataExportsRead,
  // Organization scale: CloudFormation stacks and StackSets, and the organization's member accounts.
  cloudFormationStack,
  cloudFormationStackSet,
  stackSetInstances,
  organizationAccounts,
];

/**
 * The console features, injected by the background into a console tab the first time the small
 * always-on content script (console.content.ts) sees a page we recognise. Pages no feature wants
 * never load this. From here on it follows the console's navigation itself.
 */
export default defineUnlistedScript(() => {
  // Injected once per frame; after an extension update the old copy's context is invalid and a new one takes over.
  const running = globalThis as { finopsConsoleFeatures?: ContentScriptContext };
  if (running.finopsConsoleFeatures?.isValid) return;
  const ctx = new ContentScriptContext('console-features');
  running.finopsConsoleFeatures = ctx;
  answerReportRequests(ctx);
  runFeatures(ctx, features, (feature, signal) => feature.init(signal, createConsoleContext(ctx)));
});
