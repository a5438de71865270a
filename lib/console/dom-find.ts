import { descriptionLabel, isLabel, namesLabel, type LabelId } from './labels';

/**
 * DOM readers for Cloudscape-built console pages. They take a root (Document or Element), never
 * globals. Class names are hashed (`awsui_label_1a2b3`), so we match on prefixes, roles, `for`/`id`
 * links and the label texts in `labels.ts`.
 */
type Root = Document | Element;

const textOf = (element: Element | null | undefined) => (element ? spacedText(element) : '').replace(/\s+/g, ' ').trim();
const docOf = (root: Root): Document => ('ownerDocument' in root && root.ownerDocument ? root.ownerDocument : (root as Document));

// Phrasing elements that sit inside a sentence ("Policy <b>X</b> created"); every other element
// (div, dd, td, button, and Cloudscape's layout spans) ends a run of text.
const inlineTags = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CODE', 'EM', 'I', 'KBD', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR']);
const notText = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * The node's text with a space wherever a block starts or ends. `textContent` runs neighbours
 * together ("…role/FinOpsForCloudAccessRole" + "Maximum session duration" in the next column
 * reads as one ARN), and it includes scripts.
 */
function spacedText(node: Node, boundary = ' '): string {
  let text = '';
  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (notText.has(tag)) continue;
        const edge = inlineTags.has(tag) ? '' : boundary;
        text += edge;
        walk(child);
        text += edge;
      }
    }
  };
  walk(node);
  return text;
}

/**
 * A label's text with a line break where a block ends: the words of the label on the first line,
 * a hint or description in its own element after it (`isLabel` then matches by the label's start).
 */
const labelTextOf = (element: Element | null | undefined): string =>
  element
    ? spacedText(element, '\n')
        .replace(/[^\S\n]+/g, ' ')
        .replace(/ ?\n[\s]*/g, '\n')
        .trim()
    : '';

const isTextControl = (element: Element): element is HTMLInputElement | HTMLTextAreaElement =>
  (element.tagName === 'INPUT' && !['checkbox', 'radio', 'hidden'].includes((element as HTMLInputElement).type)) ||
  (element.tagName === 'TEXTAREA' && !element.classList.contains('ace_text-input'));

const textControlSelector = 'input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"]), textarea:not(.ace_text-input)';

/** The input/textarea a Cloudscape FormField (or a plain <label for>) labels with `label`. */
export function findFieldInput(root: Root, label: LabelId): HTMLInputElement | HTMLTextAreaElement | undefined {
  return findInputLabelled(root, (text) => isLabel(text, label));
}

/** An element's visible text, blocks kept apart by a space and whitespace collapsed. */
export const visibleText = (element: Element | null | undefined): string => textOf(element);

/**
 * The input/textarea whose label text passes `names`: for labels no dictionary holds, such as a
 * CloudFormation parameter, which the console labels with its logical name (`BillingBucketName`).
 */
export function findInputLabelled(root: Root, names: (text: string) => boolean): HTMLInputElement | HTMLTextAreaElement | undefined {
  for (const labelElement of Array.from(root.querySelectorAll('label, [class*="awsui_label_"]'))) {
    // The label's own text, without "- optional" or info links nested inside.
    const ownText = Array.from(labelElement.childNodes)
      .filter((node) => node.nodeType === 3 || (node as Element).tagName === 'SPAN')
      .map((node) => node.textContent ?? '')
      .join(' ');
    if (!names(ownText.replace(/\s+/g, ' ').trim()) && !names(labelTextOf(labelElement))) continue;
    const forId = labelElement.getAttribute('for');
    const byId = forId ? docOf(root).getElementById(forId) : null;
    if (byId && isTextControl(byId)) return byId;
    // Nearest first: a label wrapping its input, the FormField, then a plain label's own row. Going
    // further up would reach the next field's input.
    const scopes = [labelElement, labelElement.closest('[class*="awsui_root_"]'), labelElement.parentElement, labelElement.parentElement?.parentElement];
    for (const scope of scopes) {
      const inside = scope?.querySelector(textControlSelector);
      if (inside && isTextControl(inside)) return inside;
    }
  }
  // aria-label / aria-labelledby on the control itself; choices labelled the same are not fields.
  for (const control of Array.from(root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'))) {
    if (!isTextControl(control)) continue;
    if (names(control.getAttribute('aria-label') ?? '')) return control;
    if (labelledByTexts(root, control).some(names)) return control;
  }
  return undefined;
}

const choiceSelector = 'input[type="checkbox"], input[type="radio"]';

/** A checkbox, radio or tile whose visible label is `label`. */
export function findChoice(root: Root, label: LabelId): HTMLInputElement | undefined {
  for (const input of Array.from(root.querySelectorAll<HTMLInputElement>(choiceSelector))) {
    const candidates = [...Array.from(input.labels ?? [], (element) => labelTextOf(element)), input.getAttribute('aria-label'), ...labelledByTexts(root, input)];
    // Without aria links, Cloudscape tiles and radios put the label in a nearby span: the nearest
    // wrapper holding one, as long as it holds no other control (then the label may be another's).
    for (let wrapper = input.parentElement, depth = 0; wrapper && depth < 5; wrapper = wrapper.parentElement, depth += 1) {
      if (wrapper.querySelectorAll(choiceSelector).length > 1 || wrapper.querySelector(textControlSelector)) break;
      const nearby = Array.from(wrapper.querySelectorAll('[class*="awsui_label_"], [class*="awsui_title_"]'), (element) => labelTextOf(element));
      if (nearby.length === 0) continue;
      candidates.push(...nearby);
      break;
    }
    if (candidates.some((text) => isLabel(text, label))) return input;
  }
  return undefined;
}

function labelledByTexts(root: Root, element: Element): string[] {
  const ids = element.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
  return ids.map((id) => labelTextOf(docOf(root).getElementById(id)));
}

/** What a textarea is called: its aria-label, the elements it's labelled by, its <label>s. */
const accessibleNames = (root: Root, control: HTMLTextAreaElement): string[] => [
  control.getAttribute('aria-label') ?? '',
  ...labelledByTexts(root, control),
  ...Array.from(control.labels ?? [], (element) => textOf(element)),
];

/**
 * Ace editors on the page (Cloudscape CodeEditor), or plain textareas standing in for them: one
 * holding JSON, or an empty one that isn't the "Description" field policy and role pages also have.
 */
export function findPolicyEditors(root: Root): Element[] {
  const ace = Array.from(root.querySelectorAll('.ace_editor'));
  if (ace.length > 0) return ace;
  return Array.from(root.querySelectorAll<HTMLTextAreaElement>('textarea:not(.ace_text-input)')).filter((textarea) => {
    const value = textarea.value.trim();
    if (value.startsWith('{')) return true;
    return value === '' && !accessibleNames(root, textarea).some((name) => namesLabel(name, descriptionLabel));
  });
}

/** Texts of success flashes currently shown (Cloudscape Flashbar, type success). */
export function readSuccessFlashes(root: Root): string[] {
  return Array.from(root.querySelectorAll('[class*="awsui_flash-type-success"]'))
    .map((flash) => textOf(flash))
    .filter((text) => text.length > 0);
}

/**
 * Every distinct match of `pattern` in the page's visible text (ARNs, key IDs, s3:// URLs). Texts of
 * neighbouring blocks are kept apart, so a match never runs on into the next column's words.
 */
export function findTextShapes(root: Root, pattern: RegExp): string[] {
  const body = 'body' in root ? root.body : root;
  const text = body ? spacedText(body) : '';
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  return Array.from(new Set(Array.from(text.matchAll(global), (match) => match[0])));
}
