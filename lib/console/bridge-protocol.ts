/**
 * The isolated-world content script and the MAIN-world bridge talk through window CustomEvents
 * whose detail is a JSON string (object details don't cross Firefox's compartments).
 * Only editor text and navigation pings travel here — never a secret: the page can see these events.
 */

/** Isolated → MAIN: set the Ace editor inside the element marked `data-finops-editor="ID"`. */
export const SET_EDITOR_EVENT = 'finops:set-editor';
/** MAIN → isolated: the outcome of a SET_EDITOR_EVENT, with the editor's text read back. */
export const EDITOR_RESULT_EVENT = 'finops:editor-result';
/** MAIN → isolated: the page changed its URL with history.pushState/replaceState. */
export const NAVIGATED_EVENT = 'finops:navigated';
/** Attribute the isolated world puts on an `.ace_editor` element so the bridge can find it. */
export const EDITOR_MARK = 'data-finops-editor';

export interface SetEditorRequest {
  requestId: string;
  editorId: string;
  /** `null` only reads the current value. */
  text: string | null;
}

export interface EditorResult {
  requestId: string;
  /** `no-editor`: the element has no Ace editor object reachable from the page (not Ace, or not ready). */
  outcome: 'set' | 'read' | 'no-editor' | 'error';
  value?: string;
  message?: string;
}

export function parseBridgeDetail<T>(detail: unknown): T | undefined {
  if (typeof detail !== 'string') return undefined;
  try {
    return JSON.parse(detail) as T;
  } catch {
    return undefined;
  }
}
