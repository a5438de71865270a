import { recognisePage, type PageMatch } from '@/lib/console/pages';
import { readConsoleAccount } from '@/lib/console/read-account';
import { EDITOR_TEXT_LIMIT, editorTooLongMessage, type ConsoleView, type DocumentReply } from '@/lib/console/view';
import type { ConsoleMessage, DocumentRequest } from '@/lib/messages';
import type { PageLife } from './page-life';

/** What a feature may use: the page it is on, what the background worked out, and a line back. */
export interface ConsoleContext {
  /** This script's life in the page: ends on an extension update. */
  life: PageLife;
  url: URL;
  page: PageMatch | undefined;
  /** The account this console session is signed in to, read from the page. */
  accountId(): string | undefined;
  /** Names, documents and known values for this account; defaults (FinOps for Cloud, assumed role) until the user chooses. */
  view(): Promise<ConsoleView>;
  /** Have the background render a document, or merge it into the editor's text. */
  document(request: Omit<DocumentRequest, 'type' | 'accountId'>): Promise<DocumentReply>;
  /** Have the background put a bucket's kept policy statements back into the editor's text. */
  restoreBucketPolicy(request: { mode: 'merge' | 'preview'; bucketName: string; existingText: string }): Promise<DocumentReply>;
  send(message: ConsoleMessage): void;
  /** Resolves false when the browser wouldn't open it from the page (Firefox): then say where to click. */
  openSidePanel(field?: string): Promise<boolean>;
}

const unreachable = "The extension's background didn't answer. Reload this page; if it keeps happening, reload the extension.";

export function createConsoleContext(life: PageLife): ConsoleContext {
  const url = new URL(location.href);
  const accountId = () => readConsoleAccount(document)?.accountId;
  const ask = async <T>(message: ConsoleMessage): Promise<T | undefined> =>
    (await browser.runtime.sendMessage(message).catch(() => undefined)) as T | undefined;
  const send = (message: ConsoleMessage) => {
    // The background may be restarting; a lost report only costs a manual tick in the side panel.
    browser.runtime.sendMessage(message).catch(() => undefined);
  };
  return {
    life,
    url,
    page: recognisePage(url),
    accountId,
    async view() {
      const view = await ask<ConsoleView>({ type: 'get-view', accountId: accountId() });
      if (!view) throw new Error(unreachable);
      return view;
    },
    async document(request) {
      // The background would refuse it unread, and the button would only hear silence.
      const length = request.existingText?.length ?? 0;
      if (length > EDITOR_TEXT_LIMIT) return { ok: false, message: editorTooLongMessage(length) };
      return (await ask<DocumentReply>({ type: 'document', accountId: accountId(), ...request })) ?? { ok: false, message: unreachable };
    },
    async restoreBucketPolicy(request) {
      return (await ask<DocumentReply>({ type: 'restore-bucket-policy', accountId: accountId(), ...request })) ?? { ok: false, message: unreachable };
    },
    send,
    openSidePanel: async (field) => (await ask<{ opened: boolean }>({ type: 'open-side-panel', field }))?.opened ?? false,
  };
}
