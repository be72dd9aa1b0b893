import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromLinkKeys, picksFromText, picksToText, toLinkKeys } from '~/widgets/customer-sorter/share';

describe('the sorter’s link keys', () => {
  it('writes only what is set', () => {
    expect(toLinkKeys({ deck: 'advanced', seed: 7, mode: 'practice', picks: '----', step: null })).toEqual({ deck: 'advanced', seed: 7 });
    expect(toLinkKeys({ deck: 'intro', seed: 1, mode: 'practice', picks: 'gb-g', step: null })).toEqual({ deck: 'intro', seed: 1, picks: 'gb-g' });
    expect(toLinkKeys({ deck: 'random', seed: 42, mode: 'class', picks: 'gggg', step: 3 })).toEqual({ deck: 'random', seed: 42, mode: 'class', step: 3 });
  });

  it.each([
    [{ deck: 'advanced', seed: '7', picks: 'gbgb', step: 'result' }, { deck: 'advanced', seed: 7, picks: 'gbgb', step: 'result' }],
    [{ deck: 'expert', seed: '-3', picks: 'gxb', step: '0' }, {}],
    [{ seed: '99999999999', mode: 'class', step: '4' }, { mode: 'class', step: 4 }],
    [{ seed: '2147483647' }, { seed: 2147483647 }],
  ])('reads %j as %j, ignoring what is malformed', (keys, state) => {
    expect(fromLinkKeys(keys as Record<string, string>)).toEqual(state);
  });

  it('piles survive the round trip through the link', () => {
    const ids = ['A', 'B', 'C', 'D', 'E'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom('good' as const, 'bad' as const, null), { minLength: 5, maxLength: 5 }), (bins) => {
        const placements = Object.fromEntries(ids.flatMap((id, i) => (bins[i] ? [[id, bins[i]!]] : [])));
        const text = picksToText(ids, placements);
        expect(text).toMatch(/^[gb-]{5}$/);
        expect(picksFromText(ids, text)).toEqual(placements);
        expect(fromLinkKeys({ picks: text }).picks).toBe(text);
      }),
    );
  });
});
