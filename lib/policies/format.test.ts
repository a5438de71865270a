import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from './document';
import { formatPolicyText } from './format';

const trustPolicy: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::654035049067:user/ffc-service-user' }, Action: 'sts:AssumeRole' }],
};

describe('formatPolicyText', () => {
  it('indents with four spaces, one element per line, without a trailing newline', () => {
    expect(formatPolicyText(trustPolicy)).toBe(
      [
        '{',
        '    "Version": "2012-10-17",',
        '    "Statement": [',
        '        {',
        '            "Effect": "Allow",',
        '            "Principal": {',
        '                "AWS": "arn:aws:iam::654035049067:user/ffc-service-user"',
        '            },',
        '            "Action": "sts:AssumeRole"',
        '        }',
        '    ]',
        '}',
      ].join('\n'),
    );
  });

  it('keeps keys in the order they were written, unknown ones included', () => {
    const text = formatPolicyText({ Statement: [], 'x-owner': 'finops', Id: 'Billing', Version: '2008-10-17' } as PolicyDocument);
    expect([...text.matchAll(/^ {4}"([^"]+)"/gm)].map((match) => match[1])).toEqual(['Statement', 'x-owner', 'Id', 'Version']);
  });

  it('indents with tabs when asked', () => {
    expect(formatPolicyText(trustPolicy, { indent: '\t' })).toMatch(/^\{\n\t"Version": "2012-10-17",\n\t"Statement": \[\n\t\t\{\n\t\t\t"Effect"/);
  });

  it('writes Latin-1 letters as they are, not as escapes', () => {
    expect(formatPolicyText({ Version: '2012-10-17', Id: 'Facturación', Statement: [] })).toContain('"Id": "Facturación"');
  });
});
