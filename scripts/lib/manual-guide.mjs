// What the manual guide (FinOps for Cloud's AWS docs, /work/shared/seeds/000–003, and the AWS
// console pages they send you to) has a person type, value by value, to set up and connect an
// account with an assumed role: the figure the tours' counts stand beside. Counted by reading the
// guide's steps in order and listing each value that goes into a field by typing or pasting; a
// policy document pasted into an editor counts once, and each placeholder edited in it once more.

/** Standalone (or management) account with a role, from nothing to connected. */
export const manualStandaloneValues = [
  'Data export: export name',
  'Data export: S3 bucket name',
  'Data export: S3 path prefix',
  'Billing import policy: the JSON pasted into the policy editor',
  'Billing import policy: <bucket_name> replaced in the object ARN',
  'Billing import policy: <bucket_name> replaced in the bucket ARN',
  'Billing import policy: policy name',
  'Resource discovery policy: the JSON pasted',
  'Resource discovery policy: policy name',
  'Role: the custom trust policy JSON pasted',
  'Role: FinOpsForCloudBillingImport typed into the permissions search',
  'Role: FinOpsForCloudResourceDiscovery typed into the permissions search',
  'Role: role name',
  'Portal: data source name',
  'Portal: AWS account ID',
  'Portal: assumed role name',
  'Portal: export name',
  'Portal: export S3 bucket name',
  'Portal: export path prefix',
];

/** Each member account of an organization, by hand (the guide's "repeat steps 1–4 for each member account"). */
export const manualMemberValues = [
  'Resource discovery policy: the JSON pasted',
  'Resource discovery policy: policy name',
  'Role: the custom trust policy JSON pasted',
  'Role: FinOpsForCloudResourceDiscovery typed into the permissions search',
  'Role: role name',
  'Portal: data source name',
  'Portal: AWS account ID',
  'Portal: assumed role name',
];

/** Values typed by hand for a management account and `members` member accounts, by the manual guide. */
export const manualOrganizationValues = (members) => manualStandaloneValues.length + members * manualMemberValues.length;

/**
 * The tour's counts as the summary and the bench print them: values typed by hand, clicks (on
 * console and portal pages, and in the side panel), and, for an organization, clicks per member.
 * @param {import('./whole-flow.d.mts').FlowCounts} counts
 * @param {{ members?: number, memberClicks?: number }} [organization]
 */
export function countsSummary(counts, { members = 0, memberClicks } = {}) {
  const sum = (by) => by.console + by.portal + by.panel;
  return {
    valuesTypedByHand: sum(counts.typedValues),
    keystrokes: sum(counts.keystrokes),
    clicks: sum(counts.clicks),
    clicksOnPages: counts.clicks.console + counts.clicks.portal,
    clicksInSidePanel: counts.clicks.panel,
    byPlace: counts,
    ...(members > 0 && memberClicks !== undefined ? { members, clicksPerMemberAccount: Math.round((memberClicks / members) * 100) / 100 } : {}),
    manualGuide: {
      valuesTypedByHand: members > 0 ? manualOrganizationValues(members) : manualStandaloneValues.length,
      counted: members > 0 ? `${manualStandaloneValues.length} for the management account + ${manualMemberValues.length} for each of ${members} members` : `${manualStandaloneValues.length}, one by one: scripts/lib/manual-guide.mjs`,
    },
  };
}
