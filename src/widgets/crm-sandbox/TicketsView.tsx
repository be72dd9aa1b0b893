import { useMemo, useState } from 'preact/hooks';
import { saveRecord, saveTicket, type LoadedWorkspace } from '../../crm/repository';
import { advanceTicket, openTicket, ticketStatus, TICKET_SEVERITIES, TICKET_STEPS } from '../../engine/crm/ticket-flow';
import type { CrmTicket, TicketSeverity } from '../../engine/crm/types';
import { percentText } from '../../engine/core/number-text';
import { messageOf } from './messages';
import { durationText, fromLocalInput, localDay, newId, shortTime, toLocalInput } from './time';
import type { Crm } from './use-crm';

const CATEGORIES = ['质量', '时效', '延误', '破损', '丢件', '服务态度', '收费', '费用争议', '信息错误', '其他'];

interface Props {
  crm: Crm;
  data: LoadedWorkspace;
}

/** Service tickets and complaints through 接收 → 分类 → 调查核实 → 处理 → 反馈 → 归档, with each step's time limit. */
export function TicketsView({ crm, data }: Props) {
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const now = Date.now();
  const tickets = useMemo(() => [...data.tickets].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1)), [data.tickets]);
  const names = useMemo(() => new Map(data.customers.map((c) => [c.id, c.name])), [data.customers]);
  const ticket = tickets.find((t) => t.id === selected);
  const rated = data.revisits.length;
  const satisfied = data.revisits.filter((r) => r.satisfaction >= 4).length;

  return (
    <div class="crm-split">
      <div class="crm-list-pane">
        <div class="crm-toolbar"><button type="button" class="btn primary" onClick={() => { setCreating(true); setSelected(null); }}>新建工单</button></div>
        <p class="crm-muted">回访 {rated} 次，满意率（4–5 分）{rated ? percentText(satisfied / rated) : '—'}</p>
        <ul class="crm-list" aria-label="工单列表">
          {tickets.map((t) => {
            const s = ticketStatus(t, now);
            return (
              <li key={t.id}>
                <button type="button" class={`crm-row${s.overdue ? ' is-overdue' : ''}`} aria-current={selected === t.id ? 'true' : undefined} onClick={() => { setSelected(t.id); setCreating(false); }}>
                  <span class="crm-row-name">{t.title}</span>
                  <span class="crm-row-meta">{t.id} · {names.get(t.customerId) ?? t.customerId} · {t.severity} · {s.closed ? '已归档' : `第 ${t.step + 1} 步 ${s.label}`}</span>
                  {s.overdue && <span class="crm-overdue">已超时 {durationText(s.minutesOver)}</span>}
                </button>
              </li>
            );
          })}
        </ul>
        {tickets.length === 0 && <p>还没有工单。</p>}
      </div>
      <div class="crm-detail-pane">
        {creating && <NewTicket crm={crm} data={data} onDone={(id) => { setCreating(false); setSelected(id); }} />}
        {ticket && <TicketDetail key={ticket.id} crm={crm} data={data} ticket={ticket} customerName={names.get(ticket.customerId) ?? ticket.customerId} />}
        {!creating && !ticket && <p class="crm-hint">选择一张工单，按六步推进；每一步都有时限，超时的步骤标红。</p>}
      </div>
    </div>
  );
}

