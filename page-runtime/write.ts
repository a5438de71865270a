import {
  EDITOR_MARK,
  EDITOR_RESULT_EVENT,
  SET_EDITOR_EVENT,
  parseBridgeDetail,
  type EditorResult,
  type SetEditorRequest,
} from '@/lib/console/bridge-protocol';
import { nextFrame } from './wait';

/**
 * Writing into console editors and inputs, always verified by reading back.
 * A write that didn't stick is reported as such — never as a success.
 */
export type WriteOutcome =
  | { ok: true; via: 'ace' | 'paste' | 'input' }
  | { ok: false; reason: 'not-stuck' | 'no-editor'; message: string };

let editorCounter = 0;

const normalise = (text: string) => text.replace(/\r\n/g, '\n').trim();

/** Ask the MAIN-world bridge to set (or, with `null`, read) the Ace editor inside `editor`. */
function callBridge(editor: Element, text: string | null, timeoutMs = 1000): Promise<EditorResult | undefined> {
  let editorId = editor.getAttribute(EDITOR_MARK);
  if (!editorId) {
    editorId = `e${++editorCounter}-${Math.random().toString(36).slice(2, 8)}`;
    editor.setAttribute(EDITOR_MARK, editorId);
  }
  const requestId = Math.random().toString(36).slice(2);
  return new Promise((resolve) => {
    const onResult = (event: Event) => {
      const result = parseBridgeDetail<EditorResult>((event as CustomEvent).detail);
      if (result?.requestId !== requestId) return;
      cleanup();
      resolve(result);
    };
    const timer = setTimeout(() => {
      cleanup();
      resolve(undefined);
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      window.removeEventListener(EDITOR_RESULT_EVENT, onResult);
    };
    window.addEventListener(EDITOR_RESULT_EVENT, onResult);
    const request: SetEditorRequest = { requestId, editorId, text };
    window.dispatchEvent(new CustomEvent(SET_EDITOR_EVENT, { detail: JSON.stringify(request) }));
  });
}

/** The editor's current text as Ace holds it, or as Ace renders it when the bridge can't reach it. */
export async function readEditor(editor: Element): Promise<string> {
  const result = await callBridge(editor, null);
  if (result?.outcome === 'read' && typeof result.value === 'string') return result.value;
  // One page-through at a time: two would move each other's view (a preview and a click at once).
  const read = domReads.then(() => renderedAceText(editor));
  domReads = read.catch(() => undefined);
  return read;
}
let domReads: Promise<unknown> = Promise.resolve();

const unreadable = "Couldn't read the whole policy from the editor on this page, so nothing was changed. Copy the policy from the side panel and merge it yourself.";

const lineTop = (element: Element) => (element as HTMLElement).style.top;

/**
 * Without Ace's `env` (AWS's editor wrapper may not expose it) the text is only in the DOM, and Ace
 * renders only the lines in view: page through the document with Ace's own keys (the cursor moves,
 * the text doesn't), pairing each rendered line with its gutter number (same `top`). Lines not seen
 * stay out, so a read that missed some can't pass for the whole document: the caller's check fails.
 */
async function renderedAceText(editor: Element): Promise<string> {
  const textLayer = editor.querySelector('.ace_text-layer');
  if (!textLayer) throw new Error(unreadable);
  const gutter = editor.querySelector('.ace_gutter-layer');
  const scrollbar = editor.querySelector<HTMLElement>('.ace_scrollbar-v');
  const lines = new Map<number, string>();
  // Wrapped lines start their continuation rows with no-break spaces Ace adds for the display only.
  const rowText = (row: Element) => (row.textContent ?? '').replace(/\u00a0/g, '');
  const collect = () => {
    const cells = Array.from(gutter?.children ?? []);
    const rows = Array.from(textLayer.children);
    const numbers = new Map<string, number>();
    for (const cell of cells) {
      const number = Number.parseInt(cell.textContent?.trim() ?? '', 10);
      if (Number.isInteger(number)) numbers.set(lineTop(cell), number);
    }
    for (const [index, row] of rows.entries()) {
      // Gutter and text rows share their `top`; without a gutter, rows are taken in order.
      const number = gutter ? numbers.get(lineTop(row)) : index + 1;
      if (number !== undefined) lines.set(number, rowText(row));
    }
  };
  const shown = () => Array.from(gutter?.children ?? [], (cell) => cell.textContent ?? '').join(',');
  // Ace moves its view for its own keys (setting the scrollbar's scrollTop from a script doesn't):
  // go to the start, then a page down at a time until the view stops moving.
  const input = editor.querySelector<HTMLTextAreaElement>('textarea.ace_text-input');
  const press = async (key: string, keyCode: number, withModifier: boolean) => {
    const before = shown();
    const isMac = /Mac/.test(navigator.platform);
    input!.dispatchEvent(new KeyboardEvent('keydown', { key, code: key, keyCode, ctrlKey: withModifier && !isMac, metaKey: withModifier && isMac, bubbles: true, cancelable: true }));
    for (let frame = 0; frame < 30 && shown() === before; frame++) await nextFrame();
    await nextFrame();
    return shown() !== before;
  };
  if (!scrollbar || !gutter || !input || scrollbar.scrollHeight <= scrollbar.clientHeight + 1) {
    collect();
  } else {
    input.focus();
    await press('Home', 36, true);
    collect();
    for (let step = 0; step < 500 && (await press('PageDown', 34, false)); step++) collect();
  }
  // Rows on screen but none paired with a line number: never pass that off as an empty editor (a
  // merge would then drop every statement). The raw rows are no valid policy, so a merge refuses.
  if (lines.size === 0) throw new Error(unreadable);
  const last = Math.max(0, ...lines.keys());
  const text: string[] = [];
  for (let number = 1; number <= last; number++) {
    const line = lines.get(number);
    if (line === undefined) throw new Error(unreadable); // a gap: never guess what was there
    text.push(line);
  }
  return text.join('\n');
}

function syntheticPaste(editor: Element, text: string): boolean {
  const input = editor.querySelector<HTMLTextAreaElement>('textarea.ace_text-input');
  if (!input) return false;
  input.focus();
  // Ace handles select-all through its own keybinding; a keydown is the portable way to ask for it.
  const isMac = /Mac/.test(navigator.platform);
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', code: 'KeyA', keyCode: 65, ctrlKey: !isMac, metaKey: isMac, bubbles: true }));
  const data = new DataTransfer();
  data.setData('text/plain', text);
  // Firefox ignores clipboardData in the init; its own `dataType`/`data` fields carry the text there.
  const init = { clipboardData: data, dataType: 'text/plain', data: text, bubbles: true, cancelable: true } as ClipboardEventInit;
  input.dispatchEvent(new ClipboardEvent('paste', init));
  return true;
}

/** How often a write the editor undid is made again: a controlled editor may undo one more than once. */
export const EDITOR_RETRIES = 2;
// A stale React update lands within a frame or two of our write; the editor is taken as settled once
// its text layer has been quiet this long (or, at the latest, after the cap).
const SETTLE_QUIET_MS = 40;
const SETTLE_CAP_MS = 400;

/** Resolve once `element`'s subtree has stopped changing for `quietMs` (or after `capMs`). */
function settled(element: Element, quietMs = SETTLE_QUIET_MS, capMs = SETTLE_CAP_MS): Promise<void> {
  return new Promise((resolve) => {
    let quiet: ReturnType<typeof setTimeout>;
    const finish = () => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(cap);
      resolve();
    };
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(finish, quietMs);
    });
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    quiet = setTimeout(finish, quietMs);
    const cap = setTimeout(finish, capMs);
  });
}

