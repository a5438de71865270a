import { findFieldInput } from '@/lib/console/dom-find';
import type { LabelId } from '@/lib/console/labels';
import { addAction, type ActionOutcome } from './action-button';
import type { ConsoleContext } from './context';
import { whenever } from './decorate';
import { writeInput } from './write';

const fieldRoot = (input: Element) => input.closest('[class*="awsui_root_"]') ?? input;

/** A "Fill …" button beside a labelled console field, writing a value the setup knows. */
export function offerFieldFill(
  context: ConsoleContext,
  signal: AbortSignal,
  field: LabelId,
  value: () => Promise<{ value: string; label: string } | ActionOutcome>,
  action = 'fill-form',
): void {
  whenever(signal, () => [findFieldInput(document, field)].filter((input) => input !== undefined), (input) => {
    void (async () => {
      const wanted = await value();
      if ('status' in wanted) return;
      await addAction(context, { anchor: fieldRoot(input), append: 'after' }, {
        action,
        label: wanted.label,
        run: async () => {
          const written = await writeInput(input, wanted.value);
          return written.ok ? { status: 'done', message: `Filled in ${wanted.value}.` } : { status: 'problem', message: written.message, fallbackText: wanted.value };
        },
      }, signal);
    })();
  });
}

/** Tick the table rows (policies to attach) whose text names one of `names`. */
export function selectRowsNamed(names: readonly string[]): string[] {
  const picked: string[] = [];
  for (const row of Array.from(document.querySelectorAll('tr'))) {
    const cells = Array.from(row.querySelectorAll('td, th')).map((cell) => (cell.textContent ?? '').trim());
    const name = names.find((candidate) => cells.some((text) => text === candidate || text.startsWith(`${candidate} `)));
    if (!name) continue;
    const checkbox = row.querySelector<HTMLInputElement>('input[type="checkbox"]');
    if (!checkbox) continue;
    if (!checkbox.checked) checkbox.click();
    if (checkbox.checked) picked.push(name);
  }
  return picked;
}

/** A button above a policy table that ticks the policies the platform needs. */
export function offerPolicySelection(context: ConsoleContext, signal: AbortSignal, names: readonly string[]): void {
  const tables = () =>
    Array.from(document.querySelectorAll('table')).filter((table) => names.some((name) => table.textContent?.includes(name)));
  whenever(signal, tables, (table) => {
    const anchor = table.closest('[class*="awsui_root_"]') ?? table;
    void addAction(context, { anchor, append: 'before' }, {
      action: 'select-policies',
      label: `Select ${names.join(' and ')}`,
      run: async () => {
        const picked = selectRowsNamed(names);
        const missing = names.filter((name) => !picked.includes(name));
        if (missing.length === 0) return { status: 'done', message: `Selected ${picked.join(' and ')}.` };
        return { status: 'problem', message: `Couldn't find ${missing.join(' and ')} in this list. Create ${missing.length > 1 ? 'them' : 'it'} first, or search for ${missing.length > 1 ? 'them' : 'it'} in the filter above.` };
      },
    }, signal);
  });
}
