import { describe, expect, it } from 'vitest';
import type { CheckId, CheckResult, CheckStatus } from '../../lib/verify/checks';
import { summarize, type VerifySummary } from './verify-summary';

const checks = (statuses: Partial<Record<CheckId, CheckStatus>>): CheckResult[] =>
  Object.entries(statuses).map(([id, status]) => ({ id: id as CheckId, title: id, status: status as CheckStatus, detail: '' }));

describe('summarize', () => {
  it.each<[string, Partial<Record<CheckId, CheckStatus>>, VerifySummary]>([
    ['all passed', { keys: 'pass', 'role-trust': 'pass', 'role-permissions': 'pass', bucket: 'pass', 'bucket-policy': 'pass', 'first-delivery': 'pass' }, { kind: 'ready', text: 'Ready to connect' }],
    ['a warning that doesn’t block', { keys: 'pass', 'role-trust': 'warn', 'first-delivery': 'pass' }, { kind: 'ready', text: 'Ready to connect', detail: 'Read the 1 warning below first.' }],
    [
      'no export delivered yet',
      { keys: 'pass', 'role-trust': 'pass', 'first-delivery': 'warn' },
      { kind: 'waiting-for-delivery', text: 'Ready once AWS delivers the first export: connect after that', detail: 'The platform reads the export files when you connect, and there are none yet.' },
    ],
    ['one failure', { keys: 'pass', 'bucket-policy': 'fail', 'first-delivery': 'warn' }, { kind: 'to-fix', text: '1 thing to fix before connecting', detail: '1 failed; each says what to do.' }],
    ['failures and unchecked', { keys: 'pass', 'role-trust': 'fail', 'role-permissions': 'cant-check', bucket: 'fail' }, { kind: 'to-fix', text: '3 things to fix before connecting', detail: "2 failed, 1 couldn't be checked; each says what to do." }],
    ['nothing', {}, { kind: 'nothing-checked', text: 'Nothing was checked. Verify again.' }],
  ])('%s', (_case, statuses, expected) => {
    expect(summarize(checks(statuses))).toEqual(expected);
  });
});
