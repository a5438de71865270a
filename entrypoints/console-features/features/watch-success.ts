import { readSuccessFlashes } from '@/lib/console/dom-find';
import { recognisePage, type PageId } from '@/lib/console/pages';
import { defineFeature } from '@/page-runtime/feature';
import { observeChanges } from '@/page-runtime/wait';

// After "Create", IAM returns to its list and shows the flash there ("Policy X created."), so the
// lists count too, reported as the create page whose work the flash confirms.
const iamListFlashes: Record<string, PageId> = { policies: 'iam-create-policy', roles: 'iam-create-role', users: 'iam-create-user' };

function iamListPage(url: URL): PageId | undefined {
  if (!/^\/iam(?:v2)?\/home\/?$/.test(url.pathname)) return undefined;
  const list = /^#\/(policies|roles|users)\/?(?:\?.*)?$/.exec(url.hash)?.[1];
  return list ? iamListFlashes[list] : undefined;
}

/** Success flashes ("Policy … created", "Successfully edited bucket policy") may complete a step. */
export default defineFeature({
  id: 'watch-success',
  runsOn: [(url) => recognisePage(url) !== undefined, (url) => iamListPage(url) !== undefined],
  init(signal, context) {
    const page = context.page?.page ?? iamListPage(context.url);
    if (!page) return;
    const reported = new Set<string>();
    const check = () => {
      for (const text of readSuccessFlashes(document)) {
        if (reported.has(text)) continue;
        reported.add(text);
        context.send({ type: 'console-event', page, accountId: context.accountId(), event: { kind: 'flash', text } });
      }
    };
    check();
    observeChanges(signal, check);
  },
});
