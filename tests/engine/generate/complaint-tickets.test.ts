import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayFromYmd } from '~/engine/core/dates';
import { generateDataset } from '~/engine/generate/generate-dataset';
import { createRandom } from '~/engine/generate/random';
import { defaultComplaintParams, generateComplaintTickets, type ComplaintParams } from '~/engine/generate/complaint-tickets';
import type { GeneratedTable } from '~/engine/generate/table';

const FLOW = ['已接收', '已分类', '调查核实中', '处理中', '已反馈', '已归档'];

interface Ticket {
  id: string;
  time: string;
  type: string;
  channel: string;
  hours: number | null;
  first: string | null;
  satisfaction: number | null;
  status: string;
}

function ticketsOf(table: GeneratedTable): Ticket[] {
  const d = table.data as Record<string, readonly (string | number | null)[]>;
  return Array.from({ length: table.rows }, (_, i) => ({
    id: d['工单号']![i] as string,
    time: d['受理时间']![i] as string,
    type: d['类型']![i] as string,
    channel: d['渠道']![i] as string,
    hours: d['处理时长(小时)']![i] as number | null,
    first: d['是否一次解决']![i] as string | null,
    satisfaction: d['客户满意度']![i] as number | null,
    status: d['状态']![i] as string,
  }));
}
const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const dayOf = (time: string): number => dayFromYmd(Number(time.slice(0, 4)), Number(time.slice(5, 7)), Number(time.slice(8, 10)));

function expectComplaintStory(table: GeneratedTable, params: ComplaintParams): void {
  const tickets = ticketsOf(table);
  expect(new Set(tickets.map((t) => t.id)).size).toBe(tickets.length);
  const problems: string[] = [];
  for (let i = 0; i < tickets.length; i += 1) {
    const t = tickets[i]!;
    const day = dayOf(t.time);
    const answered = t.status === '已反馈' || t.status === '已归档';
    const why = [
      !/^TS20\d{2}\d{5}$/.test(t.id) || t.id.slice(2, 6) !== t.time.slice(0, 4) ? 'id' : '',
      i > 0 && t.time < tickets[i - 1]!.time ? 'not sorted' : '',
      day <= params.endDay - 365 || day > params.endDay ? 'outside the year' : '',
      !FLOW.includes(t.status) ? 'status' : '',
      // before 反馈 nothing is known yet; satisfaction is asked only when archiving
      (t.hours !== null) !== answered || (t.first !== null) !== answered ? 'hours or resolution before 反馈' : '',
      t.status !== '已归档' && t.satisfaction !== null ? 'satisfaction before 归档' : '',
      t.hours !== null && t.hours <= 0 ? 'hours' : '',
    ].filter(Boolean);
    if (why.length > 0 && problems.length < 10) problems.push(`${t.id}: ${why.join(', ')}`);
  }
  expect(problems).toEqual([]);
  // 延误 is the largest type (a Pareto chart's first bar)
  const counts = new Map<string, number>();
  for (const t of tickets) counts.set(t.type, (counts.get(t.type) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  expect(ranked[0]![0]).toBe('延误');
  expect(ranked[0]![1] / tickets.length).toBeGreaterThan(0.3);
  // first-contact resolution lifts satisfaction
  const rated = tickets.filter((t) => t.satisfaction !== null);
  const yes = mean(rated.filter((t) => t.first === '是').map((t) => t.satisfaction!));
  const no = mean(rated.filter((t) => t.first === '否').map((t) => t.satisfaction!));
  expect(yes - no).toBeGreaterThan(0.8);
  // lost parcels take longest
  const medianHours = (type: string): number => {
    const hours = tickets.filter((t) => t.type === type && t.hours !== null).map((t) => t.hours!).sort((a, b) => a - b);
    return hours[Math.floor(hours.length / 2)]!;
  };
  for (const type of counts.keys()) if (type !== '丢件') expect(medianHours('丢件')).toBeGreaterThan(medianHours(type));
}

describe('the committed complaint file', () => {
  const tickets = ticketsOf(generateDataset('complaint-tickets').table);
  const table = generateDataset('complaint-tickets').table;

  it('about 1,500 tickets in 2024 that follow the flow and the story', () => {
    expect(tickets.length).toBeGreaterThan(1300);
    expect(tickets.length).toBeLessThan(1700);
    expect(tickets[0]!.time.startsWith('2024-01')).toBe(true);
    expectComplaintStory(table, defaultComplaintParams);
  });

  it('the three weeks after 双11 bring about twice the usual daily volume; long waits, loss and attitude hurt most', () => {
    const from = dayFromYmd(2024, 11, 11);
    const wave = tickets.filter((t) => dayOf(t.time) >= from && dayOf(t.time) <= from + 20).length / 21;
    const usual = tickets.filter((t) => t.time >= '2024-03-01' && t.time < '2024-06-01').length / 92;
    expect(wave / usual).toBeGreaterThan(1.8);
    const rated = tickets.filter((t) => t.satisfaction !== null);
    const slow = mean(rated.filter((t) => t.hours! > 48).map((t) => t.satisfaction!));
    const quick = mean(rated.filter((t) => t.hours! <= 48).map((t) => t.satisfaction!));
    expect(quick - slow).toBeGreaterThan(0.5);
    // the manifest's "约 4.4 比 3.0"
    expect(mean(rated.filter((t) => t.first === '是').map((t) => t.satisfaction!))).toBeCloseTo(4.4, 0);
    expect(mean(rated.filter((t) => t.first === '否').map((t) => t.satisfaction!))).toBeCloseTo(3.0, 0);
    const byType = (type: string): number => mean(rated.filter((t) => t.type === type).map((t) => t.satisfaction!));
    // lost and damaged parcels end least satisfied; attitude complaints, though handled quickly, below delays
    const ranked = ['延误', '破损', '丢件', '服务态度', '费用争议', '信息错误', '其他'].sort((a, b) => byType(a) - byType(b));
    expect(ranked.slice(0, 2)).toEqual(['丢件', '破损']);
    expect(byType('服务态度')).toBeLessThan(byType('延误') - 0.2);
    const share = (from: string, to: string): number => {
      const inRange = tickets.filter((t) => t.time >= from && t.time < to);
      return inRange.filter((t) => t.channel === '微信').length / inRange.length;
    };
    expect(share('2024-10-01', '2025-01-01')).toBeGreaterThan(share('2024-01-01', '2024-04-01'));
  });
});

describe('complaint properties', () => {
  it('any seed, end date and size keeps the flow and the story', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: dayFromYmd(2017, 1, 1), max: dayFromYmd(2030, 12, 30) }), fc.integer({ min: 800, max: 2000 }), (seed, endDay, size) => {
        const params = Object.freeze({ endDay, tickets: size });
        expectComplaintStory(generateComplaintTickets(params, createRandom(seed)), params);
      }),
      { numRuns: 15 },
    );
  });

  it('every student\'s file keeps them too', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{8,12}$/), (studentNumber) => {
        const dataset = generateDataset('complaints', { studentNumber });
        expectComplaintStory(dataset.table, dataset.parameters as ComplaintParams);
      }),
      { numRuns: 10 },
    );
  });
});
