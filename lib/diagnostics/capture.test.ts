// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildSnapshot } from './snapshot';
import { captureFromSnapshot, documentFromCapture, fakeAccountId, fakeBucket, fakeMaskedValues } from './capture';
import { findPolicyEditors } from '../console/dom-find';
import { recognisePage } from '../console/pages';

describe('fakeMaskedValues', () => {
  it.each([
    ['Account <account>', `Account ${fakeAccountId}`],
    ['arn:aws:iam:<masked>', `arn:aws:iam::${fakeAccountId}:role/FakeRole`],
    ['arn:aws-cn:s3:<masked>', `arn:aws-cn:s3:::${fakeBucket}`],
    ['arn:aws:sts:<masked>', `arn:aws:sts::${fakeAccountId}:assumed-role/FakeRole/fake-session`],
    ['arn%3Aaws%3Aiam%3A<masked>', encodeURIComponent(`arn:aws:iam::${fakeAccountId}:role/FakeRole`)],
    ['s3://<bucket>', `s3://${fakeBucket}`],
    ['<access key id>', 'AKIAFAKEFAKEFAKEFAKE'],
    ['/roles/details/<role>', '/roles/details/FakeRole'],
    ['externalId=<value 8 chars>', 'externalId=xxxxxxxx'],
    ['span <text 9 chars>', 'span <text 9 chars>'],
  ])('%s → %s', (masked, fake) => {
    expect(fakeMaskedValues(masked)).toBe(fake);
  });

  it('gives fakes of the masked shapes: a 12-digit account ID, an ARN that parses', () => {
    expect(fakeMaskedValues('<account>')).toMatch(/^\d{12}$/);
    expect(fakeMaskedValues('arn:aws:iam:<masked>')).toMatch(/^arn:aws:iam::\d{12}:role\/[\w+=,.@-]+$/);
  });
});

describe('captureFromSnapshot and documentFromCapture', () => {
  const url = 'https://s3.console.aws.amazon.com/s3/bucket/acme-private-bucket/property/policy/edit?region=eu-west-1';

  function report(): string {
    document.body.innerHTML = `
      <main>
        <h1>Edit bucket policy</h1>
        <p>arn:aws:s3:::acme-private-bucket owned by 444455556666</p>
        <label>Policy</label>
        <div class="ace_editor"><textarea class="ace_text-input"></textarea></div>
        <ul><li>One</li><li>Two</li><li>Six</li></ul>
        <input type="checkbox" checked aria-label="Policy">
      </main>`;
    return buildSnapshot({ url, root: document, expected: 'the editor', extensionVersion: '1.0.0' });
  }

  it('keeps the structure, puts fakes where the masks were and leaves no real value', () => {
    const capture = captureFromSnapshot(report(), { page: 's3-edit-bucket-policy', values: { bucketName: fakeBucket } }, 'unit test');
    const text = JSON.stringify(capture);
    expect(text).not.toMatch(/acme-private-bucket|444455556666/);
    expect(capture.url).toBe(`https://s3.console.aws.amazon.com/s3/bucket/${fakeBucket}/property/policy/edit?region=eu-west-1`);
    expect(recognisePage(capture.url)).toMatchObject({ page: 's3-edit-bucket-policy', bucketName: fakeBucket, region: 'eu-west-1' });
    expect(capture.reportedPage).toBe('s3-edit-bucket-policy (Edit bucket policy)');
  });

  it('rebuilds a document the readers find the same things in', () => {
    const capture = captureFromSnapshot(report(), { page: 's3-edit-bucket-policy', values: {} }, 'unit test');
    const doc = documentFromCapture(capture, document);
    expect(findPolicyEditors(doc)).toHaveLength(1);
    expect(doc.querySelectorAll('li')).toHaveLength(3);
    // The report kept only the length of texts that aren't console labels: fillers of that length.
    expect(doc.querySelector('li')?.textContent).toBe('xxx');
    expect(doc.querySelector<HTMLInputElement>('input[type="checkbox"]')?.checked).toBe(true);
    expect(doc.querySelector('input[type="checkbox"]')?.getAttribute('aria-label')).toBe('xxxxxx');
  });

  it('refuses text that is not a report, saying what it looked for', () => {
    expect(() => captureFromSnapshot('hello', { page: 's3-edit-bucket-policy', values: {} }, 'x')).toThrow(/"Page:", "URL:" and "Structure of the page"/);
  });
});
