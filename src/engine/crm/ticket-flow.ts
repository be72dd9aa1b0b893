import { EngineError } from '../core/errors';
import type { CrmTicket, TicketSeverity } from './types';

/** One step of the complaint flow and its time limit in hours for each severity. */
export interface TicketStep {
  readonly label: string;
  /** What the step asks of the person handling it. */
  readonly task: string;
  readonly hours: Readonly<Record<TicketSeverity, number>>;
}

/**
 * The course's complaint flow 接收 → 分类 → 调查核实 → 处理 → 反馈 → 归档 (chapter 7, 第四节 三; the work guide's
 * 4.2.1–4.2.6), each step with a time limit that shrinks as the complaint gets more serious. The work guide asks
 * for a time limit and a person responsible at every step but gives no figures: these are teaching defaults in the
 * spirit of the chapter (a serious complaint is acknowledged within half an hour and solved within a day).
 */
export const TICKET_STEPS: readonly TicketStep[] = Object.freeze([
  { label: '接收', task: '倾听、致歉，记录客户、联系方式、订单号和诉求，给出投诉编号', hours: { 一般: 2, 较重: 1, 严重: 0.5 } },
  { label: '分类', task: '按类型和严重程度分类，确定由谁处理、多长时限', hours: { 一般: 4, 较重: 2, 严重: 1 } },
  { label: '调查核实', task: '调取订单、轨迹、录音等记录，联系相关部门，查明事实', hours: { 一般: 48, 较重: 24, 严重: 8 } },
  { label: '处理', task: '提出具体方案（做什么、谁来做、何时完成）并落实', hours: { 一般: 72, 较重: 48, 严重: 24 } },
  { label: '反馈', task: '在承诺的时间内告知结果，回访确认客户是否满意', hours: { 一般: 24, 较重: 24, 严重: 12 } },
  { label: '归档', task: '把经过、结果、客户评价和根本原因录入系统', hours: { 一般: 72, 较重: 72, 严重: 72 } },
]);

export const TICKET_SEVERITIES: readonly TicketSeverity[] = Object.freeze(['一般', '较重', '严重']);

const HOUR = 3_600_000;

/** One step of a ticket's timeline: when it started and ended, its deadline and whether it ran late. */
export interface TicketTimelineStep {
  readonly step: number;
  readonly label: string;
  readonly enteredAt: string;
  readonly doneAt: string;
  readonly deadline: string;
  /** Finished after its deadline, or still open past it at `now`. */
  readonly late: boolean;
}

/** Where a ticket stands at `now`. */
export interface TicketStatus {
  readonly step: number;
  readonly label: string;
  readonly closed: boolean;
  /** The current step's deadline (ISO), or '' once closed. */
  readonly deadline: string;
  readonly overdue: boolean;
  /** Minutes past the deadline (positive) or left before it (negative); 0 once closed. */
  readonly minutesOver: number;
  readonly timeline: readonly TicketTimelineStep[];
}

function time(iso: string, what: string): number {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new EngineError('invalid-time', `${what}不是有效的时间：${iso}(${what} is not a valid time: ${iso})`);
  return t;
}

/** The deadline of a step entered at `enteredAt` for a ticket of this severity. */
export function stepDeadline(step: number, severity: TicketSeverity, enteredAt: string): string {
  const limit = TICKET_STEPS[step]?.hours[severity];
  if (limit === undefined) throw new EngineError('invalid-step', `没有第 ${step + 1} 步(no step ${step + 1})`);
  return new Date(time(enteredAt, '进入时间') + limit * HOUR).toISOString();
}

/**
 * Where a ticket stands at `now` (milliseconds since 1970): its step, that step's deadline, and whether it is
 * overdue, with every step it went through and which of them ran late.
 *
 * @example
 * // a 严重 ticket received at 09:00 and still in 接收 at 09:45: deadline 09:30, overdue by 15 minutes
 * ticketStatus(ticket, Date.parse('2024-05-07T09:45:00Z')) // { label: '接收', overdue: true, minutesOver: 15, … }
 */
export function ticketStatus(ticket: CrmTicket, now: number): TicketStatus {
  const timeline = ticket.history.map((record): TicketTimelineStep => {
    const deadline = stepDeadline(record.step, ticket.severity, record.enteredAt);
    const end = record.doneAt === '' ? now : time(record.doneAt, '完成时间');
    return { step: record.step, label: TICKET_STEPS[record.step]!.label, enteredAt: record.enteredAt, doneAt: record.doneAt, deadline, late: end > Date.parse(deadline) };
  });
  const closed = ticket.closedAt !== '';
  const current = timeline[timeline.length - 1];
  const deadline = closed || !current ? '' : current.deadline;
  const minutesOver = deadline === '' ? 0 : Math.round((now - Date.parse(deadline)) / 60_000);
  return { step: ticket.step, label: TICKET_STEPS[ticket.step]!.label, closed, deadline, overdue: !closed && minutesOver > 0, minutesOver, timeline };
}

/** A new ticket in step 接收, received at `at`. */
export function openTicket(fields: Pick<CrmTicket, 'id' | 'customerId' | 'title' | 'category' | 'severity'>, at: string): CrmTicket {
  time(at, '受理时间');
  return { ...fields, step: 0, history: [{ step: 0, enteredAt: at, doneAt: '', note: '' }], createdAt: at, closedAt: '' };
}

/**
 * Finishes the ticket's current step at `at` with a note of what was done, and moves it to the next step;
 * finishing 归档 closes the ticket. Steps cannot be skipped: that is the point of the flow.
 *
 * @throws EngineError `ticket-closed` for an archived ticket; `empty-note` without a note; `time-before-step`
 *   when `at` is before the current step began.
 */
export function advanceTicket(ticket: CrmTicket, at: string, note: string): CrmTicket {
  if (ticket.closedAt !== '') throw new EngineError('ticket-closed', '这张工单已经归档，不能再推进(the ticket is archived)');
  if (note.trim() === '') throw new EngineError('empty-note', `请写下“${TICKET_STEPS[ticket.step]!.label}”这一步做了什么(write what was done in this step)`);
  const current = ticket.history[ticket.history.length - 1]!;
  if (time(at, '完成时间') < time(current.enteredAt, '进入时间')) {
    throw new EngineError('time-before-step', '完成时间早于这一步的开始时间(the step cannot end before it began)');
  }
  const history = [...ticket.history.slice(0, -1), { ...current, doneAt: at, note: note.trim() }];
  const last = ticket.step === TICKET_STEPS.length - 1;
  if (last) return { ...ticket, history, closedAt: at };
  return { ...ticket, step: ticket.step + 1, history: [...history, { step: ticket.step + 1, enteredAt: at, doneAt: '', note: '' }] };
}
