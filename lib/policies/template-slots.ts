import type { ValueKind } from '../values';

/** The values a policy template leaves open, and the value kind that checks each. */
export const slotValueKinds = {
  bucketName: 'bucketName',
  /** The account that owns the data export (and the bucket). */
  accountId: 'accountId',
  /** Who may assume the role: always taken from the platform profile, never typed per policy. */
  trustedPrincipal: 'trustedPrincipal',
  externalId: 'externalId',
  /** The read-only role or user a platform such as Cloudyn signs in as. */
  readOnlyPrincipalArn: 'principalArn',
} as const satisfies Record<string, ValueKind>;

export type SlotName = keyof typeof slotValueKinds;

/** How a slot is written inside template data: `{{bucketName}}`. Render replaces every one. */
export const slot = (name: SlotName): string => `{{${name}}}`;

/** Matches one slot token; the name is in group 1. */
export const slotTokenPattern = /\{\{(\w+)\}\}/g;
