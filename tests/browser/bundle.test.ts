// What ships: no test-only (AGPL) code anywhere, and console content scripts free of React and
// the AWS SDK (they run on every console page and must stay small). Each marker is first shown
// to find its library in a minified bundle, so a clean result means something.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromeExtensionDir, firefoxExtensionDir, projectRoot, type ExtensionManifest } from '../support/browser';

const markers = {
  // @cloud-copilot/iam-simulate is AGPL: tests may use it, the extension must never carry it.
  testOnlyCode: ['cloud-copilot', 'iam-simulate', 'wildcardOnlyActionSpecificResource', 'explicitDenyWithoutConditions'],
  react: [
    'react.transitional.element',
    'react.element',
    'react.fragment',
    '__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE',
    '__REACT_DEVTOOLS_GLOBAL_HOOK__',
  ],
  awsSdk: ['@aws-sdk', 'smithy', 'aws-sdk-js', 'x-amz-user-agent', 'AWS4-HMAC-SHA256'],
} as const;

const builtOutputs = [
  { name: 'chrome-mv3', dir: chromeExtensionDir },
  { name: 'firefox-mv2', dir: firefoxExtensionDir },
].filter((output) => output.name === 'chrome-mv3' || existsSync(output.dir));

function javaScriptFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => path.join(dir, file));
}

const consoleApps = ['iam', 's3', 'billing', 'cloudformation', 'organizations'];
/** What the background injects into console tabs: one features script per console app, and the diagnostics on demand. */
const injectedScripts = [...consoleApps.map((app) => `console-${app}.js`), 'console-diagnostics.js'];

/** The manifest's content scripts, plus the scripts the background injects into console tabs. */
function contentScripts(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as ExtensionManifest;
  return [...(manifest.content_scripts ?? []).flatMap((script) => script.js ?? []), ...injectedScripts];
}

const markersIn = (code: string, wanted: readonly string[]) => wanted.filter((marker) => code.includes(marker));

// Minified production bundles of the libraries, built the way an entrypoint would pull them in.
const controlBundles: Record<'testOnlyCode' | 'awsSdk', string> = { testOnlyCode: '', awsSdk: '' };
const scratchParent = path.join(projectRoot, '.tmp');
let scratchDir = '';

async function bundle(name: string, source: string): Promise<string> {
  const entry = path.join(scratchDir, `${name}.js`);
  writeFileSync(entry, source);
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: projectRoot,
    build: { write: false, minify: true, lib: { entry, formats: ['es'], fileName: name } },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as unknown as Array<{
    output: Array<{ type: string; code?: string }>;
  }>;
  return outputs.flatMap((output) => output.output.map((chunk) => chunk.code ?? '')).join('\n');
}

beforeAll(async () => {
  // Inside the project, so the entry resolves node_modules.
  mkdirSync(scratchParent, { recursive: true });
  scratchDir = mkdtempSync(path.join(scratchParent, 'bundle-markers-'));
  controlBundles.testOnlyCode = await bundle('iam-simulate', `export { runSimulation } from '@cloud-copilot/iam-simulate';`);
  controlBundles.awsSdk = await bundle(
    'sts-client',
    `import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
     export const whoAmI = () => new STSClient({ region: 'us-east-1' }).send(new GetCallerIdentityCommand({}));`,
  );
});

afterAll(() => {
  if (scratchDir) rmSync(scratchDir, { recursive: true, force: true });
});

describe('each marker finds its library in minified code', () => {
  it.each(markers.testOnlyCode)('%s is in a bundle of @cloud-copilot/iam-simulate', (marker) => {
    expect(controlBundles.testOnlyCode).toContain(marker);
  });

  it.each(markers.awsSdk)('%s is in a bundle of the AWS SDK STS client', (marker) => {
    expect(controlBundles.awsSdk).toContain(marker);
  });

  it.each(markers.react)('%s is in the built side panel, which renders with React', (marker) => {
    const html = readFileSync(path.join(chromeExtensionDir, 'sidepanel.html'), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((match) => match[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    const sidePanelCode = scripts.map((script) => readFileSync(path.join(chromeExtensionDir, script), 'utf8')).join('\n');
    expect(sidePanelCode).toContain(marker);
  });
});

describe.each(builtOutputs)('the $name build', ({ dir }) => {
  it('exists', () => {
    expect(existsSync(path.join(dir, 'manifest.json'))).toBe(true);
  });

  it('carries no test-only @cloud-copilot code in any script', () => {
    const carriers = javaScriptFiles(dir)
      .map((file) => ({ file: path.relative(dir, file), found: markersIn(readFileSync(file, 'utf8'), markers.testOnlyCode) }))
      .filter(({ found }) => found.length > 0);
    expect(carriers).toEqual([]);
  });

  it('has the page-world bridge on console pages, and the scripts injected there: one per console app, and the diagnostics', () => {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as ExtensionManifest;
    const consoleScripts = (manifest.content_scripts ?? []).filter((script) => script.matches?.some((match) => match.includes('console.aws.amazon.com')));
    // Nothing of ours runs in the isolated world of a console page no feature wants.
    expect(consoleScripts.map((script) => script.world)).toEqual(['MAIN']);
    for (const script of injectedScripts) expect(existsSync(path.join(dir, script)), script).toBe(true);
  });

  it('keeps React and the AWS SDK out of every content script', () => {
    const carriers = contentScripts(dir)
      .map((script) => ({ script, found: markersIn(readFileSync(path.join(dir, script), 'utf8'), [...markers.react, ...markers.awsSdk]) }))
      .filter(({ found }) => found.length > 0);
    expect(carriers).toEqual([]);
  });
});
