// The whole flow a person goes through, as one list of stages: the console replica in one tab, the
// side panel (sidepanel.html) in a window beside it, the extension's in-page buttons, then the
// FinOps portal replica in the tab the panel opens. Shared by
// tests/browser/whole-flow.test.ts (which checks what each stage should have changed) and the
// `npm start` tour (which photographs each stage). Everything in the panel is found by its
// accessible name, as a screen reader or a keyboard user finds it. Types: whole-flow.d.mts.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isAwsOrPortalUrl, screenshot, screenshotsDir, serveFixtures, withReplicaOptions } from './browser.mjs';

export const flowAccountId = '111122223333';
export const consoleStart = 'https://us-east-1.console.aws.amazon.com/costmanagement/home?region=us-east-1#/bcm-data-exports';
export const portalOrigin = 'https://portal.finops.softwareone.com';
export const portalConnectPath = '/cloud-account/connect';

// The step titles as the panel shows them for FinOps for Cloud, standalone, assumed role, new export.
export const stepTitles = {
  dataExport: 'Create the Data Export (CUR 2.0) and its S3 bucket',
  billingImportPolicy: 'Create the FinOpsForCloudBillingImport policy',
  discoveryPolicy: 'Create the FinOpsForCloudResourceDiscovery policy',
  accessRole: 'Create the FinOpsForCloudAccessRole role',
  roleArn: 'Check FinOpsForCloudAccessRole and copy its Role ARN',
  connect: 'Connect the account in FinOps for Cloud',
};

const shortWait = 10_000;

/**
 * Serve the replicas to every tab of the browser, including tabs the extension opens itself (the
 * panel's "Open FinOps for Cloud" does), from their first request: one Fetch interception on the
 * browser's own session, where a per-page one would start too late for a new tab. As with
 * `serveFixtures`: AWS and portal URLs no route answers get a 404, other hosts never go out.
 * @param {import('puppeteer-core').Browser} browser
 * @param {Array<(url: string) => unknown>} routes
 */
export async function serveReplicasInBrowser(browser, routes) {
  /** @type {{ served: string[], notFound: string[], blocked: string[], failed: string[] }} */
  const log = { served: [], notFound: [], blocked: [], failed: [] };
  const session = await browser.target().createCDPSession();
  session.on('Fetch.requestPaused', (event) => void answer(session, event, routes, log));
  await session.send('Fetch.enable', { patterns: [{ urlPattern: 'http://*' }, { urlPattern: 'https://*' }] });
  return log;
}

/**
 * Serve the replicas for the flow in either browser. Chromium: browser-wide, from every tab's first
 * request (`serveReplicasInBrowser`). Firefox over WebDriver BiDi has no browser-wide interception:
 * each page the flow uses is served on its own (`servePage`, as `serveFixtures` serves the other
 * Firefox tests), and `createWholeFlow` calls it for the console tab and the portal tab.
 * @param {{ browser: import('puppeteer-core').Browser, browserName?: string }} launched
 * @param {Array<(url: string) => unknown>} routes
 */
export async function serveReplicas(launched, routes) {
  if (launched.browserName !== 'firefox') return { log: await serveReplicasInBrowser(launched.browser, routes), servePage: undefined };
  /** @type {Array<{ served: string[], notFound: string[], blocked: string[], failed: string[] }>} */
  const pageLogs = [];
  const all = (key) => pageLogs.flatMap((pageLog) => pageLog[key]);
  return {
    log: {
      get served() { return all('served'); },
      get notFound() { return all('notFound'); },
      get blocked() { return all('blocked'); },
      get failed() { return all('failed'); },
    },
    /** @param {import('puppeteer-core').Page} page */
    servePage: async (page) => {
      pageLogs.push(await serveFixtures(page, routes));
    },
  };
}

/**
 * @param {import('puppeteer-core').CDPSession} session
 * @param {{ requestId: string, request: { url: string } }} event
 * @param {Array<(url: string) => unknown>} routes
 * @param {{ served: string[], notFound: string[], blocked: string[], failed: string[] }} log
 */
