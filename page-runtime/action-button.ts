import type { ConsoleContext } from './context';
import { onPersonClick } from './person-click';
import { mountShadowHost, type Placement } from './shadow-host';

/** What a click on one of our buttons achieved, as the user should hear it. */
export type ActionOutcome =
  | { status: 'done'; message: string }
  /** The write failed; `fallbackText` is offered to copy so the user can paste it themselves. */
  | { status: 'problem'; message: string; fallbackText?: string }
  /** A value we need isn't known yet; the side panel opens at that field. */
  | { status: 'missing'; message: string; field: string }
  /** Nothing written yet: the person sees `diff` and chooses; only `confirm` writes. */
  | { status: 'confirm'; message: string; diff: DiffLine[]; confirmLabel: string; confirm: () => Promise<ActionOutcome> };

/** A line of the difference a confirmation shows. */
export interface DiffLine {
  kind: 'same' | 'removed' | 'added' | 'heading';
  text: string;
}

export interface ActionSpec {
  /** `data-finops-action` verb: insert-policy, merge-bucket-policy, fill-form, copy … */
  action: string;
  label: string;
  /** Optional line under the button (e.g. a merge preview), recomputed before each render. */
  describe?: () => Promise<string | undefined> | string | undefined;
  run: () => Promise<ActionOutcome>;
}

export interface ActionPlacement {
  anchor: Element;
  append?: Placement;
}

const css = `
:host { all: initial; }
.finops { font: 14px/1.4 "Amazon Ember", "Helvetica Neue", Roboto, Arial, sans-serif; margin: 8px 0; display: flex; flex-direction: column; gap: 4px; align-items: flex-start; }
button { font: inherit; font-weight: 700; border-radius: 20px; padding: 4px 16px; border: 2px solid #7d3cd9; background: #7d3cd9; color: #fff; cursor: pointer; }
button.secondary { background: transparent; color: #7d3cd9; }
button:focus-visible { outline: 2px solid #0972d3; outline-offset: 2px; }
button[disabled] { opacity: .6; cursor: progress; }
.note { color: #5f6b7a; font-size: 12px; }
.status { font-size: 13px; }
.status[data-kind="done"] { color: #037f0c; }
.status[data-kind="problem"], .status[data-kind="missing"] { color: #d91515; }
.status[data-kind="confirm"] { color: #8d6605; }
.diff { font: 12px/1.4 Monaco, Menlo, Consolas, monospace; margin: 0; padding: 6px 8px; max-height: 240px; overflow: auto; background: #f4f4f4; color: #0f141a; border-radius: 8px; white-space: pre; align-self: stretch; }
.diff [data-diff="removed"] { background: #ffe0e0; }
.diff [data-diff="added"] { background: #dcf5dc; }
.diff [data-diff="heading"] { font-weight: 700; }
.row { display: flex; gap: 8px; flex-wrap: wrap; }
.finops[data-theme="dark"] .note { color: #9ba7b6; }
.finops[data-theme="dark"] .status[data-kind="done"] { color: #29ad32; }
.finops[data-theme="dark"] .status[data-kind="problem"], .finops[data-theme="dark"] .status[data-kind="missing"] { color: #ff7a7a; }
.finops[data-theme="dark"] button { border-color: #b47cff; background: #b47cff; color: #0f141a; }
.finops[data-theme="dark"] button.secondary { background: transparent; color: #b47cff; }
`;

/**
 * The console's own visual mode, not the system's: Cloudscape marks dark mode with a class on
 * <body> (`awsui-dark-mode`, older `awsui-polaris-dark-mode`), and a person may run a light console
 * on a dark system or the other way round.
 */
export const consoleTheme = (): 'dark' | 'light' =>
  document.querySelector('body.awsui-dark-mode, body.awsui-polaris-dark-mode, html.awsui-dark-mode, html.awsui-polaris-dark-mode') ? 'dark' : 'light';

/**
 * Put one of our buttons next to a console element, in a shadow root so neither side's CSS leaks.
 * The button goes away when `signal` aborts (the user navigated).
 */
