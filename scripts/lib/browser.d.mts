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

export interface LaunchedBrowser {
  browser: Browser;
  extensionId: string;
  manifest: ExtensionManifest;
  close: () => Promise<void>;
}

export declare function launchWithExtension(options?: {
  executablePath?: string;
  extensionDir?: string;
  headless?: boolean;
}): Promise<LaunchedBrowser>;

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
export declare function screenshot(page: Page, name: string, dir?: string): Promise<string>;
