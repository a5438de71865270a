import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PolicyDocument, PolicyKind, PolicyStatement } from './document';
import { formatPolicyText } from './format';
import { describeChanges, mergeStatements, statementsEquivalent, type MergedPolicy, type PolicyChanges } from './merge';
import { parsePolicyText } from './parse';

const BUCKET = 'billing-export-111122223333';
const ACCOUNT = '111122223333';

/** Ours: the Data Exports write statement as a template would render it. */
const dataExportsWrite: PolicyStatement = {
  Sid: 'FinOpsDataExportsWrite',
  Effect: 'Allow',
  Principal: { Service: ['billingreports.amazonaws.com', 'bcm-data-exports.amazonaws.com'] },
  Action: ['s3:PutObject', 's3:GetBucketPolicy'],
  Resource: [`arn:aws:s3:::${BUCKET}/*`, `arn:aws:s3:::${BUCKET}`],
  Condition: {
    StringLike: {
      'aws:SourceAccount': ACCOUNT,
      'aws:SourceArn': [`arn:aws:cur:us-east-1:${ACCOUNT}:definition/*`, `arn:aws:bcm-data-exports:us-east-1:${ACCOUNT}:export/*`],
    },
  },
};

const platformRead: PolicyStatement = {
  Sid: 'FinOpsBillingRead',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::654035049067:user/ffc-service-user' },
  Action: ['s3:GetObject'],
  Resource: `arn:aws:s3:::${BUCKET}/*`,
};

/** The person's own statement, nothing to do with us. */
const denyInsecureTransport: PolicyStatement & { Condition: object } = {
  Sid: 'DenyInsecureTransport',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
};

const policyText = (policy: unknown) => JSON.stringify(policy, null, 2);

function mergedOrThrow(existingText: string, additions: PolicyStatement[], kind: PolicyKind = 'bucket'): MergedPolicy {
  const result = mergeStatements(existingText, additions, kind);
  if (!result.ok) throw new Error(`expected a merge, got ${result.problem.code}: ${result.problem.message}`);
  return result.value;
}