function NewTicket({ crm, data, onDone }: { crm: Crm; data: LoadedWorkspace; onDone: (id: string | null) => void }) {
  const [draft, setDraft] = useState({ customerId: '', title: '', category: CATEGORIES[0]!, severity: '一般' as TicketSeverity, at: toLocalInput(new Date().toISOString()) });
  const [problem, setProblem] = useState('');
  const [customerSearch, setCustomerSearch] = useState('');
  const matches = customerSearch.trim() === '' ? [] : data.customers.filter((c) => c.name.includes(customerSearch.trim()) || c.id.includes(customerSearch.trim())).slice(0, 20);
  const submit = (event: Event) => {
    event.preventDefault();
    if (!draft.customerId) return setProblem('请先选择投诉的客户。');
    if (draft.title.trim() === '') return setProblem('请写下投诉的内容摘要。');
    const at = fromLocalInput(draft.at);
    if (!at) return setProblem('受理时间无效。');
    try {
      const ticket = openTicket({ id: newId('T'), customerId: draft.customerId, title: draft.title.trim(), category: draft.category, severity: draft.severity }, at);
      void crm.run(async (db) => (await saveTicket(db, ticket, new Date().toISOString()), onDone(ticket.id), `已受理工单 ${ticket.id}，现在是第 1 步“接收”。`));
    } catch (error) {
      setProblem(messageOf(error));
    }
  };
  return (
    <form class="crm-form" onSubmit={submit} noValidate>
      <h4 tabIndex={-1} data-autofocus>新建工单（接收投诉）</h4>
      <div class="field">
        <label for="crm-t-find">查找客户</label>
        <input id="crm-t-find" value={customerSearch} onInput={(e) => setCustomerSearch(e.currentTarget.value)} placeholder="名称或编号" autocomplete="off" />
      </div>
      <div class="field">
        <label for="crm-t-customer">客户</label>
        <select id="crm-t-customer" value={draft.customerId} onChange={(e) => setDraft({ ...draft, customerId: e.currentTarget.value })}>
          <option value="">（先在上面查找）</option>
          {matches.map((c) => <option key={c.id} value={c.id}>{c.name}（{c.id}）</option>)}
        </select>
      </div>
      <div class="field"><label for="crm-t-title">投诉内容摘要</label><input id="crm-t-title" value={draft.title} onInput={(e) => setDraft({ ...draft, title: e.currentTarget.value })} /></div>
      <div class="crm-form-grid">
        <div class="field">
          <label for="crm-t-category">类型</label>
          <select id="crm-t-category" value={draft.category} onChange={(e) => setDraft({ ...draft, category: e.currentTarget.value })}>{CATEGORIES.map((c) => <option key={c}>{c}</option>)}</select>
        </div>
        <div class="field">
          <label for="crm-t-severity">严重程度</label>
          <select id="crm-t-severity" value={draft.severity} onChange={(e) => setDraft({ ...draft, severity: e.currentTarget.value as TicketSeverity })}>{TICKET_SEVERITIES.map((s) => <option key={s}>{s}</option>)}</select>
        </div>
        <div class="field"><label for="crm-t-at">受理时间</label><input id="crm-t-at" type="datetime-local" value={draft.at} onInput={(e) => setDraft({ ...draft, at: e.currentTarget.value })} /></div>
      </div>
      {problem && <p role="alert" class="crm-error">{problem}</p>}
      <div class="crm-toolbar"><button type="submit" class="btn primary">受理</button><button type="button" class="btn" onClick={() => onDone(null)}>取消</button></div>
    </form>
  );
}