export async function addAction(
  context: Pick<ConsoleContext, 'openSidePanel'>,
  placement: ActionPlacement,
  spec: ActionSpec,
  signal: AbortSignal,
): Promise<HTMLElement | undefined> {
  if (signal.aborted || !placement.anchor.isConnected) return undefined;
  const { host, shadow } = mountShadowHost('finops-action', css, placement.anchor, placement.append ?? 'before');
  const root = document.createElement('div');
  root.className = 'finops';
  root.dataset.theme = consoleTheme();
  const row = document.createElement('div');
  row.className = 'row';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = spec.label;
  button.dataset.finopsAction = spec.action;
  button.setAttribute('aria-label', spec.label);
  const note = document.createElement('div');
  note.className = 'note';
  const status = document.createElement('div');
  status.className = 'status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  row.append(button);
  root.append(row, note, status);
  shadow.append(root);

  const refreshNote = async () => {
    note.textContent = (await spec.describe?.()) ?? '';
  };
  void refreshNote();

  const clearExtras = () => root.querySelectorAll('.row [data-finops-action]:not(:first-child), .diff').forEach((element) => element.remove());

  const show = (outcome: ActionOutcome) => {
    status.dataset.kind = outcome.status;
    status.textContent = outcome.message;
    if (outcome.status === 'problem' && outcome.fallbackText) {
      row.append(copyButton(outcome.fallbackText, status));
    }
    if (outcome.status === 'missing') {
      row.append(
        secondaryButton('open-side-panel', 'Open the side panel', async () => {
          if (!(await context.openSidePanel(outcome.field))) status.textContent = `${outcome.message} ${toolbarHint}`;
        }),
      );
    }
    if (outcome.status === 'confirm') {
      const diff = document.createElement('pre');
      diff.className = 'diff';
      for (const line of outcome.diff) {
        const span = document.createElement('span');
        span.dataset.diff = line.kind;
        span.textContent = `${line.kind === 'removed' ? '− ' : line.kind === 'added' ? '+ ' : line.kind === 'heading' ? '' : '  '}${line.text}\n`;
        diff.append(span);
      }
      root.insertBefore(diff, status);
      const confirm = secondaryButton('confirm-replace', outcome.confirmLabel, async () => {
        clearExtras();
        button.disabled = true;
        status.textContent = '';
        const next = await outcome.confirm().catch((error: unknown): ActionOutcome => ({ status: 'problem', message: `Something went wrong: ${String(error)}` }));
        button.disabled = false;
        show(next);
      });
      const keep = secondaryButton('cancel-replace', 'Keep mine', () => {
        clearExtras();
        status.dataset.kind = 'done';
        status.textContent = 'Left the editor as it was.';
      });
      row.append(confirm, keep);
    }
    // After a change the status says what happened; a fresh preview ("nothing to change") beside it would contradict it.
    if (outcome.status === 'done') note.textContent = '';
    else void refreshNote();
  };

  onPersonClick(button, async () => {
    button.disabled = true;
    status.textContent = '';
    clearExtras();
    const outcome = await spec.run().catch(
      (error: unknown): ActionOutcome => ({ status: 'problem', message: `Something went wrong: ${String(error)}` }),
    );
    button.disabled = false;
    show(outcome);
  });
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return host;
}

/** Where to click when the browser won't open the side panel from the page. */
export const toolbarHint = 'Open the side panel from the toolbar: click the FinOps AWS onboarding icon.';

function secondaryButton(action: string, label: string, onClick: (event: MouseEvent) => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'secondary';
  button.textContent = label;
  button.dataset.finopsAction = action;
  button.setAttribute('aria-label', label);
  onPersonClick(button, onClick);
  return button;
}

/** Last resort when the page won't take our write: put it on the clipboard and say where to paste. */
function copyButton(text: string, status: HTMLElement): HTMLButtonElement {
  return secondaryButton('copy', 'Copy instead', async () => {
    try {
      await navigator.clipboard.writeText(text);
      const mac = /Mac/.test(navigator.platform);
      status.dataset.kind = 'done';
      status.textContent = `Copied. Click into the editor, select all, and press ${mac ? '⌘V' : 'Ctrl+V'}.`;
    } catch {
      status.dataset.kind = 'problem';
      status.textContent = "The browser didn't allow copying here: open the side panel and copy it from there.";
    }
  });
}
