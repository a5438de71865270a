import { describe, expect, it } from 'vitest';
import { timeAgo } from './export-age';

describe('timeAgo', () => {
  it.each([
    [5_000, 'less than an hour ago'],
    [29 * 60_000, 'less than an hour ago'],
    [40 * 60_000, 'about 1 hour ago'],
    [3 * 3_600_000, 'about 3 hours ago'],
  ])('%i ms → %s', (age, text) => expect(timeAgo(age)).toBe(text));
});