/**
 * Put `text` into a Cloudscape CodeEditor (Ace). The component is controlled: a write landing while
 * a React update is pending can be overwritten by the old value, so after each write we let the
 * editor settle, read it back, and re-apply (up to EDITOR_RETRIES times) before giving up honestly.
 */
export async function writeEditor(editor: Element, text: string): Promise<WriteOutcome> {
  const wanted = normalise(text);
  const attempt = async (): Promise<'ace' | 'paste' | undefined> => {
    const result = await callBridge(editor, text);
    if (result?.outcome === 'set') return 'ace';
    return syntheticPaste(editor, text) ? 'paste' : undefined;
  };
  for (let tries = 0; tries <= EDITOR_RETRIES; tries++) {
    const via = await attempt();
    if (!via) return { ok: false, reason: 'no-editor', message: "Couldn't reach the policy editor on this page." };
    await nextFrame();
    // Only the text matters: the gutter and status bar update again when the JSON check comes back.
    await settled(editor.querySelector('.ace_text-layer') ?? editor);
    if (normalise(await readEditor(editor).catch(() => '')) === wanted) return { ok: true, via };
  }
  return {
    ok: false,
    reason: 'not-stuck',
    message: `The editor changed back each time we pasted (${EDITOR_RETRIES + 1} tries), so nothing was inserted. Copy the policy instead and paste it here yourself.`,
  };
}

