import { formatWan, VERDICT_LABELS, type ScoredCard } from '../../engine/selection/sorter';
import { profitOrder, slopeLines, slopeSummary } from './slope';

/**
 * The deck ranked by revenue (left) and by profit (right), with a line joining each customer's two places.
 * The two lists are the text alternative (read in order by a screen reader); the lines are decoration.
 * Line style and the verdict word say the same as the colour.
 */
export function SlopeView({ cards }: { cards: readonly ScoredCard[] }) {
  const lines = slopeLines(cards);
  const rows = lines.length;
  return (
    <figure class="cs-slope" aria-labelledby="cs-slope-caption">
      <figcaption id="cs-slope-caption">
        <strong>按营收排 vs 按利润排</strong> {slopeSummary(lines)}
      </figcaption>
      <div class="cs-slope-grid" style={{ '--rows': rows }}>
        <div class="cs-slope-col">
          <p class="cs-slope-head">按营收排名</p>
          <ol>
            {lines.map((l) => (
              <li key={l.id}>
                <span class="cs-slope-name">
                  {l.rankByRevenue}. {l.name}
                </span>
                <small>营收 {formatWan(l.revenue)} 万元</small>
              </li>
            ))}
          </ol>
        </div>
        <svg class="cs-slope-lines" viewBox={`0 0 100 ${rows * 10}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
          {lines.map((l) => (
            <line key={l.id} class={`cs-l-${l.verdict}`} x1="0" y1={l.from * 10 + 5} x2="100" y2={l.to * 10 + 5} vector-effect="non-scaling-stroke" />
          ))}
        </svg>
        <div class="cs-slope-col">
          <p class="cs-slope-head">按利润排名</p>
          <ol>
            {profitOrder(lines).map((l) => (
              <li key={l.id}>
                <span class="cs-slope-name">
                  {l.rankByProfit}. {l.name}
                </span>
                <small>
                  利润 {formatWan(l.profit)} 万元 · <span class={`cs-v-${l.verdict}`}>{VERDICT_LABELS[l.verdict]}</span>
                </small>
              </li>
            ))}
          </ol>
        </div>
      </div>
      <p class="cs-slope-legend">
        连线：<span class="cs-key cs-l-good">实线 = 好客户</span> <span class="cs-key cs-l-watch">短虚线 = 观察</span> <span class="cs-key cs-l-bad">点线 = 坏客户</span>
      </p>
    </figure>
  );
}
