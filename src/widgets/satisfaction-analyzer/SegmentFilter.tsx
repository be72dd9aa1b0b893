import { useStore } from '@nanostores/preact';

import { groupedNumber } from '../../engine/core/number-text';
import { useDomId } from '../shared/use-dom-id';
import type { SatisfactionState } from './state';

const ALL = '';

/** “只看”: every respondent, or one group of a segment column (客户类型 = 电商商家); every tab follows it. */
export function SegmentFilter({ state, onUse }: { state: SatisfactionState; onUse: () => void }) {
  const view = useStore(state.$view);
  const segment = useStore(state.$segment);
  const id = useDomId();
  const segments = view?.ok ? view.value.segments : [];
  if (segments.length === 0) return null;
  const value = segment === null ? ALL : JSON.stringify([segment.column, segment.value]);
  return (
    <div class="sat-filter">
      <label for={`${id}-segment`}>只看</label>
      <select
        id={`${id}-segment`}
        value={value}
        onChange={(e) => {
          onUse();
          const chosen = e.currentTarget.value;
          if (chosen === ALL) state.setSegment(null);
          else {
            const [column, v] = JSON.parse(chosen) as [string, string];
            state.setSegment({ column, value: v });
          }
        }}
      >
        <option value={ALL}>全部受访者（{groupedNumber(view?.ok ? view.value.respondents : 0)} 份）</option>
        {segments.map((s) => (
          <optgroup key={s.column} label={s.column}>
            {s.values.map((v) => (
              <option key={v.value} value={JSON.stringify([s.column, v.value])}>{s.column}：{v.value}（{groupedNumber(v.count)} 份）</option>
            ))}
          </optgroup>
        ))}
      </select>
      <small class="sat-hint">各页的数字都按这里的选择计算。</small>
    </div>
  );
}
