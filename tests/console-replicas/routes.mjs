// Maps real AWS console URLs to the built console replicas (test-only). Plain JS so both the
// node harness scripts and TypeScript tests (via routes.ts) can load it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPLICA_ACCOUNT_ID = '111122223333';
export const replicaDistDir = join(dirname(fileURLToPath(import.meta.url)), 'dist');

const CONSOLE_HOST = /^(?:[a-z0-9-]+\.)*console\.aws\.amazon\.com$/;

// Path prefix → replica app. Order matters only for readability: the prefixes do not overlap.
const APP_PATHS = [
  { app: 'iam', path: /^\/iam(?:v2)?\/home\/?$/ },
  { app: 's3', path: /^\/s3(?:\/|$)/ },
  { app: 'costmanagement', path: /^\/costmanagement\/home\/?$/ },
  { app: 'billing', path: /^\/billing\/home\/?$/ },
  { app: 'organizations', path: /^\/organizations\/v2\/home(?:\/|$)/ },
  { app: 'cloudformation', path: /^\/cloudformation(?:\/home)?\/?$/ },
];

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** Which replica app serves this URL ('iam', 's3', ...), or undefined when none does. */
export function replicaAppFor(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || !CONSOLE_HOST.test(parsed.hostname)) return undefined;
  return APP_PATHS.find(({ path }) => path.test(parsed.pathname))?.app;
}

function notBuilt() {
  return {
    status: 503,
    contentType: 'text/plain; charset=utf-8',
    body: 'Console replicas are not built. Run: node tests/console-replicas/build.mjs',
  };
}

function serveAsset(pathname) {
  const relative = normalize(decodeURIComponent(pathname.slice('/__replica/'.length)));
  const file = join(replicaDistDir, relative);
  if (relative.startsWith('..') || !file.startsWith(replicaDistDir + sep)) return undefined;
  if (!existsSync(file) || !statSync(file).isFile()) {
    return existsSync(replicaDistDir) ? { status: 404, contentType: 'text/plain; charset=utf-8', body: `No replica asset ${relative}` } : notBuilt();
  }
  return { status: 200, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) };
}

/**
 * The response a console replica gives for `url`, or undefined when the URL is not a console
 * page the replicas cover (the harness then continues or aborts the request itself).
 */
export function serveConsoleReplica(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || !CONSOLE_HOST.test(parsed.hostname)) return undefined;
  if (parsed.pathname.startsWith('/__replica/')) return serveAsset(parsed.pathname);
  const app = replicaAppFor(url);
  if (!app) return undefined;
  const page = join(replicaDistDir, `${app}.html`);
  if (!existsSync(page)) return notBuilt();
  return { status: 200, contentType: CONTENT_TYPES['.html'], body: readFileSync(page) };
}
