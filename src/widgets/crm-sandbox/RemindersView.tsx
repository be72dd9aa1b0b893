import type { LoadedWorkspace } from '../../crm/repository';
import type { Reminder, Reminders } from '../../engine/crm/reminders';
import { shortTime } from './time';

interface Props {
  data: LoadedWorkspace;
  reminders: Reminders;
  onOpenCustomer: (id: string) => void;
  onOpenTickets: () => void;
}

/** Follow-ups due today and overdue, with the ticket steps past their time limit. */
export function RemindersView({ data, reminders, onOpenCustomer, onOpenTickets }: Props) {
  const names = new Map(data.customers.map((c) => [c.id, c.name]));
  const item = (r: Reminder) => (
    <li key={`${r.kind}-${r.id}`}>
      <span>{r.kind === 'ticket' ? '工单' : '跟进'} · {names.get(r.customerId) ?? r.customerId}：{r.text}（{r.kind === 'ticket' ? `时限 ${shortTime(r.due)}` : r.due}）</span>{' '}
      {r.kind === 'ticket'
        ? <button type="button" class="btn crm-small" onClick={onOpenTickets}>去处理工单</button>
        : <button type="button" class="btn crm-small" onClick={() => onOpenCustomer(r.customerId)}>打开客户</button>}
    </li>
  );
  return (
    <div class="crm-reminders">
      <section aria-labelledby="crm-overdue-title">
        <h4 id="crm-overdue-title" class="crm-overdue">已超时（{reminders.overdue.length}）</h4>
        {reminders.overdue.length ? <ul>{reminders.overdue.map(item)}</ul> : <p>没有超时的事项。</p>}
      </section>
      <section aria-labelledby="crm-today-title">
        <h4 id="crm-today-title">今天到期（{reminders.dueToday.length}）</h4>
        {reminders.dueToday.length ? <ul>{reminders.dueToday.map(item)}</ul> : <p>今天没有到期的事项。</p>}
      </section>
    </div>
  );
}
