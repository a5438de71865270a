import { isIamCreateAccessKey } from '@/lib/console';
import { readNewAccessKeyId } from '@/lib/console/read-values';
import { defineFeature } from '@/page-runtime/feature';
import { observeChanges } from '@/page-runtime/wait';

/**
 * After "Create access key", hand the key ID to the side panel. Never the secret: it stays on the
 * console page until the user copies it into the platform (or into the side panel, in memory only).
 */
export default defineFeature({
  id: 'read-access-key-id',
  // Only the creation flow: the credentials page also lists older keys.
  runsOn: [isIamCreateAccessKey],
  init(signal, context) {
    const userName = context.page!.userName;
    let reported: string | undefined;
    const check = () => {
      const accessKeyId = readNewAccessKeyId(document);
      if (!accessKeyId || accessKeyId === reported) return;
      reported = accessKeyId;
      context.send({ type: 'values-read', page: context.page!.page, accountId: context.accountId(), values: { accessKeyId, ...(userName ? { userName } : {}) } });
    };
    check();
    observeChanges(signal, check);
  },
});
