import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it, type ExpectStatic } from 'vitest';
import { finopsForCloud } from '../platforms';
import { accountTemplate } from './account-template';
import { toJson, toYaml } from './serialise';
import { stackSetPlan } from './stack-set';
import { bucketName, externalId, testCases } from './test-support';

const run = promisify(execFile);
// What `npx cfn-lint` runs, without npx's start-up on every file.
const cfnLint = fileURLToPath(new URL('../../node_modules/.bin/cfn-lint', import.meta.url));
const directory = mkdtempSync(join(tmpdir(), 'cfn-lint-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

interface LintResult {
  exitCode: number;
  output: string;
}

/** `npx cfn-lint validate FILE`, with the values a person would enter for the parameters. */
async function lint(fileName: string, text: string, parameters = `BillingBucketName=${bucketName},ExternalId=${externalId}`): Promise<LintResult> {
  const file = join(directory, fileName);
  writeFileSync(file, text);
  try {
    const { stdout, stderr } = await run(cfnLint, ['validate', file, '--parameters', parameters], { timeout: 30_000 });
    return { exitCode: 0, output: stripColours(stdout + stderr) };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { exitCode: typeof failed.code === 'number' ? failed.code : -1, output: stripColours(`${failed.stdout ?? ''}${failed.stderr ?? ''}`) };
  }
}

// eslint-disable-next-line no-control-regex -- cfn-lint colours its report with ANSI escapes
const stripColours = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

const expectClean = (expect: ExpectStatic, result: LintResult) => {
  expect(result.output).toMatch(/\b0 warn\b/);
  expect(result.output).toMatch(/\b0 crit\b/);
  expect(result.output).toContain('Template valid!');
  expect(result.exitCode).toBe(0);
};

const management = accountTemplate(finopsForCloud, 'management', { values: { bucketName } });
if (!management.ok) throw new Error(management.problem.message);

describe('cfn-lint can fail', () => {
  it.each([
    ['an unknown resource type', { ...management.value.template, Resources: { ...management.value.template.Resources, AuditRole: { Type: 'AWS::IAM::Rolle', Properties: {} } } }, /invalid Type/],
    [
      'a role without its trust policy',
      { ...management.value.template, Resources: { ...management.value.template.Resources, AccessRole: { Type: 'AWS::IAM::Role', Properties: { RoleName: 'X' } } } },
      /Required property AssumeRolePolicyDocument missing/,
    ],
    ['our template without its Parameters section', { ...management.value.template, Parameters: undefined }, /BillingBucketName/],
  ])('reports %s', async (_, broken, message) => {
    const result = await lint('broken.json', JSON.stringify(broken, null, 2));
    expect(result.exitCode).not.toBe(0);
    expect(result.output).toMatch(/[1-9]\d* crit/);
    expect(result.output).toMatch(message);
  });
});

// Each case runs two cfn-lint processes; running cases side by side keeps the suite quick.
describe.concurrent('cfn-lint finds nothing wrong with', () => {
  it.for(testCases)('$name, as JSON and as YAML', async ({ label, platform, accountType, authMethod, values }, { expect }) => {
    const account = accountTemplate(platform, accountType, { authMethod, values });
    if (!account.ok) throw new Error(account.problem.message);
    const [json, yaml] = await Promise.all([lint(`${label}.json`, toJson(account.value.template)), lint(`${label}.yaml`, toYaml(account.value.template))]);
    expectClean(expect, json);
    expectClean(expect, yaml);
  });

  it('the StackSet template', async ({ expect }) => {
    const plan = stackSetPlan(finopsForCloud, { targets: { organizationRootId: 'r-ab12' } });
    if (!plan.ok) throw new Error(plan.problem.message);
    expectClean(expect, await lint(plan.value.templateFileName, plan.value.templateText));
  });
});
