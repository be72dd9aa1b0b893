import { useEffect, useState } from 'preact/hooks';
import { auditOf, saveRecord, type LoadedWorkspace } from '../../crm/repository';
import { CUSTOMER_FIELD_LABELS } from '../../engine/crm/duplicates';
import { ticketStatus } from '../../engine/crm/ticket-flow';
import type { AuditEntry, CrmCustomer, CrmInteraction, InteractionKind } from '../../engine/crm/types';
import { groupedNumber } from '../../engine/core/number-text';
import { CustomerForm } from './CustomerForm';
import { RevealNumber } from './RevealNumber';
import { localDay, newId, shortTime } from './time';
import type { Crm } from './use-crm';

export const INTERACTION_KINDS: Record<InteractionKind, string> = { visit: '拜访', call: '电话', wechat: '微信', email: '邮件' };
const ACTIONS: Record<string, string> = { create: '新建', update: '修改', delete: '删除', merge: '合并', reveal: '查看号码', import: '导入', analyse: '分析' };

const show = (value: unknown): string => (Array.isArray(value) ? value.map((v) => (typeof v === 'object' ? (v as { name?: string }).name ?? '' : String(v))).join('、') : value === undefined || value === '' ? '（空）' : typeof value === 'boolean' ? (value ? '是' : '否') : String(value));

interface Props {
  crm: Crm;
  data: LoadedWorkspace;
  customer: CrmCustomer;
}

