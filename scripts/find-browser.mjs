#!/usr/bin/env node
// Finds the Chromium the browser tests and `npm start` drive: CHROME_PATH, else a system Chromium or
// Chrome, else the Chrome puppeteer manages (`npx puppeteer browsers install chrome`; npm 11 skips
// puppeteer's own download at install). A missing browser fails loudly, locally and in CI alike: a
// browser suite that quietly skips would report a pass it never earned.
import { accessSync, constants } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const chromiumCandidates = ['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/chromium-browser'];

export const installHint =
  'Install Chromium: sudo apt-get install -y chromium (Debian/Ubuntu), or let puppeteer download its own: npx puppeteer browsers install chrome, or set CHROME_PATH=/path/to/chrome';

const isExecutable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * A browser binary: the one the environment variable names (never falling back behind it: it is a
 * promise from the person running us), else the first candidate that exists.
 * @param {{ name: string, envVar: string, candidates: readonly string[], installHint: string, env?: NodeJS.ProcessEnv }} wanted
 * @returns {{ ok: true, value: string } | { ok: false, problem: { code: string, message: string } }}
 */
export function findBrowserBinary({ name, envVar, candidates, installHint: hint, env = process.env }) {
  const chosen = env[envVar];
  if (chosen) {
    if (isExecutable(chosen)) return { ok: true, value: chosen };
    return {
      ok: false,
      problem: {
        code: `${envVar.toLowerCase().replace(/_/g, '-')}-missing`,
        message: `${envVar}=${chosen} is not an executable file. Point ${envVar} at ${name}, or unset it to use ${candidates.join(', ')}.\n${hint}`,
      },
    };
  }
  const found = candidates.find(isExecutable);
  if (found) return { ok: true, value: found };
  return { ok: false, problem: { code: 'no-browser', message: `No ${name} found (looked at ${candidates.join(', ')}).\n${hint}` } };
}

/**
 * Where puppeteer keeps the Chrome it manages (in ~/.cache/puppeteer), when it has downloaded one.
 * @returns {Promise<string | undefined>}
 */
export async function managedChrome() {
  try {
    const { executablePath } = await import('puppeteer');
    const file = await executablePath();
    return isExecutable(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The system browser first (the one the user keeps up to date); puppeteer's managed Chrome only
 * when no Chromium is installed. CHROME_PATH, when set, is never second-guessed.
 * @param {NodeJS.ProcessEnv} [env]
 * @param {() => Promise<string | undefined>} [fallback]
 * @returns {Promise<{ ok: true, value: string } | { ok: false, problem: { code: string, message: string } }>}
 */
export async function findChromium(env = process.env, fallback = managedChrome) {
  const system = findBrowserBinary({ name: 'Chrome or Chromium', envVar: 'CHROME_PATH', candidates: chromiumCandidates, installHint, env });
  if (system.ok || system.problem.code !== 'no-browser') return system;
  const managed = await fallback();
  return managed ? { ok: true, value: managed } : system;
}

/** The browser's path, or print why there is none and exit 1. */
export async function requireChromium(env = process.env) {
  const chromium = await findChromium(env);
  if (chromium.ok) return chromium.value;
  const where = env.CI === 'true' ? 'CI: the browser tests cannot run without a browser; failing.' : 'The browser tests and `npm start` need a browser.';
  console.error(`\n✖ ${where}\n${chromium.problem.message}\n`);
  process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await requireChromium());
}
