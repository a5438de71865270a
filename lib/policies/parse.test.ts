import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, lineAndColumn, parsePolicyText } from './parse';

const lines = (...textLines: string[]) => textLines.join('\n');

describe('parsePolicyText', () => {
  it.each([
    ['an empty editor', ''],
    ['a blank editor', '  \n\t\r\n '],
    ['a byte order mark alone', '\uFEFF'],
  ])('reads %s as an empty policy', (_, text) => {
    expect(parsePolicyText(text)).toEqual({ ok: true, value: { Version: '2012-10-17', Statement: [] } });
  });

  it('keeps keys it does not know, at the top and in statements', () => {
    const policy = {
      Version: '2008-10-17',
      Id: 'BillingBucketPolicy',
      Comment: 'kept',
      Statement: [
        { Sid: 'Mine', Effect: 'Deny', NotPrincipal: { AWS: ['arn:aws:iam::111122223333:root'] }, Action: 's3:*', Resource: '*', Custom: [1, { a: null }] },
        { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
      ],
    };
    expect(parsePolicyText(JSON.stringify(policy, null, '\t'))).toEqual({ ok: true, value: policy });
  });

  it('accepts a single statement object and leaves it a single object', () => {
    const policy = { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 'sts:AssumeRole' } };
    expect(parsePolicyText(`\uFEFF${JSON.stringify(policy)}`)).toEqual({ ok: true, value: policy });
  });

  it.each([
    {
      name: 'a trailing comma',
      text: lines('{', '  "Version": "2012-10-17",', '  "Statement": [', '    {"Effect": "Allow",', '    }', '  ]', '}'),
      message: "isn't valid JSON (line 5, column 5: unexpected '}' — remove the comma at the end of line 4)",
    },
    {
      name: 'a trailing comma on the same line',
      text: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow"},]}',
      message: "(line 1, column 61: unexpected ']' — remove the comma before it)",
    },
    {
      name: "the seed guide's stray comment",
      text: lines('// Some {', '   "Version": "2012-10-17",', '   "Statement": []', '}'),
      message: "(line 1, column 1: unexpected '/' — JSON doesn't allow comments)",
    },
    {
      name: 'a missing comma between keys',
      text: lines('{', '  "Version": "2012-10-17"', '  "Statement": []', '}'),
      message: "(line 3, column 3: unexpected '\"' — is a comma missing before it?)",
    },
    {
      name: 'a missing comma between statements',
      text: lines('{"Version": "2012-10-17", "Statement": [', '{"Effect": "Allow"}', '{"Effect": "Deny"}]}'),
      message: "(line 3, column 1: unexpected '{' — is a comma missing before it?)",
    },
    {
      name: 'single quotes',
      text: "{'Version': '2012-10-17'}",
      message: '(line 1, column 2: unexpected single quote — JSON text needs double quotes)',
    },
    {
      name: 'text cut short',
      text: lines('{', '  "Version": "2012-10-17",', '  "Statement": ['),
      message: '(line 3, column 17: unexpected end of text)',
    },
    {
      name: 'an unclosed quote',
      text: lines('{', '  "Version": "2012-10-17', '}'),
      message: '(line 2, column 25: unexpected line break — text in double quotes has to end on the line it starts)',
    },
    {
      name: 'CRLF line endings',
      text: '{\r\n  "Version": "2012-10-17",\r\n  "Statement": [}\r\n}',
      message: "(line 3, column 17: unexpected '}' — a value was expected)",
    },
    {
      name: 'a second closing brace',
      text: '{"Version": "2012-10-17", "Statement": []}}',
      message: "(line 1, column 43: unexpected '}' — the policy should end after its closing })",
    },
    {
      name: 'an unquoted value',
      text: '{"Version": "2012-10-17", "Statement": [{"Effect": Allow}]}',
      message: "(line 1, column 52: unexpected 'A')",
    },
  ])('points at $name and says nothing was changed', ({ text, message }) => {
    const result = parsePolicyText(text);
    expect(result).toMatchObject({ ok: false, problem: { code: 'invalid-json' } });
    if (result.ok) return;
    expect(result.problem.message).toContain(message);
    expect(result.problem.message).toMatch(/^The policy in the editor isn't valid JSON \(line \d+, column \d+: .+\)\. Fix it or clear the editor, then try again — we haven't changed anything\.$/);
  });

  it.each([
    { text: '[{"Effect": "Allow"}]', code: 'not-a-policy', says: 'it is a list in [ ]' },
    { text: '"arn:aws:s3:::bucket"', code: 'not-a-policy', says: 'it is the text "arn:aws:s3:::bucket"' },
    { text: 'null', code: 'not-a-policy', says: 'it is null' },
    { text: '{"Statement": []}', code: 'no-version', says: 'has no "Version"' },
    { text: '{"Version": "2020-01-01", "Statement": []}', code: 'bad-version', says: 'the text "2020-01-01"' },
    { text: '{"Version": "2012-10-17"}', code: 'no-statement', says: 'has no "Statement"' },
    { text: '{"Version": "2012-10-17", "Statement": "s3:*"}', code: 'bad-statement', says: '"Statement" in the policy in the editor is the text "s3:*"' },
    { text: '{"Version": "2012-10-17", "Statement": 7}', code: 'bad-statement', says: 'is the number 7' },
    { text: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow"}, "s3:*"]}', code: 'bad-statement', says: 'Statement 2 in the policy in the editor is the text "s3:*", not a statement' },
    { text: '{"Version": "2012-10-17", "Statement": {"Action": "s3:*"}}', code: 'bad-statement', says: 'The statement in the policy in the editor has no "Effect"' },
    { text: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow"}, {"Sid": "Read"}]}', code: 'bad-statement', says: 'Statement 2 ("Sid": "Read") in the policy in the editor has no "Effect"' },
    { text: '{"Version": "2012-10-17", "Statement": [{"Sid": "Read", "Effect": "allow"}]}', code: 'bad-statement', says: '"Effect" set to the text "allow"; AWS accepts only "Allow" or "Deny"' },
    { text: '{"Version": "2012-10-17", "Statement": [{"Sid": 3, "Effect": "Allow"}]}', code: 'bad-statement', says: '"Sid" set to the number 3' },
  ])('explains what is missing: $code ($says)', ({ text, code, says }) => {
    const result = parsePolicyText(text);
    expect(result).toMatchObject({ ok: false, problem: { code } });
    if (result.ok) return;
    expect(result.problem.message).toContain(says);
    expect(result.problem.message).toMatch(/we haven't changed anything\.$/);
  });

  it('refuses a key named twice, which JSON.parse would silently resolve', () => {
    const text = lines('{', '  "Version": "2012-10-17",', '  "Statement": [{', '    "Effect": "Allow",', '    "Action": "s3:GetObject",', '    "Action": "s3:PutObject"', '  }]', '}');
    expect(JSON.parse(text)).toBeTruthy();
    const result = parsePolicyText(text);
    expect(result).toMatchObject({ ok: false, problem: { code: 'duplicate-key' } });
    if (!result.ok) expect(result.problem.message).toContain('names "Action" twice in the same block (line 6, column 5)');
  });

  it('allows the same key in different blocks', () => {
    const text = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "a"}, {"Effect": "Allow", "Action": "b"}]}';
    expect(parsePolicyText(text).ok).toBe(true);
  });
});

