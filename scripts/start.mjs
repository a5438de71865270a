#!/usr/bin/env node
// `npm start`: build, then Chromium with the extension on the demo console (local replicas of the
// AWS console and the FinOps portal; nothing goes to AWS), with the side panel beside it.
// With a display: a real window on the Data Exports list and the side panel in a window of its
// own, left open for you. Without one (or under CI, or with --headless): the whole flow of
// scripts/demo-tour.mjs, headless, from nothing to a filled FinOps form, with numbered screenshots
// and summary.json in demo-output/. Exits non-zero when a stage of the tour fails.
// EXTENSION_DIR=path runs an extension built elsewhere instead of building .output/chrome-mv3.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { headfulStage, organizationTourStages, summaryValueLabels, tourStages } from './demo-tour.mjs';
import { requireChromium } from './find-browser.mjs';
import { chromeExtensionDir, launchWithExtension, projectRoot } from './lib/browser.mjs';
import { buildExtension, buildReplicas } from './lib/build.mjs';
import { countsSummary } from './lib/manual-guide.mjs';
import { loadReplicaRoutesForScripts } from './lib/replicas.mjs';
import { createWholeFlow, serveReplicasInBrowser } from './lib/whole-flow.mjs';

const outputDir = path.join(projectRoot, 'demo-output');
const relative = (file) => path.relative(projectRoot, file);

// --organization: the organization tour (a management account, a StackSet, N members; --members N, 200 by default).
const organization = process.argv.includes('--organization');
const membersArg = process.argv.indexOf('--members');
const members = membersArg === -1 ? 200 : Number(process.argv[membersArg + 1]);
if (organization && !(Number.isInteger(members) && members >= 1 && members <= 1000)) {
  console.error(`\n✖ --members takes a whole number from 1 to 1000 (the Organizations replica's size), not "${process.argv[membersArg + 1] ?? ''}".`);
  process.exit(1);
}

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const underCi = process.env.CI === 'true';
const headful = hasDisplay && !underCi && !process.argv.includes('--headless') && !organization;
const headlessBecause = process.argv.includes('--headless') ? '--headless given' : organization ? '--organization tours headless' : underCi ? 'CI=true' : 'no $DISPLAY';
const extensionDir = process.env.EXTENSION_DIR ? path.resolve(process.env.EXTENSION_DIR) : chromeExtensionDir;

const chromePath = await requireChromium();
const replicas = await prepare().catch((error) => fail(error));

async function prepare() {
  if (!process.env.EXTENSION_DIR) await buildExtension('chrome');
  await buildReplicas();
  const loaded = await loadReplicaRoutesForScripts();
  if (loaded.missing.length > 0) throw new Error(`The tour needs every replica; not written yet: ${loaded.missing.join(', ')}.`);
  return loaded;
}

/** What a stage added to the counts: clicks and typed values by place. */
function countedSince(before, after) {
  /** @type {Record<string, Record<string, number>>} */
  const added = {};
  for (const kind of /** @type {const} */ (['clicks', 'keystrokes', 'typedValues'])) {
    added[kind] = Object.fromEntries(Object.entries(after[kind]).map(([place, value]) => [place, value - before[kind][place]]));
  }
  return added;
}

