import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import { ChartCanvas } from '../shared/ChartCanvas';
import { useDomId } from '../shared/use-dom-id';
import { silenceChart } from './charts';
import { MAX_WEEKS, NAMES, type TwoCustomersState, type Who } from './two-customers';

const LABELS = { x: '重复购买次数 x', t_x: '最后一次购买在第几周 t_x', T: '现在是第几周 T' } as const;

/** 老张 and 小李: sliders for each history, their P(alive), and how it falls with silence. */
export function TwoCustomers({ state, onUse }: { state: TwoCustomersState; onUse: () => void }) {
  const histories = useStore(state.$histories);
  const view = useStore(state.$view);
  const id = useDomId();
  const chart = useMemo(() => (view.ok ? silenceChart(view.value) : null), [view]);
  return (
    <section class="cw-section cw-two" aria-labelledby="cw-two-title">
      <h4 id="cw-two-title">老张和小李：同样沉默，谁更可能已经流失？</h4>
      <p class="cw-hint">两人首次购买后的记录（单位：周），用课本的模型参数（r = 0.243，α = 4.414，a = 0.793，b = 2.426）计算。拖动滑块改变他们的购买记录。</p>
      <div class="cw-two-grid">
        {(['zhang', 'li'] as const).map((who: Who) => {
          const h = histories[who];
          const p = view.ok ? view.value.pAlive[who] : null;
          return (
            <fieldset class="cw-person" key={who}>
              <legend>{NAMES[who]}</legend>
              {(['x', 't_x', 'T'] as const).map((key) => (
                <div class="cw-slider" key={key}>
                  <label for={`${id}-${who}-${key}`}>{LABELS[key]}</label>
                  <input
                    id={`${id}-${who}-${key}`}
                    type="range"
                    min={0}
                    max={key === 'x' ? 60 : MAX_WEEKS}
                    step={1}
                    value={h[key]}
                    aria-valuetext={`${h[key]}${key === 'x' ? ' 次' : ' 周'}`}
                    onInput={(e) => { onUse(); state.set(who, key, Number(e.currentTarget.value)); }}
                  />
                  <output for={`${id}-${who}-${key}`}>{h[key]}{key === 'x' ? ' 次' : ' 周'}</output>
                </div>
              ))}
              <p class="cw-person-result">
                已沉默 <strong>{h.T - h.t_x} 周</strong>，P(alive) = <strong class="cw-big">{p === null ? '—' : p.toFixed(2)}</strong>
                {h.x === 0 && <small>（没有重复购买的客户在这个模型里 P(alive) = 1：他还没有“买完就走”的机会。）</small>}
              </p>
            </fieldset>
          );
        })}
      </div>
      <p class="status" role="status">
        {view.ok
          ? `老张已沉默 ${histories.zhang.T - histories.zhang.t_x} 周，P(alive) ≈ ${view.value.pAlive.zhang.toFixed(2)}；小李已沉默 ${histories.li.T - histories.li.t_x} 周，P(alive) ≈ ${view.value.pAlive.li.toFixed(2)}。`
          : view.message}
      </p>
      <div class="tool-row">
        <button type="button" class="btn" onClick={() => { onUse(); state.reset(); }}>恢复课本的例子</button>
      </div>
      {chart && <ChartCanvas config={chart.config} label={chart.label} table={chart.table} height="14rem" />}
    </section>
  );
}
