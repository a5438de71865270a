import type { PageId } from '../console/pages';

/**
 * What the console features look for on each page, in words a person diagnosing the page can
 * check against its structure. Kept beside the report, not in the features, so a report can be
 * made on any page, whichever feature ran there.
 */
export const expectedOnPage: Record<PageId, string> = {
  'iam-create-policy':
    "a JSON policy editor (.ace_editor, or a textarea holding JSON) near 'Policy editor'; in Visual mode the 'JSON' switch; on the review step the 'Policy name' field",
  'iam-create-role':
    "the trusted entity tiles ('AWS account' → 'Another AWS account' with 'Account ID' and 'Require external ID' → 'External ID', or 'Custom trust policy' with its JSON editor, .ace_editor); on the review step the 'Role name' field",
  'iam-role-details': "the role's ARN in its summary",
  'iam-create-user': "the 'User name' field, the console access checkbox, and 'Attach policies directly' among the permissions options",
  'iam-user-details': "the user's ARN in its summary",
  'iam-user-security-credentials': "the 'Access keys' section with 'Create access key'",
  'iam-create-access-key': 'after creating, the new access key ID (AKIA…) shown on the page',
  's3-create-bucket': "the 'Bucket name' field",
  's3-bucket-permissions': "the 'Bucket policy' section with its Edit button",
  's3-edit-bucket-policy': "the bucket policy JSON editor (.ace_editor, or a textarea holding JSON) under 'Policy'",
  'data-exports-list': "the exports table with the columns 'Export name', 'Status', 'S3 bucket' and 'Export type'",
  'data-exports-create': "the export form: 'Export name', the export type and content choices ('Standard data export', 'CUR 2.0'), 'S3 bucket' and 'S3 path prefix'",
  'data-exports-details': "one export's storage settings: its s3:// destination (bucket and 'S3 path prefix')",
  'billing-console': "on a page showing one export: its 'S3 destination' (s3://BUCKET/PREFIX) and, if shown, 'Data export type'",
  'legacy-cur-reports': 'the table of Cost and Usage Reports with their S3 bucket and prefix',
  'organizations-accounts': "the organization's list of accounts",
  'cloudformation-create-stack': "the Create stack wizard: the template, 'Stack name' and the template's parameters",
  'cloudformation-create-stack-set': 'the Create StackSet wizard: the permission model, the template and its parameters',
  'cloudformation-stack-set-details': "the StackSet's details and its permission model",
  'cloudformation-stack-set-instances': 'the table of stack instances with their accounts and status',
};

/** What to write when the page isn't one we recognise. */
export const expectedOnUnknownPage = 'nothing in particular: this page is not one the extension recognises (its address may have changed)';
