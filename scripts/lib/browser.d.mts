import type { Browser, Page } from 'puppeteer-core';

export declare const projectRoot: string;
export declare const chromeExtensionDir: string;
export declare const firefoxExtensionDir: string;
export declare const screenshotsDir: string;
export declare const chromiumArgs: readonly string[];

/** What a replica or fixture answers for one URL. */
export interface FixtureResponse {
  status: number;
  contentType: string;
  body: Buffer | string;
  headers?: Record<string, string>;
}

/** Answers the URLs it knows (the URL as requested: no `#hash`), `undefined` for the rest. */
export type FixtureRoute = (url: string) => FixtureResponse | undefined | Promise<FixtureResponse | undefined>;

/** Every intercepted request, by what happened to it. */
export interface FixtureLog {
  served: string[];
  /** AWS or portal URLs no route answered: they got a 404. */
  notFound: string[];
  /** Other hosts: aborted, never sent. */
  blocked: string[];
  /** A route threw: the page got a 500. */
  failed: string[];
}

export interface ExtensionManifest {
  name: string;
  version: string;
  manifest_version: number;
  content_scripts?: Array<{ matches: string[]; js?: string[]; world?: 'ISOLATED' | 'MAIN' }>;
  [key: string]: unknown;
}

export type BrowserName = 'chrome' | 'firefox';

export interface LaunchedBrowser {
  browser: Browser;
  browserName: BrowserName;
  /** What `openExtensionPage` takes: Chromium's 32-letter ID, or the add-on's internal UUID in Firefox. */
  extensionId: string;
  /** `chrome-extension://ID` or `moz-extension://UUID`: the origin of the extension's own pages. */
  extensionOrigin: string;
  manifest: ExtensionManifest;
  close: () => Promise<void>;
}

export interface LaunchedFirefox extends LaunchedBrowser {
  browserName: 'firefox';
  /** `browser_specific_settings.gecko.id` of the built manifest. */
  geckoId: string;
}

export interface LaunchOptions {
  executablePath?: string;
  extensionDir?: string;
  headless?: boolean;
  /** Firefox only: permissions.request is granted without a prompt (`extensions.webextOptionalPermissionPrompts`). */
  grantOptionalPermissions?: boolean;
}

export declare function launchWithExtension(options?: LaunchOptions): Promise<LaunchedBrowser>;

export declare const firefoxCandidates: readonly string[];
export declare const firefoxInstallHint: string;
export declare function findFirefox(
  env?: NodeJS.ProcessEnv,
): { ok: true; value: string } | { ok: false; problem: { code: string; message: string } };
/** Firefox over WebDriver BiDi with the built Firefox extension installed as a temporary add-on. */
export declare function launchFirefoxWithExtension(options?: LaunchOptions): Promise<LaunchedFirefox>;

export declare const browserNames: readonly BrowserName[];
/** `BROWSER=chrome|firefox|all|a,b`; by default Chromium plus Firefox when one is installed. */
export declare function browsersUnderTest(env?: NodeJS.ProcessEnv): BrowserName[];
export declare function launchExtensionIn(browserName: BrowserName, options?: LaunchOptions): Promise<LaunchedBrowser>;

export declare function isAwsOrPortalUrl(url: string): boolean;
export declare function serveFixtures(page: Page, routes: readonly FixtureRoute[]): Promise<FixtureLog>;
export declare function serveFixturesInAllPages(browser: Browser, routes: readonly FixtureRoute[]): Promise<void>;
export declare function withReplicaOptions(page: Page, options: unknown): Promise<void>;
export declare function openExtensionPage(
  browser: Browser,
  extensionId: string,
  pagePath: string,
  options?: { viewport?: { width: number; height: number }; pageErrors?: string[] },
): Promise<Page>;
/** Runs `pageFunction` in one of the extension's own pages (kept open per browser), in either browser. */
export declare function evaluateInExtension<T, A extends unknown[]>(
  launched: Pick<LaunchedBrowser, 'browser' | 'extensionId'>,
  pageFunction: (...args: A) => T | Promise<T>,
  ...args: A
): Promise<Awaited<T>>;
/** Everything in the extension's `local` or `session` storage, in either browser. */
export declare function readExtensionStorage(
  launched: Pick<LaunchedBrowser, 'browser' | 'extensionId'>,
  area: 'local' | 'session',
): Promise<Record<string, unknown>>;
export declare function screenshot(page: Page, name: string, dir?: string): Promise<string>;
