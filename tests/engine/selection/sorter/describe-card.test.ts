import { describe, expect, it } from 'vitest';
import { describeCard } from '~/engine/selection/sorter';
import { bundledCards, bundledRows, card } from './fixtures';

describe('describeCard: plain words for the figures (thresholds from the data dictionary and the profitability defaults)', () => {
  it.each([
    [0.099, '毛利薄'],
    [0.1, '毛利一般'],
    [0.199, '毛利一般'],
    [0.2, '毛利高'],
  ])('margin %d: %s', (marginRate, words) => {
    expect(describeCard(card('A', { marginRate })).margin).toBe(words);
  });

  it.each([
    [0, '按时付款'],
    [30, '按时付款'],
    [31, '偶尔逾期'],
    [90, '偶尔逾期'],
    [91, '经常逾期'],
  ])('%d days: %s', (paymentDays, words) => {
    expect(describeCard(card('A', { paymentDays })).payment).toBe(words);
  });

  it.each([
    [-0.1, '明显下滑'],
    [-0.05, '略有下降'],
    [0, '基本持平'],
    [0.099, '基本持平'],
    [0.1, '稳定增长'],
    [0.3, '快速增长'],
    [null, ''],
  ])('growth %s: %s', (growth, words) => {
    expect(describeCard(card('A', { growth })).growth).toBe(words);
  });

  it.each([
    [0.39, '不太匹配'],
    [0.4, '基本匹配'],
    [0.69, '基本匹配'],
    [0.7, '高度匹配'],
    [null, ''],
  ])('fit %s: %s', (fit, words) => {
    expect(describeCard(card('A', { fit })).fit).toBe(words);
  });

  it('tenure and service cost per 100 元 of revenue', () => {
    // 3,336,000 / 45,472,000 × 100 = 7.336… → 7.3 (by hand)
    const giant = describeCard(card('G', { revenue: 45_472_000, serviceCost: 3_336_000, years: 6 }));
    expect(giant.service).toBe('每 100 元营收的服务成本 7.3 元');
    expect(giant.tenure).toBe('合作 6 年');
    expect(describeCard(card('N', { years: 0 })).tenure).toBe('今年新签约');
    expect(describeCard(card('U', { years: null })).tenure).toBe('');
    expect(describeCard(card('Z', { revenue: 0, serviceCost: 100 })).service).toBe('没有营收，服务成本全是支出');
  });

  it('the payment words agree with the 付款记录 column of the bundled file, row by row', async () => {
    const cards = await bundledCards();
    const rows = bundledRows();
    expect(cards).toHaveLength(rows.length);
    cards.forEach((c, i) => expect(describeCard(c).payment, c.id).toBe(rows[i]!['付款记录'] === '按时' ? '按时付款' : rows[i]!['付款记录']));
  });
});
