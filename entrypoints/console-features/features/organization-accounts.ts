import { isOrganizationsAccounts } from '@/lib/console';
import { readOrganizationAccounts } from '@/lib/console/read-organization';
import { defineFeature } from '@/page-runtime/feature';
import { observeChanges } from '@/page-runtime/wait';

/**
 * AWS Organizations "AWS accounts": every member account the page lists joins the tracker, named
 * as the organization names it, set up like the management account signed in here.
 */
export default defineFeature({
  id: 'read-organization-accounts',
  runsOn: [isOrganizationsAccounts],
  init(signal, context) {
    let last = '';
    const check = () => {
      const accounts = readOrganizationAccounts(document).map(({ accountId, name, management }) => ({ accountId, ...(name ? { name } : {}), ...(management ? { management } : {}) }));
      if (accounts.length === 0) return;
      const key = JSON.stringify(accounts);
      if (key === last) return;
      last = key;
      context.send({ type: 'accounts-read', page: 'organizations-accounts', source: 'organizations', accountId: context.accountId(), accounts });
    };
    check();
    observeChanges(signal, check);
  },
});
