import { useMemo, useState } from 'preact/hooks';
import { saveRecord, type LoadedWorkspace } from '../../crm/repository';
import { funnelTotals, FUNNEL_STAGES } from '../../engine/crm/funnel';
import type { CrmOpportunity } from '../../engine/crm/types';
import { groupedNumber, percentText } from '../../engine/core/number-text';
import { localDay, newId } from './time';
import type { Crm } from './use-crm';

interface Props {
  crm: Crm;
  data: LoadedWorkspace;
}

/** Sales opportunities by funnel stage: the funnel drawn as bars (with the same figures as a table), and the list to move them on. */
export function FunnelView({ crm, data }: Props) {
  const totals = useMemo(() => funnelTotals(data.opportunities), [data.opportunities]);
  const names = useMemo(() => new Map(data.customers.map((c) => [c.id, c.name])), [data.customers]);
  const widest = Math.max(1, ...totals.stages.map((s) => s.reached));
  const [draft, setDraft] = useState({ customerId: '', title: '', amount: '', expectedDate: localDay() });
  const [problem, setProblem] = useState('');
  const companies = data.customers.filter((c) => c.kind === 'company' || data.opportunities.some((o) => o.customerId === c.id)).slice(0, 300);

  const move = (o: CrmOpportunity, stage: string) => void crm.run(async (db) => (await saveRecord(db, 'opportunities', { ...o, stage }, new Date().toISOString()), `“${o.title}”移到“${stage}”。`));
  const add = (event: Event) => {
    event.preventDefault();
    const amount = Number(draft.amount);
    if (!draft.customerId || draft.title.trim() === '' || !Number.isFinite(amount) || amount < 0) return setProblem('请选择客户，填写商机名称和不小于 0 的金额。');
    setProblem('');
    const o: CrmOpportunity = { id: newId('O'), customerId: draft.customerId, title: draft.title.trim(), stage: FUNNEL_STAGES[0], amount, expectedDate: draft.expectedDate };
    void crm.run(async (db) => (await saveRecord(db, 'opportunities', o, new Date().toISOString()), setDraft({ ...draft, title: '', amount: '' }), `已新建商机“${o.title}”（线索）。`));
  };

  return (
    <div class="crm-funnel-view">
      <p>进行中的商机 {totals.openCount} 个，金额 {groupedNumber(totals.openAmount)} 元；已成交 {groupedNumber(totals.wonAmount)} 元；赢单率 {totals.winRate === null ? '—（还没有结束的商机）' : percentText(totals.winRate)}。</p>
      <div class="crm-funnel" aria-hidden="true">
        {totals.stages.filter((s) => s.stage !== '输单').map((s) => (
          <div class="crm-funnel-bar" key={s.stage} style={{ width: `${Math.max(8, (s.reached / widest) * 100)}%` }}>{s.stage} {s.reached}</div>
        ))}
      </div>
      <div class="crm-table-wrap" tabIndex={0} role="region" aria-label="销售漏斗各阶段">
        <table>
          <caption>销售漏斗：各阶段的商机（“到达”= 在这一阶段或已走得更远，输单除外）</caption>
          <thead><tr><th scope="col">阶段</th><th scope="col">当前个数</th><th scope="col">金额（元）</th><th scope="col">到达</th></tr></thead>
          <tbody>{totals.stages.map((s) => <tr key={s.stage}><th scope="row">{s.stage}</th><td class="num">{s.count}</td><td class="num">{groupedNumber(s.amount)}</td><td class="num">{s.reached}</td></tr>)}</tbody>
        </table>
      </div>
      <h4>商机列表</h4>
      <ul class="crm-opportunities">
        {data.opportunities.map((o) => (
          <li key={o.id}>
            <span><strong>{o.title}</strong> · {names.get(o.customerId) ?? o.customerId} · {groupedNumber(o.amount)} 元 · 预计 {o.expectedDate}</span>
            <label>阶段 <select value={o.stage} onChange={(e) => move(o, e.currentTarget.value)} aria-label={`“${o.title}”的阶段`}>{FUNNEL_STAGES.map((s) => <option key={s}>{s}</option>)}</select></label>
          </li>
        ))}
      </ul>
      <form class="crm-form" onSubmit={add} noValidate>
        <h4>新建商机</h4>
        <div class="crm-form-grid">
          <div class="field">
            <label for="crm-o-customer">客户</label>
            <select id="crm-o-customer" value={draft.customerId} onChange={(e) => setDraft({ ...draft, customerId: e.currentTarget.value })}>
              <option value="">（选择客户）</option>
              {companies.map((c) => <option key={c.id} value={c.id}>{c.name}（{c.id}）</option>)}
            </select>
          </div>
          <div class="field"><label for="crm-o-title">商机名称</label><input id="crm-o-title" value={draft.title} onInput={(e) => setDraft({ ...draft, title: e.currentTarget.value })} /></div>
          <div class="field"><label for="crm-o-amount">金额（元）</label><input id="crm-o-amount" inputMode="decimal" value={draft.amount} onInput={(e) => setDraft({ ...draft, amount: e.currentTarget.value })} /></div>
          <div class="field"><label for="crm-o-date">预计成交日期</label><input id="crm-o-date" type="date" value={draft.expectedDate} onInput={(e) => setDraft({ ...draft, expectedDate: e.currentTarget.value })} /></div>
        </div>
        {problem && <p role="alert" class="crm-error">{problem}</p>}
        <button type="submit" class="btn">新建商机</button>
      </form>
    </div>
  );
}
