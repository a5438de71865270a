// Firefox as a first-class target: the built Firefox extension, installed in Firefox ESR over
// WebDriver BiDi, on the same replica pages as the Chromium tests. Run by scripts/browser-tests.mjs
// when Firefox is installed (always in CI).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activePageItem } from '@/storage/session';
import { recognisePage } from '@/lib/console';
import { EDITOR_MARK, EDITOR_RESULT_EVENT, NAVIGATED_EVENT, SET_EDITOR_EVENT } from '@/lib/console/bridge-protocol';
import {
  browsersUnderTest,
  evaluateInExtension,
  firefoxExtensionDir,
  launchFirefoxWithExtension,
  openExtensionPage,
  readExtensionStorage,
  screenshot,
  type ExtensionManifest,
  type LaunchedFirefox,
} from '../support/browser';
import { chooseSetup, clickConsoleButton, editorText, findAction, openConsole, replicaState, runAction, type StoredAccount } from '../support/console';

const geckoId = 'finops-aws-onboarding@softwareone.example';
const createPolicyUrl = 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/policies/create';
const accountId = '111122223333';
const bucket = `billing-export-${accountId}`;
const editBucketPolicyUrl = `https://s3.console.aws.amazon.com/s3/bucket/${bucket}/property/policy/edit?region=eu-west-1`;
const roleArn = `arn:aws:iam::${accountId}:role/FinOpsForCloudAccessRole`;
const roleDetailsUrl = 'https://us-east-1.console.aws.amazon.com/iam/home#/roles/details/FinOpsForCloudAccessRole';

/** The slice of the WebExtension API these tests call from an extension page. */
interface WebExtensionApi {
  runtime: { getURL(path: string): string; getManifest(): { name: string; version: string; manifest_version: number } };
  sidebarAction: { isOpen(details: object): Promise<boolean>; close(): Promise<void> };
}

type FirefoxManifest = ExtensionManifest & {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  sidebar_action?: { default_panel?: string };
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
    gecko_android?: { strict_min_version?: string };
  };
};

const builtManifest = () => JSON.parse(readFileSync(path.join(firefoxExtensionDir, 'manifest.json'), 'utf8')) as FirefoxManifest;
const majorVersion = (version: string | undefined) => Number(version?.split('.')[0] ?? Number.NaN);

