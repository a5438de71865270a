// `npm run bench`: how soon the side panel and the popup show something useful, in Chromium with the
// built extension, with 1 and with 500 accounts in storage. The progress is made by the product's own
// reducer (loaded through Vite's module runner) and written to storage.local from an extension page,
// as the background would have written it; then each page is loaded again and again in a tab.
import path from 'node:path';
import { runnerImport } from 'vite';
import { launchWithExtension, openExtensionPage, projectRoot } from './browser.mjs';

const at = '2026-05-04T09:00:00.000Z';
const goals = { 1: 100, 500: 300 };

const load = async (file) => (await runnerImport(path.join(projectRoot, file), { configFile: false, root: projectRoot, logLevel: 'silent' })).module;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const p90 = (values) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.9))];
const spread = (values) => `median ${median(values).toFixed(1)} ms, p90 ${p90(values).toFixed(1)} ms (n=${values.length})`;
const verdict = (values, goal) => `goal ≤ ${goal} ms: ${median(values) <= goal ? 'within' : 'OVER'}`;

/**
 * `count` accounts as people keep them: every account type and authentication, a few labelled, some
 * part-way (export values read, steps done); the first one is the one being worked on.
 */
async function progressWith(count) {
  const [{ progressReducer }, { emptyProgressState }] = await Promise.all([load('lib/onboarding/progress.ts'), load('lib/onboarding/state-schema.ts')]);
  const accountTypes = ['standalone', 'management', 'member'];
  const authMethods = ['assumedRole', 'accessKey'];
  const actions = [];
  for (let index = 0; index < count; index += 1) {
    const accountId = String(210000000000 + index);
    const accountType = accountTypes[index % accountTypes.length];
    actions.push({
      type: 'account-added',
      accountId,
      ...(index % 4 === 0 ? { label: `Team ${index + 1}` } : {}),
      setup: { platform: { id: 'finopsForCloud' }, accountType, authMethod: authMethods[index % 2], exportState: 'toCreate' },
      from: 'page',
      at,
    });
    if (accountType !== 'member' && index % 2 === 0) {
      actions.push(
        { type: 'value-read', accountId, kind: 'exportName', value: `billing-${accountId}`, page: 'data-exports-list', at },
        { type: 'value-read', accountId, kind: 'bucketName', value: `billing-export-${accountId}`, page: 'data-exports-list', at },
        { type: 'step-done', accountId, stepId: 'data-export', by: 'page', at },
      );
    }
  }
  actions.push({ type: 'account-selected', accountId: '210000000000' });
  const state = actions.reduce(progressReducer, emptyProgressState());
  if (Object.keys(state.accounts).length !== count) throw new Error(`The reducer kept ${Object.keys(state.accounts).length} of ${count} accounts.`);
  return state;
}

/**
 * Timestamps, in the page, of the first frame after the side panel shows the current account's
 * checklist and the whole account list (both in the DOM, then the next frame has run), measured
 * from navigation start like every `performance.now()`.
 */
const watchPanel = (accountCount) => {
  const bench = (window.__bench = {});
  const observer = new MutationObserver(() => {
    const checklist = document.querySelector('ol[aria-label="Steps"] > li');
    const accounts = document.querySelector(`ul[aria-label="Accounts (${accountCount})"]`);
    if (!checklist || accounts?.children.length !== accountCount) return;
    observer.disconnect();
    bench.inDomAt = performance.now();
    // After the frame that paints it: a task queued from the next animation frame.
    requestAnimationFrame(() => setTimeout(() => (bench.renderedAt = performance.now())));
  });
  observer.observe(document, { childList: true, subtree: true });
};

/** The popup: its first contentful paint (the browser's own timing) and its glance (not "Loading…") rendered. */
const watchPopup = () => {
  const bench = (window.__bench = {});
  const observer = new MutationObserver(() => {
    const glance = document.querySelector('main.popup:not([aria-busy])');
    if (!glance) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (bench.renderedAt = performance.now())));
  });
  observer.observe(document, { childList: true, subtree: true });
};

/**
 * @param {import('puppeteer-core').Page} page a tab in front, so it paints
 * @param {string} url
 * @param {number} runs after one warm-up load
 */
async function timeLoads(page, url, runs, read) {
  const times = [];
  for (let run = 0; run <= runs; run += 1) {
    await page.goto(url, { waitUntil: 'load' });
    const handle = await page.waitForFunction(read, { timeout: 30_000 });
    const value = await handle.jsonValue();
    if (run > 0) times.push(value);
  }
  return times;
}

/**
 * @param {{ extensionDir?: string, runs?: number }} [options]
 * @returns {Promise<Array<{ label: string, value: string, note?: string }>>}
 */
export async function extensionPageRenderRows({ extensionDir, runs = 20 } = {}) {
  const launched = await launchWithExtension(extensionDir ? { extensionDir } : {});
  const rows = [];
  try {
    const origin = `chrome-extension://${launched.extensionId}`;
    // Writes the progress as the background keeps it (storage.local "onboarding").
    const seeder = await openExtensionPage(launched.browser, launched.extensionId, 'popup.html');
    const page = await launched.browser.newPage();
    await page.setViewport({ width: 420, height: 900 });
    for (const count of [1, 500]) {
      const state = await progressWith(count);
      await seeder.evaluate((progress) => globalThis.chrome.storage.local.set({ onboarding: progress }), state);
      await page.bringToFront();

      const panelWatch = await page.evaluateOnNewDocument(watchPanel, count);
      const panel = await timeLoads(page, `${origin}/sidepanel.html`, runs, () => window.__bench?.renderedAt ?? null);
      await page.removeScriptToEvaluateOnNewDocument(panelWatch.identifier);
      rows.push({
        label: `side panel, ${count} account${count === 1 ? '' : 's'}: first render`,
        value: spread(panel),
        note: `navigation → checklist and account list; ${verdict(panel, goals[count])}`,
      });

      const popupWatch = await page.evaluateOnNewDocument(watchPopup);
      const firstPaint = [];
      const glance = await timeLoads(page, `${origin}/popup.html`, runs, () => {
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        return paint && window.__bench?.renderedAt !== undefined ? { paint: paint.startTime, glance: window.__bench.renderedAt } : null;
      }).then((times) =>
        times.map((time) => {
          firstPaint.push(time.paint);
          return time.glance;
        }),
      );
      await page.removeScriptToEvaluateOnNewDocument(popupWatch.identifier);
      rows.push(
        { label: `popup, ${count} account${count === 1 ? '' : 's'}: first paint`, value: spread(firstPaint), note: 'navigation → first contentful paint' },
        { label: '  then the glance rendered', value: spread(glance), note: 'navigation → account, progress and next step' },
      );
    }
  } finally {
    await launched.close();
  }
  return rows;
}