async function answer(session, event, routes, log) {
  const url = event.request.url.split('#')[0] ?? '';
  const fulfil = (status, contentType, body, headers = {}) =>
    session.send('Fetch.fulfillRequest', {
      requestId: event.requestId,
      responseCode: status,
      responseHeaders: Object.entries({ 'content-type': contentType, ...headers }).map(([name, value]) => ({ name, value: String(value) })),
      body: Buffer.from(body).toString('base64'),
    });
  try {
    for (const route of routes) {
      const fixture = /** @type {import('./browser.d.mts').FixtureResponse | undefined} */ (await route(url));
      if (fixture) {
        log.served.push(url);
        await fulfil(fixture.status, fixture.contentType, fixture.body, fixture.headers);
        return;
      }
    }
    if (isAwsOrPortalUrl(url)) {
      log.notFound.push(url);
      await fulfil(404, 'text/plain', `No fixture for ${url}`);
      return;
    }
    log.blocked.push(url);
    await session.send('Fetch.failRequest', { requestId: event.requestId, errorReason: 'BlockedByClient' });
  } catch (error) {
    log.failed.push(url);
    // The tab may be gone already; nothing left to answer then.
    await fulfil(500, 'text/plain', `Fixture route failed for ${url}: ${String(error)}`).catch(() => undefined);
  }
}

/** `::-p-aria(...)` selector for an element by accessible name and role. */
const aria = (name, role) => `::-p-aria([name="${name.replace(/["\\]/g, '\\$&')}"][role="${role}"])`;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Poll `read` until `done(value)` or `timeout`; returns the last value read, and whether it got there. */
async function pollFor(read, done, timeout = shortWait, every = 100) {
  const until = Date.now() + timeout;
  let value = await read();
  while (!done(value) && Date.now() < until) {
    await sleep(every);
    value = await read();
  }
  return { value, reached: done(value) };
}

/**
 * The tabs and the handful of moves the flow is made of.
 * @param {{ browser: import('puppeteer-core').Browser, extensionId: string, extensionOrigin?: string, browserName?: string }} launched
 * @param {{ servePage?: (page: import('puppeteer-core').Page) => Promise<void> }} [serving] `serveReplicas`' answer (Firefox needs its `servePage`)
 */
