// Just enough policy checking to reject what the console rejects before saving.

export type PolicyCheck = { ok: true; statements: Record<string, unknown>[] } | { ok: false; reason: 'invalid-json' | 'missing-action' | 'missing-statement' };

export function checkPolicyDocument(text: string): PolicyCheck {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'invalid-json' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false, reason: 'invalid-json' };
  const statement = (parsed as { Statement?: unknown }).Statement;
  const statements = Array.isArray(statement) ? statement : statement && typeof statement === 'object' ? [statement] : [];
  if (statements.length === 0) return { ok: false, reason: 'missing-statement' };
  const hasActions = (entry: Record<string, unknown>) =>
    [entry.Action, entry.NotAction].some((actions) => (Array.isArray(actions) ? actions.length > 0 : typeof actions === 'string' && actions !== ''));
  const records = statements.filter((entry): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null);
  if (records.length !== statements.length || !records.every(hasActions)) return { ok: false, reason: 'missing-action' };
  return { ok: true, statements: records };
}

/** Values of a statement field that may be a string or a list of strings. */
export function listOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Services named by the statements' actions, e.g. ["S3", "Cost and Usage Report"]. */
export function servicesInPolicy(statements: Record<string, unknown>[]): { service: string; actions: string[]; effect: string }[] {
  const byService = new Map<string, { actions: string[]; effect: string }>();
  for (const statement of statements) {
    for (const action of [...listOf(statement.Action), ...listOf(statement.NotAction)]) {
      const prefix = action.includes(':') ? action.slice(0, action.indexOf(':')) : action;
      const entry = byService.get(prefix) ?? { actions: [], effect: String(statement.Effect ?? 'Allow') };
      entry.actions.push(action);
      byService.set(prefix, entry);
    }
  }
  return [...byService.entries()].map(([prefix, entry]) => ({ service: serviceNames[prefix] ?? prefix, ...entry }));
}

const serviceNames: Record<string, string> = {
  s3: 'S3',
  cur: 'Cost and Usage Report',
  'bcm-data-exports': 'Data Exports',
  ec2: 'EC2',
  iam: 'IAM',
  cloudwatch: 'CloudWatch',
  elasticloadbalancing: 'ELB',
  sts: 'STS',
};
