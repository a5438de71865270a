// Serves the built portal replica to tests that intercept requests (puppeteer, the demo).
// Build it first: `node tests/portal-replica/build.mjs`.
import { readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const portalOrigin = 'https://portal.finops.softwareone.com';
export const portalReplicaBase = '/__portal-replica/';

const dist = join(dirname(fileURLToPath(import.meta.url)), 'dist');

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

const notFound = (what) => ({ status: 404, contentType: 'text/plain; charset=utf-8', body: `Not found: ${what}` });

const readDistFile = (relativePath) => {
  let decoded;
  try {
    decoded = decodeURIComponent(relativePath);
  } catch {
    return undefined;
  }
  const file = normalize(join(dist, decoded));
  if (!file.startsWith(dist + sep)) return undefined;
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return undefined;
  return readFileSync(file);
};

/**
 * @param {string} url
 * @param {readonly string[]} [selfHostedOrigins]
 */
export function servePortalReplica(url, selfHostedOrigins = []) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const origins = [portalOrigin, ...selfHostedOrigins.map((origin) => new URL(origin).origin)];
  if (!origins.includes(parsed.origin)) return undefined;

  if (parsed.pathname.startsWith(portalReplicaBase)) {
    const asset = readDistFile(parsed.pathname.slice(portalReplicaBase.length));
    if (!asset) return notFound(parsed.pathname);
    return { status: 200, contentType: contentTypes[extname(parsed.pathname)] ?? 'application/octet-stream', body: asset };
  }

  // The portal is a single-page app: every other path gets the same HTML and routes client-side.
  const html = readDistFile('index.html');
  if (!html) {
    return {
      status: 503,
      contentType: 'text/plain; charset=utf-8',
      body: 'The FinOps portal replica is not built. Run `node tests/portal-replica/build.mjs` first.',
    };
  }
  return { status: 200, contentType: contentTypes['.html'], body: html };
}