describe('lineAndColumn', () => {
  it.each([
    ['abc', 0, 1, 1],
    ['abc', 2, 1, 3],
    ['a\nbc', 3, 2, 2],
    ['a\r\nbc', 3, 2, 1],
    ['a\rbc', 2, 2, 1],
    ['a\n\nb', 3, 3, 1],
  ])('in %j offset %i is line %i, column %i', (text, offset, line, column) => {
    expect(lineAndColumn(text, offset)).toEqual({ line, column });
  });
});

describe('findJsonSyntaxError agrees with JSON.parse', () => {
  it.each([
    ['01', 1],
    ['-', 1],
    ['1.', 2],
    ['1.e5', 2],
    ['1e', 2],
    ['1e+', 3],
    ['+1', 0],
    ['.5', 0],
    ['"\\x"', 2],
    ['"\\u12g4"', 5],
    ['"tab\there"', 4],
    ['tru', 3],
    ['nul', 3],
    ['[1 2]', 3],
    ['{"a" 1}', 5],
    ['{"a": 1,}', 8],
    ['{1: 2}', 1],
    ['', 0],
    ['{}x', 2],
  ])('finds the error in %j at offset %i', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findJsonSyntaxError(text)).toMatchObject({ kind: 'syntax', offset });
  });

  it.each(['0', '-0.5e-3', '1E+2', '"\\u00e9\\n"', '[]', '{}', ' [true, false, null] ', '{"a": {"a": 1}}'])('finds no error in %j', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(findJsonSyntaxError(text)).toBeUndefined();
  });

  // Mutating valid JSON one character at a time reaches most of the grammar's error paths.
  const jsonWithTypo = fc
    .tuple(fc.json(), fc.nat(), fc.constantFrom('delete', 'insert', 'replace'), fc.constantFrom(...'{}[],:"\'/\\ \n\tetrufalsn0123456789-+.eEx'.split('')))
    .map(([text, at, edit, char]) => {
      const index = text.length === 0 ? 0 : at % text.length;
      if (edit === 'delete') return text.slice(0, index) + text.slice(index + 1);
      if (edit === 'insert') return text.slice(0, index) + char + text.slice(index);
      return text.slice(0, index) + char + text.slice(index + 1);
    });

  const jsonParseError = (text: string): Error | undefined => {
    try {
      JSON.parse(text);
      return undefined;
    } catch (error) {
      return error as Error;
    }
  };

  it('finds an error exactly when JSON.parse throws, at the same place when the engine says where', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), jsonWithTypo), (text) => {
        const error = findJsonSyntaxError(text);
        const engineError = jsonParseError(text);
        if (engineError === undefined) {
          expect(error === undefined || error.kind === 'duplicate-key').toBe(true);
          return;
        }
        expect(error?.kind).toBe('syntax');
        const enginePosition = /at position (\d+)/.exec(engineError.message)?.[1];
        if (enginePosition !== undefined) expect(error!.offset).toBe(Number(enginePosition));
        else expect(error!.offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 300 },
    );
  });
});
