import { useStore } from '@nanostores/preact';

import { groupedNumber } from '../../engine/core/number-text';
import type { SurveyColumnRole, SurveyLayout } from '../../engine/satisfaction';
import { ScrollBox } from '../shared/ScrollBox';
import { useDomId } from '../shared/use-dom-id';
import type { SurveyView } from './handlers';
import type { SatisfactionState } from './state';

const ROLES: readonly { readonly role: SurveyColumnRole; readonly label: string }[] = [
  { role: 'item', label: '题项（计入维度）' },
  { role: 'importance', label: '重要性评分' },
  { role: 'overall', label: '总体满意度（CSAT）' },
  { role: 'nps', label: '推荐意愿（NPS）' },
  { role: 'segment', label: '分组（客户类型等）' },
  { role: 'id', label: '问卷编号' },
  { role: 'ignore', label: '不分析' },
];
const SCALES = [
  { min: 1, max: 5 },
  { min: 1, max: 7 },
  { min: 1, max: 10 },
  { min: 0, max: 10 },
] as const;

function summary(layout: SurveyLayout): string {
  const of = (role: SurveyColumnRole) => layout.columns.filter((c) => c.role === role);
  const dimensions = new Set(of('item').flatMap((c) => (c.group === null ? [] : [c.group])));
  const named = (role: SurveyColumnRole, label: string) => {
    const found = of(role)[0];
    return found ? `${label}“${found.header}”` : `没有${label}`;
  };
  return `${of('item').length} 个题项（${dimensions.size} 个维度），${of('importance').length} 道重要性题，${named('overall', '总体满意度')}，${named('nps', '推荐意愿')}`;
}

/**
 * “题目与维度”: what each column of the questionnaire was taken to be (guessed from the `维度_题目` names), with a
 * select per column and a text box for the dimension (or, for an importance question, what it rates).
 */
export function ColumnMapping({ state, onUse }: { state: SatisfactionState; onUse: () => void }) {
  const layout = useStore(state.$layout);
  const example = useStore(state.$isExample);
  const id = useDomId();
  if (layout === null) return null;
  const { columns, scale } = layout.layout;
  const changed = JSON.stringify(layout.layout) !== JSON.stringify(layout.guess);
  return (
    <details class="sat-mapping">
      <summary>题目与维度：{summary(layout.layout)}</summary>
      <p class="sat-hint">
        按列名自动判断了每一列的用途：“维度_题目”形式的列是题项，下划线前是所属维度；“重要性_维度”是该维度的重要性。判断错了可以在这里改，改后立即重新计算。
        {example ? '例题只有推荐意愿和总体满意度两列。' : ''}
      </p>
      <div class="field sat-scale">
        <label for={`${id}-scale`}>题项和重要性的评分量表</label>
        <select
          id={`${id}-scale`}
          value={`${scale.min}-${scale.max}`}
          onChange={(e) => {
            onUse();
            const [min, max] = e.currentTarget.value.split('-').map(Number);
            state.setScale({ min: min!, max: max! });
          }}
        >
          {SCALES.map((s) => (
            <option key={`${s.min}-${s.max}`} value={`${s.min}-${s.max}`}>{s.min}–{s.max} 分</option>
          ))}
        </select>
      </div>
      <ScrollBox class="sat-table-wrap" label="各列的用途">
        <table class="sat-mapping-table">
          <caption class="visually-hidden">问卷各列的用途和所属维度</caption>
          <thead>
            <tr><th scope="col">列名</th><th scope="col">用途</th><th scope="col">所属维度／评的是</th></tr>
          </thead>
          <tbody>
            {columns.map((c) => (
              <tr key={c.header}>
                <th scope="row">{c.header}</th>
                <td>
                  <select aria-label={`“${c.header}”的用途`} value={c.role} onChange={(e) => {
                    onUse();
                    state.setColumn(c.header, { role: e.currentTarget.value as SurveyColumnRole });
                  }}>
                    {ROLES.map((r) => <option key={r.role} value={r.role}>{r.label}</option>)}
                  </select>
                </td>
                <td>
                  {c.role === 'item' || c.role === 'importance' ? (
                    <input
                      type="text"
                      value={c.group ?? ''}
                      aria-label={c.role === 'item' ? `“${c.header}”所属的维度` : `“${c.header}”评的是哪个维度或题项`}
                      placeholder={c.role === 'item' ? '（不属于任何维度）' : ''}
                      onChange={(e) => {
                        onUse();
                        state.setColumn(c.header, { group: e.currentTarget.value.trim() });
                      }}
                    />
                  ) : (
                    <span class="sat-hint">—</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <div class="tool-row">
        <button type="button" class="btn" disabled={!changed} onClick={() => state.resetLayout()}>恢复自动判断</button>
      </div>
    </details>
  );
}

/** Answers that could not be used (no number, off the scale): counted as blanks, listed with line and column. */
export function CellIssues({ view }: { view: SurveyView }) {
  if (view.issueCount === 0) return null;
  return (
    <details class="sat-issues">
      <summary>有 {groupedNumber(view.issueCount)} 个答案无法使用，已按未作答处理{view.issueCount > view.issues.length ? `（下面列出前 ${view.issues.length} 个）` : ''}</summary>
      <ScrollBox class="sat-table-wrap" label="无法使用的答案">
        <table>
          <caption class="visually-hidden">无法使用的答案：行号、列和原因</caption>
          <thead>
            <tr><th scope="col">行号</th><th scope="col">列</th><th scope="col">原因</th></tr>
          </thead>
          <tbody>
            {view.issues.map((issue, i) => (
              <tr key={i}>
                <td>第 {issue.line} 行</td>
                <td>{issue.column ?? '（整行）'}</td>
                <td>{issue.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <p class="sat-hint">行号从表头算起（表头是第 1 行）。这一行的其他答案照常参与分析。</p>
    </details>
  );
}
