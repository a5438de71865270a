import { fail, ok, type Result } from '../result';
import type { PolicyKind } from './document';

export interface PolicySize {
  /** Characters excluding whitespace (IAM) or UTF-8 bytes of the whole text (S3). */
  size: number;
  limit: number;
  unit: 'characters' | 'bytes';
}

interface PolicyLimit {
  limit: number;
  unit: PolicySize['unit'];
  /** How to say the size: "This bucket policy would be 21,030 bytes". */
  what: string;
  /** Who allows how much, and what to do about it. */
  advice: string;
}

/** AWS's size limits per policy kind; IAM counts characters without whitespace, S3 counts bytes. */
export const policyLimits: Record<PolicyKind, PolicyLimit> = {
  managed: {
    limit: 6144,
    unit: 'characters',
    what: 'This managed policy would be',
    advice: "IAM allows 6,144 (whitespace doesn't count). Split it into two policies or remove actions the platform doesn't need.",
  },
  trust: {
    limit: 2048,
    unit: 'characters',
    what: 'This trust policy would be',
    advice:
      "IAM allows 2,048 by default (whitespace doesn't count). Remove principals the role no longer needs to trust, or raise the \"Role trust policy length\" quota in Service Quotas.",
  },
  bucket: {
    limit: 20480,
    unit: 'bytes',
    what: 'This bucket policy would be',
    advice: 'S3 allows 20,480. Remove statements the bucket no longer needs (for retired exports or tools), then try again.',
  },
};

const isPolicyWhitespace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
const isAllowedInPolicy = (code: number) => code === 0x09 || code === 0x0a || code === 0x0d || (code >= 0x20 && code <= 0xff);

const number = (value: number) => value.toLocaleString('en-US');

/** A few characters either side of `offset`, on one line, so the person can search for it. */
const surroundings = (text: string, offset: number, length: number): string => {
  const before = text.slice(Math.max(0, offset - 20), offset).split(/[\r\n]/).pop() ?? '';
  const after = text.slice(offset + length, offset + length + 20).split(/[\r\n]/)[0] ?? '';
  return `${before}${text.slice(offset, offset + length)}${after}`.trim();
};

/**
 * Checks policy text against AWS's limits: the characters AWS accepts (tab, LF, CR, U+0020–U+00FF)
 * and the size for its kind (managed 6,144 and trust 2,048 characters excluding whitespace; bucket
 * 20,480 bytes).
 */
export function checkPolicyLimits(text: string, kind: PolicyKind): Result<PolicySize> {
  let nonWhitespace = 0;
  let utf8Bytes = 0;
  let offset = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (!isAllowedInPolicy(code)) {
      const codePoint = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
      return fail(
        'unsupported-character',
        `The policy contains ${JSON.stringify(character)} (${codePoint}) in ${JSON.stringify(surroundings(text, offset, character.length))}; AWS accepts only tabs, line breaks and Latin-1 characters in policies. Replace it (typographic quotes and dashes are the usual culprits), then try again.`,
      );
    }
    if (!isPolicyWhitespace(code)) nonWhitespace++;
    utf8Bytes += code < 0x80 ? 1 : 2;
    offset += character.length;
  }
  const { limit, unit, what, advice } = policyLimits[kind];
  const size = unit === 'bytes' ? utf8Bytes : nonWhitespace;
  if (size > limit) return fail('policy-too-large', `${what} ${number(size)} ${unit}; ${advice}`);
  return ok({ size, limit, unit });
}
