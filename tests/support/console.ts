// Helpers for driving the extension's in-page controls on the console replicas.
import type { ElementHandle, Page } from 'puppeteer-core';
import type { ReplicaOptions, ReplicaState } from '../console-replicas/contract';
import { launchWithExtension, openExtensionPage, readExtensionStorage, serveFixtures, withReplicaOptions, type LaunchedBrowser } from './browser';
import { replicaRoutes } from './fixtures';

/**
 * Chromium with the built extension: `.output/chrome-mv3`, or the build in `EXTENSION_DIR` (for a
 * private build while others rebuild `.output` in the same working tree).
 */
export function launchConsoleExtension(): Promise<LaunchedBrowser> {
  const extensionDir = process.env.EXTENSION_DIR;
  return launchWithExtension(extensionDir ? { extensionDir } : {});
}

/** A new tab on a console replica at a real console URL, with the given replica options. */
export async function openConsole(
  launched: LaunchedBrowser,
  url: string,
  options: ReplicaOptions = {},
  viewport: { width: number; height: number } = { width: 1400, height: 1000 },
): Promise<Page> {
  const page = await launched.browser.newPage();
  await page.setViewport(viewport);
  await serveFixtures(page, await replicaRoutes());
  await withReplicaOptions(page, options);
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** Our button with this `data-finops-action` and label text, inside its shadow root. */
export async function findAction(page: Page, action: string, labelIncludes = '', timeout = 10_000): Promise<ElementHandle<HTMLButtonElement>> {
  const handle = await page.waitForFunction(
    (verb, label) => {
      for (const host of Array.from(document.querySelectorAll('finops-action'))) {
        const button = host.shadowRoot?.querySelector<HTMLButtonElement>(`button[data-finops-action="${verb}"]`);
        if (button && button.textContent?.includes(label)) return button;
      }
      return null;
    },
    { timeout },
    action,
    labelIncludes,
  );
  return handle as ElementHandle<HTMLButtonElement>;
}

/** Labels of every action button the extension shows on the page right now. */
export function actionLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('finops-action')).flatMap((host) =>
      Array.from(host.shadowRoot?.querySelectorAll('button[data-finops-action]') ?? []).map((button) => button.textContent ?? ''),
    ),
  );
}

/**
 * The action labels once the page has had time to show them: for asserting that a page shows none
 * (or no more than some). Our buttons appear within a frame or two of the element they belong to.
 */
export async function settledActionLabels(page: Page, settleMs = 1500): Promise<string[]> {
  await page.waitForFunction(() => document.readyState === 'complete');
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  return actionLabels(page);
}

/** Click an action and wait for its status line to say something; returns [kind, text]. */
export async function runAction(page: Page, action: string, labelIncludes = ''): Promise<{ kind: string; text: string }> {
  const button = await findAction(page, action, labelIncludes);
  await button.evaluate((element) => {
    const status = element.closest('.finops')?.querySelector<HTMLElement>('.status');
    if (status) {
      status.textContent = '';
      delete status.dataset.kind;
    }
  });
  await button.click();
  const status = await page.waitForFunction(
    (element) => {
      const line = (element as HTMLElement).closest('.finops')?.querySelector<HTMLElement>('.status');
      return line?.dataset.kind ? { kind: line.dataset.kind, text: line.textContent ?? '' } : null;
    },
    { timeout: 10_000 },
    button,
  );
  return (await status.jsonValue()) as { kind: string; text: string };
}

/** The text the page's Ace editor (or textarea) holds, read from the page's own JS. */
export function editorText(page: Page, index = 0): Promise<string> {
  return page.evaluate((i) => {
    const editors = Array.from(document.querySelectorAll('.ace_editor')) as Array<Element & { env?: { editor?: { getValue(): string } } }>;
    const ace = editors[i]?.env?.editor;
    if (ace) return ace.getValue();
    return (document.querySelectorAll('textarea:not(.ace_text-input)')[i] as HTMLTextAreaElement | undefined)?.value ?? '';
  }, index);
}

export function replicaState(page: Page): Promise<ReplicaState> {
  return page.evaluate(() => (window as unknown as { __REPLICA_STATE__: ReplicaState }).__REPLICA_STATE__);
}

/** Click a console button by its visible text (Cloudscape buttons). */
export async function clickButton(page: Page, text: string): Promise<void> {
  const button = await page.waitForFunction(
    (label) => Array.from(document.querySelectorAll('button, a')).find((element) => element.textContent?.trim() === label) ?? null,
    { timeout: 10_000 },
    text,
  );
  await (button as ElementHandle<HTMLElement>).click();
}

