/** One item of a course plan's schedule, in teaching order. */
export interface ScheduledItem {
  readonly hours: number;
}

/** Where an item sits in the plan: its first and last class hour (1-based, inclusive). */
export interface HourRange {
  readonly from: number;
  readonly to: number;
  readonly hours: number;
}

/**
 * The class hours each item of a schedule takes, counted from the plan's first hour: an item of 4 hours after
 * one of 4 takes hours 5–8. Pure, so the page never counts while it awaits content (it once read the running
 * total after every `await`, and every row showed the plan's last hour).
 * @example scheduleHourRanges([{ hours: 4 }, { hours: 4 }, { hours: 3 }]) // [{1, 4}, {5, 8}, {9, 11}] with hours 4, 4, 3
 */
export function scheduleHourRanges(items: readonly ScheduledItem[]): HourRange[] {
  let before = 0;
  return items.map(({ hours }) => {
    const range = { from: before + 1, to: before + hours, hours };
    before += hours;
    return range;
  });
}

/** The range as a reader sees it under the heading 学时: “5–8”, or “12” for a single hour. */
export function hourRangeLabel({ from, to }: HourRange): string {
  return to <= from ? String(from) : `${from}–${to}`;
}
