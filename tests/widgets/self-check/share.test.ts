import { describe, expect, it } from 'vitest';
import { fromLinkKeys, toLinkKeys } from '~/widgets/self-check/share';

describe('self-check link keys', () => {
  it('writes the seed, the question and class mode; no question on the score page', () => {
    expect(toLinkKeys({ seed: 4, question: 3, mode: 'class' })).toEqual({ seed: 4, q: 3, mode: 'class' });
    expect(toLinkKeys({ seed: 1, question: null, mode: 'practice' })).toEqual({ seed: 1 });
  });

  it('reads them back and ignores anything malformed', () => {
    expect(fromLinkKeys({ seed: '4', q: '3', mode: 'class' })).toEqual({ seed: 4, question: 3, mode: 'class' });
    expect(fromLinkKeys({ seed: '0', q: '0', mode: 'quiz' })).toEqual({});
    expect(fromLinkKeys({ seed: '2147483648', q: 'x' })).toEqual({});
    expect(fromLinkKeys({ seed: '-3', q: '123' })).toEqual({});
  });

  it('round-trips', () => {
    const state = { seed: 77, question: 8, mode: 'practice' as const };
    const keys = Object.fromEntries(Object.entries(toLinkKeys(state)).map(([k, v]) => [k, String(v)]));
    expect({ mode: 'practice', ...fromLinkKeys(keys) }).toEqual(state);
  });
});
