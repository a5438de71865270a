import type { ChooseAction, FillAction, OlderFormAction, PressAction, SwitchAction } from '@/lib/handoff/fill-plan';
import type { ActionResult } from '@/lib/handoff/fill-result';
import { nextFrame, waitForElement } from '@/page-runtime/wait';
import { setChecked, writeInput } from '@/page-runtime/write';

/*
 * Runs a fill plan on OptScale's connect form: presses its toggles, types into its inputs the way
 * react-hook-form hears (native setter + bubbling input event), picks the export type, then reads
 * every field back. Connect is never pressed.
 */

/** How long a field may take to appear after a toggle re-renders the form. */
const defaultFieldTimeoutMs = 3000;

/** A CSS string literal's content (our names and ids are plain, but a quote must never break a selector). */
const quoted = (value: string) => value.replace(/["\\]/g, '\\$&');

const byTestId = (root: ParentNode, testId: string) => root.querySelector(`[data-test-id="${quoted(testId)}"]`);

const normalisedText = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/** The toggle by its test id; else the one button whose text is the label ("Member" also finds "AWS Member"). */
export function findPressable(root: ParentNode, action: PressAction): HTMLElement | undefined {
  const byId = action.testId ? byTestId(root, action.testId) : null;
  if (byId instanceof HTMLElement) return byId;
  const label = action.label.toLowerCase();
  const candidates = Array.from(root.querySelectorAll<HTMLElement>('button, [role="button"], [role="tab"]'));
  const exact = candidates.filter((element) => normalisedText(element) === label);
  if (exact.length === 1) return exact[0];
  const ending = candidates.filter((element) => normalisedText(element).endsWith(` ${label}`));
  return ending.length === 1 ? ending[0] : undefined;
}

/** The text input by its `name`, else by its `data-test-id` (on the input, or on a wrapper around it). */
export function findInput(root: ParentNode, action: Pick<FillAction, 'inputName' | 'testId'>): HTMLInputElement | HTMLTextAreaElement | undefined {
  if (action.inputName) {
    const named = root.querySelector(`input[name="${quoted(action.inputName)}"], textarea[name="${quoted(action.inputName)}"]`);
    if (named instanceof HTMLInputElement || named instanceof HTMLTextAreaElement) return named;
  }
  if (action.testId) {
    const marked = byTestId(root, action.testId);
    if (marked instanceof HTMLInputElement || marked instanceof HTMLTextAreaElement) return marked;
    const inner = marked?.querySelector('input, textarea');
    if (inner instanceof HTMLInputElement || inner instanceof HTMLTextAreaElement) return inner;
  }
  return undefined;
}

export function findRadio(root: ParentNode, action: Pick<ChooseAction, 'inputName' | 'value'>): HTMLInputElement | undefined {
  const radio = root.querySelector(`input[type="radio"][name="${quoted(action.inputName)}"][value="${quoted(action.value)}"]`);
  return radio instanceof HTMLInputElement ? radio : undefined;
}

/** The switch's checkbox by its `name`, else the one inside the label that reads as the switch's label. */
export function findSwitch(root: ParentNode, action: Pick<SwitchAction, 'inputName' | 'label'>): HTMLInputElement | undefined {
  if (action.inputName) {
    const named = root.querySelector(`input[type="checkbox"][name="${quoted(action.inputName)}"]`);
    if (named instanceof HTMLInputElement) return named;
  }
  const label = action.label.toLowerCase();
  const labelled = Array.from(root.querySelectorAll('label')).filter((element) => normalisedText(element) === label);
  const input = labelled.length === 1 ? labelled[0]?.querySelector('input[type="checkbox"]') : null;
  return input instanceof HTMLInputElement ? input : undefined;
}

/** The older connect form (self-hosted OptScale) opens with an "AWS Root" tile instead of an "AWS" one. */
export const olderConnectFormShown = (root: ParentNode): boolean => findPressable(root, { kind: 'press', label: 'AWS Root' }) !== undefined;

/** Whether the page holds the action's value right now. */
function holds(root: ParentNode, action: FillAction | ChooseAction | SwitchAction): boolean {
  if (action.kind === 'switch') return findSwitch(root, action)?.checked === action.on;
  if (action.kind === 'choose') return findRadio(root, action)?.checked === true;
  return findInput(root, action)?.value === action.value;
}

/**
 * Carries out the plan's actions in order and reports each one. A field counts as done only if it
 * still holds its value when everything has been filled (a later toggle may have reset it).
 */
export async function applyFillPlan(
  doc: Document,
  actions: readonly OlderFormAction[],
  signal: AbortSignal,
  { fieldTimeoutMs = defaultFieldTimeoutMs }: { fieldTimeoutMs?: number } = {},
): Promise<ActionResult[]> {
  const results: ActionResult[] = [];
  for (const action of actions) {
    if (signal.aborted) break;
    if (action.kind === 'press') {
      const target = findPressable(doc, action);
      if (target) {
        target.click();
        // React re-renders the form after a toggle; give it a frame before looking for fields.
        await nextFrame();
      }
      results.push({ action, outcome: target ? 'done' : 'not-found' });
      continue;
    }
    if (action.kind === 'switch') {
      const toggle = await waitForElement(() => findSwitch(doc, action), signal, fieldTimeoutMs, doc.documentElement);
      if (toggle) {
        setChecked(toggle, action.on);
        // Turning detection off reveals the export fields: let them render.
        await nextFrame();
      }
      results.push({ action, outcome: toggle ? 'done' : 'not-found' });
      continue;
    }
    if (action.kind === 'choose') {
      const radio = await waitForElement(() => findRadio(doc, action), signal, fieldTimeoutMs, doc.documentElement);
      if (radio) setChecked(radio, true);
      results.push({ action, outcome: radio ? 'done' : 'not-found' });
      continue;
    }
    const input = await waitForElement(() => findInput(doc, action), signal, fieldTimeoutMs, doc.documentElement);
    if (input) await writeInput(input, action.value);
    results.push({ action, outcome: input ? 'done' : 'not-found' });
  }
  await nextFrame();
  return results.map((result) => {
    if (result.outcome !== 'done' || result.action.kind === 'press') return result;
    return holds(doc, result.action) ? result : { ...result, outcome: 'not-kept' };
  });
}
