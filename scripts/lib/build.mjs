// Builds the extension and the replica pages before anything drives them.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './browser.mjs';
import { replicas } from './replicas.mjs';

/**
 * Run a command in the project root, output straight through; rejects on a non-zero exit.
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {Promise<void>}
 */
export function run(command, args, env = process.env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(command)} ${args.join(' ')} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

export const bin = (name) => path.join(projectRoot, 'node_modules/.bin', name);

/** @param {'chrome' | 'firefox'} [browser] */
export async function buildExtension(browser = 'chrome') {
  console.log(`\n▶ Building the extension for ${browser}`);
  // Firefox builds as MV3 as well, like `npm run build:firefox` (see wxt.config.ts).
  await run(bin('wxt'), browser === 'chrome' ? ['build'] : ['build', '-b', browser, '--mv3']);
}

/** Builds each replica that has a build script; returns the names of those built. */
export async function buildReplicas() {
  const built = [];
  for (const replica of replicas) {
    if (!existsSync(replica.buildScript)) continue;
    console.log(`\n▶ Building the ${replica.name} replica (${path.relative(projectRoot, replica.buildScript)})`);
    await run(process.execPath, [replica.buildScript]);
    built.push(replica.name);
  }
  return built;
}
