import type { ColumnSpec, ReadTableResult, TableColumn } from '../../ingest/read-table';
import type { SorterCard } from './types';

/** The columns of a one-row-per-customer logistics file (`logistics-customers.csv`) the sorter reads. */
export const LOGISTICS_CARD_COLUMNS: readonly ColumnSpec[] = Object.freeze([
  { key: 'id', type: 'string', label: '客户编号', labelEn: 'customer id', synonyms: ['客户编号', '客户id', 'customer_id', 'customer'] },
  { key: 'name', type: 'string', label: '客户名称', labelEn: 'customer name', synonyms: ['客户名称', '名称', 'name'] },
  { key: 'industry', type: 'string', label: '行业', labelEn: 'industry', synonyms: ['行业', 'industry'], required: false },
  { key: 'region', type: 'string', label: '区域', labelEn: 'region', synonyms: ['区域', '地区', 'region'], required: false },
  { key: 'years', type: 'integer', label: '合作年限', labelEn: 'years', synonyms: ['合作年限', 'years'], required: false },
  { key: 'revenue', type: 'number', label: '年营收(万元)', labelEn: 'revenue (10k yuan)', synonyms: ['年营收', '营收', '年收入', 'revenue'] },
  { key: 'margin', type: 'number', label: '毛利率', labelEn: 'margin rate', synonyms: ['毛利率', 'margin'] },
  { key: 'shipments', type: 'integer', label: '年发货票数', labelEn: 'shipments', synonyms: ['年发货票数', '发货票数', 'shipments'], required: false },
  { key: 'requests', type: 'integer', label: '特殊要求次数', labelEn: 'special requests', synonyms: ['特殊要求次数', 'requests'], required: false },
  { key: 'serviceCost', type: 'number', label: '服务成本(万元)', labelEn: 'cost to serve (10k yuan)', synonyms: ['服务成本', 'service_cost', 'cost_to_serve'] },
  { key: 'paymentDays', type: 'number', label: '平均回款天数', labelEn: 'payment days', synonyms: ['平均回款天数', '回款天数', 'payment_days'] },
  { key: 'growth', type: 'number', label: '年增长率', labelEn: 'growth', synonyms: ['年增长率', '增长率', 'growth'], required: false },
  { key: 'fit', type: 'number', label: '与定位匹配度', labelEn: 'strategic fit', synonyms: ['与定位匹配度', '匹配度', 'fit'], required: false },
  { key: 'status', type: 'string', label: '状态', labelEn: 'status', synonyms: ['状态', 'status'], required: false },
  { key: 'note', type: 'string', label: '备注', labelEn: 'note', synonyms: ['备注', 'note'], required: false },
] satisfies ColumnSpec[]);

/** A row the sorter cannot use as a card, and why (the CSV reader has already reported unreadable cells). */
export interface CardIssue {
  readonly customer: string;
  readonly column: string;
  readonly message: string;
}

const WAN = 10_000;

/**
 * Customer cards from a logistics file read with `readTable(…, { columns: LOGISTICS_CARD_COLUMNS })`:
 * amounts in 万元 become 元, empty optional cells become null (text: ''). A row whose figures the
 * profitability check cannot take (revenue or cost below 0, margin outside −1..1, payment days below 0,
 * growth at or below −100 %, fit outside 0..1) or whose id repeats an earlier one is left out and listed in
 * `issues`; the good rows still become cards.
 *
 * Source: the data dictionary of `logistics-customers.csv` (public/datasets/manifest.json).
 * @throws never.
 * @example
 * // a table with one row: KH001, 某公司, 年营收 195.0, 毛利率 0.196, 服务成本 11.1, 回款 29 天
 * cardsFromLogisticsTable(table).cards[0] // { id: 'KH001', revenue: 1950000, serviceCost: 111000, … }
 */
export function cardsFromLogisticsTable(table: Pick<ReadTableResult, 'length' | 'columns'>): { cards: SorterCard[]; issues: CardIssue[] } {
  const text = (key: string, i: number): string => {
    const column = table.columns[key] as readonly string[] | null | undefined;
    return column ? (column[i] ?? '') : '';
  };
  const value = (key: string, i: number): number | null => {
    const column = table.columns[key] as TableColumn | null | undefined;
    if (!column || typeof column[i] !== 'number') return null;
    const v = column[i] as number;
    return Number.isNaN(v) ? null : v;
  };
  const cards: SorterCard[] = [];
  const issues: CardIssue[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < table.length; i++) {
    const id = text('id', i);
    const card: SorterCard = {
      id,
      name: text('name', i),
      industry: text('industry', i),
      region: text('region', i),
      years: value('years', i),
      revenue: Math.round((value('revenue', i) ?? 0) * WAN * 100) / 100,
      marginRate: value('margin', i) ?? 0,
      shipments: value('shipments', i),
      specialRequests: value('requests', i),
      serviceCost: Math.round((value('serviceCost', i) ?? 0) * WAN * 100) / 100,
      paymentDays: value('paymentDays', i) ?? 0,
      growth: value('growth', i),
      fit: value('fit', i),
      status: text('status', i),
      note: text('note', i),
    };
    const problem = cardProblem(card, seen);
    if (problem) issues.push({ customer: id, ...problem });
    else {
      seen.add(id);
      cards.push(card);
    }
  }
  return { cards, issues };
}

function cardProblem(card: SorterCard, seen: ReadonlySet<string>): { column: string; message: string } | null {
  if (seen.has(card.id)) return { column: '客户编号', message: `客户编号 ${card.id} 重复，只用第一行` };
  if (card.revenue < 0) return { column: '年营收(万元)', message: '年营收不能为负数' };
  if (card.marginRate < -1 || card.marginRate > 1) return { column: '毛利率', message: '毛利率应是 −1 到 1 之间的小数（0.185 即 18.5%）' };
  if (card.serviceCost < 0) return { column: '服务成本(万元)', message: '服务成本不能为负数' };
  if (card.paymentDays < 0) return { column: '平均回款天数', message: '平均回款天数不能为负数' };
  if (card.growth !== null && card.growth <= -1) return { column: '年增长率', message: '年增长率应大于 −1（−0.2 即下降 20%）' };
  if (card.fit !== null && (card.fit < 0 || card.fit > 1)) return { column: '与定位匹配度', message: '与定位匹配度应在 0 到 1 之间' };
  return null;
}
