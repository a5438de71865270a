import { isIamCreateUser } from '@/lib/console';
import { findChoice } from '@/lib/console/dom-find';
import { addAction } from '@/page-runtime/action-button';
import { whenever } from '@/page-runtime/decorate';
import { defineFeature } from '@/page-runtime/feature';
import { offerFieldFill, offerPolicySelection } from '@/page-runtime/fill';
import { setCheckedVerified } from '@/page-runtime/write';

// Above the whole group of tiles, not inside the one tile the button is about.
const groupOf = (tile: Element) => tile.closest('[role="radiogroup"]') ?? tile.closest('[class*="awsui_root_"]') ?? tile;

/** IAM "Create user": the user name, no console access (the platform only calls APIs), the policies. */
export default defineFeature({
  id: 'create-user',
  runsOn: [isIamCreateUser],
  async init(signal, context) {
    const view = await context.view();
    const userName = view.userName;
    offerFieldFill(context, signal, 'userName', `Fill user name ${userName}`, async () => userName);
    whenever(signal, () => [findChoice(document, 'consoleAccess')].filter((box) => box !== undefined && box.checked) as HTMLInputElement[], (box) => {
      void addAction(context, { anchor: box.closest('[class*="awsui_root_"]') ?? box, append: 'after' }, {
        action: 'fill-form',
        label: 'No console access for this user',
        run: async () => {
          return (await setCheckedVerified(box, false))
            ? { status: 'done', message: `${userName} only needs API access.` }
            : { status: 'problem', message: 'Untick console access yourself.' };
        },
      }, signal);
    });
    if (view.policiesToAttach.length > 0) {
      // The policy list only shows under "Attach policies directly".
      whenever(signal, () => [findChoice(document, 'attachPoliciesDirectly')].filter((tile) => tile !== undefined && !tile.checked) as HTMLInputElement[], (tile) => {
        void addAction(context, { anchor: groupOf(tile), append: 'before' }, {
          action: 'fill-form',
          label: `Attach ${view.policiesToAttach.join(' and ')} directly`,
          run: async () => {
            return (await setCheckedVerified(tile, true))
              ? { status: 'done', message: 'Now select the policies in the list below.' }
              : { status: 'problem', message: 'Choose "Attach policies directly" yourself, then select the policies.' };
          },
        }, signal);
      });
    }
    offerPolicySelection(context, signal, view.policiesToAttach);
  },
});
