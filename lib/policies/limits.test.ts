import { describe, expect, it } from 'vitest';
import type { PolicyKind } from './document';
import { checkPolicyLimits } from './limits';

/** A JSON-ish text of exactly `size` non-whitespace characters padded with whitespace. */
const textOf = (size: number, whitespace = 0) => `${'a'.repeat(size)}${' \n\t\r'.repeat(whitespace)}`;

describe('checkPolicyLimits', () => {
  it.each([
    ['managed', 6144],
    ['trust', 2048],
  ] as [PolicyKind, number][])('%s policies: %i characters pass, one more fails, whitespace is free', (kind, limit) => {
    expect(checkPolicyLimits(textOf(limit, 500), kind)).toEqual({ ok: true, value: { size: limit, limit, unit: 'characters' } });
    const tooBig = checkPolicyLimits(textOf(limit + 1), kind);
    expect(tooBig).toMatchObject({ ok: false, problem: { code: 'policy-too-large' } });
    if (!tooBig.ok) expect(tooBig.problem.message).toContain(`would be ${(limit + 1).toLocaleString('en-US')} characters; IAM allows ${limit.toLocaleString('en-US')}`);
  });

  it('bucket policies count bytes, whitespace included', () => {
    expect(checkPolicyLimits(`${'a'.repeat(20_000)}${' '.repeat(480)}`, 'bucket')).toMatchObject({ ok: true, value: { size: 20_480, unit: 'bytes' } });
    const result = checkPolicyLimits(`${'a'.repeat(20_000)}${' '.repeat(1030)}`, 'bucket');
    expect(result).toEqual({
      ok: false,
      problem: {
        code: 'policy-too-large',
        message: 'This bucket policy would be 21,030 bytes; S3 allows 20,480. Remove statements the bucket no longer needs (for retired exports or tools), then try again.',
      },
    });
  });

  it('counts Latin-1 letters as two bytes, as S3 stores UTF-8', () => {
    expect(checkPolicyLimits('é'.repeat(10_240), 'bucket')).toMatchObject({ ok: true, value: { size: 20_480 } });
    expect(checkPolicyLimits('é'.repeat(10_241), 'bucket')).toMatchObject({ ok: false });
  });

  it.each([
    ['a typographic quote', '{"Sid": “Billing”}', '“', 'U+201C'],
    ['an emoji', '{"Sid": "💸"}', '💸', 'U+1F4B8'],
    ['a vertical tab', '{"Sid":\v"x"}', '\v', 'U+000B'],
  ])('rejects %s and says where it is', (_, text, character, codePoint) => {
    const result = checkPolicyLimits(text, 'managed');
    expect(result).toMatchObject({ ok: false, problem: { code: 'unsupported-character' } });
    if (!result.ok) {
      expect(result.problem.message).toContain(codePoint);
      expect(result.problem.message).toContain(JSON.stringify(character));
    }
  });

  it('accepts tab, LF, CR and U+0020–U+00FF', () => {
    const allowed = `\t\n\r${Array.from({ length: 0xff - 0x20 + 1 }, (_, index) => String.fromCharCode(0x20 + index)).join('')}`;
    expect(checkPolicyLimits(allowed, 'managed').ok).toBe(true);
  });
});
