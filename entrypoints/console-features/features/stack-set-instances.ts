import { isCloudFormationStackSetInstances } from '@/lib/console';
import { readStackInstances } from '@/lib/console/read-stack-set';
import { defineFeature } from '@/page-runtime/feature';
import { observeChanges } from '@/page-runtime/wait';

/**
 * A StackSet's "Stack instances": each member account and its status, for the tracker (a CURRENT
 * instance means the account has the role). The table shows one page at a time, so every page the
 * person turns to is read as it appears.
 */
export default defineFeature({
  id: 'read-stack-instances',
  runsOn: [isCloudFormationStackSetInstances],
  init(signal, context) {
    let last = '';
    const check = () => {
      const instances = readStackInstances(document);
      if (instances.length === 0) return;
      const accounts = instances.map(({ accountId, status }) => ({ accountId, stackStatus: status }));
      const key = JSON.stringify(accounts);
      if (key === last) return;
      last = key;
      context.send({ type: 'accounts-read', page: 'cloudformation-stack-set-instances', source: 'stack-set-instances', accountId: context.accountId(), accounts });
    };
    check();
    observeChanges(signal, check);
  },
});