export function createWholeFlow(launched, { servePage } = {}) {
  const { browser, extensionId } = launched;
  const firefox = launched.browserName === 'firefox';
  /** @type {import('puppeteer-core').Page | undefined} */
  let consoleTab;
  /** @type {import('puppeteer-core').Page | undefined} */
  let panelTab;
  /** @type {import('puppeteer-core').Page | undefined} */
  let portalTab;
  const pageErrors = [];
  /**
   * Every click and keystroke the flow makes, counted where it is made: on a console or portal
   * page, or in the side panel. `typedValues` counts values typed by hand (a field typed into),
   * `keystrokes` their characters. Read it before and after a stage for that stage's share.
   */
  const counts = {
    clicks: { console: 0, portal: 0, panel: 0 },
    keystrokes: { console: 0, portal: 0, panel: 0 },
    typedValues: { console: 0, portal: 0, panel: 0 },
  };
  /** @param {import('puppeteer-core').Page} page */
  const whereIs = (page) => (page === panelTab ? 'panel' : page === portalTab ? 'portal' : 'console');
  const need = (page, what) => {
    if (!page) throw new Error(`The ${what} tab isn't open yet: run the stage that opens it first.`);
    return page;
  };

  const flow = {
    get console() {
      return need(consoleTab, 'console');
    },
    get panel() {
      return need(panelTab, 'side panel');
    },
    get portal() {
      return need(portalTab, 'FinOps portal');
    },
    get portalIsOpen() {
      return portalTab !== undefined && !portalTab.isClosed();
    },
    pageErrors,
    counts,
    /** A copy of the counts so far. */
    countsNow: () => structuredClone(counts),
    /**
     * Types `text` into the field `selector` of `page` as a person does, key by key: one value
     * typed by hand. The tour's goal is never to need it (an access key's secret is the exception).
     */
    async typeInto(page, selector, text) {
      const where = whereIs(page);
      await page.locator(selector).setTimeout(shortWait).fill('');
      await page.type(selector, text);
      counts.typedValues[where] += 1;
      counts.keystrokes[where] += text.length;
    },
    /** Each "Open in console" pressed: where the console tab went, the step's "You are on" line, how many console tabs there were. */
    openedInConsole: /** @type {Array<{ stepTitle: string, url: string, here: string | undefined, consoleTabs: number }>} */ ([]),

    /**
     * The console on the Data Exports list (the person is signed in), then the side panel in a
     * window beside it. `setViewports: false` leaves a headful browser's window sizes alone.
     */
    async openConsoleAndPanel({ panelViewport = { width: 440, height: 1000 }, setViewports = true, replicaOptions } = {}) {
      // The browser's first tab, when it is still blank, becomes the console tab.
      const [first] = await browser.pages();
      consoleTab = first && first.url() === 'about:blank' ? first : await browser.newPage();
      consoleTab.on('pageerror', (error) => pageErrors.push(`console: ${String(error)}`));
      await servePage?.(consoleTab);
      // What the demo console shows (an organization's size, its stack instances): tests/console-replicas/contract.ts.
      if (replicaOptions) await withReplicaOptions(consoleTab, replicaOptions);
      if (setViewports) await consoleTab.setViewport({ width: 1400, height: 1000 });
      await consoleTab.goto(consoleStart, { waitUntil: 'load' });
      // A window of its own: like the real side panel it stays visible while the console works.
      panelTab = await browser.newPage({ type: 'window', windowBounds: { width: panelViewport.width, height: panelViewport.height } });
      panelTab.on('pageerror', (error) => pageErrors.push(`side panel: ${String(error)}`));
      if (setViewports) await panelTab.setViewport(panelViewport);
      if (firefox) {
        // Firefox never reports `load` for moz-extension pages over BiDi: take the commit, then the document.
        await panelTab.goto(`moz-extension://${extensionId}/sidepanel.html`, { waitUntil: 'commit' });
        await panelTab.waitForFunction(() => document.readyState === 'complete');
      } else {
        await panelTab.goto(`chrome-extension://${extensionId}/sidepanel.html`, { waitUntil: 'load' });
      }
      await panelTab.locator(aria('FinOps AWS onboarding', 'heading')).wait();
    },

    /** Ticks a radio of the side panel's setup by its accessible name (no-op when already ticked); returns whether it is ticked. */
    async chooseInPanel(radioName) {
      await flow.panel.bringToFront();
      const radio = await flow.panel.locator(aria(radioName, 'radio')).setTimeout(shortWait).waitHandle();
      if (!(await radio.evaluate((input) => /** @type {HTMLInputElement} */ (input).checked))) {
        await radio.click();
        counts.clicks.panel += 1;
      }
      const { reached } = await pollFor(() => radio.evaluate((input) => /** @type {HTMLInputElement} */ (input).checked), Boolean);
      await radio.dispose();
      return reached;
    },

    /**
     * An element of the panel by selector. The panel is brought to the front first: a real side
     * panel is always visible, while a tab behind another one answers no accessibility queries.
     */
    async panelElement(selector) {
      await flow.panel.bringToFront();
      const { value, reached } = await pollFor(() => flow.panel.$(selector), (handle) => handle !== null);
      if (!reached || !value) throw new Error(`The side panel shows no ${selector}.`);
      return value;
    },

    /**
     * A disclosure of the panel (a `<summary>`, or a control with aria-expanded) by its accessible
     * name, found in the DOM: the browsers give a summary different roles (Chromium's
     * DisclosureTriangle has no Firefox twin).
     */
    async panelDisclosure(name) {
      await flow.panel.bringToFront();
      const find = () =>
        flow.panel.evaluateHandle(
          (wanted) =>
            Array.from(document.querySelectorAll('summary, [aria-expanded]')).find(
              (element) => (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim() === wanted,
            ) ?? null,
          name,
        );
      const { value, reached } = await pollFor(
        async () => (await find()).asElement(),
        (handle) => handle !== null,
      );
      if (!reached || !value) throw new Error(`The side panel shows no section "${name}".`);
      return /** @type {import('puppeteer-core').ElementHandle<Element>} */ (value);
    },

    /** Opens a collapsed section of the side panel (a disclosure) by its name; a click only when it is closed. */
    async expandInPanel(name) {
      const summary = await flow.panelDisclosure(name);
      const open = await summary.evaluate((element) => element.closest('details')?.open ?? element.getAttribute('aria-expanded') === 'true');
      if (!open) {
        await summary.click();
        counts.clicks.panel += 1;
      }
      await summary.dispose();
    },

    /** Clicks a button of the side panel by its accessible name. */
    async clickInPanel(name) {
      await flow.panel.bringToFront();
      await flow.panel.locator(aria(name, 'button')).setTimeout(shortWait).click();
      counts.clicks.panel += 1;
    },

    /**
     * Presses the step's "Open in console" in the panel and waits for the console tab to show the
     * page: `expected` is a part of the URL (or a pattern) that page has. Returns the console URL.
     */
    async openStepInConsole(stepTitle, expected) {
      await flow.clickInPanel(`Open in console: ${stepTitle}`);
      const matches = (url) => (typeof expected === 'string' ? url.includes(expected) : expected.test(url));
      const { value: url, reached } = await pollFor(() => flow.console.url(), matches);
      if (!reached) throw new Error(`"Open in console: ${stepTitle}" left the console tab at ${url}, expected a page matching ${expected}.`);
      // Once the page is recognised the panel highlights the step done there ("You are on: …").
      const { value: step } = await pollFor(
        () => flow.steps().then((steps) => steps.find((candidate) => candidate.title.replace(/^\d+\.\s*/, '') === stepTitle)),
        (found) => found?.here !== undefined,
        5_000,
        200,
      );
      const consoleTabs = (await browser.pages()).filter((page) => page.url().includes('.console.aws.amazon.com') || page.url().startsWith('https://console.aws.amazon.com'));
      flow.openedInConsole.push({ stepTitle, url, here: step?.here, consoleTabs: consoleTabs.length });
      await flow.console.bringToFront();
      return url;
    },

    /**
     * Presses the extension's in-page button (`data-finops-action`, label containing `label`) and
     * waits for its status line. Throws unless it reports done: the flow can't go on otherwise.
     */
    async pressPageButton(action, label = '', page = flow.console) {
      const outcome = await pressAction(page, action, label);
      counts.clicks[whereIs(page)] += 1;
      if (outcome.kind !== 'done') throw new Error(`The "${action}" button (${label || 'any label'}) said ${outcome.kind}: ${outcome.text}`);
      return outcome.text;
    },

    /** Clicks a console `<button>` with exactly this text (the last enabled one: wizard footers come last). */
    async clickConsoleButton(text) {
      const button = await flow.console.waitForFunction(
        (label) => Array.from(document.querySelectorAll('button')).filter((element) => element.textContent?.trim() === label && !element.disabled).at(-1) ?? null,
        { timeout: shortWait },
        text,
      );
      await /** @type {import('puppeteer-core').ElementHandle<HTMLElement>} */ (button).click();
      counts.clicks.console += 1;
    },

    /**
     * Goes to another console service in the console tab: one click in the console's own services
     * menu (the replicas serve the pages, not the menu), counted as that click.
     */
    async goToConsolePage(url) {
      await flow.console.bringToFront();
      await flow.console.goto(url, { waitUntil: 'load' });
      counts.clicks.console += 1;
    },

    /**
     * "Download …" in the panel: the link's file, written to `dir` as the browser saves it (its
     * data: URL decoded), so the console's file chooser can pick it. One click. Returns the file.
     */
    async downloadFromPanel(linkName, dir) {
      const link = await flow.panelElement(`a[data-finops-action="download"]::-p-text(${linkName})`);
      const { href, fileName } = await link.evaluate((element) => ({ href: /** @type {HTMLAnchorElement} */ (element).href, fileName: /** @type {HTMLAnchorElement} */ (element).download }));
      await link.dispose();
      counts.clicks.panel += 1;
      const text = decodeURIComponent(href.slice(href.indexOf(',') + 1));
      await mkdir(dir, { recursive: true });
      const file = path.join(dir, fileName);
      await writeFile(file, text);
      return file;
    },

    /** Ticks a console checkbox or radio by its label text (Cloudscape's inputs are visually hidden: the label takes the click). */
    async clickConsoleChoice(text) {
      const input = await flow.console.waitForFunction(
        (wanted) => {
          const textOf = (element) => element?.textContent ?? '';
          for (const candidate of Array.from(document.querySelectorAll('input[type="checkbox"], input[type="radio"]'))) {
            const labelledBy = (candidate.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).map((id) => textOf(document.getElementById(id)));
            const names = [...Array.from(/** @type {HTMLInputElement} */ (candidate).labels ?? [], textOf), ...labelledBy, candidate.getAttribute('aria-label') ?? ''];
            if (names.some((name) => name.includes(wanted))) return candidate;
          }
          return null;
        },
        { timeout: shortWait },
        text,
      );
      const label = await input.evaluateHandle((element) => element.closest('label') ?? element);
      await /** @type {import('puppeteer-core').ElementHandle<HTMLElement>} */ (label).click();
      counts.clicks.console += 1;
    },

    /** A console element by selector, clicked (a person's click: trusted). */
    async clickConsoleElement(selector) {
      await flow.console.locator(selector).setTimeout(shortWait).click();
      counts.clicks.console += 1;
    },

    /** Chooses a file in the console's file input: the chooser's one click. */
    async chooseConsoleFile(file) {
      const input = /** @type {import('puppeteer-core').ElementHandle<HTMLInputElement>} */ (await flow.console.waitForSelector('input[type="file"]', { timeout: shortWait }));
      await input.uploadFile(file);
      await input.dispose();
      counts.clicks.console += 1;
    },

    /** Reloads the console page: the browser's reload button, one click. */
    async reloadConsole() {
      await flow.console.reload({ waitUntil: 'load' });
      counts.clicks.console += 1;
    },

    /** A key pressed on a console page (Escape to close a menu): a keystroke, not a value typed. */
    async pressConsoleKey(key) {
      await flow.console.keyboard.press(key);
      counts.keystrokes.console += 1;
    },

    /** The extension's progress as stored (chrome.storage.local `onboarding`), read in the panel page. */
    async storedProgress() {
      return flow.panel.evaluate(() => /** @type {any} */ (globalThis).chrome.storage.local.get('onboarding').then((items) => items.onboarding));
    },

    /** Follows a console link by its text, as a person opens an export from the list. */
    async followConsoleLink(text) {
      await flow.console.locator(aria(text, 'link')).setTimeout(shortWait).click();
      counts.clicks.console += 1;
    },

    /** Every step of the panel's checklist: its title (with number), status word and "You are on" line. */
    async steps() {
      const list = await flow.panelElement(aria('Steps', 'list'));
      const items = await list.evaluate(readListItems);
      await list.dispose();
      return items.map((item) => ({
        title: item.name,
        status: item.texts.find((text) => /^(To do|Next|Done|Done \(seen\)|Skipped)$/.test(text)) ?? '',
        here: afterYouAreOn(item.texts),
      }));
    },

    /** The status word of one step ("Done (seen)", "Next", …), by the step's title. */
    async stepStatus(stepTitle) {
      const step = (await flow.steps()).find((candidate) => candidate.title.replace(/^\d+\.\s*/, '') === stepTitle);
      if (!step) throw new Error(`The panel's checklist has no step "${stepTitle}".`);
      return step.status;
    },

    /** Waits for the panel to show the step with this status (or one of these); throws, saying what it shows instead. */
    async waitForStep(stepTitle, status, timeout = shortWait) {
      const wanted = Array.isArray(status) ? status : [status];
      const { value, reached } = await pollFor(() => flow.stepStatus(stepTitle), (shown) => wanted.includes(shown), timeout, 200);
      if (!reached) throw new Error(`The panel shows "${stepTitle}" as "${value}", expected "${wanted.join('" or "')}".`);
    },

    /** The "You are on: …" line above the checklist, if any. */
    async youAreOn() {
      await flow.panel.bringToFront();
      let texts;
      for (const line of await flow.panel.$$('[role="status"]')) {
        const shown = await line.evaluate(visibleTexts);
        await line.dispose();
        if (!texts && shown[0] === 'You are on:') texts = shown;
      }
      return texts ? texts.slice(1).join(' ') : undefined;
    },

    /** The Values panel as shown: by label, the value, its source and its check. */
    async values() {
      const list = await flow.panelElement(aria('Values', 'list'));
      const items = await list.evaluate(readListItems);
      await list.dispose();
      /** @type {Record<string, { value?: string, source?: string, state?: string, copyButton?: string }>} */
      const shown = {};
      for (const item of items) {
        const { texts } = item;
        const [label] = texts;
        if (!label) continue;
        const stateAt = texts.findIndex((text) => ['valid', 'needs a fix', 'not known yet'].includes(text));
        shown[label] = {
          source: texts.find((text) => ['read from page', 'typed', 'default'].includes(text)),
          state: texts[stateAt],
          // A missing value shows "Not known yet" where the value would be.
          value: stateAt === -1 || texts[stateAt] === 'not known yet' ? undefined : texts[stateAt + 1],
          copyButton: item.buttons.find((name) => name.startsWith('Copy ')),
        };
      }
      return shown;
    },

    /** Waits until the Values panel shows `label` with `value` (and `source`, when given). */
    async waitForValue(label, value, source) {
      const { value: shown, reached } = await pollFor(
        () => flow.values().then((values) => values[label]),
        (entry) => entry?.value === value && (source === undefined || entry.source === source),
        shortWait,
        200,
      );
      if (!reached) throw new Error(`The Values panel shows ${label} as ${JSON.stringify(shown)}, expected "${value}"${source ? ` (${source})` : ''}.`);
    },

    /**
     * Presses a copy button of the panel (inside the list named `listName`; anywhere for null) and
     * returns what reached the clipboard, read back by the panel page itself (it may: the test
     * grants it clipboard access first).
     */
    async copyFromPanel(buttonName, listName = 'Values') {
      const scope = listName === null ? undefined : await flow.panelElement(aria(listName, 'list'));
      const button = scope ? await scope.$(aria(buttonName, 'button')) : await flow.panelElement(aria(buttonName, 'button'));
      await scope?.dispose();
      if (!button) throw new Error(`The panel's "${listName}" list has no "${buttonName}" button.`);
      // A marker first, so a copy that silently failed can't pass for the previous one.
      await flow.panel.evaluate(() => navigator.clipboard.writeText('(nothing copied)'));
      await button.click();
      counts.clicks.panel += 1;
      await button.dispose();
      const { value } = await pollFor(() => flow.panel.evaluate(() => navigator.clipboard.readText()), (text) => text !== '(nothing copied)', 2_000);
      return value;
    },

    /**
     * Presses the hand-off's "Open FinOps for Cloud" in the panel; the extension opens the portal's
     * connect page in a tab of its own, which this returns once the portal replica is ready.
     */
    async openPortalFromPanel(stepTitle = stepTitles.connect) {
      const wanted = `${portalOrigin}${portalConnectPath}`;
      /** @type {import('puppeteer-core').Page | null | undefined} */
      let page;
      if (servePage) {
        // Per-page serving (Firefox): the tab the extension opens starts loading before anything can
        // intercept it, so it fails to load (or loads the real portal). Read where the extension sent
        // it, then serve that tab and load the same address again: no click of the person's.
        const before = new Set(await browser.pages());
        await flow.clickInPanel(`Open FinOps for Cloud for: ${stepTitle}`);
        const { value: opened } = await pollFor(async () => (await browser.pages()).find((candidate) => !before.has(candidate) && candidate.url() !== 'about:blank'), Boolean);
        if (!opened) throw new Error(`"Open FinOps for Cloud for: ${stepTitle}" opened no tab.`);
        const asked = opened.url().startsWith('about:neterror') ? new URL(opened.url()).searchParams.get('u') ?? '' : opened.url();
        if (!asked.startsWith(wanted)) throw new Error(`"Open FinOps for Cloud for: ${stepTitle}" opened ${opened.url()}, expected ${wanted}.`);
        await servePage(opened);
        await opened.goto(asked, { waitUntil: 'load' });
        page = opened;
      } else {
        const opened = browser.waitForTarget((target) => target.type() === 'page' && target.url().startsWith(wanted), { timeout: shortWait });
        await flow.clickInPanel(`Open FinOps for Cloud for: ${stepTitle}`);
        page = await (await opened).page();
      }
      if (!page) throw new Error('The FinOps portal tab opened, but puppeteer could not attach to it.');
      portalTab = page;
      page.on('pageerror', (error) => pageErrors.push(`portal: ${String(error)}`));
      await page.setViewport({ width: 1400, height: 1100 });
      await page.bringToFront();
      await page.waitForFunction(() => window.__PORTAL_STATE__?.ready === true, { timeout: shortWait });
      return page;
    },

    /**
     * A screenshot of one of the tabs, brought to the front first (a tab behind another one paints
     * nothing to capture): the full page, or with `showing` (an accessible name) what a person sees
     * with that element scrolled to the top. Returns the file.
     * @param {'console' | 'panel' | 'portal'} tab
     * @param {string} name
     * @param {{ dir?: string, showing?: string }} [options]
     */
    async screenshot(tab, name, { dir = screenshotsDir, showing } = {}) {
      const page = tab === 'console' ? flow.console : tab === 'panel' ? flow.panel : flow.portal;
      await page.bringToFront();
      if (!showing) return screenshot(page, name, dir);
      const element = await page.$(`::-p-aria([name="${showing.replace(/["\\]/g, '\\$&')}"])`);
      if (!element) throw new Error(`Nothing named "${showing}" to show in the ${tab} tab.`);
      // The name may be the document's (its title) or a text node's: scroll to their element.
      await element.evaluate((node) => {
        const target = node instanceof Document ? node.documentElement : node instanceof Element ? node : node.parentElement;
        target?.scrollIntoView({ block: 'start' });
      });
      await element.dispose();
      await mkdir(dir, { recursive: true });
      const file = path.join(dir, `${name}.png`);
      await page.screenshot({ path: /** @type {`${string}.png`} */ (file) });
      return file;
    },

    /** Presses the portal's own Connect (the extension never does) and returns the replica's state after it. */
    async connectInPortal() {
      const page = flow.portal;
      const before = await page.evaluate(() => window.__PORTAL_STATE__.submitCount);
      await page.click('[data-test-id="btn_connect_cloud_account"]');
      counts.clicks.portal += 1;
      await page.waitForFunction((count) => window.__PORTAL_STATE__.submitCount > count, { timeout: shortWait }, before);
      return page.evaluate(() => window.__PORTAL_STATE__);
    },
  };
  return flow;
}

/** "Create policy" from the texts of a "You are on: Create policy" line (one text node or two). */
function afterYouAreOn(texts) {
  const index = texts.findIndex((text) => text.startsWith('You are on:'));
  if (index === -1) return undefined;
  const rest = texts[index]?.slice('You are on:'.length).trim();
  return rest || texts[index + 1];
}

/**
 * Every text a screen reader reads in `root`, in reading order, one entry per text node: what is
 * hidden from it (aria-hidden, hidden, display: none) left out. Runs in the page; read from the
 * DOM so it works in both browsers (Firefox over WebDriver BiDi has no accessibility snapshot).
 * @param {Element} root
 */
function visibleTexts(root) {
  /** @param {Element | null} element */
  const hidden = (element) => {
    for (let at = element; at && at !== root.parentElement; at = at.parentElement) {
      if (at.getAttribute('aria-hidden') === 'true' || at.hasAttribute('hidden') || getComputedStyle(at).display === 'none') return true;
    }
    return false;
  };
  const texts = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').trim();
    if (text !== '' && !hidden(node.parentElement)) texts.push(text);
  }
  return texts;
}

