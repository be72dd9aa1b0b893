import { describe, expect, it } from 'vitest';
import { abcClassRows, cohortRecord, crmSummaryRecord, datasetName, percent, rfmSegmentRows } from '~/widgets/shared/result-publishers';

describe('what widgets publish for the lab worksheets', () => {
  it('names what was analysed', () => {
    expect(datasetName({ type: 'bundled', id: 'retail-transactions' })).toBe('retail-transactions');
    expect(datasetName({ type: 'file', name: '会员.csv' })).toBe('自己的文件 会员.csv');
    expect(datasetName({ type: 'example', id: 'chapter' })).toBe('本章的例题数据');
    expect(datasetName(null)).toBe('');
  });

  it('writes shares as percentages with one decimal', () => {
    expect([percent(0.12345), percent(1), percent(null), percent(Number.NaN)]).toEqual([12.3, 100, '', '']);
  });

  it('RFM: one row per segment with counts, share and revenue to the fen', () => {
    expect(rfmSegmentRows([{ segment: '重要价值客户', segmentKey: 'important-value', customers: 120, orders: 900, revenue: 12345.678, customerShare: 0.24, revenueShare: 0.5 } as never])).toEqual([
      { segment: '重要价值客户', customers: 120, customerShare: 24, orders: 900, revenue: 12345.68 },
    ]);
  });

  it('ABC: the three classes in order', () => {
    const s = (customers: number, value: number, customerShare: number, valueShare: number) => ({ customers, value, customerShare, valueShare });
    const rows = abcClassRows({ A: s(20, 700, 0.2, 0.7), B: s(30, 200, 0.3, 0.2), C: s(50, 100, 0.5, 0.1), total: { customers: 100, value: 1000 } });
    expect(rows.map((r) => [r.class, r.customers, r.customerShare, r.valueShare])).toEqual([
      ['A', 20, 20, 70],
      ['B', 30, 30, 20],
      ['C', 50, 50, 10],
    ]);
  });

  it('cohorts: months 1, 3 and 6 of the weighted curve, blank where no cohort is that old', () => {
    expect(cohortRecord('retail-transactions', { share: [1, 0.25, 0.2, 0.181, 0.15], active: [], base: [] })).toEqual({ dataset: 'retail-transactions', month1: 25, month3: 18.1, month6: '' });
  });

  it('the practice CRM: its counts, and the revisits’ satisfaction rate as a percentage', () => {
    const figures = {
      customers: 42, companies: 30, duplicateGroups: 2, interactions: 17, tickets: 9, ticketsArchived: 4, ticketsOverdue: 1, revisits: 6,
      satisfactionRate: 5 / 6, rfmSegments: {}, abcClasses: {}, openPipeline: 0, wonAmount: 0, winRate: null,
    };
    expect(crmSummaryRecord(figures)).toEqual({
      customers: 42, duplicateGroups: 2, interactions: 17, tickets: 9, ticketsArchived: 4, ticketsOverdue: 1, revisits: 6, satisfactionRate: 83.3,
    });
    expect(crmSummaryRecord({ ...figures, revisits: 0, satisfactionRate: null }).satisfactionRate).toBe('');
  });
});
