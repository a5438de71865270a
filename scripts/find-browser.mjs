#!/usr/bin/env node
// Finds the Chromium the browser tests and `npm start` drive. A missing browser fails loudly,
// locally and in CI alike: a browser suite that quietly skips would report a pass it never earned.
import { accessSync, constants } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const chromiumCandidates = ['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/chromium-browser'];

export const installHint =
  'Install Chromium: sudo apt-get install -y chromium (Debian/Ubuntu) or set CHROME_PATH=/path/to/chrome';

const isExecutable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {{ ok: true, value: string } | { ok: false, problem: { code: string, message: string } }}
 */
export function findChromium(env = process.env) {
  // An explicit CHROME_PATH is a promise from the person running us: never fall back behind it.
  if (env.CHROME_PATH) {
    if (isExecutable(env.CHROME_PATH)) return { ok: true, value: env.CHROME_PATH };
    return {
      ok: false,
      problem: {
        code: 'chrome-path-missing',
        message: `CHROME_PATH=${env.CHROME_PATH} is not an executable file. Point CHROME_PATH at Chrome or Chromium, or unset it to use ${chromiumCandidates.join(', ')}.\n${installHint}`,
      },
    };
  }
  const found = chromiumCandidates.find(isExecutable);
  if (found) return { ok: true, value: found };
  return {
    ok: false,
    problem: {
      code: 'no-browser',
      message: `No Chromium found (looked at ${chromiumCandidates.join(', ')}).\n${installHint}`,
    },
  };
}

/** The browser's path, or print why there is none and exit 1. */
export function requireChromium(env = process.env) {
  const chromium = findChromium(env);
  if (chromium.ok) return chromium.value;
  const where = env.CI === 'true' ? 'CI: the browser tests cannot run without a browser; failing.' : 'The browser tests and `npm start` need a browser.';
  console.error(`\n✖ ${where}\n${chromium.problem.message}\n`);
  process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(requireChromium());
}