/**
 * The items of a panel list (the checklist, the Values), read in the page: each item's accessible
 * name (its aria-labelledby), its texts and the names of its buttons.
 * @param {Element} list
 */
function readListItems(list) {
  const hidden = (element) => element.closest('[aria-hidden="true"], [hidden]') !== null;
  const textsIn = (root) => {
    const texts = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const parent = node.parentElement;
      if (text !== '' && parent && !hidden(parent) && getComputedStyle(parent).display !== 'none') texts.push(text);
    }
    return texts;
  };
  const nameOf = (element) => {
    const labelledBy = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    if (labelledBy.length > 0) return labelledBy.map((id) => document.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '').join(' ');
    return element.getAttribute('aria-label') ?? element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  };
  return Array.from(list.children)
    .filter((item) => item.tagName === 'LI' && !hidden(item))
    .map((item) => ({
      name: item.hasAttribute('aria-labelledby') || item.hasAttribute('aria-label') ? nameOf(item) : '',
      texts: textsIn(item),
      buttons: Array.from(item.querySelectorAll('button')).filter((button) => !hidden(button)).map(nameOf),
    }));
}

/**
 * The extension's in-page button with this `data-finops-action` whose label contains `label`, inside
 * its shadow root: clicked, then its status line read once it says something.
 * @param {import('puppeteer-core').Page} page
 */
