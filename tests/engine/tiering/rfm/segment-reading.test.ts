import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CN8_SEGMENTS, computeRfm, readRfmSegment, RFM10_SEGMENTS, RFM_CHAPTER_EXAMPLE } from '~/engine/tiering/rfm';
import { transactionsFromRecords } from '~/engine/core/transactions-from-records';

const chapter = readFileSync(new URL('../../../../content/chapters/06-customer-tiering.mdx', import.meta.url), 'utf8');

describe('CN8_SEGMENTS follow chapter 6', () => {
  it.each(CN8_SEGMENTS.map((s) => [s.name, s] as const))('%s: who and strategy are the chapter’s table row', (name, s) => {
    const row = chapter.split('\n').find((line) => line.startsWith(`| ${name} |`));
    expect(row, `chapter table row for ${name}`).toBeDefined();
    expect(row).toContain(`| ${s.description.replace(/。$/, '')} |`);
    expect(row).toContain(`| ${s.strategy.replace(/。$/, '')} |`);
  });

  it('maps the eight to the tiers of the chapter’s note 与 RFM 八类的对应', () => {
    expect(Object.fromEntries(CN8_SEGMENTS.map((s) => [s.name, s.tier]))).toEqual({
      重要价值客户: '关键客户', 重要保持客户: '关键客户',
      重要发展客户: '普通客户', 重要挽留客户: '普通客户', 一般价值客户: '普通客户',
      一般保持客户: '小客户', 一般发展客户: '小客户', 一般挽留客户: '小客户',
    });
  });
});

describe('readRfmSegment', () => {
  const result = computeRfm(transactionsFromRecords(RFM_CHAPTER_EXAMPLE.records), { bins: 5 });

  it('reads 一般挽留客户 of the chapter example with its figures', () => {
    // By hand: C08, C09, C10: 3 of 10 customers; revenue 60 + 520 + 640 = 1,220 of 7,405 (the ten M values added) = 16.5 %;
    // recency (87 + 21 + 34) / 3 = 47.3 days; frequency (1 + 3 + 3) / 3 = 2.3; monetary 1,220 / 3 = 406.67.
    const summary = result.segments.find((s) => s.segmentKey === 'general-winback')!;
    const reading = readRfmSegment(summary, CN8_SEGMENTS[7]!);
    expect(reading).toEqual({
      key: 'general-winback',
      name: '一般挽留客户',
      rule: 'R低F低M低',
      who: '很久没来、来得少、花得少。',
      strategy: '控制投入：只做低成本的自动化触达，必要时放弃。',
      tier: '小客户',
      figures: '3 位客户，占全部客户的 30.0%，贡献 16.5% 的消费金额；平均 47.3 天前最后一次购买，购买 2.3 次，消费 406.67 元。',
    });
  });

  it('says so when a segment is empty, and has no tier for rfm10', () => {
    const empty = { segment: '冠军客户', segmentKey: 'Champions', customers: 0, orders: 0, revenue: 0, customerShare: 0, revenueShare: 0, meanRecency: null, meanFrequency: null, meanMonetary: null };
    const reading = readRfmSegment(empty, RFM10_SEGMENTS[0]!);
    expect(reading.figures).toBe('这份数据里没有这一类客户。');
    expect(reading.tier).toBeNull();
  });
});
