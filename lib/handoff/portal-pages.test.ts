import { describe, expect, it } from 'vitest';
import { connectPageExamples, isConnectPage } from './portal-pages';

describe('isConnectPage', () => {
  it.each(connectPageExamples.matches)('recognises %s', (url) => expect(isConnectPage(new URL(url))).toBe(true));
  it.each(connectPageExamples.lookAlikes)('leaves %s alone', (url) => expect(isConnectPage(new URL(url))).toBe(false));
});
