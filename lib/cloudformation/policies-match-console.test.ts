import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cloudyn, finopsForCloud, templatesFor } from '../platforms';
import { policyTemplates } from '../policies/templates';
import { documentForSetup } from '../policies/for-setup';
import { formatPolicyText } from '../policies/format';
import type { PolicyDocument } from '../policies/document';
import type { TemplateId } from '../policies/template-types';
import { accountTemplate, policyLogicalId } from './account-template';
import { cloudShellScript } from './cloudshell-script';
import { toJson, toYaml } from './serialise';
import { stackSetPlan } from './stack-set';
import { accountId, externalId, resolveIntrinsics, testCases, type TestCase } from './test-support';
import type { CloudFormationTemplate } from './template-types';

/** What the console path inserts for this template: the text the extension's buttons write into the editor. */
function consoleText({ platform, accountType, authMethod, values }: TestCase, templateId: TemplateId, overrides: Record<string, string> = {}): string {
  const document = documentForSetup(templateId, { platform, accountType, authMethod, values: { ...values, ...overrides } });
  if (!document.ok) throw new Error(document.message);
  return document.rendered.text;
}

/** The policy documents of a template once CloudFormation has put the parameter values in, by template. */
function stackPolicies(template: CloudFormationTemplate, inputs: Record<string, string>): Map<TemplateId, string> {
  const resolve = (document: unknown) => formatPolicyText(resolveIntrinsics(document, { 'AWS::AccountId': accountId, ...inputs }) as PolicyDocument);
  const policies = new Map<TemplateId, string>();
  for (const [logicalId, resource] of Object.entries(template.Resources)) {
    if (resource.Type === 'AWS::IAM::ManagedPolicy') {
      const templateId = (['billingImportPolicy', 'resourceDiscoveryPolicy'] as const).find((id) => policyLogicalId(id) === logicalId);
      if (!templateId) throw new Error(`Unexpected policy ${logicalId}`);
      policies.set(templateId, resolve(resource.Properties.PolicyDocument));
    }
    if (resource.Type === 'AWS::IAM::Role') policies.set('trustPolicy', resolve(resource.Properties.AssumeRolePolicyDocument));
  }
  return policies;
}

const bashValueOf = (assignment: string, variable: string): string => execFileSync('bash', ['-c', `set -euo pipefail\n${assignment}\nprintf '%s' "$${variable}"`], { encoding: 'utf8' });

describe.each(testCases)('$name', (testCase) => {
  const { platform, accountType, authMethod, values } = testCase;
  const account = accountTemplate(platform, accountType, { authMethod, values });
  if (!account.ok) throw new Error(account.problem.message);
  const { template } = account.value;
  const otherBucket = 'cost-reports-eu.example-123';
  // A bucket other than the template's default, so the test sees the parameter at work.
  const takesExternalId = template.Parameters?.ExternalId !== undefined;
  const inputs = { BillingBucketName: otherBucket, ...(takesExternalId ? { ExternalId: externalId } : {}) };
  // Every IAM policy the console path writes for this account; bucket policies stay with the console.
  const iamTemplates = templatesFor(platform, accountType, authMethod).filter((id) => policyTemplates[id].kind !== 'bucket');
  const expected = (templateId: TemplateId) => consoleText(testCase, templateId, { bucketName: otherBucket, ...(takesExternalId ? { externalId } : {}) });

  it.each([
    ['the template object', template],
    ['the JSON file', JSON.parse(toJson(template)) as CloudFormationTemplate],
    ['the YAML file', parse(toYaml(template), { version: '1.1' }) as CloudFormationTemplate],
  ])('%s holds, once the stack has the parameter values, byte for byte the documents the console path inserts', (_, source) => {
    const policies = stackPolicies(source, inputs);
    expect([...policies.keys()].sort()).toEqual(iamTemplates.sort());
    for (const [templateId, text] of policies) expect(text, templateId).toBe(expected(templateId));
  });

  it('the CloudShell script embeds byte for byte the documents the console path inserts, and bash reads them back unchanged', () => {
    const script = cloudShellScript(platform, accountType, values, { authMethod });
    if (!script.ok) throw new Error(script.problem.message);
    const assignments = [...script.value.text.matchAll(/^(\w+)="\$\(cat <<'(\w+)'\n([\s\S]*?)\n\2\n\)"$/gm)];
    const policies = stackPolicies(template, { BillingBucketName: values.bucketName!, ExternalId: externalId });
    expect(assignments.map((match) => match[1])).toEqual([...policies.keys()].map((id) => id.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)));
    for (const [assignment, variable, , text] of assignments) {
      const templateId = variable!.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()) as TemplateId;
      expect(text, templateId).toBe(consoleText(testCase, templateId));
      expect(bashValueOf(assignment, variable!)).toBe(text);
    }
  });
});

describe('the StackSet', () => {
  const directory = mkdtempSync(join(tmpdir(), 'stack-set-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it.each([
    ['FinOps for Cloud, YAML', finopsForCloud, 'yaml'],
    ['Cloudyn, JSON', cloudyn, 'json'],
  ] as const)('%s: deploys the member account template, and its script writes exactly the downloadable file', (_, platform, format) => {
    const plan = stackSetPlan(platform, { targets: { organizationRootId: 'r-ab12' }, format });
    const member = accountTemplate(platform, 'member', { authMethod: 'assumedRole' });
    if (!plan.ok || !member.ok) throw new Error('plan failed');
    expect(plan.value.member.template).toEqual(member.value.template);
    expect(plan.value.templateText).toBe(format === 'yaml' ? toYaml(member.value.template) : toJson(member.value.template));

    // Run only the part of the script that writes the file: everything before the first AWS call.
    const writesFile = plan.value.script.slice(0, plan.value.script.indexOf('\n# ', plan.value.script.indexOf(`> '${plan.value.templateFileName}'`)));
    execFileSync('bash', ['-c', writesFile], { cwd: directory });
    expect(readFileSync(join(directory, plan.value.templateFileName), 'utf8')).toBe(plan.value.templateText);
  });
});
