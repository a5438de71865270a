import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { cloudyn, customOptScalePlatform, finopsForCloud } from '../platforms';
import { cloudShellScript } from './cloudshell-script';
import { stackSetPlan } from './stack-set';
import { bucketName, testCases } from './test-support';

const run = promisify(execFile);
const directory = mkdtempSync(join(tmpdir(), 'cloudshell-script-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const write = (fileName: string, text: string) => {
  const file = join(directory, fileName);
  writeFileSync(file, text);
  return file;
};

/** Exit code and output of a checker; a failing check is a result here, not an exception. */
async function check(command: string, args: string[]): Promise<{ exitCode: number; output: string }> {
  try {
    const { stdout, stderr } = await run(command, args, { timeout: 30_000 });
    return { exitCode: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { exitCode: typeof failed.code === 'number' ? failed.code : -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

const shellcheck = (file: string) => check('shellcheck', ['--shell=bash', '--severity=style', file]);
const syntaxCheck = (file: string) => check('bash', ['-n', file]);

const scriptFor = (...args: Parameters<typeof cloudShellScript>) => {
  const script = cloudShellScript(...args);
  if (!script.ok) throw new Error(script.problem.message);
  return script.value;
};

describe('the checkers can fail', () => {
  it('bash -n reports a syntax error', async () => {
    expect((await syntaxCheck(write('broken-syntax.sh', '#!/usr/bin/env bash\nif true; then\n  echo missing fi\n'))).exitCode).not.toBe(0);
  });

  it('shellcheck reports a quoting mistake', async () => {
    const result = await shellcheck(write('broken-quoting.sh', '#!/usr/bin/env bash\nname=$1\nrm -rf $name/*\n'));
    expect(result.exitCode).not.toBe(0);
    expect(result.output).toMatch(/SC2086/);
  });
});

describe.concurrent.for(testCases)('$name', ({ label, platform, accountType, authMethod, values }) => {
  const script = scriptFor(platform, accountType, values, { authMethod });
  const file = write(`${label}.sh`, script.text);

  it('passes bash -n and shellcheck without a single finding', async ({ expect }) => {
    expect(await syntaxCheck(file)).toEqual({ exitCode: 0, output: '' });
    expect(await shellcheck(file)).toEqual({ exitCode: 0, output: '' });
  });

  it('stops on the first error, reads the account from STS, and ends by printing the ARN', ({ expect }) => {
    const lines = script.text.trimEnd().split('\n');
    expect(lines[0]).toBe('#!/usr/bin/env bash');
    expect(lines).toContain('set -euo pipefail');
    expect(script.text).toContain('account_id="$(aws sts get-caller-identity --query Account --output text)"');
    expect(lines.at(-1)).toBe(authMethod === 'assumedRole' ? 'echo "Role ARN: ${role_arn}"' : 'echo "User ARN: ${user_arn}"');
  });

  it('reads before it writes, and never creates an access key', ({ expect }) => {
    const text = script.text;
    expect(text).not.toContain('create-access-key');
    if (authMethod === 'assumedRole') {
      expect(text.indexOf('iam_has aws iam get-role')).toBeLessThan(text.indexOf('aws iam create-role'));
      expect(text).toMatch(/if same_policy "\$current_trust" "\$trust_policy"; then[\s\S]*else\n\s*aws iam update-assume-role-policy/);
    }
    if (text.includes('ensure_managed_policy "')) {
      expect(text.indexOf('iam_has aws iam get-policy')).toBeLessThan(text.indexOf('aws iam create-policy '));
      expect(text).toMatch(/if same_policy "\$current" "\$document"; then\n\s*echo "Policy \$\{name\} is already up to date\."\n\s*return/);
      expect(text).toMatch(/if \(\(version_count >= 5\)\); then[\s\S]*delete-policy-version[\s\S]*fi\n\s*aws iam create-policy-version/);
    }
  });

  it('embeds every document in a quoted heredoc, so the shell expands nothing in it', ({ expect }) => {
    // Here-strings (<<<) pass variables to jq; heredocs (<<) carry the documents.
    const delimiters = [...script.text.matchAll(/(?<!<)<<(?!<)-?\s*(\S+)/g)].map((match) => match[1]);
    expect(delimiters.length).toBe(script.creates.filter((item) => item.templateId !== undefined).length);
    for (const delimiter of delimiters) expect(delimiter).toMatch(/^'\w+'$/);
  });
});

describe('cloudShellScript', () => {
  it('checks it runs in the account it was written for', () => {
    const script = scriptFor(finopsForCloud, 'member', { accountId: '1111-2222-3333' });
    expect(script.text).toContain("expected_account_id='111122223333'");
    expect(script.text).toContain('if [[ "$account_id" != "$expected_account_id" ]]; then');
    expect(scriptFor(finopsForCloud, 'member', {}).text).not.toContain('expected_account_id');
  });

  it.each([
    ['a management account without its bucket', finopsForCloud, 'management', {}, 'missing-bucket-name', /S3 bucket name/],
    ['Cloudyn without the External ID', cloudyn, 'member', {}, 'missing-external-id', /Cloud Accounts → AWS Accounts/],
    ['an account ID that is an ARN', finopsForCloud, 'member', { accountId: 'arn:aws:iam::111122223333:root' }, 'invalid-account-id', /account ID in it is 111122223333/],
  ] as const)('says what it still needs: %s', (_, platform, accountType, values, code, message) => {
    const result = cloudShellScript(platform, accountType, values);
    expect(result).toMatchObject({ ok: false, problem: { code } });
    expect(!result.ok && result.problem.message).toMatch(message);
  });

  it('tells FinOps for Cloud users the form values, and Cloudyn users where the ARN goes', () => {
    expect(scriptFor(finopsForCloud, 'member', {}).text).toContain("printf '  %s: %s\\n' 'Assumed Role Name' \"$role_name\"");
    expect(scriptFor(cloudyn, 'member', { externalId: 'Contoso-12345' }).text).toContain("echo 'Done. In Cloudyn'\\''s connect form, enter the ARN below.'");
  });

  it('for an access key, creates the user and sends the person to the console for the key', () => {
    const script = scriptFor(finopsForCloud, 'standalone', { bucketName }, { authMethod: 'accessKey' });
    expect(script.text).toContain('aws iam create-user --user-name "$user_name"');
    expect(script.text).toContain('aws iam attach-user-policy --user-name "$user_name"');
    expect(script.text).toContain('section=security_credentials');
    expect(script.leftToConsole.map((item) => item.what)).toContain('Access key');
  });

  it("keeps a self-hosted platform's name from running as code", async () => {
    const platform = customOptScalePlatform({ portalOrigin: 'optscale.example.com', trustedPrincipal: '444455556666', displayName: "Ours $(touch a) `touch b` it's\ntouch c" });
    if (!platform.ok) throw new Error(platform.problem.message);
    const script = scriptFor(platform.value, 'member', {});
    const file = write('hostile-name.sh', script.text);
    expect((await syntaxCheck(file)).exitCode).toBe(0);
    expect(await shellcheck(file)).toEqual({ exitCode: 0, output: '' });
    // A PATH with touch but no AWS CLI: the script assigns the name, then stops at its first check.
    const sandbox = mkdtempSync(join(directory, 'sandbox-'));
    mkdirSync(join(sandbox, 'bin'));
    symlinkSync('/usr/bin/touch', join(sandbox, 'bin', 'touch'));
    const result = spawnSync('/bin/bash', [file], { cwd: sandbox, env: { PATH: join(sandbox, 'bin') }, encoding: 'utf8' });
    expect(result.stderr).toContain('The AWS CLI is missing');
    expect(result.status).toBe(1);
    expect(['a', 'b', 'c'].filter((name) => existsSync(join(sandbox, name)))).toEqual([]);
  });
});

describe('the StackSet commands', () => {
  it.each([
    ['FinOps for Cloud to the organization root', stackSetPlan(finopsForCloud, { targets: { organizationRootId: 'r-ab12' } })],
    ['Cloudyn to two OUs as delegated administrator', stackSetPlan(cloudyn, { targets: { organizationalUnitIds: ['ou-ab12-cd34ef56', 'ou-ab12-99999999'] }, delegatedAdmin: true })],
  ])('%s pass bash -n and shellcheck, as one script and one by one', async (name, plan) => {
    if (!plan.ok) throw new Error(plan.problem.message);
    const whole = write(`${name}.sh`, plan.value.script);
    expect(await syntaxCheck(whole)).toEqual({ exitCode: 0, output: '' });
    expect(await shellcheck(whole)).toEqual({ exitCode: 0, output: '' });
    const oneByOne = write(`${name}-commands.sh`, `#!/usr/bin/env bash\n${plan.value.commands.map((step) => step.command).join('\n')}\n`);
    expect(await shellcheck(oneByOne)).toEqual({ exitCode: 0, output: '' });
  });
});
