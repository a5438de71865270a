import { isLabel, type LabelId } from './labels';

/**
 * DOM readers for Cloudscape-built console pages. They take a root (Document or Element), never
 * globals. Class names are hashed (`awsui_label_1a2b3`), so we match on prefixes, roles, `for`/`id`
 * links and the label texts in `labels.ts`.
 */
type Root = Document | Element;

const textOf = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const docOf = (root: Root): Document => ('ownerDocument' in root && root.ownerDocument ? root.ownerDocument : (root as Document));

/** The input/textarea a Cloudscape FormField (or a plain <label for>) labels with `label`. */
export function findFieldInput(root: Root, label: LabelId): HTMLInputElement | HTMLTextAreaElement | undefined {
  for (const labelElement of Array.from(root.querySelectorAll('label, [class*="awsui_label_"]'))) {
    // The label's own text, without "- optional" or info links nested inside.
    const ownText = Array.from(labelElement.childNodes)
      .filter((node) => node.nodeType === 3 || (node as Element).tagName === 'SPAN')
      .map((node) => node.textContent ?? '')
      .join(' ');
    if (!isLabel(ownText, label) && !isLabel(textOf(labelElement), label)) continue;
    const forId = labelElement.getAttribute('for');
    const byId = forId ? docOf(root).getElementById(forId) : null;
    if (byId && isTextControl(byId)) return byId;
    const field = labelElement.closest('[class*="awsui_root_"]') ?? labelElement.parentElement?.parentElement;
    const inside = field?.querySelector('input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"]), textarea:not(.ace_text-input)');
    if (inside && isTextControl(inside)) return inside;
  }
  // aria-label / aria-labelledby on the control itself.
  for (const control of Array.from(root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'))) {
    if (isLabel(control.getAttribute('aria-label'), label)) return control;
    const labelledBy = control.getAttribute('aria-labelledby');
    if (labelledBy && labelledBy.split(/\s+/).some((id) => isLabel(textOf(docOf(root).getElementById(id)), label))) return control;
  }
  return undefined;
}

const isTextControl = (element: Element): element is HTMLInputElement | HTMLTextAreaElement =>
  (element.tagName === 'INPUT' && !['checkbox', 'radio', 'hidden'].includes((element as HTMLInputElement).type)) ||
  (element.tagName === 'TEXTAREA' && !element.classList.contains('ace_text-input'));

/** A checkbox, radio or tile whose visible label is `label`. */
export function findChoice(root: Root, label: LabelId): HTMLInputElement | undefined {
  for (const input of Array.from(root.querySelectorAll<HTMLInputElement>('input[type="checkbox"], input[type="radio"]'))) {
    const labelled = input.closest('label') ?? (input.id ? docOf(root).querySelector(`label[for="${cssEscape(input.id)}"]`) : null);
    const candidates = [textOf(labelled), input.getAttribute('aria-label'), ...labelledByTexts(root, input)];
    // Cloudscape tiles and radios put the label in a sibling span; the closest wrapper holds it.
    const wrapper = input.closest('[class*="awsui_tile-container"], [class*="awsui_radio"], [class*="awsui_checkbox"], [class*="awsui_root_"]');
    const firstLine = wrapper?.querySelector('[class*="awsui_label"], [class*="awsui_title"]');
    candidates.push(textOf(firstLine));
    if (candidates.some((text) => isLabel(text, label))) return input;
  }
  return undefined;
}

function labelledByTexts(root: Root, element: Element): string[] {
  const ids = element.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
  return ids.map((id) => textOf(docOf(root).getElementById(id)));
}

const cssEscape = (value: string) => value.replace(/["\\]/g, '\\$&');

/** Ace editors on the page (Cloudscape CodeEditor), or plain textareas standing in for them. */
export function findPolicyEditors(root: Root): Element[] {
  const ace = Array.from(root.querySelectorAll('.ace_editor'));
  if (ace.length > 0) return ace;
  return Array.from(root.querySelectorAll('textarea:not(.ace_text-input)')).filter((textarea) => {
    const value = (textarea as HTMLTextAreaElement).value.trim();
    return value === '' || value.startsWith('{');
  });
}

/** Texts of success flashes currently shown (Cloudscape Flashbar, type success). */
export function readSuccessFlashes(root: Root): string[] {
  return Array.from(root.querySelectorAll('[class*="awsui_flash-type-success"]'))
    .map((flash) => textOf(flash))
    .filter((text) => text.length > 0);
}

/** Every distinct match of `pattern` in the page's visible text (ARNs, key IDs, s3:// URLs). */
export function findTextShapes(root: Root, pattern: RegExp): string[] {
  const body = 'body' in root ? root.body : root;
  const text = body?.textContent ?? '';
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  return Array.from(new Set(Array.from(text.matchAll(global), (match) => match[0])));
}
