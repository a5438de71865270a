// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { readConsoleAccount } from './read-account';

const userInfo = (value: object) => `aws-userInfo=${encodeURIComponent(JSON.stringify(value))}`;
const sessionData = (content: string) => `<meta name="awsc-session-data" content='${content}'>`;
const accountMenu = (shown: string) => `<div>Account ID: <span>${shown}</span><button data-testid="awsc-copy-accountid"></button></div>`;

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head></head><body>${html}</body></html>`, 'text/html');
}

describe('readConsoleAccount', () => {
  beforeEach(() => {
    document.cookie = 'aws-userInfo=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  });

  it.each([
    ['session data', page(sessionData('{"accountId":"111122223333","sessionARN":"arn:aws:sts::111122223333:assumed-role/Admin/me"}')), '', { accountId: '111122223333', source: 'session-data' }],
    ['session ARN when accountId is missing', page(sessionData('{"sessionARN":"arn:aws:sts::012345678901:assumed-role/Admin/me"}')), '', { accountId: '012345678901', source: 'session-data' }],
    ['cookie', page(''), `noise=1; ${userInfo({ arn: 'arn:aws:iam::444455556666:user/alice', alias: 'x' })}; other=2`, { accountId: '444455556666', source: 'cookie' }],
    ['cookie encoded twice', page(''), `aws-userInfo=${encodeURIComponent(encodeURIComponent(JSON.stringify({ arn: 'arn:aws:sts::444455556666:assumed-role/R/s' })))}`, { accountId: '444455556666', source: 'cookie' }],
    ['account menu with dashes', page(accountMenu('7777-8888-9999')), '', { accountId: '777788889999', source: 'account-menu' }],
    ['account menu text on the control itself', page('<span data-testid="awsc-copy-accountid">1234-5678-9012</span>'), '', { accountId: '123456789012', source: 'account-menu' }],
  ])('reads %s', (_name, doc, cookie, expected) => {
    expect(readConsoleAccount(doc, cookie)).toEqual(expected);
  });

  it('prefers session data, then the cookie, then the account menu', () => {
    const cookie = userInfo({ arn: 'arn:aws:iam::444455556666:user/alice' });
    const everything = page(sessionData('{"accountId":"111122223333"}') + accountMenu('7777-8888-9999'));
    expect(readConsoleAccount(everything, cookie)?.source).toBe('session-data');
    expect(readConsoleAccount(page(accountMenu('7777-8888-9999')), cookie)).toEqual({ accountId: '444455556666', source: 'cookie' });
  });

  it.each([
    ['malformed session JSON', sessionData('{"accountId":"111122223333"'), 'aws-userInfo=%7Bnot-json'],
    ['session data that is not an object', sessionData('"111122223333"'), ''],
    ['an account ID that is not 12 digits', sessionData('{"accountId":"1111-2222-333"}'), userInfo({ arn: 'arn:aws:iam::12345:user/a' })],
    ['a numeric account ID (leading zeros would be lost)', sessionData('{"accountId":12345678901}'), ''],
    ['a cookie with broken percent-encoding', '', 'aws-userInfo=%E0%A4%A'],
    ['a cookie without an ARN', '', userInfo({ username: 'alice' })],
  ])('ignores %s and falls through to the account menu', (_name, head, cookie) => {
    expect(readConsoleAccount(page(head + accountMenu('7777-8888-9999')), cookie)).toEqual({ accountId: '777788889999', source: 'account-menu' });
  });

  it('returns undefined when nothing names the account', () => {
    expect(readConsoleAccount(page('<div data-testid="awsc-copy-accountid">Copy</div>'), 'a=b')).toBeUndefined();
  });

  it('reads the document cookie when no cookie string is given', () => {
    document.cookie = userInfo({ arn: 'arn:aws:iam::444455556666:user/alice' });
    expect(readConsoleAccount(document)).toEqual({ accountId: '444455556666', source: 'cookie' });
  });
});
