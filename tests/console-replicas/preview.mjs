// Loads every console replica at its real console URL in Chromium (requests intercepted and
// answered by routes.mjs) and writes screenshots to .tmp/replica-previews/.
//   node tests/console-replicas/preview.mjs [name-filter]
// Builds the replicas first when they are stale. Test-only tooling.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { buildConsoleReplicas } from './build.mjs';
import { serveConsoleReplica } from './routes.mjs';

const outDir = resolve('.tmp/replica-previews');
const filter = process.argv[2] ?? '';

const IAM = 'https://us-east-1.console.aws.amazon.com/iam/home';
const S3 = 'https://s3.console.aws.amazon.com/s3';
const BCM = 'https://us-east-1.console.aws.amazon.com/costmanagement/home';

/** name, real console URL, window.__REPLICA__ options, and optional steps before the shot. */
const shots = [
  { name: 'iam-dashboard', url: `${IAM}#/home` },
  { name: 'iam-create-policy', url: `${IAM}?region=us-east-1#/policies/create?step=addPermissions` },
  { name: 'iam-create-policy-visual', url: `${IAM}#/policies/create`, options: { policyEditorMode: 'visual' } },
  { name: 'iam-create-policy-dark', url: `${IAM}#/policies/create?step=addPermissions`, options: { dark: true } },
  { name: 'iam-create-policy-de', url: `${IAM}#/policies/create?step=addPermissions`, options: { lang: 'de' } },
  { name: 'iam-create-policy-ja', url: `${IAM}#/policies/create?step=addPermissions`, options: { lang: 'ja' } },
  { name: 'iam-create-policy-textarea', url: `${IAM}#/policies/create`, options: { variant: 'textarea-editor' } },
  { name: 'iam-create-policy-no-editor', url: `${IAM}#/policies/create`, options: { variant: 'no-editor' } },
  { name: 'iam-create-policy-review', url: `${IAM}#/policies/create?step=review` },
  {
    name: 'iam-policy-created',
    url: `${IAM}#/policies/create?step=addPermissions`,
    steps: async (page) => {
      await setEditorText(page, JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }, null, 2));
      await clickButton(page, 'Next');
      await page.waitForFunction(() => location.hash.includes('step=review'));
      await typeInto(page, 'Policy name', 'FinOpsForCloudBillingImport');
      await clickButton(page, 'Create policy');
      await page.waitForFunction(() => location.hash === '#/policies');
    },
  },
  { name: 'iam-create-role', url: `${IAM}#/roles/create?step=selectEntities` },
  {
    name: 'iam-create-role-prefilled',
    url: `${IAM}#/roles/create?step=type&trustedEntityType=AWS_ACCOUNT&awsAccount=432263259397&isThirdParty=true&externalId=cloudyn-ext-123`,
  },
  {
    name: 'iam-create-role-custom',
    url: `${IAM}#/roles/create?step=selectEntities`,
    steps: async (page) => clickText(page, 'Custom trust policy'),
  },
  { name: 'iam-create-role-permissions', url: `${IAM}#/roles/create?step=addPermissions` },
  { name: 'iam-create-role-review', url: `${IAM}#/roles/create?step=review` },
  { name: 'iam-role-details', url: `${IAM}#/roles/details/FinOpsForCloudAccessRole?section=permissions` },
  { name: 'iam-create-user', url: `${IAM}#/users/create` },
  { name: 'iam-user-credentials', url: `${IAM}#/users/details/FinOpsForCloudUser?section=security_credentials` },
  {
    name: 'iam-create-access-key',
    url: `${IAM}#/users/details/FinOpsForCloudUser/create-access-key`,
    steps: async (page) => {
      await clickText(page, 'Third-party service');
      await clickText(page, 'I understand the above recommendation');
      await clickButton(page, 'Next');
      await clickButton(page, 'Create access key');
      await page.waitForFunction(() => document.body.innerText.includes('Retrieve access keys'));
      await page.evaluate(() => [...document.querySelectorAll('a,button')].find((el) => el.textContent === 'Show')?.click());
    },
  },
  { name: 'iam-multisession', url: 'https://111122223333-abcd1234.us-east-1.console.aws.amazon.com/iamv2/home#/roles' },
  { name: 's3-buckets', url: `${S3}/buckets?region=eu-west-1` },
  { name: 's3-permissions', url: `${S3}/buckets/billing-export-111122223333?region=eu-west-1&tab=permissions` },
  { name: 's3-edit-policy', url: `${S3}/bucket/billing-export-111122223333/property/policy/edit?region=eu-west-1` },
  { name: 's3-edit-policy-de-dark', url: `${S3}/bucket/billing-export-111122223333/property/policy/edit`, options: { lang: 'de', dark: true } },
  { name: 's3-edit-policy-empty', url: `${S3}/bucket/billing-export-111122223333/property/policy/edit`, options: { existingBucketPolicy: null } },
  {
    name: 's3-edit-policy-invalid',
    url: `${S3}/bucket/billing-export-111122223333/property/policy/edit`,
    steps: async (page) => {
      await setEditorText(page, '{ "Version": ');
      await clickButton(page, 'Save changes');
    },
  },
  {
    name: 's3-policy-saved',
    url: `${S3}/bucket/billing-export-111122223333/property/policy/edit`,
    steps: async (page) => {
      await clickButton(page, 'Save changes');
      await page.waitForFunction(() => location.search.includes('tab=permissions'));
    },
  },
  { name: 'exports-list', url: `${BCM}#/bcm-data-exports` },
  { name: 'exports-create', url: `${BCM}?region=us-east-1#/bcm-data-exports/create` },
  { name: 'exports-create-de', url: `${BCM}#/bcm-data-exports/create`, options: { lang: 'de' } },
  {
    name: 'exports-created',
    url: `${BCM}#/bcm-data-exports/create`,
    steps: async (page) => {
      await typeInto(page, 'Export name', 'billing-111122223333');
      await typeInto(page, 'S3 bucket', 'billing-export-111122223333');
      await typeInto(page, 'S3 path prefix', 'reports');
      await clickButton(page, 'Create');
      await page.waitForFunction(() => location.hash === '#/bcm-data-exports');
    },
  },
  { name: 'exports-details', url: `${BCM}#/bcm-data-exports/details/finance-monthly` },
  { name: 'exports-edit', url: `${BCM}#/bcm-data-exports/edit/finance-monthly` },
  { name: 'legacy-cur', url: 'https://console.aws.amazon.com/billing/home#/reports' },
  { name: 'organizations', url: 'https://us-east-1.console.aws.amazon.com/organizations/v2/home/accounts' },
  { name: 'organizations-200', url: 'https://us-east-1.console.aws.amazon.com/organizations/v2/home/accounts', options: { organizationMemberCount: 200 } },
  { name: 'cloudformation-create-stack', url: 'https://us-east-1.console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacks/create/template' },
  { name: 'cloudformation-create-stackset', url: 'https://us-east-1.console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacksets/create' },
  {
    name: 'cloudformation-stack-instances',
    url: 'https://us-east-1.console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacksets/FinOpsForCloudAccess/stacks?permissions=service',
    options: {
      stackSetInstances: [
        { account: '210001234567', status: 'CURRENT' },
        { account: '210002469134', status: 'OUTDATED', statusReason: 'User cancelled the operation.' },
        { account: '210003703701', status: 'INOPERABLE', detailedStatus: 'INOPERABLE', statusReason: 'Account is suspended.' },
      ],
    },
  },
];

