import type { ExportState } from '../../lib/onboarding/plan-types';
import { timeAgo } from '../../lib/handoff/export-age';
import { connectFormFor, type AccountType, type AuthMethod, type PlatformProfile } from '../../lib/platforms';
import { normaliseExportPathPrefix, valueLabels, type ValueKind } from '../../lib/values';
import { checkValue } from '../values/value-entries';

export interface HandOffWarning {
  id: 'export-too-new' | 'prefix-shape' | 'root-user-keys' | 'bucket-region-unknown' | 'value-invalid';
  title: string;
  message: string;
}

export interface HandOffCheckInput {
  platform: PlatformProfile;
  accountType: AccountType;
  authMethod: AuthMethod;
  exportState: ExportState;
  /** Values as stored (typed or read), before any normalising. */
  values: Partial<Record<ValueKind, string>>;
  /** When the Data Export was created (ms since epoch), if this flow saw it happen. */
  exportCreatedAt?: number;
  now: number;
}

const firstDelivery = 24 * 60 * 60 * 1000;

const clock = (time: number) => new Date(time).toLocaleString(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' });

/** What is likely to make the connect form fail, in the person's words, before they press Connect. */
export function handOffWarnings({ platform, accountType, authMethod, exportState, values, exportCreatedAt, now }: HandOffCheckInput): HandOffWarning[] {
  const warnings: HandOffWarning[] = [];
  const form = connectFormFor(platform, accountType, authMethod);
  const formKinds = (form?.fields ?? []).flatMap((field) => ('valueKind' in field.fill ? [field.fill.valueKind] : []));
  const usesExport = formKinds.includes('exportName');

  if (usesExport && exportState === 'toCreate' && exportCreatedAt !== undefined && now - exportCreatedAt < firstDelivery) {
    warnings.push({
      id: 'export-too-new',
      title: 'The export is less than a day old',
      message: `It was created ${timeAgo(now - exportCreatedAt)}. ${platform.displayName} fails with "Unable to find report … files" until AWS delivers the first files, which can take up to 24 hours: try connecting after ${clock(exportCreatedAt + firstDelivery)}.`,
    });
  }

  const prefix = values.exportPathPrefix;
  if (usesExport && prefix !== undefined && prefix.trim() !== '' && normaliseExportPathPrefix(prefix) !== prefix.trim()) {
    warnings.push({
      id: 'prefix-shape',
      title: 'The S3 path prefix was given as a path or URL',
      message: `"${prefix}" includes ${/^s3:\/\//i.test(prefix.trim()) ? 's3:// and the bucket' : 'slashes at the ends'}; the platform wants the prefix exactly as set in the export: "${normaliseExportPathPrefix(prefix)}". The copy button gives that.`,
    });
  }

  if (authMethod === 'accessKey' && (/:root$/.test(values.userArn ?? '') || values.userName?.trim().toLowerCase() === 'root')) {
    warnings.push({
      id: 'root-user-keys',
      title: 'These look like root user keys',
      message: `Root user access keys can do anything in the account and can't be limited by policies. Create the ${platform.names.userName} user and an access key for it instead, and delete the root key.`,
    });
  }

  if (usesExport && values.bucketName && !values.region) {
    warnings.push({
      id: 'bucket-region-unknown',
      title: "The bucket's region is unknown",
      message: `Open ${values.bucketName} in the S3 console once so the extension reads its region, or enter it under Values, so the bucket can be checked before you connect.`,
    });
  }

  const invalid = formKinds.filter((kind) => kind !== 'secretAccessKey' && checkValue(kind, values[kind]).state === 'invalid');
  if (invalid.length > 0) {
    warnings.push({
      id: 'value-invalid',
      title: 'Some values look wrong',
      message: `Check ${invalid.map((kind) => valueLabels[kind]).join(', ')} in the list below before connecting.`,
    });
  }
  return warnings;
}