/** @returns {never} */
function fail(error) {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

console.log(`\n▶ Chromium ${chromePath}, ${headful ? 'with a window' : `headless (${headlessBecause})`}`);
const launched = await launchWithExtension({ executablePath: chromePath, extensionDir, headless: !headful }).catch((error) => fail(error));
const { browser, extensionId, manifest } = launched;
console.log(`  Extension "${manifest.name}" ${manifest.version} loaded from ${relative(extensionDir)}, ID ${extensionId}`);
// Every tab, including those the extension opens itself, gets the replicas from its first request.
const requests = await serveReplicasInBrowser(browser, replicas.routes);
const flow = createWholeFlow(launched);

if (headful) {
  await openForThePerson();
} else {
  process.exitCode = await runTour();
}

async function openForThePerson() {
  try {
    await flow.openConsoleAndPanel({ setViewports: false });
  } catch (error) {
    await launched.close();
    fail(error);
  }
  console.log(`
  ${headfulStage.title}.
  Console pages are replicas served locally: nothing goes to AWS or to the FinOps portal.
  In the side panel, press "Open in console" on a step, then the extension's buttons on the page.
  The real side panel opens from the toolbar icon (the puzzle piece lists the extension).
  Close the browser to finish.`);
  await new Promise((resolve) => browser.once('disconnected', resolve));
}

async function runTour() {
  await rm(outputDir, { recursive: true, force: true });
  await mkdir(outputDir, { recursive: true });
  let shotNumber = 0;
  const stages = [];
  let failed = false;
  const stagesToRun = organization ? organizationTourStages({ members, filesDir: path.join(outputDir, 'downloads') }) : tourStages;
  console.log(
    organization
      ? `\n▶ Organization tour: a management account and ${members} member accounts, from nothing to connected`
      : '\n▶ Demo tour: a standalone account from nothing to a filled FinOps form',
  );
  for (const [index, stage] of stagesToRun.entries()) {
    const number = String(index + 1).padStart(2, '0');
    if (failed) {
      stages.push({ number, id: stage.id, title: stage.title, status: 'not run' });
      continue;
    }
    const started = performance.now();
    const countedBefore = flow.countsNow();
    const screenshots = [];
    const shoot = async (shot) => {
      shotNumber += 1;
      const name = `${String(shotNumber).padStart(2, '0')}-${stage.id}-${shot.name}`;
      screenshots.push(relative(await flow.screenshot(shot.tab, name, { dir: outputDir, ...(shot.showing ? { showing: shot.showing } : {}) })));
    };
    try {
      await stage.run(flow);
      for (const shot of stage.shots) await shoot(shot);
      stages.push({ number, id: stage.id, title: stage.title, status: 'done', ms: Math.round(performance.now() - started), counted: countedSince(countedBefore, flow.countsNow()), screenshots });
      console.log(`  ✔ ${number}. ${stage.title}`);
    } catch (error) {
      failed = true;
      // What each open tab showed when it went wrong.
      for (const tab of /** @type {const} */ (['console', 'panel', 'portal'])) {
        if (tab === 'portal' && !flow.portalIsOpen) continue;
        await shoot({ tab, name: `failed-${tab}` }).catch(() => undefined);
      }
      const message = error instanceof Error ? error.message : String(error);
      stages.push({ number, id: stage.id, title: stage.title, status: 'failed', error: message, screenshots });
      console.log(`  ✖ ${number}. ${stage.title}\n       ${message}`);
    }
    for (const file of screenshots) console.log(`       ${file}`);
  }

  const shown = await flow.values().catch(() => ({}));
  const finopsValues = Object.fromEntries(Object.entries(summaryValueLabels).map(([kind, label]) => [kind, shown[label]?.value ?? null]));
  const valueSources = Object.fromEntries(Object.entries(summaryValueLabels).map(([kind, label]) => [kind, shown[label]?.source ?? null]));
  const portal = flow.portalIsOpen ? await flow.portal.evaluate(() => window.__PORTAL_STATE__).catch(() => undefined) : undefined;
  await launched.close();

  const memberStage = stages.find((stage) => stage.id === 'portal-members');
  const memberClicks = memberStage?.counted ? Object.values(memberStage.counted.clicks).reduce((sum, value) => sum + value, 0) : undefined;
  const counted = countsSummary(flow.counts, organization ? { members, memberClicks } : {});
  const summary = {
    ranAt: new Date().toISOString(),
    mode: `headless (${headlessBecause})`,
    tour: organization ? `organization: a management account and ${members} member accounts` : 'standalone account',
    chromium: chromePath,
    extension: { id: extensionId, name: manifest.name, version: manifest.version, dir: relative(extensionDir) },
    replicas: replicas.loaded,
    outcome: failed ? 'failed' : 'done',
    /** As the side panel's Values showed them at the end. */
    finopsValues,
    valueSources,
    /** What the FinOps portal replica's Connect submitted. */
    portalSubmitted: portal?.submitted ?? null,
    /** Every click and keystroke the tour made, counted by the tour's own click and type helpers. */
    counted,
    stages,
    pageErrors: flow.pageErrors,
    requestsNotServed: { notFound: requests.notFound.filter((url) => !url.endsWith('/favicon.ico')), blocked: requests.blocked, failed: requests.failed },
  };
  const summaryFile = path.join(outputDir, 'summary.json');
  await writeFile(summaryFile, `${JSON.stringify(summary, null, 2)}\n`);

  console.log('\n  FinOps values, as the side panel shows them:');
  for (const [kind, label] of Object.entries(summaryValueLabels)) {
    console.log(`    ${label.padEnd(18)} ${finopsValues[kind] ?? '(not known)'}${valueSources[kind] ? `   (${valueSources[kind]})` : ''}`);
  }
  if (summary.portalSubmitted) console.log(`  The portal's Connect submitted: ${JSON.stringify(summary.portalSubmitted)}`);
  console.log(
    `  Counted: ${counted.valuesTypedByHand} values typed by hand (the manual guide: ${counted.manualGuide.valuesTypedByHand}), ${counted.clicks} clicks (${counted.clicksOnPages} on console and portal pages, ${counted.clicksInSidePanel} in the side panel)${'clicksPerMemberAccount' in counted ? `, ${counted.clicksPerMemberAccount} clicks per member account` : ''}`,
  );
  for (const error of flow.pageErrors) console.log(`  page error: ${error}`);
  console.log(`\n  Summary: ${relative(summaryFile)}`);
  if (failed) console.log('\n✖ The tour failed: see the stage above and its screenshots.');
  return failed || flow.pageErrors.length > 0 ? 1 : 0;
}