/** One customer's file: the record, numbers masked, contacts, interactions with follow-ups, tickets, orders and the audit log. */
export function CustomerDetail({ crm, data, customer }: Props) {
  const [editing, setEditing] = useState(false);
  const [log, setLog] = useState<AuditEntry[]>([]);
  const [draft, setDraft] = useState({ kind: 'call' as InteractionKind, date: localDay(), content: '', nextStep: '', nextDate: '' });
  const [tried, setTried] = useState(false);
  const interactions = data.interactions.filter((i) => i.customerId === customer.id).sort((a, b) => (a.date < b.date ? 1 : -1));
  const tickets = data.tickets.filter((t) => t.customerId === customer.id);
  const orders = data.orders.filter((o) => o.customerId === customer.id);
  const total = orders.reduce((s, o) => s + o.amount, 0);

  useEffect(() => {
    if (crm.state.status === 'ready') void auditOf(crm.state.db, 'customers', customer.id).then(setLog);
  }, [customer, data.interactions]);

  if (editing) return <CustomerForm crm={crm} customer={customer} onDone={() => setEditing(false)} />;

  const addInteraction = (event: Event) => {
    event.preventDefault();
    setTried(true);
    if (draft.content.trim() === '') return;
    const record: CrmInteraction = { id: newId('I'), customerId: customer.id, ...draft, content: draft.content.trim(), nextStep: draft.nextStep.trim(), done: false };
    void crm.run(async (db) => {
      await saveRecord(db, 'interactions', record, new Date().toISOString());
      setDraft({ ...draft, content: '', nextStep: '', nextDate: '' });
      setTried(false);
      return `已记录一次${INTERACTION_KINDS[record.kind]}${record.nextDate ? `，下次跟进：${record.nextDate}` : ''}。`;
    });
  };
  const markDone = (i: CrmInteraction) => void crm.run(async (db) => (await saveRecord(db, 'interactions', { ...i, done: true }, new Date().toISOString()), '已标记为完成。'));

  return (
    <article class="crm-customer">
      <h4 tabIndex={-1}>{customer.name}<span class="crm-muted">（{customer.id}，{customer.kind === 'company' ? '企业客户' : '个人客户'}）</span></h4>
      <div class="crm-toolbar"><button type="button" class="btn" onClick={() => setEditing(true)}>修改档案</button></div>
      <dl class="crm-fields">
        <dt>手机号</dt><dd><RevealNumber crm={crm} customerId={customer.id} field="phone" label="手机号" value={customer.phone} /></dd>
        <dt>{customer.kind === 'company' ? '信用代码' : '身份证号'}</dt><dd><RevealNumber crm={crm} customerId={customer.id} field="idNumber" label="证件号" value={customer.idNumber} /></dd>
        {(['industry', 'region', 'source', 'owner', 'tier', 'creditGrade'] as const).map((f) => [<dt key={`${f}t`}>{CUSTOMER_FIELD_LABELS[f]}</dt>, <dd key={`${f}d`}>{customer[f] || <span class="crm-muted">未填写</span>}</dd>])}
        <dt>标签</dt><dd>{customer.tags.length ? customer.tags.map((t) => <span class="crm-tag" key={t}>{t}</span>) : <span class="crm-muted">无</span>}</dd>
        <dt>营销联系</dt><dd>{customer.consent ? '已同意' : <strong>未同意：不要向其推送营销信息</strong>}</dd>
        <dt>联系人</dt><dd>{customer.contacts.length ? customer.contacts.map((c) => `${c.name}${c.role ? `（${c.role}）` : ''}`).join('；') : <span class="crm-muted">无</span>}</dd>
        <dt>订单</dt><dd>{orders.length ? `${orders.length} 笔，合计 ${groupedNumber(total, 2)} 元，最近 ${orders.reduce((m, o) => (o.date > m ? o.date : m), '')}` : '无'}</dd>
        {customer.note && [<dt key="nt">备注</dt>, <dd key="nd" class="crm-note">{customer.note}</dd>]}
      </dl>

      <section aria-labelledby="crm-interactions-title">
        <h5 id="crm-interactions-title">互动记录与跟进</h5>
        {interactions.length === 0 && <p class="crm-muted">还没有互动记录。</p>}
        <ul class="crm-timeline">
          {interactions.map((i) => (
            <li key={i.id}>
              <strong>{i.date} {INTERACTION_KINDS[i.kind]}</strong>：{i.content}
              {i.nextStep && <> · 下一步：{i.nextStep}{i.nextDate && `（${i.nextDate}）`}{i.done ? '，已完成' : <> <button type="button" class="btn crm-small" onClick={() => markDone(i)}>标记完成</button></>}</>}
            </li>
          ))}
        </ul>
        <form class="crm-form crm-interaction-form" onSubmit={addInteraction} noValidate>
          <div class="crm-form-grid">
            <div class="field">
              <label for="crm-i-kind">方式</label>
              <select id="crm-i-kind" value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.currentTarget.value as InteractionKind })}>
                {Object.entries(INTERACTION_KINDS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
              </select>
            </div>
            <div class="field"><label for="crm-i-date">日期</label><input id="crm-i-date" type="date" value={draft.date} onInput={(e) => setDraft({ ...draft, date: e.currentTarget.value })} /></div>
            <div class="field"><label for="crm-i-next-date">下次跟进日期</label><input id="crm-i-next-date" type="date" value={draft.nextDate} onInput={(e) => setDraft({ ...draft, nextDate: e.currentTarget.value })} /></div>
          </div>
          <div class="field">
            <label for="crm-i-content">沟通内容</label>
            <textarea id="crm-i-content" rows={2} value={draft.content} onInput={(e) => setDraft({ ...draft, content: e.currentTarget.value })} aria-invalid={tried && !draft.content.trim() ? 'true' : undefined} />
            {tried && !draft.content.trim() && <small class="crm-field-error" role="alert">请写下沟通内容。</small>}
          </div>
          <div class="field"><label for="crm-i-next">下一步</label><input id="crm-i-next" value={draft.nextStep} onInput={(e) => setDraft({ ...draft, nextStep: e.currentTarget.value })} /></div>
          <button type="submit" class="btn">记录互动</button>
        </form>
      </section>

      <section aria-labelledby="crm-c-tickets">
        <h5 id="crm-c-tickets">服务工单</h5>
        {tickets.length === 0 ? <p class="crm-muted">没有工单。</p> : (
          <ul>{tickets.map((t) => { const s = ticketStatus(t, Date.now()); return <li key={t.id}>{t.id} {t.title}：{s.closed ? '已归档' : s.label}{s.overdue && <strong class="crm-overdue">（已超时）</strong>}</li>; })}</ul>
        )}
      </section>

      <section aria-labelledby="crm-c-audit">
        <h5 id="crm-c-audit">审计日志</h5>
        {log.length === 0 ? <p class="crm-muted">没有记录。</p> : (
          <ol class="crm-audit">
            {log.slice(0, 30).map((e) => (
              <li key={e.id}>
                <span class="crm-muted">{shortTime(e.at)}</span> {ACTIONS[e.action] ?? e.action}
                {e.changes.length > 0 && `：${e.changes.map((c) => `${CUSTOMER_FIELD_LABELS[c.field] ?? c.field} ${show(c.from)} → ${show(c.to)}`).join('；')}`}
                {e.reason && `（${e.reason}）`}
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
