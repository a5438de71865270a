import { progressReducer, type ProgressAction, type SetupChoice } from '../../lib/onboarding/progress';
import { emptyProgressState, type ProgressState } from '../../lib/onboarding/state-schema';

export const at = '2025-06-02T12:00:00.000Z';

export const finopsStandalone: SetupChoice = {
  platform: { id: 'finopsForCloud', policyVariant: 'published' },
  accountType: 'standalone',
  authMethod: 'assumedRole',
  exportState: 'toCreate',
};

/** Progress built the way the background builds it: by the real reducer. */
export const stateFrom = (actions: readonly ProgressAction[], start: ProgressState = emptyProgressState()): ProgressState => actions.reduce(progressReducer, start);

const stepOrder = ['data-export', 'billing-import-policy', 'discovery-policy', 'access-role', 'role-arn', 'connect'];

/** `count` accounts 1000-0000-0000, 1000-0000-0001, …; account i has i % 7 of its steps done. */
export function manyAccountsState(count: number, setup: SetupChoice = finopsStandalone): ProgressState {
  const actions: ProgressAction[] = [];
  for (let index = 0; index < count; index += 1) {
    const accountId = String(100000000000 + index);
    actions.push({ type: 'account-added', accountId, setup, from: 'page', at });
    for (const stepId of stepOrder.slice(0, index % 7)) actions.push({ type: 'step-done', accountId, stepId, by: 'user', at });
  }
  return stateFrom(actions);
}