/** React-controlled inputs only register a value set through the native setter plus a bubbling input event. */
export async function writeInput(input: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<WriteOutcome> {
  const prototype = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  for (let tries = 0; tries < 2; tries++) {
    input.focus();
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await nextFrame();
    if (input.value === value) {
      input.dispatchEvent(new FocusEvent('blur', { bubbles: false }));
      input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
      return { ok: true, via: 'input' };
    }
  }
  return { ok: false, reason: 'not-stuck', message: `The field didn't keep "${value}". Type or paste it yourself.` };
}

/** Tick a checkbox (or radio) the way a click would, so React sees the change. */
export function setChecked(input: HTMLInputElement, checked: boolean): void {
  if (input.checked !== checked) input.click();
}

/**
 * `setChecked`, then true only once the choice has held through the component's next render (a
 * controlled input can flip back).
 */
export async function setCheckedVerified(input: HTMLInputElement, checked: boolean): Promise<boolean> {
  setChecked(input, checked);
  await nextFrame();
  return input.checked === checked;
}

const selectTriggers = (root: ParentNode) => Array.from(root.querySelectorAll<HTMLElement>('button[aria-haspopup="listbox"]'));

/**
 * Choose an option in a Cloudscape Select (a dropdown, not a radio) whose options `matches` names.
 * The component opens on mousedown and picks on mouseup, so that's what we send; we only look at a
 * select's options once it is open, and close any select that doesn't offer what we want.
 * Verified by reading the trigger's text back.
 */
export async function chooseSelectOption(root: ParentNode, matches: (text: string) => boolean): Promise<boolean> {
  for (const trigger of selectTriggers(root)) {
    if (matches((trigger.textContent ?? '').trim())) return true;
  }
  for (const trigger of selectTriggers(root)) {
    const press = (target: Element, type: 'mousedown' | 'mouseup') =>
      target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, button: 0, view: window }));
    press(trigger, 'mousedown');
    await nextFrame();
    const listId = trigger.getAttribute('aria-controls');
    const list = (listId ? document.getElementById(listId) : null) ?? trigger.parentElement?.closest('[class*="awsui_root_"]') ?? document;
    // An option is named by its text or by its value (Cloudscape puts `data-value` on the option's label).
    const names = (candidate: Element) => [(candidate.textContent ?? '').trim(), candidate.querySelector('[data-value]')?.getAttribute('data-value') ?? ''];
    const optionIn = (scope: ParentNode) => Array.from(scope.querySelectorAll('[role="option"]')).find((candidate) => names(candidate).some((name) => name !== '' && matches(name)));
    // Some dropdowns (inside a modal) render their list away from the trigger's own container.
    const option = optionIn(list) ?? (trigger.getAttribute('aria-expanded') === 'true' ? optionIn(document) : undefined);
    if (!option) {
      if (trigger.getAttribute('aria-expanded') === 'true') press(trigger, 'mousedown');
      continue;
    }
    press(option, 'mouseup');
    await nextFrame();
    if (matches((trigger.textContent ?? '').trim())) return true;
  }
  return false;
}
