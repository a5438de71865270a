import type { PolicyOption } from '../policies/template-types';

/**
 * The OptScale releases whose discovery needs differ, newest first. A self-hosted OptScale runs
 * whatever release its owner deployed; the newer ones also discover RDS, Redshift Serverless and
 * EMR Serverless and need those reads (see the resource discovery policy's reasons).
 */
export const optScaleVersions = [
  {
    id: 'newest',
    label: 'Newer releases (after 2024-10)',
    line: 'Also discovers RDS, Redshift Serverless and EMR Serverless (hystax/optscale main, checked 2026-12).',
    policyOptions: ['databaseAndServerlessDiscovery'],
  },
  {
    id: 'upTo2024-10',
    label: 'Release 2024101501-public or earlier',
    line: 'Discovers EC2, EBS, snapshots, IP addresses, S3 and load balancers only.',
    policyOptions: [],
  },
] as const satisfies readonly { id: string; label: string; line: string; policyOptions: readonly PolicyOption[] }[];

export type OptScaleVersion = (typeof optScaleVersions)[number]['id'];
export const newestOptScaleVersion: OptScaleVersion = optScaleVersions[0].id;
export const optScaleVersionIds = optScaleVersions.map((version) => version.id) as [OptScaleVersion, ...OptScaleVersion[]];

export const policyOptionsForVersion = (id: OptScaleVersion): readonly PolicyOption[] =>
  optScaleVersions.find((version) => version.id === id)?.policyOptions ?? [];