type ChromeStorageArea = { get(keys: string | null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
type ChromeGlobal = { chrome: { storage: { local: ChromeStorageArea; session: ChromeStorageArea } } };

/** Everything the extension keeps in `chrome.storage.local` or `.session`, read from its service worker (an extension page in Firefox). */
export async function extensionStorage(launched: LaunchedBrowser, area: 'local' | 'session'): Promise<Record<string, unknown>> {
  if (launched.browserName === 'firefox') return readExtensionStorage(launched, area);
  const worker = await serviceWorker(launched);
  return worker.evaluate((which) => (globalThis as unknown as ChromeGlobal).chrome.storage[which as 'local' | 'session'].get(null), area);
}

/** The progress the background stored for one AWS account (`chrome.storage.local` key `onboarding`). */
export interface StoredAccount {
  platform: { id: string };
  accountType: string;
  authMethod: string;
  steps: Record<string, { status: string; by?: string }>;
  values: Record<string, { value: string; source: string; page?: string; problem?: string }>;
}

export async function storedAccount(launched: LaunchedBrowser, accountId = '111122223333'): Promise<StoredAccount | undefined> {
  const stored = (await extensionStorage(launched, 'local')).onboarding as { accounts?: Record<string, StoredAccount> } | undefined;
  return stored?.accounts?.[accountId];
}

/** The value the background knows for `kind` (read from a page or typed), if any. */
export async function storedValue(launched: LaunchedBrowser, kind: string, accountId = '111122223333'): Promise<string | undefined> {
  return (await storedAccount(launched, accountId))?.values[kind]?.value;
}

export async function stepStatus(launched: LaunchedBrowser, stepId: string, accountId = '111122223333'): Promise<string> {
  return (await storedAccount(launched, accountId))?.steps[stepId]?.status ?? 'todo';
}

let dispatcher: Page | undefined;

async function serviceWorker(launched: LaunchedBrowser) {
  const target = await launched.browser.waitForTarget(
    (candidate) => candidate.type() === 'service_worker' && candidate.url().startsWith(`chrome-extension://${launched.extensionId}/`),
    { timeout: 10_000 },
  );
  const worker = await target.worker();
  if (!worker) throw new Error('The extension has no service worker.');
  return worker;
}

/**
 * Send a progress action to the background as the side panel does (`{ type: 'dispatch', action }`
 * from an extension page), e.g. to choose a setup or type an External ID.
 */
export async function dispatch(launched: LaunchedBrowser, action: Record<string, unknown>): Promise<void> {
  if (!dispatcher || dispatcher.isClosed() || dispatcher.browser() !== launched.browser) {
    dispatcher = await openExtensionPage(launched.browser, launched.extensionId, 'sidepanel.html');
  }
  const reply = await dispatcher.evaluate(
    (message) => (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(message),
    { type: 'dispatch', action: { at: new Date().toISOString(), ...action } },
  );
  if ((reply as { ok?: boolean } | undefined)?.ok !== true) throw new Error(`The background didn't accept ${JSON.stringify(action)}: ${JSON.stringify(reply)}`);
}

export interface SetupForTest {
  platform?: Record<string, unknown>;
  accountType: 'management' | 'member' | 'standalone';
  authMethod: 'assumedRole' | 'accessKey';
  exportState?: 'toCreate' | 'exists';
}

/** Choose the setup for an account the way the side panel does (adds the account if new). */
export function chooseSetup(launched: LaunchedBrowser, setup: SetupForTest, accountId = '111122223333'): Promise<void> {
  return dispatch(launched, {
    type: 'choose-setup',
    accountId,
    setup: { platform: { id: 'finopsForCloud' }, exportState: 'toCreate', ...setup },
  });
}

/** Click a console `<button>` (never a link or breadcrumb) whose text is exactly `text`; the last one wins when several match (wizard footers come last). */
export async function clickConsoleButton(page: Page, text: string): Promise<void> {
  const button = await page.waitForFunction(
    (label) => Array.from(document.querySelectorAll('button')).filter((element) => element.textContent?.trim() === label && !element.disabled).at(-1) ?? null,
    { timeout: 10_000 },
    text,
  );
  await (button as ElementHandle<HTMLElement>).click();
}

/** Type into the console input a FormField labels `label` (visible label text, exact). */
export async function typeIntoField(page: Page, label: string, text: string): Promise<void> {
  const input = await page.waitForFunction(
    (wanted) => {
      for (const element of Array.from(document.querySelectorAll('label'))) {
        if (element.textContent?.trim() !== wanted) continue;
        const id = element.getAttribute('for');
        const control = id ? document.getElementById(id) : null;
        if (control) return control;
      }
      return null;
    },
    { timeout: 10_000 },
    label,
  );
  await (input as ElementHandle<HTMLInputElement>).click({ count: 3 });
  await (input as ElementHandle<HTMLInputElement>).type(text);
}

/** The value of the console input a FormField labels `label`. */
export function fieldValue(page: Page, label: string): Promise<string | undefined> {
  return page.evaluate((wanted) => {
    for (const element of Array.from(document.querySelectorAll('label'))) {
      if (element.textContent?.trim() !== wanted) continue;
      const id = element.getAttribute('for');
      const control = id ? (document.getElementById(id) as HTMLInputElement | null) : null;
      if (control) return control.value;
    }
    return undefined;
  }, label);
}

/** Navigate inside the replica's SPA (pushState + its router event), as a click on an in-app link does. */
export async function navigateInApp(page: Page, route: string): Promise<void> {
  await page.evaluate((to) => {
    const url = to.startsWith('#') ? location.pathname + location.search + to : to;
    history.pushState(null, '', url);
    window.dispatchEvent(new Event('replica:navigate'));
  }, route);
}

/** The in-page notices the extension shows when a page doesn't look as expected. */
export function noticeTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('finops-notice')).flatMap((host) =>
      Array.from(host.shadowRoot?.querySelectorAll('[role="alert"]') ?? []).map((notice) => notice.textContent ?? ''),
    ),
  );
}