async function setEditorText(page, text) {
  await page.waitForSelector('.ace_editor, textarea');
  await page.evaluate((value) => {
    const editorElement = document.querySelector('.ace_editor');
    if (editorElement) editorElement.env.editor.setValue(value, -1);
  }, text);
}

async function clickButton(page, label) {
  await page.waitForFunction((text) => [...document.querySelectorAll('button')].some((button) => button.textContent.trim() === text && !button.disabled), {}, label);
  await page.evaluate((text) => [...document.querySelectorAll('button')].find((button) => button.textContent.trim() === text && !button.disabled).click(), label);
  await new Promise((done) => setTimeout(done, 200));
}

async function clickText(page, text) {
  await page.evaluate((wanted) => {
    const label = [...document.querySelectorAll('label, span, div')].find((element) => element.children.length === 0 && element.textContent.trim().startsWith(wanted));
    label.click();
  }, text);
  await new Promise((done) => setTimeout(done, 200));
}

/** Types into the input of the FormField whose label reads `label`. */
async function typeInto(page, label, value) {
  const inputId = await page.evaluate((wanted) => {
    const labelElement = [...document.querySelectorAll('label')].find((element) => element.textContent.trim() === wanted);
    return labelElement?.htmlFor;
  }, label);
  if (!inputId) throw new Error(`no field labelled ${label}`);
  await page.type(`[id="${inputId}"]`, value);
}

await buildConsoleReplicas();
mkdirSync(outDir, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'replica-preview-'));
const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  userDataDir: profile,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failures = 0;
try {
  for (const shot of shots.filter((candidate) => candidate.name.includes(filter))) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1440, height: 1000 });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const reply = serveConsoleReplica(request.url());
      if (reply) void request.respond({ status: reply.status, contentType: reply.contentType, body: reply.body });
      else if (request.url().startsWith('data:') || request.url().startsWith('blob:')) void request.continue();
      else void request.abort();
    });
    const problems = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && problems.push(`console: ${message.text()}`));
    page.on('requestfailed', (request) => !request.url().endsWith('/favicon.ico') && problems.push(`request failed: ${request.url()}`));
    await page.evaluateOnNewDocument((options) => {
      window.__REPLICA__ = options;
    }, shot.options ?? {});
    try {
      await page.goto(shot.url, { waitUntil: 'load' });
      await page.waitForSelector('#app > *');
      if (shot.steps) await shot.steps(page);
      await new Promise((done) => setTimeout(done, 600));
      await page.screenshot({ path: join(outDir, `${shot.name}.png`) });
      const accountSources = await page.evaluate(() => ({
        meta: Boolean(document.querySelector('meta[name="awsc-session-data"]')),
        cookie: document.cookie.includes('aws-userInfo='),
        menu: document.querySelector('[data-testid="awsc-copy-accountid"]')?.previousElementSibling?.textContent,
      }));
      const status = problems.length ? `problems: ${problems.join(' | ')}` : 'ok';
      console.log(`${shot.name}: ${status} ${JSON.stringify(accountSources)}`);
      if (problems.length) failures += 1;
    } catch (error) {
      failures += 1;
      console.log(`${shot.name}: FAILED ${error.message} ${problems.join(' | ')}`);
      await page.screenshot({ path: join(outDir, `${shot.name}.png`) }).catch(() => undefined);
    }
    await page.close();
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`screenshots in ${outDir}`);
process.exitCode = failures ? 1 : 0;
