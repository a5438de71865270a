import type { AccountType, AuthMethod, ExportState, PlatformId } from '../../lib/onboarding/plan-types';

/** One line each, from the platform guides (seed 000 and 004). */
export const platformText: Record<PlatformId, { title: string; line: string }> = {
  finopsForCloud: { title: 'FinOps for Cloud', line: 'SoftwareOne’s FinOps platform (built on OptScale), at portal.finops.softwareone.com.' },
  customOptScale: { title: 'Self-hosted OptScale', line: 'Your own OptScale deployment: enter its address and who it signs in as.' },
  cloudyn: { title: 'Cloudyn', line: 'Microsoft’s retired Cloudyn, for accounts still set up that way: read-only role with an External ID.' },
};

export const accountTypeText: Record<AccountType, { title: string; line: string }> = {
  management: {
    title: 'Management account',
    line: 'The account that created the AWS Organization and pays for all its accounts (payer, root or master account).',
  },
  member: {
    title: 'Member account',
    line: 'An account in an AWS Organization other than the management account, once the management account is connected (linked account).',
  },
  standalone: {
    title: 'Standalone account',
    line: 'An account outside any AWS Organization, with its own bill (individual account).',
  },
};

export const memberWithoutManagementAccess =
  'A member account whose management account you can’t reach? Choose Standalone: it gets its own Data Export.';

export const authMethodText: Record<AuthMethod, { title: string; line: string }> = {
  assumedRole: {
    title: 'Assumed role (recommended)',
    line: 'The platform assumes a role you create and gets short-lived credentials: no permanent key leaves your account.',
  },
  accessKey: {
    title: 'Access key',
    line: 'An IAM user with a permanent access key. Riskier: anyone who obtains the key can use it until it is deleted, so it must be guarded and rotated.',
  },
};

export const exportStateText: Record<ExportState, { title: string; line: string }> = {
  toCreate: { title: 'Create a new Data Export', line: 'CUR 2.0 with the recommended settings, and its S3 bucket.' },
  exists: { title: 'A Data Export already exists', line: 'Use the export this account already delivers; you’ll copy its name, bucket and S3 path prefix.' },
};

/** The power-schedules opt-in: off by default, because it lets the platform change instances, not only read them. */
export const powerSchedulesText = {
  title: 'Let the platform start and stop instances (power schedules)',
  line: 'Only if you will use power schedules: the discovery policy then also grants ec2:StartInstances and ec2:StopInstances, so the platform can turn instances on and off on the schedule you set.',
};
