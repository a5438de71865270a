import { findFieldInput } from '@/lib/console/dom-find';
import type { LabelId } from '@/lib/console/labels';
import { addAction, type ActionOutcome } from './action-button';
import type { ConsoleContext } from './context';
import { whenever } from './decorate';
import { nextFrame, waitForElement } from './wait';
import { writeInput } from './write';

const fieldRoot = (input: Element) => input.closest('[class*="awsui_root_"]') ?? input;

/**
 * A "Fill …" button beside a labelled console field. The value is looked up when clicked, so one
 * learned meanwhile is used; a value still missing makes the button say so and offer the side panel.
 */
export function offerFieldFill(
  context: ConsoleContext,
  signal: AbortSignal,
  field: LabelId,
  label: string,
  value: () => Promise<string | ActionOutcome>,
  action = 'fill-form',
): void {
  whenever(signal, () => [findFieldInput(document, field)].filter((input) => input !== undefined), (input) => {
    void addAction(context, { anchor: fieldRoot(input), append: 'after' }, {
      action,
      label,
      run: async () => {
        const wanted = await value();
        if (typeof wanted !== 'string') return wanted;
        const written = await writeInput(input, wanted);
        return written.ok ? { status: 'done', message: `Filled in ${wanted}.` } : { status: 'problem', message: written.message, fallbackText: wanted };
      },
    }, signal);
  });
}

const rowName = (row: Element) => Array.from(row.querySelectorAll('td, th')).map((cell) => (cell.textContent ?? '').trim());

/** The selection checkbox of the row that names `name` (its own cell, not a longer name containing it). */
function rowCheckbox(scope: ParentNode, name: string): HTMLInputElement | undefined {
  for (const row of Array.from(scope.querySelectorAll('tbody tr'))) {
    if (!rowName(row).some((text) => text === name || text.startsWith(`${name} `))) continue;
    const checkbox = row.querySelector<HTMLInputElement>('input[type="checkbox"]');
    if (checkbox) return checkbox;
  }
  return undefined;
}

/**
 * Tick the policy named `name` in a selectable table. A long list shows one page at a time, so a
 * policy not on screen is searched for with the table's own filter first, as a person would.
 */
async function tickPolicy(scope: Element, name: string, signal: AbortSignal): Promise<boolean> {
  let checkbox = rowCheckbox(scope, name);
  if (!checkbox) {
    const filter = scope.querySelector<HTMLInputElement>('input[type="search"]');
    if (!filter || !(await writeInput(filter, name)).ok) return false;
    checkbox = await waitForElement(() => rowCheckbox(scope, name), signal, 3000, scope);
  }
  if (!checkbox) return false;
  if (!checkbox.checked) checkbox.click();
  await nextFrame();
  return (rowCheckbox(scope, name) ?? checkbox).checked;
}

/** Tables whose rows can be ticked (the permissions policies list), by their component root. */
const selectableTables = () => {
  const roots = new Set<Element>();
  for (const table of Array.from(document.querySelectorAll('table'))) {
    if (!table.querySelector('tbody input[type="checkbox"]')) continue;
    roots.add(table.closest('[class*="awsui_root_"]') ?? table);
  }
  return roots;
};

/** A button above a policy table that ticks the policies the platform needs, searching for each. */
export function offerPolicySelection(context: ConsoleContext, signal: AbortSignal, names: readonly string[]): void {
  if (names.length === 0) return;
  whenever(signal, selectableTables, (scope) => {
    void addAction(context, { anchor: scope, append: 'before' }, {
      action: 'select-policies',
      label: `Select ${names.join(' and ')}`,
      run: async () => {
        const picked: string[] = [];
        for (const name of names) if (await tickPolicy(scope, name, signal)) picked.push(name);
        // Leave the list as it was found, with the ticks kept: the console keeps selections the filter hides.
        const filter = scope.querySelector<HTMLInputElement>('input[type="search"]');
        if (filter?.value) await writeInput(filter, '');
        const missing = names.filter((name) => !picked.includes(name));
        if (missing.length === 0) return { status: 'done', message: `Selected ${picked.join(' and ')}.` };
        const them = missing.length > 1 ? 'them' : 'it';
        return {
          status: 'problem',
          message: `Couldn't find ${missing.join(' and ')} in this list${picked.length ? ` (selected ${picked.join(' and ')})` : ''}. If you haven't created ${them} yet, do that first; otherwise search for ${them} and tick ${them} yourself.`,
        };
      },
    }, signal);
  });
}
