import { describe, expect, it } from 'vitest';
import { appOfPage, consoleAppOf } from './apps';
import { lookAlikeExamples, pageExamples } from './pages';

describe('console apps', () => {
  it.each(pageExamples.flatMap(({ page, examples }) => examples.map((url) => [page, url] as const)))('%s: %s belongs to its page\'s app', (page, url) => {
    expect(consoleAppOf(url)).toBe(appOfPage[page]);
  });

  it('names the app by the console it is in', () => {
    expect(consoleAppOf('https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/policies/create')).toBe('iam');
    expect(consoleAppOf('https://s3.console.aws.amazon.com/s3/bucket/billing-export-111122223333/property/policy/edit')).toBe('s3');
    expect(consoleAppOf('https://us-east-1.console.aws.amazon.com/costmanagement/home#/bcm-data-exports')).toBe('billing');
  });

  it.each(lookAlikeExamples)('no app for %s (no feature wants it)', (url) => {
    expect(consoleAppOf(url)).toBeUndefined();
  });

  it('no app for a page that is not a URL', () => {
    expect(consoleAppOf('not a url')).toBeUndefined();
  });
});
