import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import { PROFILE_CATEGORIES, PROFILE_FIELDS, profileSheetCsv, profileSheetMarkdown, type DesignedField } from '../../engine/information/customer-profile';
import { downloadText, today } from '../shared/download';
import { useDomId } from '../shared/use-dom-id';
import type { ProfileState } from './state';

const ORDER = new Map(PROFILE_FIELDS.map((f, i) => [f.id, i]));

/** The learner's sheet: the chosen fields by category, each with 必填 and a reason; exports and clearing. */
export function SheetEditor({ state, onUse }: { state: ProfileState; onUse: () => void }) {
  const scenario = useStore(state.$scenario);
  const fields = useStore(state.$fields);
  const cleared = useStore(state.$cleared);
  const [message, setMessage] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useDomId();
  const sorted = [...fields].sort((a, b) => ORDER.get(a.id)! - ORDER.get(b.id)!);
  const byCategory = PROFILE_CATEGORIES.map((c) => ({ category: c, list: sorted.filter((f) => PROFILE_FIELDS[ORDER.get(f.id)!]!.category === c.key) })).filter((g) => g.list.length > 0);
  const design = { fields };
  const exportAs = (kind: 'md' | 'csv') => {
    onUse();
    const name = `客户档案信息表-${scenario.title}-${today()}.${kind}`;
    if (kind === 'md') downloadText(name, profileSheetMarkdown(scenario, design), 'text/markdown;charset=utf-8');
    else downloadText(name, profileSheetCsv(design), 'text/csv;charset=utf-8');
    setMessage(`已导出 ${fields.length} 个字段的档案表（${name}）。`);
  };
  return (
    <section class="profile-sheet" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} ref={heading} tabIndex={-1}>我的档案表（{fields.length} 个字段）</h4>
      <p class="profile-hint">草稿自动保存在这台设备的浏览器里。每个字段都要想清楚：必填还是选填？用来做什么？</p>
      {fields.length === 0 && <p class="profile-empty">还没有字段：从字段库里勾选。</p>}
      {byCategory.map(({ category, list }) => (
        <fieldset class="profile-group" key={category.key}>
          <legend>{category.name}</legend>
          {list.map((f) => (
            <SheetRow key={f.id} field={f} state={state} onUse={onUse} onRemoved={() => heading.current?.focus()} />
          ))}
        </fieldset>
      ))}
      <div class="tool-row">
        <button type="button" class="btn" disabled={fields.length === 0} onClick={() => exportAs('md')}>导出 Markdown</button>
        <button type="button" class="btn" disabled={fields.length === 0} onClick={() => exportAs('csv')}>导出 CSV（Excel 可打开）</button>
        <button type="button" class="btn" disabled={fields.length === 0} onClick={() => {
          state.clear();
          setMessage('已清空这张表，可以点“撤销清空”找回。');
        }}>清空这张表</button>
        {cleared && cleared.length > 0 && fields.length === 0 && (
          <button type="button" class="btn" onClick={() => {
            state.undoClear();
            setMessage(`已找回 ${cleared.length} 个字段。`);
          }}>撤销清空</button>
        )}
        <span class="status" role="status">{message}</span>
      </div>
    </section>
  );
}

function SheetRow({ field, state, onUse, onRemoved }: { field: DesignedField; state: ProfileState; onUse: () => void; onRemoved: () => void }) {
  const info = PROFILE_FIELDS[ORDER.get(field.id)!]!;
  const id = useDomId();
  return (
    <div class="profile-row">
      <span class="profile-row-name" id={`${id}-name`}>{info.name}</span>
      <label class="profile-required">
        <input type="checkbox" checked={field.required} aria-describedby={`${id}-name`} onChange={(e) => {
          onUse();
          state.setRequired(field.id, e.currentTarget.checked);
        }} />
        必填
      </label>
      <label class="profile-note">
        <span class="visually-hidden">{info.name}的用途</span>
        <input type="text" value={field.note} maxLength={200} placeholder="这个字段用来做什么？" onInput={(e) => {
          onUse();
          state.setNote(field.id, e.currentTarget.value);
        }} />
      </label>
      <button type="button" class="btn profile-remove" aria-label={`移除“${info.name}”`} onClick={() => {
        onUse();
        state.toggleField(field.id, false);
        onRemoved();
      }}>
        移除
      </button>
    </div>
  );
}
