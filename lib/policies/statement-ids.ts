/**
 * Sids our templates give their statements. They never change between releases, so a merge or a
 * verifier can find our statements again in a policy the person has edited since.
 */
export const statementIds = {
  /** Lets AWS Data Exports (and legacy CUR) write into the bucket. */
  dataExportsDelivery: 'FinOpsDataExportsDelivery',
  // FinOps for Cloud's published Sids, kept as published so the policy matches their docs.
  billingFiles: 'FinOpsForCloudGetBillingFiles',
  billingBucket: 'FinOpsForCloudManageBillingBucket',
  resourceDiscovery: 'FinOpsforCloudGetResources',
  // The seed guides' Sids.
  seedReportDefinition: 'ReportDefinition',
  seedGetObject: 'GetObject',
  seedBucketOperations: 'BucketOperations',
  seedResourceDiscovery: 'FinOpsforCloudOperations',
  /** Opt-in: lets the platform start and stop instances on a power schedule. */
  powerSchedules: 'FinOpsPowerSchedules',
  /** What newer OptScale releases also discover: RDS, Redshift Serverless, EMR Serverless. */
  databaseAndServerlessDiscovery: 'OptScaleDatabaseAndServerlessDiscovery',
  /** Lets the platform assume the role. */
  platformAssumeRole: 'FinOpsPlatformAssumeRole',
  // Cloudyn's bucket policy (the guide's Sids were timestamps; these say what each statement does).
  cloudynBucketCheck: 'CloudynBillingBucketCheck',
  cloudynBillingDelivery: 'CloudynBillingDelivery',
  cloudynReadOnlyAccess: 'CloudynReadOnlyAccess',
  // AWS's documented legacy CUR delivery, for Cloudyn's bucket.
  legacyCurBucketCheck: 'LegacyCurBucketCheck',
  legacyCurDelivery: 'LegacyCurDelivery',
} as const;

/**
 * The Sid AWS's documentation and the seed guide give the same delivery statement; a bucket set up
 * by hand from them carries it, so a merge should treat a statement with this Sid as ours.
 */
export const awsDocumentedDataExportsSid = 'EnableAWSDataExportsToWriteToS3AndCheckPolicy';

/** Other Sids a statement of ours is known by: the Data Exports console writes AWS's Sid for the same grant. */
export const sidAliases: Readonly<Record<string, readonly string[]>> = {
  [statementIds.dataExportsDelivery]: [awsDocumentedDataExportsSid],
};
