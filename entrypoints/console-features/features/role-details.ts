import { isIamRoleDetails } from '@/lib/console';
import { readRoleArn } from '@/lib/console/read-values';
import { defineFeature } from '@/page-runtime/feature';
import { observeChanges } from '@/page-runtime/wait';

/** The role page shows the ARN Cloudyn asks for and the verification uses: read it back. */
export default defineFeature({
  id: 'read-role-arn',
  runsOn: [isIamRoleDetails],
  init(signal, context) {
    const roleName = context.page!.roleName;
    let reported: string | undefined;
    const check = () => {
      const roleArn = readRoleArn(document, roleName);
      if (!roleArn || roleArn === reported) return;
      reported = roleArn;
      context.send({ type: 'values-read', page: 'iam-role-details', accountId: context.accountId(), values: { roleArn, ...(roleName ? { roleName } : {}) } });
    };
    check();
    observeChanges(signal, check);
  },
});
