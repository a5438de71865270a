#!/usr/bin/env node
// Builds the FinOps for Cloud portal replica (tests only: nothing shipped imports it).
// `node tests/portal-replica/build.mjs [--force]`; skipped when dist/ is newer than the sources.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const portalReplicaSource = join(here, 'src');
export const portalReplicaDist = join(here, 'dist');
export const portalReplicaBase = '/__portal-replica/';

const newestModification = (path) => {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return 0;
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newestModification(join(path, entry))));
};

/** True when dist/ exists and no source (nor this script) changed after it was built. */
export function isPortalReplicaFresh() {
  const built = statSync(join(portalReplicaDist, 'index.html'), { throwIfNoEntry: false });
  if (!built) return false;
  const sources = Math.max(newestModification(portalReplicaSource), newestModification(fileURLToPath(import.meta.url)));
  return built.mtimeMs > sources;
}

/**
 * @param {{ force?: boolean, quiet?: boolean }} [options]
 * @returns {Promise<{ built: boolean, dist: string }>}
 */
export async function buildPortalReplica({ force = false, quiet = false } = {}) {
  if (!force && isPortalReplicaFresh()) {
    if (!quiet) console.log(`portal replica: up to date (${portalReplicaDist})`);
    return { built: false, dist: portalReplicaDist };
  }
  const { build } = await import('vite');
  const react = await loadReactPlugin();
  await build({
    configFile: false,
    root: portalReplicaSource,
    base: portalReplicaBase,
    mode: 'production',
    logLevel: quiet ? 'error' : 'warn',
    plugins: react ? [react()] : [],
    // Without the React plugin, vite's own transform still compiles JSX for the automatic runtime.
    oxc: react ? undefined : { jsx: { runtime: 'automatic' } },
    build: {
      outDir: portalReplicaDist,
      emptyOutDir: true,
      chunkSizeWarningLimit: 2000,
      rolldownOptions: {
        // The output sits in the repository: keep `eslint .` away from minified code.
        output: { postBanner: '/* eslint-disable */' },
      },
    },
  });
  if (!quiet) console.log(`portal replica: built ${portalReplicaDist}${react ? '' : ' (without @vitejs/plugin-react)'}`);
  return { built: true, dist: portalReplicaDist };
}

async function loadReactPlugin() {
  try {
    return (await import('@vitejs/plugin-react')).default;
  } catch {
    return undefined;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildPortalReplica({ force: process.argv.includes('--force') });
}
