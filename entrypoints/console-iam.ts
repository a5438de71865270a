import { startConsoleApp } from '@/page-runtime/console-app';
import reportPage from './console-features/features/report-page';
import watchSuccess from './console-features/features/watch-success';
import iamPolicyEditor from './console-features/features/iam-policy-editor';
import createRole from './console-features/features/create-role';
import roleDetails from './console-features/features/role-details';
import createUser from './console-features/features/create-user';
import accessKey from './console-features/features/access-key';

/** IAM: policies filled, role and user created, their ARNs and access keys read back. */
export default defineUnlistedScript(() =>
  startConsoleApp('iam', [
    reportPage,
    watchSuccess,
    iamPolicyEditor,
    createRole,
    roleDetails,
    createUser,
    accessKey,
  ]),
);
