import type { ReplicaStackInstance } from '../../contract';
import { memberAccountId } from '../organizations/organizationAccounts';
import { replicaOptions } from '../shell/options';

export type StackInstanceRow = Required<Pick<ReplicaStackInstance, 'account' | 'status' | 'region' | 'detailedStatus'>> & Pick<ReplicaStackInstance, 'statusReason'>;

/** The rows every StackSet's "Stack instances" tab shows: the options' list, else the organization's members, CURRENT. */
export function stackSetInstances(): StackInstanceRow[] {
  const listed: ReplicaStackInstance[] =
    replicaOptions.stackSetInstances ??
    Array.from({ length: replicaOptions.stackSetInstanceCount ?? replicaOptions.organizationMemberCount ?? 4 }, (_unused, index) => ({ account: memberAccountId(index), status: 'CURRENT' as const }));
  return listed.map((instance) => ({
    account: instance.account,
    status: instance.status,
    region: instance.region ?? 'us-east-1',
    detailedStatus: instance.detailedStatus ?? (instance.status === 'CURRENT' ? 'SUCCEEDED' : 'FAILED'),
    ...(instance.statusReason === undefined ? {} : { statusReason: instance.statusReason }),
  }));
}
