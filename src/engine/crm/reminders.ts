import type { CrmInteraction, CrmTicket } from './types';
import { ticketStatus } from './ticket-flow';

/** Something to do: a follow-up from an interaction, or a ticket step past (or at) its deadline. */
export interface Reminder {
  readonly kind: 'follow-up' | 'ticket';
  readonly id: string;
  readonly customerId: string;
  readonly text: string;
  /** `YYYY-MM-DD` for a follow-up, the step's deadline (ISO) for a ticket. */
  readonly due: string;
}

export interface Reminders {
  readonly overdue: readonly Reminder[];
  readonly dueToday: readonly Reminder[];
}

/**
 * Follow-up reminders on `today` (`YYYY-MM-DD`, the learner's local date) at `now`: interactions whose next step is
 * not done and was due before today (overdue) or is due today; open tickets whose current step is past its deadline
 * (overdue) or reaches it before the end of `today`'s (UTC) day (due today). Each list is ordered by due time.
 */
export function followUpReminders(interactions: readonly CrmInteraction[], tickets: readonly CrmTicket[], today: string, now: number): Reminders {
  const overdue: Reminder[] = [], dueToday: Reminder[] = [];
  for (const i of interactions) {
    if (i.done || i.nextDate === '' || i.nextDate > today) continue;
    const reminder: Reminder = { kind: 'follow-up', id: i.id, customerId: i.customerId, text: i.nextStep || i.content, due: i.nextDate };
    (i.nextDate < today ? overdue : dueToday).push(reminder);
  }
  const endOfDay = Date.parse(`${today}T23:59:59.999Z`);
  for (const t of tickets) {
    const status = ticketStatus(t, now);
    if (status.closed) continue;
    const reminder: Reminder = { kind: 'ticket', id: t.id, customerId: t.customerId, text: `${t.title}（${status.label}）`, due: status.deadline };
    if (status.overdue) overdue.push(reminder);
    else if (Date.parse(status.deadline) <= endOfDay) dueToday.push(reminder);
  }
  const byDue = (a: Reminder, b: Reminder) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0);
  return { overdue: overdue.sort(byDue), dueToday: dueToday.sort(byDue) };
}
