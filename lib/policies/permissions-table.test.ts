import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { actionsWithoutReason, permissionRows, permissionsMarkdown } from './permissions-table';

const docPath = fileURLToPath(new URL('../../docs/permissions.md', import.meta.url));
// `npm run docs:permissions` runs this file with the variable set, to write the document.
const updating = process.env.UPDATE_PERMISSIONS_DOC === '1';

describe('docs/permissions.md', () => {
  it('every action in every template has a reason: a feature, a source and the month it was checked', () => {
    expect(actionsWithoutReason().map((row) => `${row.templateId}: ${row.action}`)).toEqual([]);
  });

  it('the reasons name only actions a template grants (none left over from a removed action)', async () => {
    const { policyTemplates, templateIds } = await import('./templates');
    const granted = new Set(permissionRows().map((row) => `${row.templateId}:${row.action}`));
    const stale = templateIds.flatMap((templateId) => Object.keys(policyTemplates[templateId].reasons).filter((action) => !granted.has(`${templateId}:${action}`)).map((action) => `${templateId}: ${action}`));
    expect(stale).toEqual([]);
  });

  it('lists the discovery departures and options with the variants that grant them', () => {
    const rows = permissionRows().filter((row) => row.templateId === 'resourceDiscoveryPolicy');
    expect(rows.find((row) => row.action === 'cloudwatch:GetMetricData')).toMatchObject({ grantedBy: ['published'], source: expect.stringContaining('policy_gen.py') });
    expect(rows.find((row) => row.action === 'ec2:StartInstances')?.grantedBy).toEqual(['option:powerSchedules']);
    expect(rows.find((row) => row.action === 'ec2:Describe*')?.grantedBy).toEqual(['published', 'seed']);
    expect(rows.find((row) => row.action === 'rds:DescribeDBInstances')).toMatchObject({ grantedBy: ['option:databaseAndServerlessDiscovery'], source: expect.stringContaining('rds_instance_discovery_calls') });
  });

  it('is generated from the templates and current (run `npm run docs:permissions` after changing a template)', () => {
    const generated = permissionsMarkdown();
    if (updating) writeFileSync(docPath, generated);
    expect(readFileSync(docPath, 'utf8')).toBe(generated);
  });
});
