import type { Browser, Page } from 'puppeteer-core';
import type { FixtureLog, FixtureRoute } from './browser.mjs';

export declare const flowAccountId: '111122223333';
/** The Data Exports list, where the flow starts: the person is signed in to the console. */
export declare const consoleStart: string;
export declare const portalOrigin: 'https://portal.finops.softwareone.com';
export declare const portalConnectPath: '/cloud-account/connect';

/** The panel's step titles for FinOps for Cloud, standalone, assumed role, new export. */
export declare const stepTitles: {
  dataExport: string;
  billingImportPolicy: string;
  discoveryPolicy: string;
  accessRole: string;
  roleArn: string;
  connect: string;
};

/** The Values panel's labels of the values the tour reports. */
export declare const reportedValueLabels: {
  accountId: string;
  roleName: string;
  exportName: string;
  bucketName: string;
  exportPathPrefix: string;
  roleArn: string;
};

/** Serve the replicas to every tab, including those the extension opens, from their first request. */
export declare function serveReplicasInBrowser(browser: Browser, routes: readonly FixtureRoute[]): Promise<FixtureLog>;

/**
 * Serve the replicas in either browser: Chromium browser-wide; Firefox page by page, through
 * `servePage`, which `createWholeFlow` calls for the console and portal tabs.
 */
export declare function serveReplicas(
  launched: { browser: Browser; browserName?: string },
  routes: readonly FixtureRoute[],
): Promise<{ log: FixtureLog; servePage: ((page: Page) => Promise<void>) | undefined }>;

export interface PanelStep {
  /** "1. Create the Data Export (CUR 2.0) and its S3 bucket": the list item's accessible name. */
  title: string;
  /** "To do", "Next", "Done", "Done (seen)" or "Skipped". */
  status: string;
  /** The step's "You are on: …" label, when the open console page is where it is done. */
  here?: string;
}

export interface PanelValue {
  value?: string;
  /** "read from page", "typed" or "default". */
  source?: string;
  /** "valid", "needs a fix" or "not known yet". */
  state?: string;
  /** The accessible name of the value's copy button. */
  copyButton?: string;
}

export interface OpenedInConsole {
  stepTitle: string;
  /** Where the console tab went. */
  url: string;
  /** What the panel's step said after: "You are on: …". */
  here?: string;
  /** Console tabs open after the press (one tab, not a trail). */
  consoleTabs: number;
}

/** What `window.__PORTAL_STATE__` holds: see tests/portal-replica/routes.d.mts. */
export interface PortalStateSeen {
  submitCount: number;
  invalidFields: string[];
  submitted?: Record<string, string>;
  request?: { name: string; type: string; config: Record<string, string | number | boolean> };
  outcome?: 'connected' | 'error';
}

/** Clicks, keystrokes and values typed by hand, by where they were made. */
export interface FlowCounts {
  clicks: { console: number; portal: number; panel: number };
  keystrokes: { console: number; portal: number; panel: number };
  typedValues: { console: number; portal: number; panel: number };
}

export interface WholeFlow {
  /** Every click and keystroke the flow has made so far (live). */
  readonly counts: FlowCounts;
  countsNow(): FlowCounts;
  /** Types a value by hand into a field, key by key, and counts it. */
  typeInto(page: Page, selector: string, text: string): Promise<void>;
  readonly console: Page;
  readonly panel: Page;
  readonly portal: Page;
  readonly portalIsOpen: boolean;
  /** Uncaught errors of the console, panel and portal pages. */
  readonly pageErrors: string[];
  readonly openedInConsole: OpenedInConsole[];
  openConsoleAndPanel(options?: { panelViewport?: { width: number; height: number }; setViewports?: boolean; replicaOptions?: Record<string, unknown> }): Promise<void>;
  /** Another console service in the console tab: one click of the console's menu, counted. */
  goToConsolePage(url: string): Promise<void>;
  /** Opens a collapsed panel section by name (one click when closed). */
  expandInPanel(name: string): Promise<void>;
  /** The panel's "Download …" link's file, written to `dir`; one click. The file. */
  downloadFromPanel(linkName: string, dir: string): Promise<string>;
  clickConsoleChoice(text: string): Promise<void>;
  clickConsoleElement(selector: string): Promise<void>;
  chooseConsoleFile(file: string): Promise<void>;
  /** The console page reloaded: one click. */
  reloadConsole(): Promise<void>;
  pressConsoleKey(key: import('puppeteer-core').KeyInput): Promise<void>;
  /** chrome.storage.local's `onboarding`, as stored. */
  storedProgress(): Promise<{ accounts: Record<string, { label?: string; accountType: string; steps: Record<string, { status: string }> }> } | undefined>;
  /** Ticks a setup radio by its accessible name; whether it is ticked after. */
  chooseInPanel(radioName: string): Promise<boolean>;
  panelElement(selector: string): Promise<import('puppeteer-core').ElementHandle<Element>>;
  /** A disclosure of the panel (a summary) by its accessible name, found in the DOM. */
  panelDisclosure(name: string): Promise<import('puppeteer-core').ElementHandle<Element>>;
  clickInPanel(buttonName: string): Promise<void>;
  /** Presses "Open in console: TITLE"; waits for the console tab at a URL containing (or matching) `expected`. */
  openStepInConsole(stepTitle: string, expected: string | RegExp): Promise<string>;
  /** Presses the extension's in-page button; its status text. Throws unless it reports done. */
  pressPageButton(action: string, label?: string, page?: Page): Promise<string>;
  clickConsoleButton(text: string): Promise<void>;
  followConsoleLink(text: string): Promise<void>;
  steps(): Promise<PanelStep[]>;
  stepStatus(stepTitle: string): Promise<string>;
  waitForStep(stepTitle: string, status: string | readonly string[], timeout?: number): Promise<void>;
  youAreOn(): Promise<string | undefined>;
  /** The Values panel, by label. */
  values(): Promise<Record<string, PanelValue>>;
  waitForValue(label: string, value: string, source?: string): Promise<void>;
  /** Presses a copy button inside the panel list named `listName` (default "Values"; null: anywhere); what reached the clipboard. */
  copyFromPanel(buttonName: string, listName?: string | null): Promise<string>;
  openPortalFromPanel(stepTitle?: string): Promise<Page>;
  connectInPortal(): Promise<PortalStateSeen>;
  /** A screenshot of one tab, brought to the front first: the full page, or the view with the element named `showing` at the top. The file written. */
  screenshot(tab: 'console' | 'panel' | 'portal', name: string, options?: { dir?: string; showing?: string }): Promise<string>;
}

export declare function createWholeFlow(
  launched: { browser: Browser; extensionId: string; extensionOrigin?: string; browserName?: string },
  serving?: { servePage?: ((page: Page) => Promise<void>) | undefined },
): WholeFlow;

export interface WholeFlowStage {
  /** Also names the stage's screenshots. */
  id: string;
  title: string;
  /** Throws, saying what the page or panel showed instead, when the product doesn't do its part. */
  run(flow: WholeFlow): Promise<void>;
}

export declare const wholeFlowStages: readonly WholeFlowStage[];
