/**
 * Credentials pasted in one go, split into their fields: what `aws configure export-credentials`
 * prints (`--format env-no-export`, `env`, `powershell`, `windows-cmd`, or its default JSON),
 * the JSON of `aws sts assume-role` / `get-session-token`, a credentials-file section, or the
 * access-key CSV IAM offers for download. Messages never repeat the pasted text: it holds secrets.
 */
import { fail, ok, type Result } from '../../lib/result';

export interface PastedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

type Field = keyof PastedCredentials;

const fieldByName: Record<string, Field> = {
  aws_access_key_id: 'accessKeyId',
  aws_secret_access_key: 'secretAccessKey',
  aws_session_token: 'sessionToken',
  aws_security_token: 'sessionToken',
  accesskeyid: 'accessKeyId',
  secretaccesskey: 'secretAccessKey',
  sessiontoken: 'sessionToken',
};

const expected =
  'Paste the lines AWS_ACCESS_KEY_ID=…, AWS_SECRET_ACCESS_KEY=… and AWS_SESSION_TOKEN=… that `aws configure export-credentials --format env-no-export` prints, or the JSON it prints without --format.';

/** A single value (a key ID, a secret, a token) is typed into its own field; this is for blocks. */
export function looksLikeCredentialBlock(text: string): boolean {
  const trimmed = text.trim();
  return /[\r\n]/.test(trimmed) || trimmed.startsWith('{') || /^(?:export\s+|set\s+|\$env:)?aws_[a-z_]+\s*=/i.test(trimmed);
}

const unquote = (value: string) => value.trim().replace(/^(["'])(.*)\1$/s, '$2').trim();

function fromJson(text: string): Result<Partial<PastedCredentials>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail('credentials-not-json', `The pasted text starts like JSON but isn't valid JSON (it may be cut off). Copy the whole output again. ${expected}`);
  }
  const outer = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
  // `aws sts assume-role` and `get-session-token` wrap the keys in "Credentials".
  const inner = typeof outer.Credentials === 'object' && outer.Credentials !== null ? (outer.Credentials as Record<string, unknown>) : outer;
  const found: Partial<PastedCredentials> = {};
  for (const [name, value] of Object.entries(inner)) {
    const field = fieldByName[name.toLowerCase()];
    if (field && typeof value === 'string' && value.trim()) found[field] = value.trim();
  }
  return ok(found);
}

function fromLines(text: string): Partial<PastedCredentials> {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const found: Partial<PastedCredentials> = {};
  // IAM's "Download .csv file": a header row, then the key ID and the secret.
  const header = lines[0]?.toLowerCase().split(',').map((cell) => cell.trim());
  if (header?.includes('access key id') && header.includes('secret access key')) {
    const row = lines[1]?.split(',').map(unquote) ?? [];
    const accessKeyId = row[header.indexOf('access key id')];
    const secretAccessKey = row[header.indexOf('secret access key')];
    if (accessKeyId) found.accessKeyId = accessKeyId;
    if (secretAccessKey) found.secretAccessKey = secretAccessKey;
    return found;
  }
  for (const line of lines) {
    const match = /^(?:export\s+|set\s+|\$env:)?([a-z_]+)\s*=\s*(.*?);?$/i.exec(line);
    const field = match ? fieldByName[(match[1] ?? '').toLowerCase()] : undefined;
    const value = unquote(match?.[2] ?? '');
    if (field && value) found[field] = value;
  }
  return found;
}

export function parsePastedCredentials(text: string): Result<PastedCredentials> {
  const trimmed = text.trim();
  if (!trimmed) return fail('credentials-empty', `Nothing was pasted. ${expected}`);
  let found: Partial<PastedCredentials>;
  if (trimmed.startsWith('{')) {
    const json = fromJson(trimmed);
    if (!json.ok) return json;
    found = json.value;
  } else {
    found = fromLines(trimmed);
  }
  const { accessKeyId, secretAccessKey, sessionToken } = found;
  if (!accessKeyId && !secretAccessKey && !sessionToken) {
    return fail('credentials-not-recognised', `That doesn't look like AWS credentials. ${expected}`);
  }
  if (!accessKeyId || !secretAccessKey) {
    const missing = [!accessKeyId && 'access key ID (AWS_ACCESS_KEY_ID)', !secretAccessKey && 'secret access key (AWS_SECRET_ACCESS_KEY)'].filter(Boolean);
    return fail('credentials-incomplete', `The pasted text has no ${missing.join(' and no ')}. Copy the whole output again. ${expected}`);
  }
  return ok(sessionToken ? { accessKeyId, secretAccessKey, sessionToken } : { accessKeyId, secretAccessKey });
}
