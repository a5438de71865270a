import { describe, expect, it } from 'vitest';
import { namesRegion } from './regions';

describe('namesRegion', () => {
  it.each<[string, string, boolean]>([
    ['US East (N. Virginia)', 'us-east-1', true],
    ['US East (N. Virginia) us-east-1', 'us-east-1', true],
    ['eu-west-1', 'eu-west-1', true],
    ['Europe (Ireland)', 'eu-west-1', true],
    ['US East (Ohio)', 'us-east-1', false],
    ['us-east-11', 'us-east-1', false],
    ['Europe (Frankfurt) eu-central-1', 'eu-west-1', false],
  ])('%j names %s: %s', (text, region, expected) => {
    expect(namesRegion(text, region)).toBe(expected);
  });
});
