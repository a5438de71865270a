import { recognisePage } from '../console/pages';

/**
 * Masking for the problem report a person may send to support: account IDs, ARNs, names from the
 * URL, keys and e-mail addresses never leave in it. Default-deny where we can (URL segments and
 * query values are kept only when they are console route words or known-safe shapes), and a last
 * pass over the whole text for every sensitive shape we know.
 */

/** What the page's URL names (bucketName, roleName …), each replaced by its placeholder wherever it appears. */
export type KnownNames = Partial<Record<string, string>>;

const placeholders: Record<string, string> = {
  bucketName: '<bucket>',
  roleName: '<role>',
  userName: '<user>',
  exportName: '<export>',
  stackSetName: '<stack set>',
};
const placeholderFor = (kind: string) => placeholders[kind] ?? '<name>';

/** The names the page detectors read from this URL (bucket on S3 pages, role on its page …). */
export function namesInUrl(url: string | URL): KnownNames {
  const { page: _page, region: _region, ...names } = recognisePage(url) ?? {};
  return names as KnownNames;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Every ARN partition (aws, aws-cn, aws-us-gov); the service stays, everything after it goes. No
// word boundary in front: page text joins a label and its value ("Role ARNarn:aws:iam::…").
const arnShape = /arn:(aws[a-z-]*):([a-z0-9-]*):[^\s"'<>`,;)\]}]*/gi;
const encodedArnShape = /arn%3A(aws[a-z-]*)%3A([a-z0-9-]*)%3A[^\s"'<>`&,;)\]}]*/gi;
const s3UrlShape = /\bs3:\/\/[^\s/"'<>`]+/gi;
const emailShape = /[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi;
// Access key IDs (AKIA long-term, ASIA temporary) and the other unique-ID prefixes IAM uses: 4 + 16
// characters (unique IDs one more). No boundaries: glued to a label or a word they are still keys.
const keyIdShape = /(?:AKIA|ASIA|AIDA|AROA|AIPA|ANPA|ANVA|APKA|AGPA|ABIA|ACCA)[A-Z0-9]{16}(?:[A-Z0-9](?![a-z]))?/g;
// A value named as a secret or a session token is one whatever its length (a truncated paste too):
// AWS_SECRET_ACCESS_KEY=…, aws_session_token = …, "SessionToken": "…", X-Amz-Security-Token=…,
// and page text where the label touches its value.
const labelledSecretShape = /(secret[_ -]?access[_ -]?key(?:["']?\s*[:=]\s*["']?|\s*))[A-Za-z0-9/+=%]{16,}/gi;
const labelledTokenShape = /((?:session|security)[_ -]?token(?:["']?\s*[:=]\s*["']?|\s*))[A-Za-z0-9/+=%]{16,}/gi;
// Session tokens unlabelled: STS tokens are hundreds of base64 characters; no page text looks like that.
const longTokenShape = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{100,}={0,2}/g;
// A secret access key: 40 characters of its alphabet, not part of a longer run.
const secretShape = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
// 123456789012, 1234-5678-9012, 1234 5678 9012.
const accountIdShape = /(?<!\d)\d{4}([- ]?)\d{4}\1\d{4}(?!\d)/g;

/**
 * Every sensitive shape in `text` replaced by a placeholder: values labelled as secrets or session
 * tokens (`AWS_SECRET_ACCESS_KEY=<secret>`), long base64 tokens, ARNs (`arn:aws:iam:<masked>`, also
 * URL-encoded), s3:// buckets, e-mail addresses, access key IDs (also glued to other text),
 * 40-character secrets, account IDs (plain, dashed or spaced), and the names given (also in their URL-encoded form, in any letter case).
 */
export function maskSensitiveText(text: string, names: KnownNames = {}): string {
  let masked = text
    .replace(labelledSecretShape, (_match, label: string) => `${label}<secret>`)
    .replace(labelledTokenShape, (_match, label: string) => `${label}<session token>`)
    .replace(longTokenShape, '<token>')
    .replace(encodedArnShape, (_arn, partition: string, service: string) => `arn%3A${partition}%3A${service || '<service>'}%3A<masked>`)
    .replace(arnShape, (_arn, partition: string, service: string) => `arn:${partition}:${service || '<service>'}:<masked>`)
    .replace(s3UrlShape, 's3://<bucket>')
    .replace(emailShape, '<email>')
    .replace(keyIdShape, '<access key id>')
    .replace(secretShape, '<secret>')
    .replace(accountIdShape, '<account>');
  // Longest first, so a role named after its bucket doesn't leave half a name behind.
  const known = Object.entries(names)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].length >= 3)
    .sort(([, a], [, b]) => b.length - a.length);
  for (const [kind, name] of known) {
    for (const form of new Set([name, encodeURIComponent(name)])) {
      masked = masked.replace(new RegExp(escapeRegExp(form), 'gi'), placeholderFor(kind));
    }
  }
  return masked;
}

// ---------------------------------------------------------------------------------------------
// URLs

/** Route words of the console pages we work on: anything else in a path is someone's name. */
const routeWords = new Set([
  'iam', 'iamv2', 'home', 'policies', 'roles', 'users', 'groups', 'details', 'create', 'create-access-key', 'createPolicy',
  's3', 'bucket', 'buckets', 'property', 'policy', 'edit', 'costmanagement', 'bcm-data-exports', 'billing', 'reports',
  'organizations', 'v2', 'accounts', 'add', 'detail', 'view', 'update', 'console', 'cloudshell',
  'cloudformation', 'stacks', 'stacksets', 'quickcreate', 'template', 'parameters', 'options', 'review', 'info', 'instances',
]);

/** Where a path segment is a name, by the words before it. */
function namePlaceholder(previous: string | undefined, beforePrevious: string | undefined): { placeholder: string; strict: boolean } | undefined {
  if (previous === 'bucket' || previous === 'buckets') return { placeholder: '<bucket>', strict: true };
  if (previous === 'details' && beforePrevious === 'roles') return { placeholder: '<role>', strict: true };
  if (previous === 'details' && beforePrevious === 'users') return { placeholder: '<user>', strict: true };
  if (previous === 'details' && beforePrevious === 'groups') return { placeholder: '<group>', strict: true };
  if (previous === 'details' && beforePrevious === 'policies') return { placeholder: '<policy>', strict: true };
  if (previous === 'stacksets') return { placeholder: '<stack set>', strict: true };
  // Export pages: any route shape we haven't seen, so route words stay and the rest is the name.
  if (previous === 'bcm-data-exports' || beforePrevious === 'bcm-data-exports') return { placeholder: '<export>', strict: false };
  return undefined;
}

const decoded = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

const shape = (kind: string, value: string) => `<${kind} ${value.length} chars>`;

function maskPath(path: string, names: KnownNames): string {
  const segments = path.split('/');
  const known = new Map(Object.entries(names).map(([kind, value]) => [value, placeholderFor(kind)]));
  const wordsBefore: string[] = [];
  const masked = segments.map((segment) => {
    if (segment === '') return segment;
    const plain = decoded(segment);
    const context = namePlaceholder(wordsBefore.at(-1), wordsBefore.at(-2));
    wordsBefore.push(plain);
    const knownPlaceholder = known.get(plain);
    if (knownPlaceholder) return knownPlaceholder;
    // `s3/bucket/create` is the create-bucket page, not a bucket called "create"; the same for StackSets.
    const isRouteWord = routeWords.has(plain) && !(context?.strict && !(plain === 'create' && ['bucket', 'stacksets'].includes(wordsBefore.at(-2) ?? '')));
    if (isRouteWord) return plain;
    return context?.placeholder ?? shape('segment', plain);
  });
  return masked.join('/');
}

// Query values we keep as they are when they have the expected shape; every other value is masked.
const safeQueryValues: Record<string, RegExp> = {
  region: /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/,
  tab: /^[A-Za-z_-]{1,40}$/,
  section: /^[A-Za-z_-]{1,40}$/,
  step: /^[A-Za-z_-]{1,40}$/,
  bucketType: /^[A-Za-z_-]{1,40}$/,
  trustedEntityType: /^[A-Z_]{1,40}$/,
  isThirdParty: /^(?:true|false)$/,
  tableName: /^[A-Z_]{1,60}$/,
  permissions: /^[a-z_-]{1,20}$/,
};

const namedQueryValues: Record<string, string> = {
  awsAccount: '<account>',
  accountId: '<account>',
  bucket: '<bucket>',
  bucketName: '<bucket>',
  exportName: '<export>',
  roleName: '<role>',
  userName: '<user>',
  externalId: '<external id>',
  stackName: '<stack>',
  templateURL: '<template url>',
};

function maskQuery(query: string): string {
  if (query === '') return '';
  return query
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const key = decoded(equals === -1 ? pair : pair.slice(0, equals));
      const value = equals === -1 ? undefined : decoded(pair.slice(equals + 1).replace(/\+/g, ' '));
      const safeKey = /^[A-Za-z_][\w-]{0,40}$/.test(key) ? key : shape('key', key);
      if (value === undefined) return safeKey;
      if (value === '') return `${safeKey}=`;
      if (safeQueryValues[key]?.test(value)) return `${safeKey}=${value}`;
      return `${safeKey}=${namedQueryValues[key] ?? shape('value', value)}`;
    })
    .join('&');
}

/** `path?query` with both masked. */
function maskRoute(route: string, names: KnownNames): string {
  const queryStart = route.indexOf('?');
  const path = queryStart === -1 ? route : route.slice(0, queryStart);
  const query = queryStart === -1 ? undefined : route.slice(queryStart + 1);
  return maskPath(path, names) + (query === undefined ? '' : `?${maskQuery(query)}`);
}

// [ACCOUNT-SESSION.] in front of a multi-session console host.
const multiSessionPrefix = /^\d{12}-[a-z0-9]+\./i;

/**
 * A console URL fit to share: the multi-session prefix, names in the path and the hash route
 * (bucket, role, user, export …, by position and by what the page detectors read), and every query
 * value that isn't a known-safe shape (region, tab, step …) replaced by placeholders or shapes.
 */
export function maskUrl(input: string | URL, names: KnownNames = namesInUrl(input)): string {
  let url: URL;
  try {
    url = typeof input === 'string' ? new URL(input) : input;
  } catch {
    return maskSensitiveText(shape('unreadable URL', String(input)), names);
  }
  const host = url.host.replace(multiSessionPrefix, '<account>-<session>.');
  const query = url.search === '' ? '' : `?${maskQuery(url.search.slice(1))}`;
  const hash = url.hash.slice(1);
  const fragment = url.hash === '' ? '' : hash.startsWith('/') ? `#${maskRoute(hash, names)}` : `#${hash === '' ? '' : shape('fragment', hash)}`;
  return maskSensitiveText(`${url.protocol}//${host}${maskPath(url.pathname, names)}${query}${fragment}`, names);
}
