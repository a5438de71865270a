import {
  EDITOR_MARK,
  EDITOR_RESULT_EVENT,
  NAVIGATED_EVENT,
  SET_EDITOR_EVENT,
  parseBridgeDetail,
  type EditorResult,
  type SetEditorRequest,
} from '@/lib/console/bridge-protocol';

interface AceEditorLike {
  getValue(): string;
  setValue(text: string, cursorPos?: number): void;
}

/**
 * Runs in the console page's own JS world: only here is Ace's `el.env.editor` reachable.
 * Kept tiny and dumb — all decisions stay in the isolated-world script.
 */
export default defineContentScript({
  matches: ['https://*.console.aws.amazon.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    const reply = (result: EditorResult) =>
      window.dispatchEvent(new CustomEvent(EDITOR_RESULT_EVENT, { detail: JSON.stringify(result) }));

    window.addEventListener(SET_EDITOR_EVENT, (event) => {
      const request = parseBridgeDetail<SetEditorRequest>((event as CustomEvent).detail);
      if (!request) return;
      const element = document.querySelector(`[${EDITOR_MARK}="${CSS.escape(request.editorId)}"]`) as
        | (Element & { env?: { editor?: AceEditorLike } })
        | null;
      const editor = element?.env?.editor;
      if (!editor) return reply({ requestId: request.requestId, outcome: 'no-editor' });
      try {
        // setValue(text, -1) fires Ace's change event, which the Cloudscape CodeEditor forwards to onChange.
        if (request.text !== null) editor.setValue(request.text, -1);
        reply({ requestId: request.requestId, outcome: request.text === null ? 'read' : 'set', value: editor.getValue() });
      } catch (error) {
        reply({ requestId: request.requestId, outcome: 'error', message: String(error) });
      }
    });

    // The console routes with pushState too; the isolated world can't see those calls.
    for (const method of ['pushState', 'replaceState'] as const) {
      const original = history[method];
      history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
        const result = original.apply(this, args);
        window.dispatchEvent(new CustomEvent(NAVIGATED_EVENT));
        return result;
      };
    }
  },
});
