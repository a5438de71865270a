// Builds the console replicas (test-only: nothing here ships in the extension).
//   node tests/console-replicas/build.mjs [--force]
// Output: tests/console-replicas/dist/{iam,s3,costmanagement,billing,organizations,cloudformation}.html plus
// assets under dist/assets, requested by the pages as /__replica/assets/... on any console host.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const replicaDir = dirname(fileURLToPath(import.meta.url));
const distDir = join(replicaDir, 'dist');
const stampFile = join(distDir, '.build-stamp');
export const replicaApps = ['iam', 's3', 'costmanagement', 'billing', 'organizations', 'cloudformation'];

function newestSourceTime() {
  let newest = 0;
  const walk = (path) => {
    const stats = statSync(path);
    if (stats.isDirectory()) for (const entry of readdirSync(path)) walk(join(path, entry));
    else newest = Math.max(newest, stats.mtimeMs);
  };
  for (const source of ['src', 'apps', 'contract.ts', 'build.mjs']) walk(join(replicaDir, source));
  return newest;
}

function isFresh() {
  try {
    return statSync(stampFile).mtimeMs >= newestSourceTime();
  } catch {
    return false;
  }
}

// The account ID sources (meta tag, cookie) must exist before any module script runs.
function sessionBootstrapPlugin() {
  const bootstrap = readFileSync(join(replicaDir, 'src/shell/session-bootstrap.js'), 'utf8');
  return {
    name: 'replica-session-bootstrap',
    transformIndexHtml: () => [{ tag: 'script', children: bootstrap, injectTo: 'head' }],
  };
}

/** Builds the replicas unless dist is newer than every source; returns the dist directory. */
export async function buildConsoleReplicas({ force = false, quiet = false } = {}) {
  if (!force && isFresh()) {
    if (!quiet) console.log('console replicas: up to date (use --force to rebuild)');
    return distDir;
  }
  const started = Date.now();
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  await build({
    configFile: false,
    root: join(replicaDir, 'apps'),
    base: '/__replica/',
    logLevel: quiet ? 'error' : 'warn',
    plugins: [react(), sessionBootstrapPlugin()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: distDir,
      emptyOutDir: true,
      sourcemap: false,
      minify: true,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
      modulePreload: { polyfill: false },
      rolldownOptions: {
        input: Object.fromEntries(replicaApps.map((app) => [app, join(replicaDir, 'apps', `${app}.html`)])),
      },
    },
  });
  writeFileSync(stampFile, new Date().toISOString());
  if (!quiet) console.log(`console replicas: built in ${((Date.now() - started) / 1000).toFixed(1)} s -> ${distDir}`);
  return distDir;
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  await buildConsoleReplicas({ force: process.argv.includes('--force') });
}
