import { recognisePage } from '@/lib/console/pages';
import { readSuccessFlashes } from '@/lib/console/dom-find';
import { defineFeature } from '../runtime/feature';
import { observeChanges } from '../runtime/wait';

/** Success flashes ("Policy … created", "Successfully edited bucket policy") may complete a step. */
export default defineFeature({
  id: 'watch-success',
  runsOn: [(url) => recognisePage(url) !== undefined],
  init(signal, context) {
    const reported = new Set<string>();
    const check = () => {
      for (const text of readSuccessFlashes(document)) {
        if (reported.has(text)) continue;
        reported.add(text);
        context.send({ type: 'console-event', page: context.page!.page, accountId: context.accountId(), event: { kind: 'flash', text } });
      }
    };
    check();
    observeChanges(signal, check);
  },
});
