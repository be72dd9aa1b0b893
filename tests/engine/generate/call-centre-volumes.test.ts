import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayFromYmd, formatDay } from '~/engine/core/dates';
import { generateDataset } from '~/engine/generate/generate-dataset';
import { createRandom } from '~/engine/generate/random';
import { defaultCallCentreParams, generateCallCentreVolumes, type CallCentreParams } from '~/engine/generate/call-centre-volumes';
import type { GeneratedTable } from '~/engine/generate/table';

const WEEKDAYS = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];
// The 24 half-hour labels written out by hand from 08:00-08:30 to 19:30-20:00.
const SLOTS = Array.from({ length: 24 }, (_, s) => {
  const h = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${m % 60 === 0 ? '00' : '30'}`;
  return `${h(480 + 30 * s)}-${h(510 + 30 * s)}`;
});

function expectCallCentreStory(table: GeneratedTable, params: CallCentreParams): void {
  const d = table.data as Record<string, readonly (string | number)[]>;
  expect(table.rows).toBe(params.weeks * 7 * 24);
  expect(SLOTS[0]).toBe('08:00-08:30');
  expect(SLOTS[23]).toBe('19:30-20:00');
  const calls = new Map<string, number>();
  const abandoned = new Map<string, number>();
  const problems: string[] = [];
  for (let i = 0; i < table.rows; i += 1) {
    const day = params.startDay + Math.floor(i / 24);
    const n = d['来电量']![i] as number;
    const lost = d['放弃数']![i] as number;
    const aht = d['平均处理时长(秒)']![i] as number;
    const ok =
      d['日期']![i] === formatDay(day) &&
      d['星期']![i] === WEEKDAYS[(((day - 4) % 7) + 7) % 7] && // 1970-01-05 was a Monday
      d['时段']![i] === SLOTS[i % 24] &&
      Number.isInteger(n) && n >= 0 &&
      Number.isInteger(lost) && lost >= 0 && lost <= n &&
      aht >= 90 && aht < 400;
    if (!ok && problems.length < 10) problems.push(`row ${i + 2}: ${d['日期']![i]} ${d['星期']![i]} ${d['时段']![i]} ${n} ${aht} ${lost}`);
    const weekday = d['星期']![i] as string;
    calls.set(weekday, (calls.get(weekday) ?? 0) + n);
    abandoned.set(weekday, (abandoned.get(weekday) ?? 0) + lost);
  }
  expect(problems).toEqual([]);
  const volume = WEEKDAYS.map((w) => calls.get(w)!);
  expect(Math.max(...volume)).toBe(volume[0]); // Monday peak
  expect(volume[0]! / volume[2]!).toBeGreaterThan(1.12);
  expect(volume[0]! / volume[2]!).toBeLessThan(1.4);
  expect(Math.max(volume[5]!, volume[6]!)).toBeLessThan(Math.min(...volume.slice(0, 5)));
  const rate = (w: string): number => abandoned.get(w)! / calls.get(w)!;
  expect(rate('星期一')).toBeGreaterThan(2 * rate('星期三'));
  // the busiest half hour of an average day lies in the morning peak 10:00–11:30
  const bySlot = SLOTS.map((_, s) => Array.from({ length: params.weeks * 7 }, (_, k) => d['来电量']![k * 24 + s] as number).reduce((a, b) => a + b, 0));
  expect([4, 5, 6]).toContain(bySlot.indexOf(Math.max(...bySlot)));
}

describe('the committed call-centre file', () => {
  it('672 half hours from Monday 2024-10-14 to Sunday 2024-11-10 with the Monday peak', () => {
    const table = generateDataset('call-centre-volumes').table;
    expect(table.rows).toBe(672);
    expect(table.data['日期']![0]).toBe('2024-10-14');
    expect(table.data['日期']![671]).toBe('2024-11-10');
    expectCallCentreStory(table, defaultCallCentreParams);
  });
});

describe('call-centre properties', () => {
  it('any seed and any student keeps the calendar and the weekly story', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expectCallCentreStory(generateCallCentreVolumes(defaultCallCentreParams, createRandom(seed)), defaultCallCentreParams);
      }),
      { numRuns: 20 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{8,12}$/), (studentNumber) => {
        const dataset = generateDataset('calls', { studentNumber });
        const params = dataset.parameters as CallCentreParams;
        expect(params.startDay).toBeGreaterThanOrEqual(dayFromYmd(2023, 1, 2));
        expect(params.startDay + 27).toBeLessThanOrEqual(dayFromYmd(2026, 1, 31));
        expectCallCentreStory(dataset.table, params);
      }),
      { numRuns: 20 },
    );
  });
});
