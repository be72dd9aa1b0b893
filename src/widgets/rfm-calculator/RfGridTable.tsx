import { ScrollBox } from '../shared/ScrollBox';
import { groupedNumber } from '../../engine/core/number-text';
import type { RfmView } from './handlers';
import { heatLevel } from './charts';

/** The R × F heat map as a table: mean monetary value per cell, shaded darker for more; the numbers are in the cells. */
export function RfGridTable({ view }: { view: RfmView }) {
  const { grid } = view;
  const scores = Array.from({ length: grid.bins }, (_, k) => k + 1);
  return (
    <section class="rfm-section" aria-labelledby="rfm-grid-title">
      <h4 id="rfm-grid-title">R × F 热力图：每格客户的平均消费金额</h4>
      <p class="rfm-hint">行是 R 得分（越往上越近期），列是 F 得分（越往右越频繁）；格中是平均消费金额（元）和客户数，颜色越深金额越高。</p>
      <ScrollBox class="rfm-grid-wrap" label="R × F 热力图表">
        <table class="rfm-grid">
          <caption class="visually-hidden">按 R 得分和 F 得分交叉分组的平均消费金额（元）与客户数</caption>
          <thead>
            <tr>
              <th scope="col">R \ F</th>
              {scores.map((f) => <th scope="col" key={f}>F {f}</th>)}
            </tr>
          </thead>
          <tbody>
            {[...scores].reverse().map((r) => (
              <tr key={r}>
                <th scope="row">R {r}</th>
                {scores.map((f) => {
                  const cell = grid.rows[r - 1]![f - 1]!;
                  const level = heatLevel(cell.meanMonetary, grid.minMeanMonetary, grid.maxMeanMonetary);
                  return (
                    <td key={f} class={`heat heat-${Math.round(level * 5)}`} data-empty={cell.customers === 0 ? '' : undefined}>
                      {cell.meanMonetary === null ? (
                        <span class="empty">—<span class="visually-hidden">没有客户</span></span>
                      ) : (
                        <>
                          <span class="mean">{groupedNumber(cell.meanMonetary, 0)}</span>
                          <span class="n">{groupedNumber(cell.customers)} 人</span>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
