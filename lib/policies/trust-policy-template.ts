import { statementIds } from './statement-ids';
import { slot } from './template-slots';
import type { PolicyTemplate } from './template-types';

const assumeRole = {
  Sid: statementIds.platformAssumeRole,
  Effect: 'Allow',
  Principal: { AWS: slot('trustedPrincipal') },
  Action: 'sts:AssumeRole',
} as const;

/** The role's trust policy: who may assume it, optionally only with the platform's External ID. */
export const trustPolicy: PolicyTemplate = {
  id: 'trustPolicy',
  kind: 'trust',
  title: 'Role trust policy',
  variesBy: 'externalId',
  reasons: {
    'sts:AssumeRole': { feature: 'The platform signs in to the account with short-lived credentials', source: 'FinOps for Cloud docs, "Configure AWS access"; IAM user guide', checked: '2026-12' },
  },
  variants: {
    withoutExternalId: {
      source: 'FinOps for Cloud docs, "Configure AWS access", custom trust policy (our Sid added)',
      document: { Version: '2012-10-17', Statement: [{ ...assumeRole }] },
    },
    withExternalId: {
      source: 'IAM user guide, "Access to AWS accounts owned by third parties" (External ID condition)',
      document: {
        Version: '2012-10-17',
        Statement: [{ ...assumeRole, Condition: { StringEquals: { 'sts:ExternalId': slot('externalId') } } }],
      },
    },
  },
};
