import type { DocumentReply } from '@/lib/console/view';
import type { TemplateId } from '@/lib/policies/template-types';
import type { ActionOutcome } from './action-button';
import type { ConsoleContext } from './context';
import { readEditor, writeEditor, writeInput } from './write';

/** Write a whole document into an editor element (Ace via the bridge, or a plain textarea). */
export async function putDocument(editor: Element, text: string): Promise<ActionOutcome> {
  const outcome = editor instanceof HTMLTextAreaElement ? await writeInput(editor, text) : await writeEditor(editor, text);
  if (outcome.ok) return { status: 'done', message: '' };
  return { status: 'problem', message: outcome.message, fallbackText: text };
}

/** The text an editor holds now, whatever kind of editor it is. */
export const currentText = (editor: Element) => (editor instanceof HTMLTextAreaElement ? Promise.resolve(editor.value) : readEditor(editor));

const notReady = (reply: Extract<DocumentReply, { ok: false }>): ActionOutcome =>
  reply.missing ? { status: 'missing', message: reply.message, field: reply.missing } : { status: 'problem', message: reply.message };

/** Replace the editor's content with a freshly rendered document (IAM policies, trust policies). */
export async function insertDocument(context: ConsoleContext, editor: Element, templateId: TemplateId): Promise<ActionOutcome> {
  const reply = await context.document({ mode: 'insert', templateId });
  if (!reply.ok) return notReady(reply);
  const written = await putDocument(editor, reply.text);
  if (written.status !== 'done') return written;
  context.send({ type: 'console-event', page: context.page!.page, accountId: context.accountId(), event: { kind: 'document-inserted', document: templateId } });
  return { status: 'done', message: `Inserted the ${reply.name} policy. Check it, then continue in the console.` };
}

/**
 * Merge our statements into whatever policy the editor holds, never losing one of theirs. A
 * statement under one of our Sids that differs from ours (changed by hand, or an older version) is
 * not replaced silently: the outcome shows the difference and asks, and only `confirm` writes.
 */
export async function mergeDocument(
  context: ConsoleContext,
  editor: Element,
  templateId: TemplateId,
  bucketName?: string,
  confirmReplace?: string[],
): Promise<ActionOutcome> {
  const reply = await context.document({ mode: 'merge', templateId, existingText: await currentText(editor), bucketName, ...(confirmReplace ? { confirmReplace } : {}) });
  if (!reply.ok) return notReady(reply);
  if (reply.needsConfirmation && reply.replacements?.length) {
    const sids = reply.replacements.map((replacement) => replacement.sid);
    return {
      status: 'confirm',
      message: `${reply.description ?? ''} Nothing is written until you choose.`.trim(),
      diff: reply.replacements.flatMap(({ sid, diff }) => [{ kind: 'heading' as const, text: `${sid}: in the editor (−) → ours (+)` }, ...diff]),
      confirmLabel: `Replace ${sids.join(', ')} with ours`,
      confirm: () => mergeDocument(context, editor, templateId, bucketName, sids),
    };
  }
  if (!reply.changed) return { status: 'done', message: `Nothing to change: ${reply.description ?? ''}` };
  const written = await putDocument(editor, reply.text);
  if (written.status !== 'done') return written;
  context.send({ type: 'console-event', page: context.page!.page, accountId: context.accountId(), event: { kind: 'document-inserted', document: templateId } });
  return { status: 'done', message: `${reply.description ?? 'Merged.'} Review it, then save.` };
}

/** A preview line for a merge button: what a click would change, or why it can't. */
export async function previewMerge(context: ConsoleContext, editor: Element, templateId: TemplateId, bucketName?: string): Promise<string> {
  const reply = await context.document({ mode: 'preview', templateId, existingText: await currentText(editor), bucketName });
  return reply.ok ? (reply.description ?? '') : reply.message;
}

