// `npm run bench`: the multi-account tracker at organization scale. A management account and 500
// member accounts read from a StackSet's stack instances (every one CURRENT): the reducer's work to
// import them, in Node, and the side panel's first render of that progress, in Chromium with the
// built extension. The TypeScript modules load through Vite's module runner.
import path from 'node:path';
import { runnerImport } from 'vite';
import { launchWithExtension, openExtensionPage, projectRoot } from './browser.mjs';

const members = 500;
const at = '2026-05-04T09:00:00.000Z';
const management = '111122223333';

const load = async (file) => (await runnerImport(path.join(projectRoot, file), { configFile: false, root: projectRoot, logLevel: 'silent' })).module;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const p90 = (values) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.9))];
const spread = (values) => `median ${median(values).toFixed(1)} ms, p90 ${p90(values).toFixed(1)} ms (n=${values.length})`;

/** @returns {Promise<Array<{ label: string, value: string, note?: string }>>} */
export async function organizationScaleRows({ runs = 20 } = {}) {
  const [{ progressReducer, accountSummaries }, { emptyProgressState }, { accountsReadActions, memberAccountRows, memberAccountsCsv }] = await Promise.all([
    load('lib/onboarding/progress.ts'),
    load('lib/onboarding/state-schema.ts'),
    load('lib/organization/member-accounts.ts'),
  ]);
  const start = progressReducer(emptyProgressState(), {
    type: 'account-added',
    accountId: management,
    setup: { platform: { id: 'finopsForCloud' }, accountType: 'management', authMethod: 'assumedRole', exportState: 'toCreate' },
    from: 'page',
    at,
  });
  const read = {
    source: 'stack-set-instances',
    page: 'cloudformation-stack-set-instances',
    sessionAccountId: management,
    accounts: Array.from({ length: members }, (_unused, index) => ({ accountId: String(210000000000 + index), stackStatus: 'CURRENT' })),
  };

  const importTimes = [];
  const listTimes = [];
  let state = start;
  for (let run = 0; run <= runs; run += 1) {
    const started = performance.now();
    const { actions } = accountsReadActions(start, read, at);
    state = actions.reduce(progressReducer, start);
    const imported = performance.now();
    memberAccountsCsv(memberAccountRows(state));
    accountSummaries(state);
    if (run > 0) {
      importTimes.push(imported - started);
      listTimes.push(performance.now() - imported);
    }
  }

  // The side panel's first render of that progress: from navigation start to 501 accounts listed.
  const launched = await launchWithExtension();
  const renderTimes = [];
  try {
    const page = await openExtensionPage(launched.browser, launched.extensionId, 'sidepanel.html', { viewport: { width: 420, height: 900 } });
    await page.evaluate((progress) => globalThis.chrome.storage.local.set({ onboarding: progress }), state);
    const total = Object.keys(state.accounts).length;
    for (let run = 0; run <= Math.min(runs, 10); run += 1) {
      await page.reload({ waitUntil: 'domcontentloaded' });
      const handle = await page.waitForFunction(
        (count) => (document.querySelectorAll(`ul[aria-label="Accounts (${count})"] > li`).length === count ? performance.now() : null),
        { timeout: 30_000, polling: 'raf' },
        total,
      );
      if (run > 0) renderTimes.push(await handle.jsonValue());
    }
  } finally {
    await launched.close();
  }

  return [
    { label: `reducer: import ${members} members (accounts-read)`, value: spread(importTimes), note: 'one import action, linear' },
    { label: '  then the account list and the CSV', value: spread(listTimes) },
    { label: `side panel: ${members + 1} accounts, load → listed`, value: spread(renderTimes), note: 'Chromium, built extension' },
  ];
}