function TicketDetail({ crm, data, ticket, customerName }: { crm: Crm; data: LoadedWorkspace; ticket: CrmTicket; customerName: string }) {
  const [note, setNote] = useState('');
  const [at, setAt] = useState(toLocalInput(new Date().toISOString()));
  const [problem, setProblem] = useState('');
  const [revisit, setRevisit] = useState({ satisfaction: 5, comment: '' });
  const status = ticketStatus(ticket, Date.now());
  const revisits = data.revisits.filter((r) => r.ticketId === ticket.id);

  const advance = (event: Event) => {
    event.preventDefault();
    try {
      const next = advanceTicket(ticket, fromLocalInput(at) || new Date().toISOString(), note);
      void crm.run(async (db) => {
        await saveTicket(db, next, new Date().toISOString());
        setNote('');
        setProblem('');
        return next.closedAt ? `工单 ${ticket.id} 已归档。` : `“${status.label}”已完成，进入第 ${next.step + 1} 步“${TICKET_STEPS[next.step]!.label}”。`;
      });
    } catch (error) {
      setProblem(messageOf(error));
    }
  };
  const addRevisit = (event: Event) => {
    event.preventDefault();
    void crm.run(async (db) => {
      await saveRecord(db, 'revisits', { id: newId('R'), ticketId: ticket.id, customerId: ticket.customerId, date: localDay(), satisfaction: revisit.satisfaction, comment: revisit.comment.trim() }, new Date().toISOString());
      setRevisit({ satisfaction: 5, comment: '' });
      return `已登记满意度回访（${revisit.satisfaction} 分）。`;
    });
  };

  return (
    <article class="crm-ticket">
      <h4 tabIndex={-1}>{ticket.title}<span class="crm-muted">（{ticket.id}）</span></h4>
      <p>客户：{customerName} · 类型：{ticket.category} · 严重程度：{ticket.severity} · 受理：{shortTime(ticket.createdAt)}</p>
      <p role="status" class={status.overdue ? 'crm-overdue-banner' : 'crm-muted'}>
        {status.closed ? `已于 ${shortTime(ticket.closedAt)} 归档。` : status.overdue
          ? `第 ${ticket.step + 1} 步“${status.label}”已超时 ${durationText(status.minutesOver)}（时限到 ${shortTime(status.deadline)}）。`
          : `第 ${ticket.step + 1} 步“${status.label}”，还剩 ${durationText(-status.minutesOver)}（时限到 ${shortTime(status.deadline)}）。`}
      </p>
      <ol class="crm-steps" aria-label="处理流程">
        {TICKET_STEPS.map((step, i) => {
          const done = status.timeline.find((t) => t.step === i);
          const state = done?.doneAt ? 'done' : i === ticket.step && !status.closed ? 'current' : 'todo';
          return (
            <li key={step.label} class={`crm-step is-${state}${done?.late ? ' is-late' : ''}`} aria-current={state === 'current' ? 'step' : undefined}>
              <strong>{i + 1}. {step.label}</strong>
              <span class="crm-muted">时限 {step.hours[ticket.severity]} 小时</span>
              {done && <span>{shortTime(done.enteredAt)} 开始{done.doneAt && `，${shortTime(done.doneAt)} 完成`}{done.late && <strong class="crm-overdue">（超时）</strong>}</span>}
              {ticket.history.find((h) => h.step === i)?.note && <span>做了什么：{ticket.history.find((h) => h.step === i)!.note}</span>}
            </li>
          );
        })}
      </ol>
      {!status.closed && (
        <form class="crm-form" onSubmit={advance} noValidate>
          <p class="crm-hint">本步要做：{TICKET_STEPS[ticket.step]!.task}</p>
          <div class="field">
            <label for="crm-step-note">“{status.label}”这一步做了什么</label>
            <textarea id="crm-step-note" rows={2} value={note} onInput={(e) => { setNote(e.currentTarget.value); setProblem(''); }} aria-invalid={problem ? 'true' : undefined} />
          </div>
          <div class="field"><label for="crm-step-at">完成时间</label><input id="crm-step-at" type="datetime-local" value={at} onInput={(e) => setAt(e.currentTarget.value)} /></div>
          {problem && <p role="alert" class="crm-error">{problem}</p>}
          <button type="submit" class="btn primary">{ticket.step === TICKET_STEPS.length - 1 ? '完成归档' : `完成“${status.label}”，进入下一步`}</button>
        </form>
      )}
      <section aria-labelledby="crm-revisits">
        <h5 id="crm-revisits">满意度回访</h5>
        {revisits.length === 0 ? <p class="crm-muted">还没有回访记录。</p> : <ul>{revisits.map((r) => <li key={r.id}>{r.date}：{r.satisfaction} 分{r.comment && `，${r.comment}`}</li>)}</ul>}
        {status.closed ? (
          <form class="crm-form crm-inline-form" onSubmit={addRevisit}>
            <div class="field">
              <label for="crm-r-score">满意度（1–5 分）</label>
              <select id="crm-r-score" value={revisit.satisfaction} onChange={(e) => setRevisit({ ...revisit, satisfaction: Number(e.currentTarget.value) })}>
                {[5, 4, 3, 2, 1].map((n) => <option key={n} value={n}>{n} 分</option>)}
              </select>
            </div>
            <div class="field"><label for="crm-r-comment">客户的意见</label><input id="crm-r-comment" value={revisit.comment} onInput={(e) => setRevisit({ ...revisit, comment: e.currentTarget.value })} /></div>
            <button type="submit" class="btn">登记回访</button>
          </form>
        ) : <p class="crm-muted">工单归档后再做满意度回访。</p>}
      </section>
    </article>
  );
}
