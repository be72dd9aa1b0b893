import { useMemo, useState } from 'preact/hooks';
import { mergeDuplicate, type LoadedWorkspace } from '../../crm/repository';
import { findDuplicates } from '../../engine/crm/duplicates';
import { maskPhone } from '../../engine/crm/masking';
import type { Crm } from './use-crm';

interface Props {
  crm: Crm;
  data: LoadedWorkspace;
  onOpen: (id: string) => void;
}

/** The data-quality lesson: records that look like one customer, side by side, and merging them. */
export function DuplicatesPanel({ crm, data, onOpen }: Props) {
  const groups = useMemo(() => findDuplicates(data.customers), [data.customers]);
  const byId = useMemo(() => new Map(data.customers.map((c) => [c.id, c])), [data.customers]);
  const [keep, setKeep] = useState<Record<number, string>>({});

  const merge = (index: number, ids: readonly string[]) => {
    const kept = keep[index] ?? ids[0]!;
    const others = ids.filter((id) => id !== kept);
    void crm.run(async (db) => {
      for (const other of others) await mergeDuplicate(db, kept, other, new Date().toISOString());
      return `已把 ${others.join('、')} 合并到 ${kept}：互动、工单和订单都已转到保留的记录，不同的值写进了备注。`;
    });
  };

  return (
    <section class="crm-duplicates">
      <h4 tabIndex={-1}>疑似重复的客户（{groups.length} 组）</h4>
      <p class="crm-hint">系统按手机号、证件号和名称找出疑似重复的记录。合并前先核实：同名不一定是同一人。合并后，被合并记录的互动、工单和订单都转到保留的记录；两边不同的值写进备注，不会丢失。</p>
      {groups.length === 0 && <p>没有发现疑似重复的客户。</p>}
      {groups.map((g, index) => (
        <fieldset key={g.ids.join()} class="crm-duplicate-group">
          <legend>第 {index + 1} 组：{g.reasons.join('、')}</legend>
          {g.ids.map((id) => {
            const c = byId.get(id)!;
            return (
              <label key={id} class="crm-duplicate">
                <input type="radio" name={`crm-keep-${index}`} checked={(keep[index] ?? g.ids[0]) === id} onChange={() => setKeep({ ...keep, [index]: id })} />
                保留 <strong>{c.name}</strong>（{id}）{c.region && ` · ${c.region}`}{c.phone && ` · ${maskPhone(c.phone)}`}{c.source && ` · 来源：${c.source}`} · 建档 {c.createdAt.slice(0, 10)}
              </label>
            );
          })}
          <div class="crm-toolbar">
            <button type="button" class="btn primary" onClick={() => merge(index, g.ids)}>合并这一组</button>
            <button type="button" class="btn" onClick={() => onOpen(g.ids[0]!)}>查看 {g.ids[0]}</button>
          </div>
        </fieldset>
      ))}
    </section>
  );
}
