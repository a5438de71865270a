import { describe, expect, it } from 'vitest';
import { diffLines } from './statement-diff';

describe('diffLines', () => {
  it('marks lines removed, added and kept, in order', () => {
    expect(diffLines('a\nb\nc\nd', 'a\nc\nx\nd')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'x' },
      { kind: 'same', text: 'd' },
    ]);
  });

  it('handles empty sides', () => {
    expect(diffLines('', 'a')).toEqual([{ kind: 'removed', text: '' }, { kind: 'added', text: 'a' }]);
    expect(diffLines('a\nb', 'a\nb')).toEqual([{ kind: 'same', text: 'a' }, { kind: 'same', text: 'b' }]);
  });
});