async function pressAction(page, action, label) {
  const button = /** @type {import('puppeteer-core').ElementHandle<HTMLButtonElement>} */ (
    await page
      .waitForFunction(
        (verb, text) => {
          for (const host of Array.from(document.querySelectorAll('finops-action'))) {
            const candidate = host.shadowRoot?.querySelector(`button[data-finops-action="${verb}"]`);
            if (candidate && candidate.textContent?.includes(text)) return candidate;
          }
          return null;
        },
        { timeout: shortWait },
        action,
        label,
      )
      .catch(async () => {
        const shown = await page.evaluate(() =>
          Array.from(document.querySelectorAll('finops-action')).flatMap((host) =>
            Array.from(host.shadowRoot?.querySelectorAll('button[data-finops-action]') ?? []).map((candidate) => candidate.textContent ?? ''),
          ),
        );
        throw new Error(
          `No "${action}" button${label ? ` saying "${label}"` : ''} turned up on ${page.url()} in ${shortWait / 1000} s; the extension's buttons there: ${shown.length > 0 ? shown.map((text) => `"${text}"`).join(', ') : 'none'}.`,
        );
      })
  );
  await button.evaluate((element) => {
    const status = /** @type {HTMLElement | null | undefined} */ (element.closest('.finops')?.querySelector('.status'));
    if (status) {
      status.textContent = '';
      delete status.dataset.kind;
    }
  });
  await button.click();
  const outcome = await page.waitForFunction(
    (element) => {
      const line = /** @type {HTMLElement | null | undefined} */ (element.closest('.finops')?.querySelector('.status'));
      return line?.dataset.kind ? { kind: line.dataset.kind, text: line.textContent ?? '' } : null;
    },
    { timeout: shortWait },
    button,
  );
  return /** @type {{ kind: string, text: string }} */ (await outcome.jsonValue());
}