/** Tick (click) the console checkbox or radio whose label text includes `text`, as a person would. */
export async function clickChoice(page: Page, text: string): Promise<void> {
  const input = await page.waitForFunction(
    (wanted) => {
      const textOf = (element: Element | null) => element?.textContent ?? '';
      for (const candidate of Array.from(document.querySelectorAll<HTMLInputElement>('input[type="checkbox"], input[type="radio"]'))) {
        const labelledBy = (candidate.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).map((id) => textOf(document.getElementById(id)));
        const names = [...Array.from(candidate.labels ?? [], textOf), ...labelledBy, candidate.getAttribute('aria-label') ?? ''];
        if (names.some((name) => name.includes(wanted))) return candidate;
      }
      return null;
    },
    { timeout: 10_000 },
    text,
  );
  await (input as ElementHandle<HTMLInputElement>).evaluate((element) => element.click());
}

/** Whether the checkbox or radio labelled with `text` is ticked. */
export function isChoiceChecked(page: Page, text: string): Promise<boolean | undefined> {
  return page.evaluate((wanted) => {
    const textOf = (element: Element | null) => element?.textContent ?? '';
    for (const candidate of Array.from(document.querySelectorAll<HTMLInputElement>('input[type="checkbox"], input[type="radio"]'))) {
      const labelledBy = (candidate.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).map((id) => textOf(document.getElementById(id)));
      const names = [...Array.from(candidate.labels ?? [], textOf), ...labelledBy, candidate.getAttribute('aria-label') ?? ''];
      if (names.some((name) => name.includes(wanted))) return candidate.checked;
    }
    return undefined;
  }, text);
}

/**
 * Record every message the extension's pages and content scripts send to the background from now
 * on (a second listener in the service worker), to check what travels — e.g. that no secret does.
 */
export async function recordMessages(launched: LaunchedBrowser): Promise<() => Promise<unknown[]>> {
  const worker = await serviceWorker(launched);
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { __recordedMessages?: unknown[]; chrome: { runtime: { onMessage: { addListener(listener: (message: unknown) => void): void } } } };
    if (scope.__recordedMessages) return;
    const recorded: unknown[] = [];
    scope.__recordedMessages = recorded;
    scope.chrome.runtime.onMessage.addListener((message) => {
      recorded.push(message);
    });
  });
  return () => worker.evaluate(() => (globalThis as unknown as { __recordedMessages?: unknown[] }).__recordedMessages ?? []);
}

/** Where our buttons are drawn and whether a person could see and reach them in the viewport. */
export function actionBoxes(page: Page): Promise<Array<{ label: string; theme: string | undefined; left: number; right: number; top: number; width: number; height: number; onTop: boolean }>> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('finops-action')).flatMap((host) =>
      Array.from(host.shadowRoot?.querySelectorAll<HTMLElement>('button[data-finops-action]') ?? []).map((button) => {
        const box = button.getBoundingClientRect();
        // Scrolled into view, is the button what a click at its centre would hit?
        button.scrollIntoView({ block: 'center' });
        const centre = button.getBoundingClientRect();
        const hit = document.elementFromPoint(centre.left + centre.width / 2, centre.top + centre.height / 2);
        return {
          label: button.textContent ?? '',
          theme: button.closest<HTMLElement>('.finops')?.dataset.theme,
          left: box.left,
          right: box.right,
          top: box.top,
          width: box.width,
          height: box.height,
          onTop: hit === host,
        };
      }),
    ),
  );
}
