// Helpers for driving the extension's in-page controls on the console replicas.
import type { ElementHandle, Page } from 'puppeteer-core';
import type { ReplicaOptions, ReplicaState } from '../console-replicas/contract';
import { serveFixtures, withReplicaOptions, type LaunchedBrowser } from './browser';
import { replicaRoutes } from './fixtures';

/** A new tab on a console replica at a real console URL, with the given replica options. */
export async function openConsole(launched: LaunchedBrowser, url: string, options: ReplicaOptions = {}): Promise<Page> {
  const page = await launched.browser.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
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
