import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { accountTemplate } from './account-template';
import { accountDownloads } from './downloads';
import { toJson, toYaml } from './serialise';
import { testCases } from './test-support';
import { cloudyn, finopsForCloud } from '../platforms';

describe.each(testCases)('$name', ({ platform, accountType, authMethod, values }) => {
  const account = accountTemplate(platform, accountType, { authMethod, values });
  if (!account.ok) throw new Error(account.problem.message);
  const { template } = account.value;

  it('reads back from YAML (1.1 and 1.2 readers) as the same object as from JSON', () => {
    const fromJson: unknown = JSON.parse(toJson(template));
    expect(fromJson).toEqual(template);
    expect(parse(toYaml(template), { version: '1.1' })).toEqual(fromJson);
    expect(parse(toYaml(template), { version: '1.2' })).toEqual(fromJson);
  });

  it('keeps the key order of the JSON in the YAML', () => {
    const keysInOrder = (value: unknown): string[] =>
      value !== null && typeof value === 'object' ? Object.entries(value).flatMap(([key, item]) => [key, ...keysInOrder(item)]) : [];
    expect(keysInOrder(parse(toYaml(template), { version: '1.1' }))).toEqual(keysInOrder(JSON.parse(toJson(template))));
  });
});

describe('toYaml', () => {
  it('quotes the versions, so no YAML reader takes them for dates', () => {
    const account = accountTemplate(finopsForCloud, 'member');
    if (!account.ok) throw new Error(account.problem.message);
    const yaml = toYaml(account.value.template);
    expect(yaml).toMatch(/^AWSTemplateFormatVersion: "2010-09-09"$/m);
    expect(yaml).toMatch(/^\s+Version: "2012-10-17"$/m);
  });
});

describe('accountDownloads', () => {
  it('offers the template as YAML and JSON and the CloudShell script, named for the platform and account', () => {
    const downloads = accountDownloads(finopsForCloud, 'management', { bucketName: 'billing-export-111122223333' });
    if (!downloads.ok) throw new Error(downloads.problem.message);
    expect(downloads.value.templateYaml).toMatchObject({ fileName: 'finops-for-cloud-management-role.yaml', mediaType: 'application/yaml' });
    expect(downloads.value.templateJson).toMatchObject({ fileName: 'finops-for-cloud-management-role.json', mediaType: 'application/json' });
    expect(downloads.value.templateJson.text).toBe(toJson(downloads.value.account.template));
    expect(downloads.value.script).toMatchObject({ ok: true, value: { fileName: 'finops-for-cloud-management-role.sh', mediaType: 'text/x-shellscript' } });
  });

  it('has the templates ready while the script still waits for a value', () => {
    const downloads = accountDownloads(cloudyn, 'member', {}, { authMethod: 'assumedRole' });
    expect(downloads).toMatchObject({ ok: true, value: { templateYaml: { fileName: 'cloudyn-member-role.yaml' }, script: { ok: false, problem: { code: 'missing-external-id' } } } });
  });
});