describe('the Firefox build', () => {
  it('is MV3 with a stable add-on ID and declares that it collects no data', () => {
    const manifest = builtManifest();
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings?.gecko?.id).toBe(geckoId);
    expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    // data_collection_permissions is read from Firefox 140 (142 on Android); lower minimums make AMO warn.
    expect(majorVersion(manifest.browser_specific_settings?.gecko?.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(majorVersion(manifest.browser_specific_settings?.gecko_android?.strict_min_version)).toBeGreaterThanOrEqual(142);
  });

  it('opens the side panel as Firefox\'s sidebar, with no Chrome-only permission', () => {
    const manifest = builtManifest();
    expect(manifest.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(manifest).not.toHaveProperty('side_panel');
    expect(manifest.permissions ?? []).not.toContain('sidePanel');
  });

  it('keeps the console hosts, the optional host access self-hosted portals ask for, and the page-world bridge', () => {
    const manifest = builtManifest();
    expect(manifest.host_permissions).toContain('https://*.console.aws.amazon.com/*');
    expect(manifest.optional_host_permissions).toContain('https://*/*');
    expect(manifest.content_scripts?.filter((script) => script.world === 'MAIN').flatMap((script) => script.js ?? [])).toEqual([
      'content-scripts/console-bridge.js',
    ]);
  });
});

describe('in Firefox', () => {
  let launched: LaunchedFirefox;

  beforeAll(async () => {
    launched = await launchFirefoxWithExtension();
  });

  afterAll(async () => {
    await launched?.close();
  });

  it('installs the add-on under its gecko ID and serves its pages from the chosen UUID', async () => {
    expect(launched.geckoId).toBe(geckoId);
    const seen = await evaluateInExtension(launched, () => {
      const { browser } = globalThis as unknown as { browser: WebExtensionApi };
      return { root: browser.runtime.getURL('/'), manifest: browser.runtime.getManifest() };
    });
    expect(seen.root).toBe(`${launched.extensionOrigin}/`);
    expect(seen.manifest).toMatchObject({ name: launched.manifest.name, version: launched.manifest.version, manifest_version: 3 });
  });

  const sidebarIsOpen = () =>
    evaluateInExtension(launched, () => (globalThis as unknown as { browser: WebExtensionApi }).browser.sidebarAction.isOpen({}));

  it('opens the sidebar from the quick-glance popup\'s "Open side panel" button', async () => {
    // Firefox opens a new add-on's sidebar by itself; closing it, like opening it, takes a click.
    const closer = await openExtensionPage(launched.browser, launched.extensionId, 'popup.html');
    await closer.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'close-sidebar';
      button.addEventListener('click', () => void (globalThis as unknown as { browser: WebExtensionApi }).browser.sidebarAction.close());
      document.body.prepend(button);
    });
    await closer.click('#close-sidebar');
    await closer.close();
    await expect.poll(sidebarIsOpen, { timeout: 5_000, interval: 250 }).toBe(false);

    const popup = await openExtensionPage(launched.browser, launched.extensionId, 'popup.html');
    const openButton = await popup.waitForFunction(
      () => Array.from(document.querySelectorAll('button')).find((button) => button.textContent?.trim() === 'Open side panel') ?? null,
      { timeout: 10_000 },
    );
    await (openButton as ElementHandle<HTMLButtonElement>).click();
    await expect.poll(sidebarIsOpen, { timeout: 5_000, interval: 250 }).toBe(true);
    if (!popup.isClosed()) await popup.close();
  });

  it('renders the side panel (the sidebar page) with a heading and no page errors', async () => {
    const pageErrors: string[] = [];
    const sidePanel = await openExtensionPage(launched.browser, launched.extensionId, 'sidepanel.html', {
      viewport: { width: 420, height: 800 },
      pageErrors,
    });
    const heading = await sidePanel.waitForSelector('h1, h2, [role="heading"]', { visible: true, timeout: 10_000 });
    expect((await heading!.evaluate((element) => element.textContent ?? '')).trim()).not.toBe('');
    await screenshot(sidePanel, 'firefox-side-panel');
    expect(pageErrors).toEqual([]);
    await sidePanel.close();
  });

  describe('on the IAM "Create policy" replica at its real console URL', () => {
    let page: Page;

    beforeAll(async () => {
      page = await openConsole(launched, createPolicyUrl);
    });

    afterAll(async () => {
      await page?.close();
    });

    it('the console content script shows its buttons in our shadow host', async () => {
      const button = await findAction(page, 'insert-policy', 'FinOpsForCloudBillingImport');
      expect(await button.evaluate((element) => (element.getRootNode() as ShadowRoot).host.localName)).toBe('finops-action');
    });

    it('the content script reports the page to the background, which records it for the side panel', async () => {
      const expectedPage = recognisePage(new URL(createPolicyUrl))?.page;
      expect(expectedPage).toBeDefined();
      const storageKey = activePageItem.key.replace(/^session:/, '');
      await expect
        .poll(async () => (await readExtensionStorage(launched, 'session'))[storageKey], { timeout: 10_000, interval: 500 })
        .toMatchObject({ page: expectedPage, url: createPolicyUrl });
    });

    it('the page-world bridge runs: it answers an editor request and reports pushState navigation', async () => {
      const seen = await page.evaluate(
        (mark, setEvent, resultEvent, navigatedEvent) =>
          new Promise<{ reply: unknown; navigated: boolean }>((resolve) => {
            const element = document.createElement('div');
            element.setAttribute(mark, 'firefox-probe');
            document.body.append(element);
            let navigated = false;
            window.addEventListener(navigatedEvent, () => (navigated = true), { once: true });
            history.pushState(history.state, '', location.href);
            const timer = setTimeout(() => resolve({ reply: null, navigated }), 2000);
            window.addEventListener(resultEvent, (event) => {
              clearTimeout(timer);
              resolve({ reply: JSON.parse((event as CustomEvent<string>).detail), navigated });
            });
            window.dispatchEvent(new CustomEvent(setEvent, { detail: JSON.stringify({ requestId: 'firefox-probe', editorId: 'firefox-probe', text: null }) }));
          }),
        EDITOR_MARK,
        SET_EDITOR_EVENT,
        EDITOR_RESULT_EVENT,
        NAVIGATED_EVENT,
      );
      expect(seen).toEqual({ reply: { requestId: 'firefox-probe', outcome: 'no-editor' }, navigated: true });
    });

    // Resource discovery needs no value from the person (billing import needs the bucket first).
    it('inserts the resource discovery policy into the Ace editor', async () => {
      const before = await editorText(page);
      const outcome = await runAction(page, 'insert-policy', 'FinOpsForCloudResourceDiscovery');
      expect(outcome).toMatchObject({ kind: 'done' });
      const inserted = await editorText(page);
      expect(inserted).not.toBe(before);
      const policy = JSON.parse(inserted) as { Statement: Array<{ Action: string | string[] }> };
      expect(policy.Statement.flatMap((statement) => statement.Action)).toEqual(
        expect.arrayContaining(['bcm-data-exports:ListExports', 'iam:ListUsers', 's3:ListAllMyBuckets']),
      );
      await screenshot(page, 'firefox-iam-create-policy');
    });
  });

  // One account's values, from the console pages to the side panel, as in the Chromium console tests;
  // storage is read from an extension page (Firefox's event page is no puppeteer target).
  describe('one account, from the console pages to the side panel', () => {
    const storedAccount = async () =>
      ((await readExtensionStorage(launched, 'local')).onboarding as { accounts?: Record<string, StoredAccount> } | undefined)?.accounts?.[accountId];

    beforeAll(async () => {
      await chooseSetup(launched, { accountType: 'management', authMethod: 'assumedRole' }, accountId);
    });

    it('merges the data-export statement into the existing bucket policy, and the console saves it', async () => {
      const page = await openConsole(launched, editBucketPolicyUrl);
      try {
        type BucketPolicy = { Statement: Array<{ Sid?: string; Resource?: unknown; Condition?: unknown }> };
        const before = JSON.parse(await editorText(page)) as BucketPolicy;
        expect(before.Statement).toHaveLength(2);
        expect(await runAction(page, 'merge-bucket-policy', 'Add FinOps data-export statements')).toMatchObject({ kind: 'done' });
        const after = JSON.parse(await editorText(page)) as BucketPolicy;
        expect(after.Statement).toHaveLength(3);
        for (const statement of before.Statement) expect(after.Statement).toContainEqual(statement);
        const ours = after.Statement.find((statement) => statement.Sid === 'FinOpsDataExportsDelivery');
        expect(ours?.Resource).toEqual(expect.arrayContaining([`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`]));
        expect(JSON.stringify(ours?.Condition)).toContain(accountId);

        await clickConsoleButton(page, 'Save changes');
        await expect.poll(async () => (await replicaState(page)).bucketPolicies[bucket], { timeout: 10_000 }).toBeDefined();
        expect(JSON.parse((await replicaState(page)).bucketPolicies[bucket]!)).toEqual(after);
        await expect.poll(async () => (await storedAccount())?.values.bucketName, { timeout: 10_000 }).toMatchObject({ value: bucket, source: 'page' });
        await screenshot(page, 'firefox-s3-bucket-policy');
      } finally {
        await page.close();
      }
    });

    it('reads the role ARN back from the IAM role details page into extension storage', async () => {
      const page = await openConsole(launched, roleDetailsUrl);
      try {
        await expect
          .poll(async () => (await storedAccount())?.values.roleArn, { timeout: 10_000, interval: 250 })
          .toMatchObject({ value: roleArn, source: 'page' });
      } finally {
        await page.close();
      }
    });

    it('shows the role ARN and the bucket in the side panel\'s Values, read from page', async () => {
      const sidePanel = await openExtensionPage(launched.browser, launched.extensionId, 'sidepanel.html', { viewport: { width: 420, height: 1000 } });
      try {
        const shownValue = (kind: string) =>
          sidePanel.evaluate((wanted) => {
            const row = document.querySelector(`ul[aria-label="Values"] li[data-value-kind="${wanted}"]`);
            if (!row) return undefined;
            return { value: row.querySelector('.kv-value')?.textContent ?? '', source: row.querySelector('.badge')?.textContent ?? '' };
          }, kind);
        await expect.poll(() => shownValue('roleArn'), { timeout: 10_000, interval: 250 }).toEqual({ value: roleArn, source: 'read from page' });
        expect(await shownValue('bucketName')).toEqual({ value: bucket, source: 'read from page' });
        await screenshot(sidePanel, 'firefox-side-panel-values');
      } finally {
        await sidePanel.close();
      }
    });
  });

  // Firefox ignores ClipboardEventInit.clipboardData: write.ts's synthetic paste also carries
  // Firefox's own `dataType`/`data`. Refusing the bridge's writes forces that path.
  it('falls back to a synthetic paste the editor accepts when the page-world bridge cannot write', async () => {
    const page = await openConsole(launched, createPolicyUrl);
    try {
      const refusedWrites = await page.evaluate((setEvent) => {
        const refused = { count: 0 };
        // At the target, capture listeners run before the bridge's own listener.
        window.addEventListener(
          setEvent,
          (event) => {
            const request = JSON.parse((event as CustomEvent<string>).detail) as { text: string | null };
            if (request.text === null) return;
            refused.count++;
            event.stopImmediatePropagation();
          },
          true,
        );
        (window as unknown as { __refusedWrites: typeof refused }).__refusedWrites = refused;
        return refused.count;
      }, SET_EDITOR_EVENT);
      expect(refusedWrites).toBe(0);
      const outcome = await runAction(page, 'insert-policy', 'FinOpsForCloudResourceDiscovery');
      expect(await page.evaluate(() => (window as unknown as { __refusedWrites: { count: number } }).__refusedWrites.count)).toBeGreaterThan(0);
      expect(outcome).toMatchObject({ kind: 'done' });
      const policy = JSON.parse(await editorText(page)) as { Statement: Array<{ Action: string | string[] }> };
      expect(policy.Statement.flatMap((statement) => statement.Action)).toContain('iam:ListUsers');
    } finally {
      await page.close();
    }
  });
});

describe('choosing browsers for forEachBrowser', () => {
  it.each([
    [{ BROWSER: 'firefox' }, ['firefox']],
    [{ BROWSER: 'chrome' }, ['chrome']],
    [{ BROWSER: 'all' }, ['chrome', 'firefox']],
    [{ BROWSER: ' Firefox, chrome ' }, ['firefox', 'chrome']],
    [{ BROWSER: '', FIREFOX_PATH: '/usr/bin/env' }, ['chrome', 'firefox']],
  ])('%o runs %o', (env, expected) => {
    expect(browsersUnderTest(env)).toEqual(expected);
  });

  it('refuses a browser it cannot launch rather than running nothing', () => {
    expect(() => browsersUnderTest({ BROWSER: 'safari' })).toThrow(/unknown browser safari/);
  });

  it('leaves Firefox out by default when FIREFOX_PATH points at nothing', () => {
    expect(browsersUnderTest({ FIREFOX_PATH: '/nonexistent/firefox' })).toEqual(['chrome']);
  });
});
