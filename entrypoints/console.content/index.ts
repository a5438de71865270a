import { createConsoleContext } from './runtime/context';
import { runFeatures } from './runtime/runner';
import accessKey from './features/access-key';
import bucketPolicy from './features/bucket-policy';
import createRole from './features/create-role';
import createUser from './features/create-user';
import dataExportCreate from './features/data-export-create';
import dataExportsRead from './features/data-exports-read';
import iamPolicyEditor from './features/iam-policy-editor';
import reportPage from './features/report-page';
import roleDetails from './features/role-details';
import watchSuccess from './features/watch-success';

const features = [reportPage, watchSuccess, iamPolicyEditor, createRole, roleDetails, createUser, accessKey, bucketPolicy, dataExportCreate, dataExportsRead];

/** The console content script: recognise the page, run the features that want it, nothing else. */
export default defineContentScript({
  matches: ['https://*.console.aws.amazon.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runFeatures(ctx, features, (feature, signal) => feature.init(signal, createConsoleContext(ctx)));
  },
});
