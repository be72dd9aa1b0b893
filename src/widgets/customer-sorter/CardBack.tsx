import { formatRate, formatWan, SORTER_TRAPS, VERDICT_LABELS, type ScoredCard, type SortOutcome } from '../../engine/selection/sorter';

const OUTCOME: Readonly<Record<SortOutcome, { mark: string; text: string }>> = {
  right: { mark: '✓', text: '判断正确' },
  wrong: { mark: '✗', text: '判断错误' },
  partial: { mark: '½', text: '观察类，得半分' },
  none: { mark: '—', text: '没有判断' },
};

/** The back of a card after the reveal: the verdict, the profit worked out line by line, and the reasons. */
export function CardBack({ row, heading = true, collapsible = false }: { row: ScoredCard; heading?: boolean; collapsible?: boolean }) {
  const p = row.profitability;
  const trap = row.trap ? SORTER_TRAPS[row.trap] : null;
  const title = (
    <h5>
      {row.card.name}
      <span class="cs-badge">
        <span aria-hidden="true">{OUTCOME[row.outcome].mark} </span>
        {OUTCOME[row.outcome].text}
      </span>
    </h5>
  );
  const body = (
    <>
      <p class="cs-verdict">
        模型结论：<strong class={`cs-v-${row.verdict}`}>{VERDICT_LABELS[row.verdict]}</strong>
        {row.call && <> · 判断：{VERDICT_LABELS[row.call]}</>}
      </p>
      <p class="cs-line">{row.line}</p>
      {trap && (
        <p class="cs-trap">
          <strong>陷阱卡：{trap.title}。</strong>
          {trap.lesson}
        </p>
      )}
      <table class="cs-money">
        <caption>利润核算（万元）</caption>
        <tbody>
          <tr>
            <th scope="row">毛利 = 营收 × 毛利率</th>
            <td>
              {formatWan(p.revenue)} × {formatRate(row.card.marginRate)} = {formatWan(p.grossMargin)}
            </td>
          </tr>
          <tr>
            <th scope="row">− 服务成本</th>
            <td>{formatWan(p.costToServe)}</td>
          </tr>
          <tr>
            <th scope="row">− 预期坏账</th>
            <td>
              {formatWan(p.expectedBadDebt)}
              <small>
                （平均应收 {formatWan((p.revenue * row.card.paymentDays) / 365)} × 违约概率 {formatRate(p.defaultProbability)}）
              </small>
            </td>
          </tr>
          <tr class="cs-total">
            <th scope="row">= 客户利润</th>
            <td>
              <strong>{formatWan(p.profit)}</strong>
              {p.profitMargin !== null && <small>（利润率 {formatRate(p.profitMargin)}）</small>}
            </td>
          </tr>
        </tbody>
      </table>
      <p class="cs-ranks">
        本组营收排第 {p.rankByRevenue}，利润排第 {p.rankByProfit}。
      </p>
      <ul class="cs-reasons">
        {p.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </>
  );
  if (collapsible) {
    // Right calls start folded, so the debrief opens on the mistakes and the 观察 cards.
    return (
      <details class={`cs-back cs-${row.outcome}`} open={row.outcome !== 'right'}>
        <summary>{title}</summary>
        {body}
      </details>
    );
  }
  return (
    <div class={`cs-back cs-${row.outcome}`}>
      {heading && title}
      {body}
    </div>
  );
}
