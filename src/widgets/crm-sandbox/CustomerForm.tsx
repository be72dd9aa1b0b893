import { useState } from 'preact/hooks';
import { saveCustomer } from '../../crm/repository';
import { normalisePhone } from '../../engine/crm/duplicates';
import type { CrmCustomer } from '../../engine/crm/types';
import { useDomId } from '../shared/use-dom-id';
import { newId } from './time';
import type { Crm } from './use-crm';

interface Props {
  crm: Crm;
  /** The customer to edit; a new one when absent. */
  customer?: CrmCustomer;
  /** Called with the saved customer's id, or null when cancelled. */
  onDone: (id: string | null) => void;
}

const TIERS = ['', '关键客户', '普通客户', '小客户'];
const GRADES = ['', 'AAA', 'AA', 'A', 'B', 'C'];

const EMPTY: CrmCustomer = {
  id: '', kind: 'person', name: '', phone: '', idNumber: '', contacts: [], industry: '', region: '', source: '', owner: '', tier: '', tags: [], creditGrade: '',
  consent: false, note: '', createdAt: '', updatedAt: '',
};

/** What is wrong with a customer before it is saved (field → message), empty when it can be saved. */
export function customerProblems(c: CrmCustomer): Record<string, string> {
  const problems: Record<string, string> = {};
  if (c.name.trim() === '') problems.name = '请填写客户名称。';
  const digits = normalisePhone(c.phone);
  if (c.phone.trim() !== '' && (digits.length < 7 || digits.length > 15)) problems.phone = '手机号应为 7–15 位数字（可带空格或短横线）。';
  return problems;
}

/** The record sheet of one customer, new or edited: every field of the 客户档案 the course teaches. */
export function CustomerForm({ crm, customer, onDone }: Props) {
  const kindGroup = useDomId();
  const [draft, setDraft] = useState<CrmCustomer>(customer ?? EMPTY);
  const [tagsText, setTagsText] = useState((customer?.tags ?? []).join('、'));
  const [contact, setContact] = useState(customer?.contacts[0] ?? { name: '', role: '', phone: '' });
  const [tried, setTried] = useState(false);
  const problems = customerProblems(draft);
  const set = (change: Partial<CrmCustomer>) => setDraft((d) => ({ ...d, ...change }));
  const id = (f: string) => `crm-form-${f}`;
  const text = (field: keyof CrmCustomer, label: string, hint?: string) => (
    <div class="field">
      <label for={id(field)}>{label}</label>
      <input id={id(field)} value={String(draft[field])} onInput={(e) => set({ [field]: e.currentTarget.value })}
        aria-invalid={tried && problems[field] ? 'true' : undefined} aria-describedby={problems[field] && tried ? `${id(field)}-error` : undefined} />
      {hint && <small>{hint}</small>}
      {tried && problems[field] && <small id={`${id(field)}-error`} class="crm-field-error">{problems[field]}</small>}
    </div>
  );

  const submit = (event: Event) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(problems).length > 0) return;
    const saved: CrmCustomer = {
      ...draft,
      id: draft.id || newId('C'),
      name: draft.name.trim(),
      tags: [...new Set(tagsText.split(/[、,，;；\s]+/).map((t) => t.trim()).filter((t) => t !== ''))],
      contacts: contact.name.trim() === '' ? draft.contacts.slice(1) : [contact, ...draft.contacts.slice(1)],
    };
    void crm.run(async (db) => {
      await saveCustomer(db, saved, new Date().toISOString());
      onDone(saved.id);
      return customer ? `已保存“${saved.name}”的修改。` : `已新建客户“${saved.name}”（${saved.id}）。`;
    });
  };

  return (
    <form class="crm-form" onSubmit={submit} noValidate>
      <h4 tabIndex={-1}>{customer ? `修改客户档案：${customer.name}` : '新建客户'}</h4>
      <fieldset class="crm-inline">
        <legend>客户类型</legend>
        <label><input type="radio" name={kindGroup} checked={draft.kind === 'person'} onChange={() => set({ kind: 'person' })} />个人客户</label>
        <label><input type="radio" name={kindGroup} checked={draft.kind === 'company'} onChange={() => set({ kind: 'company' })} />企业客户</label>
      </fieldset>
      <div class="crm-form-grid">
        {text('name', draft.kind === 'company' ? '企业名称（必填）' : '姓名（必填）')}
        {text('phone', '手机号')}
        {text('idNumber', draft.kind === 'company' ? '统一社会信用代码' : '身份证号', draft.kind === 'person' ? '最少够用：没有必要就不要收集。' : undefined)}
        {text('industry', '行业')}
        {text('region', '区域')}
        {text('source', '来源', '门店、小程序、转介绍、展会……')}
        {text('owner', '负责人')}
        <div class="field">
          <label for={id('tier')}>客户等级</label>
          <select id={id('tier')} value={draft.tier} onChange={(e) => set({ tier: e.currentTarget.value })}>
            {TIERS.map((t) => <option key={t} value={t}>{t || '未分级'}</option>)}
          </select>
        </div>
        <div class="field">
          <label for={id('credit')}>5C 信用等级</label>
          <select id={id('credit')} value={draft.creditGrade} onChange={(e) => set({ creditGrade: e.currentTarget.value })}>
            {GRADES.map((g) => <option key={g} value={g}>{g || '未评级'}</option>)}
          </select>
        </div>
        <div class="field">
          <label for={id('tags')}>标签</label>
          <input id={id('tags')} value={tagsText} onInput={(e) => setTagsText(e.currentTarget.value)} />
          <small>用顿号或空格分隔，如：生鲜、会员日</small>
        </div>
      </div>
      <fieldset class="crm-contact">
        <legend>联系人</legend>
        <div class="crm-form-grid">
          {(['name', 'role', 'phone'] as const).map((f) => (
            <div class="field" key={f}>
              <label for={id(`contact-${f}`)}>{{ name: '联系人姓名', role: '职务或关系', phone: '联系人电话' }[f]}</label>
              <input id={id(`contact-${f}`)} value={contact[f]} onInput={(e) => setContact({ ...contact, [f]: e.currentTarget.value })} />
            </div>
          ))}
        </div>
      </fieldset>
      <label class="crm-check"><input type="checkbox" checked={draft.consent} onChange={(e) => set({ consent: e.currentTarget.checked })} />客户同意接收营销联系（短信、电话、微信推送）</label>
      <div class="field">
        <label for={id('note')}>备注</label>
        <textarea id={id('note')} rows={3} value={draft.note} onInput={(e) => set({ note: e.currentTarget.value })} />
      </div>
      {tried && Object.keys(problems).length > 0 && <p role="alert" class="crm-error">还不能保存：{Object.values(problems).join('')}</p>}
      <div class="crm-toolbar">
        <button type="submit" class="btn primary">保存客户</button>
        <button type="button" class="btn" onClick={() => onDone(customer ? customer.id : null)}>取消</button>
      </div>
    </form>
  );
}
