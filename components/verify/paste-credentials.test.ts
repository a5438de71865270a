import { describe, expect, it } from 'vitest';
import { looksLikeCredentialBlock, parsePastedCredentials, type PastedCredentials } from './paste-credentials';

const accessKeyId = 'ASIAEXAMPLETEMPORARY';
const secretAccessKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const sessionToken = 'IQoJb3JpZ2luX2VjEXAMPLE+token/with==';
const temporary: PastedCredentials = { accessKeyId, secretAccessKey, sessionToken };

describe('parsePastedCredentials: what the AWS CLI and IAM print', () => {
  it.each<[string, string, PastedCredentials]>([
    ['env-no-export', `AWS_ACCESS_KEY_ID=${accessKeyId}\nAWS_SECRET_ACCESS_KEY=${secretAccessKey}\nAWS_SESSION_TOKEN=${sessionToken}\nAWS_CREDENTIAL_EXPIRATION=2025-06-02T13:00:00+00:00\n`, temporary],
    ['env (export lines, CRLF)', `export AWS_ACCESS_KEY_ID=${accessKeyId}\r\nexport AWS_SECRET_ACCESS_KEY=${secretAccessKey}\r\nexport AWS_SESSION_TOKEN=${sessionToken}`, temporary],
    ['powershell', `$Env:AWS_ACCESS_KEY_ID="${accessKeyId}"\n$Env:AWS_SECRET_ACCESS_KEY="${secretAccessKey}"\n$Env:AWS_SESSION_TOKEN="${sessionToken}"`, temporary],
    ['windows-cmd', `set AWS_ACCESS_KEY_ID=${accessKeyId}\nset AWS_SECRET_ACCESS_KEY=${secretAccessKey}\nset AWS_SESSION_TOKEN=${sessionToken}`, temporary],
    ['credentials file section', `[default]\naws_access_key_id = ${accessKeyId}\naws_secret_access_key = ${secretAccessKey}\naws_session_token = ${sessionToken}`, temporary],
    ['export-credentials JSON', JSON.stringify({ Version: 1, AccessKeyId: accessKeyId, SecretAccessKey: secretAccessKey, SessionToken: sessionToken, Expiration: '2025-06-02T13:00:00+00:00' }, null, 2), temporary],
    ['assume-role JSON', JSON.stringify({ Credentials: { AccessKeyId: accessKeyId, SecretAccessKey: secretAccessKey, SessionToken: sessionToken }, AssumedRoleUser: { Arn: 'arn:aws:sts::111122223333:assumed-role/Admin/alice' } }), temporary],
    ['long-term keys, no token', `AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=${secretAccessKey}`, { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey }],
    ['IAM access key .csv', `Access key ID,Secret access key\nAKIAIOSFODNN7EXAMPLE,${secretAccessKey}\n`, { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey }],
  ])('%s', (_format, text, expected) => {
    expect(parsePastedCredentials(text)).toEqual({ ok: true, value: expected });
  });
});

describe('parsePastedCredentials: what it refuses, without repeating the text', () => {
  it.each<[string, string, string, RegExp]>([
    ['garbage', 'hello world\nthis is not it', 'credentials-not-recognised', /doesn't look like AWS credentials.*env-no-export/],
    ['cut-off JSON', `{"AccessKeyId": "${accessKeyId}", "SecretAccessKey": "wJalr`, 'credentials-not-json', /isn't valid JSON/],
    ['no secret', `AWS_ACCESS_KEY_ID=${accessKeyId}\nAWS_SESSION_TOKEN=${sessionToken}`, 'credentials-incomplete', /has no secret access key \(AWS_SECRET_ACCESS_KEY\)/],
    ['no key ID', `AWS_SECRET_ACCESS_KEY=${secretAccessKey}`, 'credentials-incomplete', /has no access key ID \(AWS_ACCESS_KEY_ID\)/],
    ['empty', '  \n ', 'credentials-empty', /Nothing was pasted/],
  ])('%s', (_case, text, code, message) => {
    const parsed = parsePastedCredentials(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem.code).toBe(code);
    expect(parsed.problem.message).toMatch(message);
    for (const secret of [secretAccessKey, sessionToken, 'wJalr']) expect(parsed.problem.message).not.toContain(secret);
  });
});

describe('looksLikeCredentialBlock: a block is split, a single value is typed as is', () => {
  it.each<[string, boolean]>([
    [`AWS_ACCESS_KEY_ID=${accessKeyId}\nAWS_SECRET_ACCESS_KEY=${secretAccessKey}`, true],
    [`export AWS_SESSION_TOKEN=${sessionToken}`, true],
    ['{"AccessKeyId": "x"}', true],
    ['hello\nworld', true],
    [accessKeyId, false],
    [secretAccessKey, false],
    // A session token ends in "=" padding: still a single value.
    [sessionToken, false],
  ])('%s → %s', (text, expected) => {
    expect(looksLikeCredentialBlock(text)).toBe(expected);
  });
});