describe('mergeStatements', () => {
  it('fills an empty editor with a policy holding only ours', () => {
    const merged = mergedOrThrow('', [dataExportsWrite]);
    expect(merged.document).toEqual({ Version: '2012-10-17', Statement: [dataExportsWrite] });
    expect(merged.text).toBe(formatPolicyText({ Version: '2012-10-17', Statement: [dataExportsWrite] }));
    expect(merged.changes).toEqual({ added: ['FinOpsDataExportsWrite'], replaced: [], unchanged: [], keptExisting: 0 });
  });

  it('appends ours after unrelated statements, which stay as they were and where they were', () => {
    const anonymousRead = { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${BUCKET}/public/*` };
    const existing = { Version: '2012-10-17', Statement: [denyInsecureTransport, anonymousRead] };
    const merged = mergedOrThrow(policyText(existing), [dataExportsWrite, platformRead]);
    expect(merged.document.Statement).toEqual([denyInsecureTransport, anonymousRead, dataExportsWrite, platformRead]);
    expect(merged.changes).toEqual({ added: ['FinOpsDataExportsWrite', 'FinOpsBillingRead'], replaced: [], unchanged: [], keptExisting: 2 });
  });

  it('turns a single statement object into a list', () => {
    const merged = mergedOrThrow(policyText({ Version: '2012-10-17', Statement: denyInsecureTransport }), [dataExportsWrite]);
    expect(merged.document.Statement).toEqual([denyInsecureTransport, dataExportsWrite]);
    expect(merged.text).toMatch(/"Statement": \[\n {8}\{\n {12}"Sid": "DenyInsecureTransport"/);
  });

  it('replaces an outdated version of ours in place', () => {
    const outdated = { ...dataExportsWrite, Action: 's3:PutObject', Condition: undefined };
    const existing = { Version: '2012-10-17', Statement: [outdated, denyInsecureTransport] };
    const merged = mergedOrThrow(policyText(existing), [dataExportsWrite]);
    expect(merged.document.Statement).toEqual([dataExportsWrite, denyInsecureTransport]);
    expect(merged.changes).toEqual({ added: [], replaced: ['FinOpsDataExportsWrite'], unchanged: [], keptExisting: 1 });
  });

  it('changes nothing the second time, down to the text', () => {
    const existing = { Version: '2012-10-17', Statement: denyInsecureTransport };
    const first = mergedOrThrow(policyText(existing), [dataExportsWrite, platformRead]);
    const second = mergedOrThrow(first.text, [dataExportsWrite, platformRead]);
    expect(second.text).toBe(first.text);
    expect(second.changes).toEqual({ added: [], replaced: [], unchanged: ['FinOpsDataExportsWrite', 'FinOpsBillingRead'], keptExisting: 1 });
  });

  it('keeps Id, Version and keys it does not know, in their order', () => {
    const text = `{"Id": "BillingBucketPolicy", "Statement": [], "Version": "2008-10-17", "x-owner": {"team": "finops"}}`;
    const merged = mergedOrThrow(text, [dataExportsWrite]);
    expect(Object.keys(merged.document)).toEqual(['Id', 'Statement', 'Version', 'x-owner']);
    expect(merged.document).toMatchObject({ Id: 'BillingBucketPolicy', Version: '2008-10-17', 'x-owner': { team: 'finops' } });
  });

  it('keeps unknown keys inside statements, ours and theirs', () => {
    const annotated = { ...denyInsecureTransport, 'x-ticket': 'SEC-12' };
    const merged = mergedOrThrow(policyText({ Version: '2012-10-17', Statement: [annotated] }), [dataExportsWrite]);
    expect(merged.document.Statement).toEqual([annotated, dataExportsWrite]);
  });

  it.each([
    {
      name: 'keys in another order',
      existingOurs: { Condition: dataExportsWrite.Condition, Resource: dataExportsWrite.Resource, Action: dataExportsWrite.Action, Principal: dataExportsWrite.Principal, Effect: 'Allow', Sid: 'FinOpsDataExportsWrite' },
    },
    {
      name: 'lists in another order',
      existingOurs: { ...dataExportsWrite, Action: ['s3:GetBucketPolicy', 's3:PutObject'], Resource: [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`] },
    },
    {
      name: 'a one-item list written as a string',
      existingOurs: { ...platformRead, Action: 's3:GetObject', Resource: [`arn:aws:s3:::${BUCKET}/*`] },
    },
  ])('counts ours as unchanged with $name, and leaves its text alone', ({ existingOurs }) => {
    const existing = { Version: '2012-10-17', Statement: [existingOurs] };
    const ours = existingOurs.Sid === platformRead.Sid ? platformRead : dataExportsWrite;
    const merged = mergedOrThrow(policyText(existing), [ours]);
    expect(merged.changes).toEqual({ added: [], replaced: [], unchanged: [ours.Sid], keptExisting: 0 });
    expect(merged.document.Statement).toEqual([existingOurs]);
  });

  it("doesn't duplicate ours when the same grant is there under another Sid (AWS's documented policy)", () => {
    const awsDocumented = { ...dataExportsWrite, Sid: 'EnableAWSDataExportsToWriteToS3AndCheckPolicy', Action: ['s3:GetBucketPolicy', 's3:PutObject'] };
    const merged = mergedOrThrow(policyText({ Version: '2012-10-17', Statement: [awsDocumented] }), [dataExportsWrite, platformRead]);
    expect(merged.document.Statement).toEqual([awsDocumented, platformRead]);
    expect(merged.changes).toEqual({ added: ['FinOpsBillingRead'], replaced: [], unchanged: ['FinOpsDataExportsWrite'], keptExisting: 1 });
  });

  it('adds ours when a statement under another Sid grants only part of it', () => {
    const narrower = { ...dataExportsWrite, Sid: 'WriteOnly', Action: 's3:PutObject' };
    const merged = mergedOrThrow(policyText({ Version: '2012-10-17', Statement: [narrower] }), [dataExportsWrite]);
    expect(merged.changes.added).toEqual(['FinOpsDataExportsWrite']);
  });

  it("doesn't count a look-alike that is itself about to be replaced", () => {
    // The old FinOpsBillingRead looks like the new FinOpsReadCopy, but it is ours and gets replaced.
    const oldRead = { ...platformRead, Action: 's3:ListBucket' };
    const readCopy = { ...oldRead, Sid: 'FinOpsReadCopy' };
    const merged = mergedOrThrow(policyText({ Version: '2012-10-17', Statement: [oldRead] }), [platformRead, readCopy]);
    expect(merged.document.Statement).toEqual([platformRead, readCopy]);
    expect(merged.changes).toMatchObject({ added: ['FinOpsReadCopy'], replaced: ['FinOpsBillingRead'] });
  });

  it.each([
    { name: 'invalid JSON', text: '{"Version": "2012-10-17", "Statement": [}', code: 'invalid-json' },
    { name: 'JSON that is not a policy', text: '["s3:GetObject"]', code: 'not-a-policy' },
    { name: 'a statement without Effect', text: '{"Version": "2012-10-17", "Statement": {"Sid": "A"}}', code: 'bad-statement' },
    {
      name: 'repeated Sids',
      text: policyText({ Version: '2012-10-17', Statement: [denyInsecureTransport, platformRead, { ...denyInsecureTransport, Effect: 'Allow' }] }),
      code: 'duplicate-sid',
      says: 'two statements with "Sid": "DenyInsecureTransport" (statements 1 and 3), and AWS rejects a policy whose Sids repeat',
    },
  ])('refuses $name and says the editor was left alone', ({ text, code, says }) => {
    const result = mergeStatements(text, [dataExportsWrite], 'bucket');
    expect(result).toMatchObject({ ok: false, problem: { code } });
    if (result.ok) return;
    expect(result.problem.message).toMatch(/we haven't changed anything\.$/);
    if (says) expect(result.problem.message).toContain(says);
  });

  it('refuses a merge that would make a trust policy longer than IAM allows', () => {
    const manyAccounts = Array.from({ length: 60 }, (_, index) => `arn:aws:iam::${String(100000000000 + index)}:root`);
    const trustPolicy = { Version: '2012-10-17', Statement: [{ Sid: 'Partners', Effect: 'Allow', Principal: { AWS: manyAccounts }, Action: 'sts:AssumeRole' }] };
    const ourTrust: PolicyStatement = { Sid: 'FinOpsAssumeRole', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::654035049067:user/ffc-service-user' }, Action: 'sts:AssumeRole' };
    expect(mergeStatements(policyText(trustPolicy), [ourTrust], 'managed').ok).toBe(true);
    const result = mergeStatements(policyText(trustPolicy), [ourTrust], 'trust');
    expect(result).toMatchObject({ ok: false, problem: { code: 'policy-too-large' } });
    if (!result.ok) expect(result.problem.message).toMatch(/^We can't add the FinOps statements to this policy\. .*2,048.* We haven't changed anything\.$/);
  });

  it('refuses characters AWS rejects, showing where they are', () => {
    const curly = { ...denyInsecureTransport, Sid: 'DenyInsecure', 'x-note': 'don’t remove' };
    const result = mergeStatements(policyText({ Version: '2012-10-17', Statement: [curly] }), [dataExportsWrite], 'bucket');
    expect(result).toMatchObject({ ok: false, problem: { code: 'unsupported-character' } });
    if (!result.ok) expect(result.problem.message).toContain('"’" (U+2019) in "\\"x-note\\": \\"don’t remove\\""');
  });

  it('writes a compact policy compactly when pretty-printing it would pass S3\'s 20 KB', () => {
    // About 19.6 KB written compactly, well over 20,480 bytes with indentation.
    const filler = Array.from({ length: 96 }, (_, index) => ({
      Sid: `Reader${index}`,
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${String(100000000000 + index)}:root` },
      Action: ['s3:GetObject', 's3:ListBucket'],
      Resource: [`arn:aws:s3:::${BUCKET}/team-${index}/*`],
    }));
    const compact = JSON.stringify({ Version: '2012-10-17', Statement: filler });
    expect(compact.length).toBeGreaterThan(18_500);
    expect(compact.length).toBeLessThan(20_480 - 800);
    expect(formatPolicyText(JSON.parse(compact) as PolicyDocument).length).toBeGreaterThan(20_480);
    const merged = mergedOrThrow(compact, [dataExportsWrite]);
    expect(merged.compact).toBe(true);
    expect(merged.text).toBe(JSON.stringify({ Version: '2012-10-17', Statement: [...filler, dataExportsWrite] }));
    expect(new TextEncoder().encode(merged.text).length).toBeLessThanOrEqual(20_480);
    expect(describeChanges(merged.changes, { compact: true })).toMatch(/compact.*20,480 bytes/);
    // A small policy is still pretty-printed.
    expect(mergedOrThrow('', [dataExportsWrite]).compact).toBe(false);
  });

  it('lists each statement of ours it would replace, with what is there and what would come', () => {
    const edited = { ...dataExportsWrite, Action: ['s3:PutObject', 's3:GetBucketPolicy', 's3:DeleteObject'] };
    const merged = mergedOrThrow(policyText({ Version: '2012-10-17', Statement: [edited, denyInsecureTransport] }), [dataExportsWrite, platformRead]);
    expect(merged.replacements).toEqual([{ sid: 'FinOpsDataExportsWrite', before: edited, after: dataExportsWrite }]);
    expect(mergedOrThrow('', [dataExportsWrite]).replacements).toEqual([]);
  });

  it.each([
    { name: 'no Sid', additions: [{ ...dataExportsWrite, Sid: undefined }] },
    { name: 'an empty Sid', additions: [{ ...dataExportsWrite, Sid: '' }] },
    { name: 'a repeated Sid', additions: [dataExportsWrite, { ...platformRead, Sid: dataExportsWrite.Sid }] },
  ])('treats statements to add with $name as a programming error', ({ additions }) => {
    expect(() => mergeStatements('', additions, 'bucket')).toThrow(/mergeStatements/);
  });
});

describe('statementsEquivalent', () => {
  it.each([
    { a: { Effect: 'Allow', Action: 's3:GetObject' }, b: { Action: ['s3:GetObject'], Effect: 'Allow' }, same: true },
    { a: { Effect: 'Allow', Action: ['a', 'b', 'a'] }, b: { Effect: 'Allow', Action: ['b', 'a'] }, same: true },
    { a: { Effect: 'Allow', Action: 's3:GetObject' }, b: { Effect: 'Allow', Action: 's3:getobject' }, same: false },
    { a: { Effect: 'Allow', Action: 'a' }, b: { Effect: 'Deny', Action: 'a' }, same: false },
    { a: { Effect: 'Allow', Action: 'a' }, b: { Effect: 'Allow', Action: 'a', Resource: '*' }, same: false },
    { a: { Sid: 'One', Effect: 'Allow', Action: 'a' }, b: { Sid: 'Two', Effect: 'Allow', Action: 'a' }, same: false },
  ] as Array<{ a: PolicyStatement; b: PolicyStatement; same: boolean }>)('$a ≟ $b: $same', ({ a, b, same }) => {
    expect(statementsEquivalent(a, b)).toBe(same);
    expect(statementsEquivalent(b, a)).toBe(same);
  });

  it('ignores the Sid when asked', () => {
    expect(statementsEquivalent({ Sid: 'One', Effect: 'Allow' }, { Sid: 'Two', Effect: 'Allow' }, { ignoreSid: true })).toBe(true);
    expect(statementsEquivalent({ Effect: 'Allow' }, { Sid: 'Two', Effect: 'Allow' }, { ignoreSid: true })).toBe(true);
  });
});

describe('describeChanges', () => {
  it.each<[PolicyChanges, string]>([
    [{ added: ['FinOpsDataExportsWrite'], replaced: [], unchanged: [], keptExisting: 3 }, 'Adds 1 statement (FinOpsDataExportsWrite); keeps 3 existing statements unchanged.'],
    [{ added: ['A', 'B'], replaced: [], unchanged: [], keptExisting: 0 }, 'Adds 2 statements (A, B).'],
    [{ added: [], replaced: ['A'], unchanged: ['B'], keptExisting: 1 }, 'Updates 1 statement (A) to the current version; 1 statement (B) is already in place; keeps 1 existing statement unchanged.'],
    [{ added: [], replaced: [], unchanged: ['A', 'B'], keptExisting: 2 }, 'Nothing to change: 2 statements (A, B) are already in place; keeps 2 existing statements unchanged.'],
    [{ added: [], replaced: [], unchanged: [], keptExisting: 0 }, 'Nothing to change.'],
  ])('%j → %s', (changes, sentence) => {
    expect(describeChanges(changes)).toBe(sentence);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over random existing policies.

const KNOWN_STATEMENT_KEYS = new Set(['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition']);
const OUR_SIDS = ['FinOpsDataExportsWrite', 'FinOpsBillingRead', 'FinOpsAssumeRole'];

/** Mostly ASCII, some Latin-1 (two bytes in UTF-8, still allowed). */
const policyChar = fc
  .oneof({ weight: 40, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) }, { weight: 4, arbitrary: fc.integer({ min: 0x80, max: 0xff }) }, { weight: 1, arbitrary: fc.constantFrom(0x09, 0x0a) })
  .map((code) => String.fromCodePoint(code));
const asciiOrLatin1 = (constraints: { minLength?: number; maxLength: number }) => fc.string({ ...constraints, unit: policyChar });
const shortText = fc.oneof(
  { weight: 300, arbitrary: asciiOrLatin1({ maxLength: 12 }) },
  // Now and then a long value, to reach the size limits, or text AWS refuses.
  { weight: 8, arbitrary: asciiOrLatin1({ minLength: 400, maxLength: 2500 }) },
  { weight: 1, arbitrary: fc.constantFrom('don’t remove', '€', '😀') },
);
const listOrOne = fc.oneof(shortText, fc.array(shortText, { minLength: 1, maxLength: 4 }));
const unknownValue = fc.jsonValue({ maxDepth: 2, stringUnit: policyChar });
const unknownKey = asciiOrLatin1({ maxLength: 8 });

const statementArbitrary = (sid: fc.Arbitrary<string | undefined>, sidRequired: boolean) =>
  fc
    .record(
      {
        Sid: sid,
        Effect: fc.constantFrom('Allow' as const, 'Deny' as const),
        Principal: fc.oneof(fc.constant('*' as const), fc.record({ AWS: listOrOne }, { requiredKeys: [] }), fc.record({ Service: listOrOne })),
        Action: listOrOne,
        Resource: listOrOne,
        Condition: fc.dictionary(fc.constantFrom('StringLike', 'StringEquals', 'Bool'), fc.dictionary(asciiOrLatin1({ maxLength: 10 }), listOrOne, { maxKeys: 2 }), { maxKeys: 2 }),
      },
      { requiredKeys: sidRequired ? ['Effect', 'Sid'] : ['Effect'] },
    )
    .chain((statement) =>
      fc.dictionary(unknownKey.filter((key) => !KNOWN_STATEMENT_KEYS.has(key)), unknownValue, { maxKeys: 2 }).map((unknownKeys) => {
        const withUnknown: Record<string, unknown> = { ...statement };
        for (const [key, value] of Object.entries(unknownKeys)) defineKey(withUnknown, key, value);
        // `Sid: undefined` is no Sid at all.
        if (withUnknown.Sid === undefined) delete withUnknown.Sid;
        return withUnknown as unknown as PolicyStatement;
      }),
    );

/** Defines rather than assigns, so generated keys such as "__proto__" become plain keys as JSON.parse makes them. */
function defineKey(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const existingSid = fc.option(fc.oneof(fc.constantFrom(...OUR_SIDS), asciiOrLatin1({ minLength: 1, maxLength: 10 })), { nil: undefined });
const withDistinctSids = (statements: PolicyStatement[]) =>
  statements.filter((statement, index) => statement.Sid === undefined || statements.findIndex((other) => other.Sid === statement.Sid) === index);

/** Existing statements with distinct Sids (repeated Sids are their own, tested case). */
const existingStatements = fc.array(statementArbitrary(existingSid, false), { maxLength: 6 }).map(withDistinctSids);

const ourAdditions = fc.uniqueArray(statementArbitrary(fc.constantFrom(...OUR_SIDS), true), { selector: (statement) => statement.Sid, minLength: 1, maxLength: 3 });
const policyKind = fc.constantFrom<PolicyKind>('managed', 'trust', 'bucket');

/** The same statement as someone else might have written it: keys and lists reordered. */
function rewritten(statement: PolicyStatement, sid: string | undefined): PolicyStatement {
  const reorder = (value: unknown): unknown => {
    if (Array.isArray(value)) return [...value].reverse().map(reorder);
    if (typeof value === 'object' && value !== null) {
      const reordered: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value).reverse()) defineKey(reordered, key, reorder(item));
      return reordered;
    }
    return value;
  };
  const copy = reorder(statement) as Record<string, unknown>;
  if (sid === undefined) delete copy.Sid;
  else copy.Sid = sid;
  return copy as unknown as PolicyStatement;
}

/**
 * An existing editor text, our statements and a policy kind. Some existing statements are copies
 * of ours, under our Sid or another one, so the "already there" paths get exercised too.
 */
const mergeScenario = fc
  .record({
    statements: existingStatements,
    additions: ourAdditions,
    planted: fc.array(fc.record({ which: fc.nat(), sid: fc.constantFrom('ours', 'other', 'none'), at: fc.nat() }), { maxLength: 2 }),
    asSingleObject: fc.boolean(),
    id: fc.option(asciiOrLatin1({ maxLength: 20 }), { nil: undefined }),
    version: fc.constantFrom('2012-10-17', '2008-10-17'),
    extraKeys: fc.dictionary(unknownKey.filter((key) => !['Version', 'Statement', 'Id'].includes(key)), unknownValue, { maxKeys: 2 }),
    indent: fc.constantFrom<string | number | undefined>(undefined, 2, 4, '\t'),
    blank: fc.boolean(),
    kind: policyKind,
  })
  .map(({ statements, additions, planted, asSingleObject, id, version, extraKeys, indent, blank, kind }) => {
    const existing = [...statements];
    for (const [index, plant] of planted.entries()) {
      const original = additions[plant.which % additions.length]!;
      const sid = plant.sid === 'ours' ? original.Sid : plant.sid === 'other' ? `Pasted${index}` : undefined;
      existing.splice(plant.at % (existing.length + 1), 0, rewritten(original, sid));
    }
    const distinct = withDistinctSids(existing);
    if (blank && distinct.length === 0) return { existingText: '', additions, kind };
    const policy: Record<string, unknown> = {};
    // Unknown top-level keys first, then the policy's own: order must survive the merge.
    for (const [key, value] of Object.entries(extraKeys)) defineKey(policy, key, value);
    if (id !== undefined) policy.Id = id;
    policy.Version = version;
    policy.Statement = asSingleObject && distinct.length === 1 ? distinct[0] : distinct;
    return { existingText: JSON.stringify(policy, null, indent), additions, kind };
  });

/** AWS's limits, worked out here independently of the code under test. */
function withinAwsLimits(text: string, kind: PolicyKind): boolean {
  if (!/^[\t\n\r\u0020-\u00FF]*$/.test(text)) return false;
  if (kind === 'bucket') return Buffer.byteLength(text, 'utf8') <= 20480;
  return text.replace(/[ \t\n\r]/g, '').length <= (kind === 'managed' ? 6144 : 2048);
}

const statementsIn = (document: PolicyDocument) => (Array.isArray(document.Statement) ? document.Statement : [document.Statement]);
const originalDocument = (text: string): PolicyDocument => (text === '' ? { Version: '2012-10-17', Statement: [] } : (JSON.parse(text) as PolicyDocument));

describe('mergeStatements properties', () => {
  const runs = { numRuns: 200 };

  it('never loses a statement or a top-level key, and puts ours in', () => {
    fc.assert(
      fc.property(mergeScenario, ({ existingText, additions, kind }) => {
        const result = mergeStatements(existingText, additions, kind);
        if (!result.ok) return;
        const { document, changes } = result.value;
        const before = originalDocument(existingText);
        const after = statementsIn(document);
        expect(Array.isArray(document.Statement)).toBe(true);

        // Every statement not replaced by Sid is still there, deep-equal, in the same relative order.
        const kept = statementsIn(before).filter((statement) => statement.Sid === undefined || !changes.replaced.includes(statement.Sid));
        let searchFrom = 0;
        for (const statement of kept) {
          const found = after.findIndex((candidate, index) => index >= searchFrom && JSON.stringify(candidate) === JSON.stringify(statement));
          expect(found, `lost ${JSON.stringify(statement)}`).toBeGreaterThanOrEqual(0);
          searchFrom = found + 1;
        }
        // Every top-level key besides Statement is unchanged, in the same order.
        expect(Object.keys(document)).toEqual(Object.keys(before));
        for (const key of Object.keys(before)) if (key !== 'Statement') expect(document[key as keyof PolicyDocument]).toEqual(before[key as keyof PolicyDocument]);

        // Each of ours is accounted for exactly once, and added or replaced ones are there verbatim.
        expect([...changes.added, ...changes.replaced, ...changes.unchanged].sort()).toEqual(additions.map((addition) => addition.Sid).sort());
        for (const addition of additions) {
          if (changes.unchanged.includes(addition.Sid!)) {
            expect(after.some((statement) => statementsEquivalent(statement, addition, { ignoreSid: statement.Sid !== addition.Sid }))).toBe(true);
          } else {
            expect(after.filter((statement) => statement.Sid === addition.Sid)).toEqual([addition]);
          }
        }
        expect(after.length).toBe(statementsIn(before).length + changes.added.length);
      }),
      runs,
    );
  });

  it('is idempotent: merging its own result changes nothing, down to the text', () => {
    fc.assert(
      fc.property(mergeScenario, ({ existingText, additions, kind }) => {
        const first = mergeStatements(existingText, additions, kind);
        if (!first.ok) return;
        const second = mergeStatements(first.value.text, additions, kind);
        expect(second.ok).toBe(true);
        if (!second.ok) return;
        expect(second.value.text).toBe(first.value.text);
        expect(second.value.changes).toEqual({
          added: [],
          replaced: [],
          unchanged: additions.map((addition) => addition.Sid),
          keptExisting: first.value.changes.keptExisting,
        });
      }),
      runs,
    );
  });

  it('writes text that reads back as the merged document', () => {
    fc.assert(
      fc.property(mergeScenario, ({ existingText, additions, kind }) => {
        const result = mergeStatements(existingText, additions, kind);
        if (!result.ok) return;
        expect(parsePolicyText(result.value.text)).toEqual({ ok: true, value: result.value.document });
        expect(result.value.text).toBe(formatPolicyText(result.value.document));
      }),
      runs,
    );
  });

  it("stays within AWS's limits, and refuses only when even the largest possible result wouldn't fit", () => {
    fc.assert(
      fc.property(mergeScenario, ({ existingText, additions, kind }) => {
        const result = mergeStatements(existingText, additions, kind);
        if (result.ok) {
          expect(withinAwsLimits(result.value.text, kind)).toBe(true);
          return;
        }
        expect(['policy-too-large', 'unsupported-character']).toContain(result.problem.code);
        // The merge keeps or replaces, never grows beyond everything old plus everything new.
        const before = originalDocument(existingText);
        const largest = Object.fromEntries(
          Object.entries(before).map(([key, value]) => [key, key === 'Statement' ? [...statementsIn(before), ...additions] : value]),
        ) as unknown as PolicyDocument;
        expect(withinAwsLimits(formatPolicyText(largest), kind)).toBe(false);
      }),
      runs,
    );
  });

  it('refuses repeated Sids in the existing policy', () => {
    fc.assert(
      fc.property(existingStatements, fc.string({ minLength: 1, maxLength: 10 }), ourAdditions, (statements, sid, additions) => {
        const repeated = [...statements, { Sid: sid, Effect: 'Allow' }, { Sid: sid, Effect: 'Deny' }];
        const result = mergeStatements(JSON.stringify({ Version: '2012-10-17', Statement: repeated }), additions, 'bucket');
        expect(result).toMatchObject({ ok: false, problem: { code: 'duplicate-sid' } });
      }),
      runs,
    );
  });
});
