import { startConsoleApp } from '@/page-runtime/console-app';
import reportPage from './console-features/features/report-page';
import watchSuccess from './console-features/features/watch-success';
import cloudformationStack from './console-features/features/cloudformation-stack';
import cloudformationStackSet from './console-features/features/cloudformation-stack-set';
import stackSetInstances from './console-features/features/stack-set-instances';

/** CloudFormation: stacks and StackSets from our templates, their instances read into the tracker. */
export default defineUnlistedScript(() =>
  startConsoleApp('cloudformation', [
    reportPage,
    watchSuccess,
    cloudformationStack,
    cloudformationStackSet,
    stackSetInstances,
  ]),
);
