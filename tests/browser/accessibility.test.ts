// Accessibility checked by a real tool: axe-core, run in the browser on the side panel and the popup
// in the states people see, and on our in-page controls (the shadow-root buttons and notices) on a
// console replica. Zero violations is the bar; a failure prints each one with the elements it names.
import axe from 'axe-core';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forEachBrowser, openExtensionPage, type LaunchedBrowser } from '../support/browser';
import { chooseSetup, dispatch, findAction, openConsole } from '../support/console';

const accountId = '111122223333';

interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  nodes: string[];
}

/**
 * axe-core's violations on `page` (WCAG 2.x A and AA plus axe's best practices), limited to
 * `include` when given (our shadow hosts on a console page, whose own markup is not ours to fix).
 */
async function axeViolations(page: Page, include?: string): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axe.source);
  return page.evaluate(async (selector) => {
    const api = (globalThis as unknown as { axe: typeof axe }).axe;
    const context = selector ? { include: Array.from(document.querySelectorAll(selector)) } : document;
    const result = await api.run(context as axe.ElementContext, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => `${JSON.stringify(node.target)}: ${node.html.slice(0, 200)}\n      ${node.failureSummary ?? ''}`),
    }));
  }, include ?? null);
}

/** Empty, or the violations spelled out so a failure says what to fix. */
const described = (violations: Violation[]) =>
  violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes.join('\n    ')}`);

/** Open every collapsed section, so axe sees everything a person could. */
const openAllSections = (page: Page) => page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));

async function setStorage(launched: LaunchedBrowser, items: Record<string, unknown>, remove: string[] = []): Promise<void> {
  const page = await openExtensionPage(launched.browser, launched.extensionId, 'popup.html');
  await page.evaluate(
    async (values, keys) => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void>; remove(k: string[]): Promise<void> } } } }).chrome;
      if (keys.length) await api.storage.local.remove(keys);
      if (Object.keys(values).length) await api.storage.local.set(values);
    },
    items,
    remove,
  );
  await page.close();
}

forEachBrowser((launched) => {
  let panel: Page | undefined;

  const openPanel = async (ready: string) => {
    await panel?.close();
    panel = await openExtensionPage(launched().browser, launched().extensionId, 'sidepanel.html', { viewport: { width: 420, height: 1000 } });
    await panel.waitForFunction((text) => document.body.textContent?.includes(text) && !document.querySelector('[aria-busy="true"]'), { timeout: 10_000 }, ready);
    await openAllSections(panel);
    return panel;
  };

  afterAll(async () => {
    await panel?.close();
  });

  describe('the side panel', () => {
    beforeAll(async () => {
      await setStorage(launched(), {}, ['onboarding']);
    });

    it('has no violation before any account: the setup chooser', async () => {
      const page = await openPanel('No AWS account yet');
      expect(described(await axeViolations(page))).toEqual([]);
    });

    it("has no violation on an account's guide with values read and suggested", async () => {
      await chooseSetup(launched(), { accountType: 'standalone', authMethod: 'assumedRole', exportState: 'toCreate' }, accountId);
      await dispatch(launched(), { type: 'value-read', accountId, kind: 'exportName', value: `billing-${accountId}`, page: 'data-exports-list' });
      await dispatch(launched(), { type: 'value-read', accountId, kind: 'bucketName', value: `billing-export-${accountId}`, page: 'data-exports-list' });
      const page = await openPanel('Steps');
      expect(described(await axeViolations(page))).toEqual([]);
    });

    it('has no violation on the hand-off and Verify with every value known', async () => {
      for (const [kind, value] of [
        ['roleArn', `arn:aws:iam::${accountId}:role/FinOpsForCloudAccessRole`],
        ['exportPathPrefix', 'reports'],
      ]) {
        await dispatch(launched(), { type: 'value-read', accountId, kind, value, page: 'iam-role-details' });
      }
      await dispatch(launched(), { type: 'step-done', accountId, stepId: 'data-export', by: 'page' });
      const page = await openPanel('Verify');
      expect(described(await axeViolations(page))).toEqual([]);
    });

    it('has no violation with many accounts', async () => {
      for (let index = 1; index <= 30; index += 1) {
        const member = String(210000000000 + index);
        await dispatch(launched(), {
          type: 'account-added',
          accountId: member,
          ...(index % 3 === 0 ? { label: `Team ${index}` } : {}),
          setup: { platform: { id: 'finopsForCloud' }, accountType: 'member', authMethod: 'assumedRole', exportState: 'toCreate' },
          from: 'typed',
        });
      }
      const page = await openPanel('Accounts');
      expect(described(await axeViolations(page))).toEqual([]);
    });
  });

  describe('the popup', () => {
    it('has no violation with an account being set up', async () => {
      const page = await openExtensionPage(launched().browser, launched().extensionId, 'popup.html');
      await page.waitForFunction(() => document.querySelector('main.popup:not([aria-busy])'), { timeout: 10_000 });
      expect(described(await axeViolations(page))).toEqual([]);
      await page.close();
    });

    it('has no violation before any account', async () => {
      await setStorage(launched(), {}, ['onboarding']);
      const page = await openExtensionPage(launched().browser, launched().extensionId, 'popup.html');
      await page.waitForFunction(() => document.querySelector('main.popup:not([aria-busy])'), { timeout: 10_000 });
      expect(described(await axeViolations(page))).toEqual([]);
      await page.close();
    });
  });

  describe('our controls on a console page', () => {
    it('has no violation in the buttons and notices on IAM "Create policy"', async () => {
      const page = await openConsole(launched(), 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/policies/create?step=addPermissions');
      await findAction(page, 'insert-policy', 'FinOpsForCloudResourceDiscovery');
      expect(described(await axeViolations(page, 'finops-action, finops-notice'))).toEqual([]);
      await page.close();
    });
  });
});

