import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CN8_SEGMENTS, RFM10_SEGMENTS, rfmSegmentTable, segmentCn8, segmentRfm10 } from '~/engine/tiering/rfm';

describe('segmentCn8', () => {
  // docs/contracts.md §5's table, with means of 3: 高 = strictly above 3.
  it.each([
    [4, 4, 4, 'important-value', '重要价值客户'],
    [3, 4, 4, 'important-retain', '重要保持客户'],
    [4, 3, 4, 'important-develop', '重要发展客户'],
    [2, 1, 5, 'important-winback', '重要挽留客户'],
    [5, 5, 3, 'general-value', '一般价值客户'],
    [1, 5, 1, 'general-retain', '一般保持客户'],
    [5, 2, 2, 'general-develop', '一般发展客户'],
    [3, 3, 3, 'general-winback', '一般挽留客户'],
  ])('r=%i f=%i m=%i → %s', (r, f, m, key, name) => {
    const segment = segmentCn8(r, f, m, 3, 3, 3);
    expect(segment.key).toBe(key);
    expect(segment.name).toBe(name);
  });

  it('compares each score with its own mean', () => {
    expect(segmentCn8(2, 2, 2, 1.5, 2.5, 1.99).key).toBe('important-develop'); // R高 F低 M高
  });

  it('lists the eight segments in the order of docs/contracts.md §5, each with a description and a strategy', () => {
    expect(CN8_SEGMENTS.map((s) => s.key)).toEqual([
      'important-value', 'important-retain', 'important-develop', 'important-winback',
      'general-value', 'general-retain', 'general-develop', 'general-winback',
    ]);
    expect(CN8_SEGMENTS.map((s) => s.rule)).toEqual(['R高F高M高', 'R低F高M高', 'R高F低M高', 'R低F低M高', 'R高F高M低', 'R低F高M低', 'R高F低M低', 'R低F低M低']);
    for (const s of CN8_SEGMENTS) {
      expect(s.description.length).toBeGreaterThan(5);
      expect(s.strategy.length).toBeGreaterThan(5);
    }
  });
});

describe('segmentRfm10', () => {
  // Each case checked by hand against docs/contracts.md §5's ordered rules.
  it.each([
    [5, 5, 5, 'Champions', '冠军客户'],
    [4, 4, 4, 'Potential Loyalist', '潜力忠诚客户'], // matches Loyal too, but Potential Loyalist comes first
    [2, 2, 2, 'Loyal Customers', '忠诚客户'],
    [3, 1, 4, 'Promising', '有望客户'], // (3, 2, 4) would be Loyal Customers, tried first
    [5, 1, 1, 'New Customers', '新客户'],
    [2, 3, 5, "Can't Lose Them", '不能失去的客户'],
    [1, 5, 5, 'At Risk', '风险客户'],
    [1, 2, 4, 'At Risk', '风险客户'],
    [2, 5, 3, 'Need Attention', '需要关注客户'], // (3, 5, 3) would be Potential Loyalist
    [1, 3, 3, 'Need Attention', '需要关注客户'],
    [2, 1, 4, 'About To Sleep', '即将沉睡客户'],
    [1, 1, 5, 'Lost', '流失客户'],
    [2, 5, 2, 'Others', '其他'],
    [2, 4, 5, "Can't Lose Them", '不能失去的客户'],
    [2, 1, 5, 'Others', '其他'],
  ])('r=%i f=%i m=%i → %s', (r, f, m, key, name) => {
    expect(segmentRfm10(r, f, m)).toMatchObject({ key, name });
  });

  it('has ten rules in the order of docs/contracts.md §5 plus Others in the table', () => {
    expect(RFM10_SEGMENTS.map((s) => s.key)).toEqual([
      'Champions', 'Potential Loyalist', 'Loyal Customers', 'Promising', 'New Customers',
      "Can't Lose Them", 'At Risk', 'Need Attention', 'About To Sleep', 'Lost',
    ]);
    expect(rfmSegmentTable('rfm10').map((s) => s.key).at(-1)).toBe('Others');
    expect(rfmSegmentTable('cn8')).toBe(CN8_SEGMENTS);
  });

  it('always returns the first rule that holds (or Others when none does)', () => {
    const score = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(score, score, score, (r, f, m) => {
        const holds = (s: (typeof RFM10_SEGMENTS)[number]) =>
          r >= s.recency[0] && r <= s.recency[1] && f >= s.frequency[0] && f <= s.frequency[1] && m >= s.monetary[0] && m <= s.monetary[1];
        const first = RFM10_SEGMENTS.find(holds);
        expect(segmentRfm10(r, f, m).key).toBe(first ? first.key : 'Others');
        if (r === 1) expect(segmentRfm10(r, f, m).key).not.toBe('Others'); // Lost catches every R = 1
      }),
    );
  });
});
