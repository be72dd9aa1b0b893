import { useStore } from '@nanostores/preact';

import { useDomId } from '../shared/use-dom-id';
import type { ErlangForm, ErlangState } from './state';

interface FieldSpec {
  readonly key: keyof ErlangForm;
  readonly label: string;
  readonly unit: string;
  readonly min: number;
  readonly max?: number;
  readonly hint: string;
}

const FIELDS: readonly FieldSpec[] = [
  { key: 'calls', label: '来电量', unit: '通', min: 0, hint: '这个时段预计打进的电话数' },
  { key: 'minutes', label: '统计时段', unit: '分钟', min: 1, hint: '通常按半小时（30 分钟）排班' },
  { key: 'aht', label: '平均处理时长', unit: '秒', min: 1, hint: '通话加话后整理的平均时间' },
  { key: 'target', label: '目标应答时间', unit: '秒', min: 0, hint: '“80/20”中的 20 秒' },
  { key: 'sl', label: '服务水平目标', unit: '%', min: 0, max: 99, hint: '“80/20”中的 80%' },
  { key: 'shrinkage', label: '缩减率', unit: '%', min: 0, max: 99, hint: '休息、培训、开会等不在线的时间比例' },
];

/** The six inputs of Erlang C staffing; `only` limits them (the day planner takes calls and handling time from the log). */
export function FormFields({ state, onUse, only, legend }: { state: ErlangState; onUse: () => void; only?: readonly (keyof ErlangForm)[]; legend: string }) {
  const form = useStore(state.$form);
  const id = useDomId();
  return (
    <fieldset class="erlang-form">
      <legend>{legend}</legend>
      {FIELDS.filter((f) => !only || only.includes(f.key)).map((f) => (
        <div class="erlang-field" key={f.key}>
          <label for={`${id}-${f.key}`}>
            {f.label}（{f.unit}）
          </label>
          <input
            id={`${id}-${f.key}`}
            type="number"
            inputMode="decimal"
            min={f.min}
            max={f.max}
            step="any"
            value={form[f.key]}
            aria-describedby={`${id}-${f.key}-hint`}
            onInput={(e) => {
              onUse();
              state.set({ [f.key]: e.currentTarget.value });
            }}
          />
          <small id={`${id}-${f.key}-hint`}>{f.hint}</small>
        </div>
      ))}
    </fieldset>
  );
}
