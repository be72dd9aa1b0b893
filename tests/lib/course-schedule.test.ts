import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { hourRangeLabel, scheduleHourRanges } from '~/lib/course-schedule';

describe('scheduleHourRanges', () => {
  it('counts each item’s hours on from the one before (checked by hand)', () => {
    const items = Object.freeze([{ hours: 4 }, { hours: 4 }, { hours: 3 }, { hours: 1 }, { hours: 2 }].map((i) => Object.freeze(i)));
    expect(scheduleHourRanges(items)).toEqual([
      { from: 1, to: 4, hours: 4 },
      { from: 5, to: 8, hours: 4 },
      { from: 9, to: 11, hours: 3 },
      { from: 12, to: 12, hours: 1 },
      { from: 13, to: 14, hours: 2 },
    ]);
  });

  it('gives nothing for an empty schedule', () => {
    expect(scheduleHourRanges([])).toEqual([]);
  });

  it.each(readdirSync('content/courses').filter((f) => f.endsWith('.yaml')))('%s: the ranges follow on without gaps and end at the plan’s total hours', (file) => {
    const plan = yaml.load(readFileSync(`content/courses/${file}`, 'utf8')) as { hours: number; schedule: { hours: number }[] };
    const ranges = scheduleHourRanges(plan.schedule);
    ranges.forEach((range, i) => expect(range.from).toBe(i === 0 ? 1 : ranges[i - 1]!.to + 1));
    expect(ranges.at(-1)!.to).toBe(plan.hours);
    expect(new Set(ranges.map((r) => r.to)).size).toBe(ranges.length);
  });
});

describe('hourRangeLabel', () => {
  it.each([
    [{ from: 5, to: 8, hours: 4 }, '5–8'],
    [{ from: 12, to: 12, hours: 1 }, '12'],
  ])('%o → %s', (range, label) => {
    expect(hourRangeLabel(range)).toBe(label);
  });
});
