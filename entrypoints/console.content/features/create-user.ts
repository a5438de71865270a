import { isIamCreateUser } from '@/lib/console';
import { findChoice } from '@/lib/console/dom-find';
import { addAction } from '../runtime/action-button';
import { whenever } from '../runtime/decorate';
import { defineFeature } from '../runtime/feature';
import { offerFieldFill, offerPolicySelection } from '../runtime/fill';
import { setChecked } from '../runtime/write';

/** IAM "Create user": the user name, no console access (the platform only calls APIs), the policies. */
export default defineFeature({
  id: 'create-user',
  runsOn: [isIamCreateUser],
  async init(signal, context) {
    const view = await context.view();
    const userName = view.userName;
    offerFieldFill(context, signal, 'userName', async () => ({ value: userName, label: `Fill user name ${userName}` }));
    whenever(signal, () => [findChoice(document, 'consoleAccess')].filter((box) => box !== undefined && box.checked) as HTMLInputElement[], (box) => {
      void addAction(context, { anchor: box.closest('[class*="awsui_root_"]') ?? box, append: 'after' }, {
        action: 'fill-form',
        label: 'No console access for this user',
        run: async () => {
          setChecked(box, false);
          return box.checked ? { status: 'problem', message: 'Untick console access yourself.' } : { status: 'done', message: `${userName} only needs API access.` };
        },
      }, signal);
    });
    offerPolicySelection(context, signal, view.policiesToAttach);
  },
});
