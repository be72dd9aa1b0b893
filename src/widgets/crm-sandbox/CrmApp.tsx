import { useMemo, useState } from 'preact/hooks';
import { crmTask } from '../../engine/crm/tasks';
import { followUpReminders } from '../../engine/crm/reminders';
import { ticketStatus } from '../../engine/crm/ticket-flow';
import { WORKSPACES } from '../../engine/crm/workspaces';
import { ModelNotes } from '../shared/ModelNotes';
import { Tabs } from '../shared/TabList';
import { CustomersView } from './CustomersView';
import { Later } from '../shared/Later';
import { FunnelView } from './FunnelView';
import { RemindersView } from './RemindersView';
import { TicketsView } from './TicketsView';
import { localDay } from './time';
import { useCrm } from './use-crm';
import { usePublishedFigures } from './use-published-figures';

type TabKey = 'customers' | 'tickets' | 'funnel' | 'reminders' | 'data';

/** The practice CRM: the task a lab opened it with, the workspace, and five tabs. */
export function CrmApp() {
  const task = useMemo(() => (typeof location === 'undefined' ? null : crmTask(new URLSearchParams(location.search).get('task'))), []);
  const crm = useCrm(task?.workspace ?? 'retail');
  const [tab, setTab] = useState<TabKey>('customers');
  const [focusCustomer, setFocusCustomer] = useState<string | null>(null);
  const { state, notice } = crm;
  usePublishedFigures(state);

  if (state.status === 'opening') {
    return <p role="status" class={state.blocked ? 'crm-warning' : 'crm-loading'}>{state.blocked || '正在打开客户数据库……'}</p>;
  }
  if (state.status === 'failed') return <p role="alert" class="crm-error">{state.message}</p>;

  const { data } = state;
  const now = Date.now();
  const reminders = followUpReminders(data.interactions, data.tickets, localDay(), now);
  const overdueTickets = data.tickets.filter((t) => ticketStatus(t, now).overdue).length;
  const openCustomer = (id: string) => {
    setFocusCustomer(id);
    setTab('customers');
  };
  const tabs = [
    { key: 'customers', label: `客户（${data.customers.length}）` },
    { key: 'tickets', label: overdueTickets ? `工单（${overdueTickets} 张超时）` : '工单' },
    { key: 'funnel', label: '商机' },
    { key: 'reminders', label: `提醒（${reminders.overdue.length + reminders.dueToday.length}）` },
    { key: 'data', label: '数据' },
  ] as const;

  return (
    <div class="crm">
      <p class="crm-workspace">
        工作区：<strong>{data.workspace ? WORKSPACES[data.workspace].company : '自定义'}</strong>
        <span>数据只保存在这台设备的浏览器里（IndexedDB），不需要账号，离线也能用。</span>
      </p>
      {task && (
        <details class="crm-task" open>
          <summary>实训任务：{task.title}</summary>
          <ol>{task.steps.map((s) => <li key={s}>{s}</li>)}</ol>
          <p><a href={`../labs/${task.lab}/`}>回到实训项目页面</a></p>
        </details>
      )}
      <div class="crm-notice-slot">
        {notice && (notice.error ? <p role="alert" class="crm-error">{notice.text}</p> : <p role="status" class="crm-ok">{notice.text}</p>)}
      </div>
      <Tabs prefix="crm" label="练习版 CRM 的功能" tabs={tabs} selected={tab} onSelect={setTab}>
        {tab === 'customers' && <CustomersView crm={crm} data={data} focus={focusCustomer} onFocused={() => setFocusCustomer(null)} />}
        {tab === 'tickets' && <TicketsView crm={crm} data={data} />}
        {tab === 'funnel' && <FunnelView crm={crm} data={data} />}
        {tab === 'reminders' && <RemindersView data={data} reminders={reminders} onOpenCustomer={openCustomer} onOpenTickets={() => setTab('tickets')} />}
        {tab === 'data' && <Later load={() => import('./DataView').then((m) => m.DataView)} props={{ crm, data }} prefix="crm" />}
      </Tabs>
      <ModelNotes load={() => import('./MODEL.md?raw')} />
    </div>
  );
}
