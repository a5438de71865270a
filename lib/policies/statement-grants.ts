import type { Condition, Principal, PolicyStatement, StringOrList } from './document';

/*
 * Whether two statements grant the same, read as IAM reads them rather than as text: an action's
 * case doesn't matter, `StringLike` on a value without wildcards is `StringEquals`, `ArnLike` is
 * `StringLike` for these keys, a one-item list is its item. A statement we can't read this way (Deny,
 * NotAction, an operator we don't know) never counts as the same: we would rather add ours.
 */

const listOf = (value: StringOrList | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** IAM's `*` and `?` wildcards, anchored; `ignoreCase` for actions. */
const wildcard = (pattern: string, ignoreCase = false) =>
  new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, ignoreCase ? 'i' : '');

/**
 * Whether every string `value` stands for matches `pattern`. A literal is matched as IAM would; a
 * value with wildcards is covered by the same pattern, or by a prefix ending in `*` (`a/*` by `a*`).
 */
export function patternCovers(pattern: string, value: string, ignoreCase = false): boolean {
  const [p, v] = ignoreCase ? [pattern.toLowerCase(), value.toLowerCase()] : [pattern, value];
  if (p === v) return true;
  if (!/[*?]/.test(v)) return wildcard(p).test(v);
  const prefix = p.endsWith('*') ? p.slice(0, -1) : undefined;
  return prefix !== undefined && !/[*?]/.test(prefix) && v.startsWith(prefix);
}

/** Every value `narrow` allows is allowed by `wide` (both as IAM patterns). */
const patternsCover = (wide: string[], narrow: string[], ignoreCase = false) =>
  narrow.every((value) => wide.some((pattern) => patternCovers(pattern, value, ignoreCase)));

const principalsOf = (principal: Principal | undefined): string[] | '*' => {
  if (principal === undefined) return [];
  if (principal === '*') return '*';
  return Object.entries(principal).flatMap(([type, ids]) => listOf(ids as StringOrList).map((id) => (id === '*' && type === 'AWS' ? '*' : `${type}:${id}`)));
};

const principalsCover = (wide: Principal | undefined, narrow: Principal | undefined): boolean => {
  const w = principalsOf(wide);
  const n = principalsOf(narrow);
  if (w === '*' || (Array.isArray(w) && w.includes('*'))) return true;
  if (n === '*') return false;
  return n.every((id) => w.includes(id));
};

// Operators whose values we compare as strings; Like ones take wildcards.
const stringOperators: Record<string, { like: boolean }> = {
  StringEquals: { like: false },
  ArnEquals: { like: false },
  StringLike: { like: true },
  ArnLike: { like: true },
};

interface KeyTest {
  like: boolean;
  values: string[];
}

/** Condition key (lower case, as IAM compares keys) → what it must match; undefined when an operator is unknown. */
function keyTests(condition: Condition | undefined): Map<string, KeyTest[]> | undefined {
  const tests = new Map<string, KeyTest[]>();
  for (const [operator, keys] of Object.entries(condition ?? {})) {
    const known = stringOperators[operator];
    if (!known) return undefined;
    for (const [key, values] of Object.entries(keys)) {
      if (typeof values !== 'string' && !Array.isArray(values)) return undefined;
      const test = { like: known.like, values: listOf(values) };
      tests.set(key.toLowerCase(), [...(tests.get(key.toLowerCase()) ?? []), test]);
    }
  }
  return tests;
}

/** Every request `narrow`'s conditions let through, `wide`'s let through too. */
function conditionsCover(wide: Condition | undefined, narrow: Condition | undefined): boolean {
  const wideTests = keyTests(wide);
  const narrowTests = keyTests(narrow);
  if (!wideTests || !narrowTests) return false;
  for (const [key, tests] of wideTests) {
    const limits = narrowTests.get(key);
    if (!limits) return false; // wide asks something of requests narrow doesn't
    for (const test of tests) {
      // Some test narrow applies to this key must allow only values this test allows.
      const covered = limits.some((limit) =>
        limit.values.every((value) => {
          // In an Equals test `*` is a plain character; in a Like one, a wildcard.
          const literal = !limit.like || !/[*?]/.test(value);
          if (test.like) return test.values.some((pattern) => (literal ? wildcard(pattern).test(value) : patternCovers(pattern, value)));
          return literal && test.values.includes(value);
        }),
      );
      if (!covered) return false;
    }
  }
  return true;
}

const readable = (statement: PolicyStatement) =>
  statement.Effect === 'Allow' && statement.NotAction === undefined && statement.NotResource === undefined && statement.NotPrincipal === undefined;

/** Whether `wide` allows every request `narrow` allows. */
export function grantsAtLeast(wide: PolicyStatement, narrow: PolicyStatement): boolean {
  if (!readable(wide) || !readable(narrow)) return false;
  return (
    principalsCover(wide.Principal, narrow.Principal) &&
    patternsCover(listOf(wide.Action), listOf(narrow.Action), true) &&
    patternsCover(listOf(wide.Resource), listOf(narrow.Resource)) &&
    conditionsCover(wide.Condition, narrow.Condition)
  );
}

/** Whether two statements allow exactly the same requests, however each is written. */
export const grantsTheSame = (a: PolicyStatement, b: PolicyStatement): boolean => grantsAtLeast(a, b) && grantsAtLeast(b, a);
