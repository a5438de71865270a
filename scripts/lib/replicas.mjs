// The replica pages of the AWS console and the FinOps portal that tests and the demo serve at
// real URLs. Each replica is built by its own script and answers URLs through its routes module
// (routes.ts or routes.mjs), whose route function returns { status, contentType, body } or undefined.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './browser.mjs';

/** @param {string} dir */
const routesModuleIn = (dir) =>
  ['routes.ts', 'routes.mjs'].map((file) => path.join(projectRoot, dir, file)).find((file) => existsSync(file));

export const replicas = [
  {
    name: 'AWS console',
    buildScript: path.join(projectRoot, 'tests/console-replicas/build.mjs'),
    routesModule: () => routesModuleIn('tests/console-replicas'),
    routeExport: 'serveConsoleReplica',
    samplePage: 'https://us-east-1.console.aws.amazon.com/costmanagement/home?region=us-east-1#/bcm-data-exports',
  },
  {
    name: 'FinOps portal',
    buildScript: path.join(projectRoot, 'tests/portal-replica/build.mjs'),
    routesModule: () => routesModuleIn('tests/portal-replica'),
    routeExport: 'servePortalReplica',
    samplePage: 'https://portal.finops.softwareone.com/cloud-account/connect',
  },
];

/**
 * @param {{ name: string, routeExport: string }} replica
 * @param {string} file
 * @param {Record<string, unknown>} module
 * @returns {(url: string) => unknown}
 */
export function routeOf(replica, file, module) {
  const route = module[replica.routeExport];
  if (typeof route !== 'function') {
    throw new Error(`${path.relative(projectRoot, file)} should export a function ${replica.routeExport}(url) for the ${replica.name} replica.`);
  }
  // Called with the URL only: a route's optional extra parameters keep their defaults.
  return (url) => route(url);
}

/**
 * The replicas' route functions, for plain Node scripts (`npm start`), which cannot import
 * TypeScript themselves: Vite's module runner compiles a routes.ts.
 * @returns {Promise<{ routes: Array<(url: string) => unknown>, loaded: string[], missing: string[] }>}
 */
export async function loadReplicaRoutesForScripts() {
  const routes = [];
  const loaded = [];
  const missing = [];
  for (const replica of replicas) {
    const file = replica.routesModule();
    if (!file) {
      missing.push(replica.name);
      continue;
    }
    let module;
    if (file.endsWith('.ts')) {
      const { runnerImport } = await import('vite');
      ({ module } = await runnerImport(file, {
        configFile: false,
        logLevel: 'silent',
        root: projectRoot,
        resolve: { alias: [{ find: /^@\//, replacement: `${projectRoot}/` }] },
      }));
    } else {
      module = await import(file);
    }
    routes.push(routeOf(replica, file, /** @type {Record<string, unknown>} */ (module)));
    loaded.push(replica.name);
  }
  return { routes, loaded, missing };
}
