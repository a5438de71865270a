import { statementsOf, type StringOrList } from './document';
import { policyTemplates, templateIds, variantsOf } from './templates';
import type { PolicyOption, TemplateId } from './template-types';

/** One action in one template: why it is there, and which wordings (or options) grant it. */
export interface PermissionRow {
  templateId: TemplateId;
  action: string;
  feature?: string;
  source?: string;
  checked?: string;
  /** Variant names, and `option:NAME` for an optional statement. */
  grantedBy: string[];
}

const listOf = (value: StringOrList | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

const optionLabels: Record<PolicyOption, string> = {
  powerSchedules: 'with power schedules (opt-in)',
  databaseAndServerlessDiscovery: 'self-hosted OptScale, newer releases',
};

/** Every action every template can grant, read from the templates themselves, with its reason when it has one. */
export function permissionRows(): PermissionRow[] {
  return templateIds.flatMap((templateId) => {
    const template = policyTemplates[templateId];
    const grantedBy = new Map<string, string[]>();
    const grant = (action: string, by: string) => grantedBy.set(action, [...new Set([...(grantedBy.get(action) ?? []), by])]);
    for (const { name, variant } of variantsOf(template)) {
      for (const statement of statementsOf(variant.document)) for (const action of listOf(statement.Action)) grant(action, name);
    }
    for (const optional of template.optionalStatements ?? []) {
      for (const action of listOf(optional.statement.Action)) grant(action, `option:${optional.when}`);
    }
    return [...grantedBy].map(([action, by]) => {
      const reason = template.reasons[action];
      return { templateId, action, grantedBy: by, ...(reason ? { feature: reason.feature, source: reason.source, checked: reason.checked } : {}) };
    });
  });
}

/** Actions a template grants without saying why: each must be given a reason in the template's `reasons`. */
export const actionsWithoutReason = (): PermissionRow[] => permissionRows().filter((row) => !row.feature || !row.source || !/^\d{4}-\d{2}$/.test(row.checked ?? ''));

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const grantedByText = (grantedBy: string[]) =>
  grantedBy.map((by) => (by.startsWith('option:') ? optionLabels[by.slice('option:'.length) as PolicyOption] : by)).join(', ');

/** docs/permissions.md, generated: `npm run docs:permissions` writes it, a unit test keeps it current. */
export function permissionsMarkdown(): string {
  const lines = [
    '# Permissions: what each action is for',
    '',
    '<!-- Generated from the policy templates (lib/policies/*-templates.ts) by `npm run docs:permissions`; a unit test fails when this file is stale. Edit the templates, not this file. -->',
    '',
    'Every action in every document the extension writes, the platform feature that uses it, where that is written down (docs page or code path, and when it was checked), and which wordings grant it. Wordings: `published` (the platform docs today), `seed` (the original onboarding guides), `standard` (one wording only), `withExternalId`/`withoutExternalId` (trust policy); an option names statements only some setups get.',
    '',
  ];
  lines.push('| Document | Action | Platform feature | Source (checked) | Variants that have it |', '|---|---|---|---|---|');
  for (const row of permissionRows()) {
    const title = policyTemplates[row.templateId].title;
    lines.push(`| ${title} | \`${row.action}\` | ${cell(row.feature ?? '**no reason given**')} | ${cell(row.source ?? '')}${row.checked ? ` (${row.checked})` : ''} | ${grantedByText(row.grantedBy)} |`);
  }
  const departures = templateIds.flatMap((templateId) =>
    variantsOf(policyTemplates[templateId]).flatMap(({ name, variant }) => [
      ...(variant.added ?? []).map((entry) => `- ${policyTemplates[templateId].title}, added to \`${name}\`: \`${entry.action}\`. ${entry.reason} (${entry.source})`),
      ...(variant.leftOut ?? []).map((entry) => `- ${policyTemplates[templateId].title}, left out of \`${name}\`: \`${entry.action}\`. ${entry.reason}`),
    ]),
  );
  if (departures.length) lines.push('', '## Departures from the sources', '', ...departures);
  return `${lines.join('\n').trimEnd()}\n`;
}
