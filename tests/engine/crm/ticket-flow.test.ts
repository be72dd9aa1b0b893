import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { advanceTicket, openTicket, stepDeadline, ticketStatus, TICKET_SEVERITIES, TICKET_STEPS, type CrmTicket, type TicketSeverity } from '~/engine/crm';
import { expectEngineError } from '../expect-engine-error';

const T0 = '2024-05-07T09:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
const open = (severity: TicketSeverity = '严重') => Object.freeze(openTicket({ id: 'T1', customerId: 'C1', title: '快件延误', category: '时效', severity }, T0));

describe('the six steps and their time limits', () => {
  it('are 接收 → 分类 → 调查核实 → 处理 → 反馈 → 归档, shorter for more serious complaints', () => {
    expect(TICKET_STEPS.map((s) => s.label)).toEqual(['接收', '分类', '调查核实', '处理', '反馈', '归档']);
    for (const step of TICKET_STEPS) expect(step.hours.严重 <= step.hours.较重 && step.hours.较重 <= step.hours.一般).toBe(true);
  });

  it.each([
    // step, severity, deadline worked out from 09:00 and the table
    [0, '严重', '2024-05-07T09:30:00.000Z'],
    [0, '一般', '2024-05-07T11:00:00.000Z'],
    [2, '较重', '2024-05-08T09:00:00.000Z'],
    [3, '一般', '2024-05-10T09:00:00.000Z'],
  ] as const)('step %i of a %s ticket entered at 09:00 is due at %s', (step, severity, deadline) => {
    expect(stepDeadline(step, severity, T0)).toBe(deadline);
  });
});

describe('ticketStatus', () => {
  it('a 严重 ticket still in 接收 at 09:45 is 15 minutes overdue; at 09:20 it has 10 minutes left', () => {
    const late = ticketStatus(open(), Date.parse(at(45)));
    expect(late).toMatchObject({ label: '接收', overdue: true, minutesOver: 15, deadline: '2024-05-07T09:30:00.000Z', closed: false });
    expect(ticketStatus(open(), Date.parse(at(20)))).toMatchObject({ overdue: false, minutesOver: -10 });
  });

  it('marks a step finished after its deadline as late in the timeline, and a closed ticket is never overdue', () => {
    let t: CrmTicket = open();
    t = advanceTicket(t, at(40), '致歉并记录'); // 接收 took 40 min, limit 30: late
    t = advanceTicket(t, at(50), '时效，严重'); // 分类 10 min, limit 60: on time
    const status = ticketStatus(t, Date.parse(at(60)));
    expect(status.timeline.map((s) => [s.label, s.late])).toEqual([['接收', true], ['分类', false], ['调查核实', false]]);
    for (const note of ['查明原因', '专车直送', '告知结果', '录入原因']) t = advanceTicket(t, at(70), note);
    const closed = ticketStatus(t, Date.parse(at(100_000)));
    expect(closed).toMatchObject({ closed: true, overdue: false, deadline: '', minutesOver: 0, label: '归档' });
  });
});

describe('advanceTicket', () => {
  it('keeps the note on the step it finishes and never changes the ticket it was given', () => {
    const t = open();
    const next = advanceTicket(t, at(5), '  已致歉  ');
    expect(next.step).toBe(1);
    expect(next.history).toEqual([
      { step: 0, enteredAt: T0, doneAt: at(5), note: '已致歉' },
      { step: 1, enteredAt: at(5), doneAt: '', note: '' },
    ]);
    expect(t.step).toBe(0);
  });

  it('refuses an empty note, a time before the step began and an archived ticket', () => {
    expectEngineError(() => advanceTicket(open(), at(5), '  '), 'empty-note');
    expectEngineError(() => advanceTicket(open(), at(-5), '致歉'), 'time-before-step');
    let t: CrmTicket = open();
    for (let i = 0; i < 6; i++) t = advanceTicket(t, at(i + 1), `第${i + 1}步`);
    expect(t.closedAt).toBe(at(6));
    expectEngineError(() => advanceTicket(t, at(10), '再推进'), 'ticket-closed');
  });

  it('property: six advances at non-decreasing times close any ticket, with one history record per step', () => {
    fc.assert(fc.property(fc.constantFrom(...TICKET_SEVERITIES), fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 6, maxLength: 6 }), (severity, gaps) => {
      let t: CrmTicket = open(severity);
      let minutes = 0;
      for (const gap of gaps) {
        minutes += gap;
        expect(t.closedAt).toBe('');
        t = advanceTicket(t, at(minutes), '完成');
      }
      expect(t.closedAt).toBe(at(minutes));
      expect(t.history.map((h) => h.step)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(ticketStatus(t, Date.parse(at(minutes + 1e6))).overdue).toBe(false);
    }));
  });

  it('property: an open ticket is overdue exactly when now is past its current deadline, and minutesOver grows with now', () => {
    fc.assert(fc.property(fc.constantFrom(...TICKET_SEVERITIES), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 20_000 }), (severity, steps, later) => {
      let t: CrmTicket = open(severity);
      for (let i = 0; i < steps; i++) t = advanceTicket(t, at(i), '完成');
      const now = Date.parse(at(later));
      const s = ticketStatus(t, now);
      expect(s.overdue).toBe(now - Date.parse(s.deadline) > 30_000);
      expect(ticketStatus(t, now + 60_000).minutesOver).toBe(s.minutesOver + 1);
    }));
  });
});