/**
 * The flow in order. Each stage is what a person does next; `run` throws when the product doesn't
 * do its part, with a message saying what was shown instead.
 * @type {import('./whole-flow.d.mts').WholeFlowStage[]}
 */
export const wholeFlowStages = [
  {
    id: 'console-and-panel',
    title: 'The console on Data Exports, the side panel beside it (its own window: a side panel stays in view)',
    async run(flow) {
      await flow.openConsoleAndPanel();
      // The console session's account is recognised: the panel shows its progress.
      await flow.panelElement(aria('Progress of account 1111-2222-3333', 'progressbar'));
    },
  },
  {
    id: 'setup',
    title: 'Setup in the panel: FinOps for Cloud, standalone account, assumed role, new export',
    async run(flow) {
      for (const choice of ['FinOps for Cloud', 'Standalone account', 'Assumed role (recommended)', 'Create a new Data Export']) {
        if (!(await flow.chooseInPanel(choice))) throw new Error(`The panel's "${choice}" didn't stay ticked.`);
      }
      await flow.waitForStep(stepTitles.dataExport, 'Next');
    },
  },
  {
    id: 'data-export',
    title: 'Data Export: "Open in console", the fill button, Create; then the export opened to read its prefix',
    async run(flow) {
      await flow.openStepInConsole(stepTitles.dataExport, '#/bcm-data-exports/create');
      await flow.pressPageButton('fill-form', 'recommended export settings');
      await flow.clickConsoleButton('Create');
      await flow.waitForStep(stepTitles.dataExport, 'Done (seen)');
      // The list shows name and bucket; the export's own page is the one that shows the S3 path prefix.
      await flow.followConsoleLink(`billing-${flowAccountId}`);
      await flow.waitForValue('S3 path prefix', 'reports', 'read from page');
    },
  },
  {
    id: 'billing-import-policy',
    title: 'FinOpsForCloudBillingImport: "Open in console", insert the policy, name it, create it',
    async run(flow) {
      await flow.openStepInConsole(stepTitles.billingImportPolicy, '#/policies/create');
      await flow.pressPageButton('insert-policy', 'FinOpsForCloudBillingImport');
      await flow.clickConsoleButton('Next');
      await flow.pressPageButton('fill-form', 'Fill policy name FinOpsForCloudBillingImport');
      await flow.clickConsoleButton('Create policy');
      await flow.waitForStep(stepTitles.billingImportPolicy, 'Done (seen)');
    },
  },
  {
    id: 'discovery-policy',
    title: 'FinOpsForCloudResourceDiscovery: "Open in console", insert the policy, name it, create it',
    async run(flow) {
      await flow.openStepInConsole(stepTitles.discoveryPolicy, '#/policies/create');
      await flow.pressPageButton('insert-policy', 'FinOpsForCloudResourceDiscovery');
      await flow.clickConsoleButton('Next');
      await flow.pressPageButton('fill-form', 'Fill policy name FinOpsForCloudResourceDiscovery');
      await flow.clickConsoleButton('Create policy');
      await flow.waitForStep(stepTitles.discoveryPolicy, 'Done (seen)');
    },
  },
  {
    id: 'access-role',
    title: 'FinOpsForCloudAccessRole: custom trust policy, both policies, the role name, create it',
    async run(flow) {
      await flow.openStepInConsole(stepTitles.accessRole, '#/roles/create');
      await flow.pressPageButton('choose-custom-trust-policy');
      await flow.pressPageButton('insert-policy', 'trust policy');
      await flow.clickConsoleButton('Next');
      await flow.pressPageButton('select-policies');
      await flow.clickConsoleButton('Next');
      await flow.pressPageButton('fill-form', 'Fill role name FinOpsForCloudAccessRole');
      await flow.clickConsoleButton('Create role');
      await flow.waitForStep(stepTitles.accessRole, 'Done (seen)');
    },
  },
  {
    id: 'role-arn',
    title: 'Role details: "Open in console", the Role ARN read back',
    async run(flow) {
      await flow.openStepInConsole(stepTitles.roleArn, '#/roles/details/FinOpsForCloudAccessRole');
      await flow.waitForStep(stepTitles.roleArn, 'Done (seen)');
      await flow.waitForValue('Role ARN', `arn:aws:iam::${flowAccountId}:role/FinOpsForCloudAccessRole`, 'read from page');
    },
  },
  {
    id: 'portal',
    title: 'FinOps for Cloud: "Open FinOps for Cloud" from the hand-off, the fill button, Connect',
    async run(flow) {
      await flow.waitForStep(stepTitles.connect, 'Next');
      await flow.openPortalFromPanel();
      await flow.pressPageButton('fill-form', 'Fill with AWS account 1111-2222-3333', flow.portal);
      const state = await flow.connectInPortal();
      if (!state.submitted) throw new Error(`The portal refused the filled form: invalid fields ${state.invalidFields.join(', ')}.`);
    },
  },
  {
    id: 'done',
    title: 'Back in the panel: the connect step ticked, every step done',
    async run(flow) {
      // The portal said "Data source connected" after our fill: the extension saw it and ticked the step.
      await flow.waitForStep(stepTitles.connect, 'Done (seen)');
      await flow.panelDisclosure('Steps (all done)');
    },
  },
];

/** The values the panel ends with, as the tour reports them (labels as the Values panel shows them). */
export const reportedValueLabels = {
  accountId: 'AWS account ID',
  roleName: 'IAM role name',
  exportName: 'Data export name',
  bucketName: 'S3 bucket name',
  exportPathPrefix: 'S3 path prefix',
  roleArn: 'Role ARN',
};
