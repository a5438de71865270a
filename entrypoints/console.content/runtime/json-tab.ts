import { isLabel } from '@/lib/console/labels';
import { findPolicyEditors } from '@/lib/console/dom-find';
import { addAction } from './action-button';
import type { ConsoleContext } from './context';
import { whenever } from './decorate';

const jsonToggles = () =>
  Array.from(document.querySelectorAll<HTMLButtonElement>('button, [role="radio"], [role="tab"]')).filter(
    (element) => isLabel(element.textContent, 'json') && element.getAttribute('aria-pressed') !== 'true' && element.getAttribute('aria-checked') !== 'true' && element.getAttribute('aria-selected') !== 'true',
  );

/** IAM's policy editor opens in Visual mode; our JSON only goes into the JSON editor, so offer the switch. */
export function offerJsonTab(context: ConsoleContext, signal: AbortSignal): void {
  whenever(signal, () => (findPolicyEditors(document).length === 0 ? jsonToggles() : []), (toggle) => {
    void addAction(context, { anchor: toggle.closest('[class*="awsui_root_"]') ?? toggle, append: 'after' }, {
      action: 'switch-to-json',
      label: 'Switch to JSON to insert the FinOps policy',
      run: async () => {
        toggle.click();
        return { status: 'done', message: 'Switched to the JSON editor.' };
      },
    }, signal);
  });
}
