import { isLabel } from '@/lib/console/labels';
import { findPolicyEditors } from '@/lib/console/dom-find';
import { addAction } from './action-button';
import type { ConsoleContext } from './context';
import { whenever } from './decorate';
import { waitForElement } from './wait';

// A "JSON" choice that isn't the current one: a segment (aria-pressed), radio or tab. Other elements
// labelled JSON (the code editor's language indicator) aren't a way to switch.
const unchosenJson = 'button[aria-pressed="false"], [role="radio"][aria-checked="false"], [role="tab"][aria-selected="false"]';
const jsonToggles = () => Array.from(document.querySelectorAll<HTMLElement>(unchosenJson)).filter((element) => isLabel(element.textContent, 'json'));

/** Whether the page shows a way to the JSON editor (IAM's Visual/JSON switch). */
export const hasJsonToggle = () => jsonToggles().length > 0;

/** IAM's policy editor opens in Visual mode; our JSON only goes into the JSON editor, so offer the switch. */
export function offerJsonTab(context: ConsoleContext, signal: AbortSignal): void {
  whenever(signal, () => (findPolicyEditors(document).length === 0 ? jsonToggles() : []), (toggle) => {
    void addAction(context, { anchor: toggle.closest('[class*="awsui_root_"]') ?? toggle, append: 'after' }, {
      action: 'switch-to-json',
      label: 'Switch to JSON to insert the FinOps policy',
      run: async () => {
        toggle.click();
        const editor = await waitForElement(() => findPolicyEditors(document)[0], signal, 5000);
        return editor
          ? { status: 'done', message: 'Switched to the JSON editor: insert the policy there.' }
          : { status: 'problem', message: "The JSON editor didn't appear. Switch to JSON yourself, or copy the policy from the side panel." };
      },
    }, signal);
  });
}
