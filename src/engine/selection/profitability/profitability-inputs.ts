import { shortText } from '../../ingest/issue-log';
import type { ColumnSpec } from '../../ingest/read-table';
import type { ProfitabilityInput } from './types';

/** The columns of a one-row-per-customer profitability file (such as `logistics-customers.csv`), for `readTable`. */
export const PROFITABILITY_COLUMNS: readonly ColumnSpec[] = Object.freeze([
  { key: 'customer', type: 'string', label: '客户编号', labelEn: 'customer', synonyms: ['客户编号', '客户ID', '客户', '会员号', 'customer_id', 'CustomerID', 'customer', 'ID'] },
  { key: 'name', type: 'string', label: '客户名称', labelEn: 'customer name', synonyms: ['客户名称', '名称', 'customer_name', 'name'], required: false },
  { key: 'revenue', type: 'number', label: '年营收', labelEn: 'revenue', synonyms: ['年营收', '营收', '年销售额', '销售额', '年收入', '收入', 'revenue', 'sales'] },
  { key: 'marginRate', type: 'number', label: '毛利率', labelEn: 'margin rate', synonyms: ['毛利率', 'margin_rate', 'gross_margin', 'margin'] },
  { key: 'serviceCost', type: 'number', label: '服务成本', labelEn: 'cost to serve', synonyms: ['服务成本', '服务费用', 'cost_to_serve', 'service_cost'] },
  { key: 'paymentDays', type: 'number', label: '平均回款天数', labelEn: 'payment days', synonyms: ['平均回款天数', '回款天数', '平均付款天数', '付款天数', '账期', 'payment_days', 'dso'] },
  { key: 'growth', type: 'number', label: '年增长率', labelEn: 'growth', synonyms: ['年增长率', '增长率', '销售增长率', 'growth'], required: false },
  { key: 'strategicFit', type: 'number', label: '与定位匹配度', labelEn: 'strategic fit', synonyms: ['与定位匹配度', '匹配度', '战略契合度', '契合度', 'strategic_fit', 'fit'], required: false },
] satisfies ColumnSpec[]);

/** Columns of a profitability table: text for ids and names, numbers (NaN or null when empty) for figures. */
export interface ProfitabilityColumns {
  readonly length: number;
  /** By the keys of `PROFITABILITY_COLUMNS`; optional columns may be null or missing. */
  readonly columns: Readonly<Record<string, ArrayLike<string | number | null> | null | undefined>>;
  /** The header each key was read from: a money header with 万 (`年营收(万元)`) means amounts in 10,000 元. */
  readonly mapping?: Readonly<Record<string, string | null>>;
}

/** A row left out of the profitability check, and why. `row` counts data rows from 1. */
export interface ProfitabilityInputIssue {
  readonly row: number;
  readonly customer: string;
  readonly column: string;
  readonly message: string;
}

/** The inputs, the rows left out, and the unit the money columns were read in. */
export interface ProfitabilityInputs {
  readonly inputs: ProfitabilityInput[];
  /** Customer names by id (empty when the file has none); a null-prototype object, ids being file data. */
  readonly names: Readonly<Record<string, string>>;
  readonly issues: ProfitabilityInputIssue[];
  /** Per money column, 10,000 when it was in 万元 (then multiplied to 元), else 1. */
  readonly moneyScale: { readonly revenue: number; readonly serviceCost: number };
}

/** 10,000 for a header that says the amounts are in 万元 (`年营收(万元)`), else 1. @example moneyScaleOfHeader('服务成本(万元)') // 10000 */
export function moneyScaleOfHeader(header: string | null | undefined): number {
  return header && /万/.test(header) ? 10_000 : 1;
}

const LABEL: Readonly<Record<string, string>> = Object.fromEntries(PROFITABILITY_COLUMNS.map((c) => [c.key, c.label]));

/**
 * Turns a one-row-per-customer table into `customerProfitability` inputs: money columns headed in 万元
 * become 元 (× 10,000, rounded to the fen); empty optional cells (growth, fit) are left out. A row whose
 * figures the check cannot take (an empty or repeated id, a missing or negative revenue, cost or payment
 * days, a margin outside −1..1, growth at or below −100 %, fit outside 0..1) is listed in `issues`, and the
 * other rows still count.
 *
 * Source: the data dictionary of `logistics-customers.csv` (public/datasets/manifest.json); the ranges of
 * `customerProfitability` (Kaplan & Cooper 1998).
 * @throws never.
 * @example
 * profitabilityInputsFromColumns({ length: 1, columns: { customer: ['KH001'], revenue: [195], marginRate: [0.2],
 *   serviceCost: [11.1], paymentDays: [29] }, mapping: { revenue: '年营收(万元)', serviceCost: '服务成本(万元)' } }).inputs[0]
 * // { customer: 'KH001', revenue: 1950000, marginRate: 0.2, serviceCost: 111000, paymentDays: 29 }
 */
export function profitabilityInputsFromColumns(table: ProfitabilityColumns): ProfitabilityInputs {
  const { columns, mapping = {} } = table;
  const revenueScale = moneyScaleOfHeader(mapping.revenue);
  const costScale = moneyScaleOfHeader(mapping.serviceCost);
  const text = (key: string, i: number): string => {
    const cell = columns[key]?.[i];
    return cell === null || cell === undefined ? '' : String(cell).trim();
  };
  const number = (key: string, i: number): number | null => {
    const cell = columns[key]?.[i];
    return typeof cell === 'number' && Number.isFinite(cell) ? cell : null;
  };
  const inputs: ProfitabilityInput[] = [];
  // Customer ids come from the file: a null-prototype object, so `__proto__` or `constructor` are plain keys.
  const names: Record<string, string> = Object.create(null) as Record<string, string>;
  const issues: ProfitabilityInputIssue[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < table.length; i++) {
    const customer = text('customer', i);
    const revenue = number('revenue', i);
    const marginRate = number('marginRate', i);
    const serviceCost = number('serviceCost', i);
    const paymentDays = number('paymentDays', i);
    const growth = number('growth', i);
    const strategicFit = number('strategicFit', i);
    const problem = ((): [string, string] | null => {
      if (customer === '') return ['customer', '客户编号为空'];
      if (seen.has(customer)) return ['customer', `客户编号 ${shortText(customer)} 重复，只用第一行`];
      if (revenue === null || revenue < 0) return ['revenue', '年营收应为不小于 0 的数字'];
      if (marginRate === null || marginRate < -1 || marginRate > 1) return ['marginRate', '毛利率应是 −1 到 1 之间的小数（0.185 即 18.5%）'];
      if (serviceCost === null || serviceCost < 0) return ['serviceCost', '服务成本应为不小于 0 的数字'];
      if (paymentDays === null || paymentDays < 0) return ['paymentDays', '平均回款天数应为不小于 0 的数字'];
      if (growth !== null && growth <= -1) return ['growth', '年增长率应大于 −1（−0.2 即下降 20%）'];
      if (strategicFit !== null && (strategicFit < 0 || strategicFit > 1)) return ['strategicFit', '与定位匹配度应在 0 到 1 之间'];
      return null;
    })();
    if (problem) {
      issues.push({ row: i + 1, customer, column: mapping[problem[0]] ?? LABEL[problem[0]]!, message: problem[1] });
      continue;
    }
    seen.add(customer);
    const name = text('name', i);
    if (name !== '') names[customer] = name;
    inputs.push({
      customer,
      revenue: Math.round(revenue! * revenueScale * 100) / 100,
      marginRate: marginRate!,
      serviceCost: Math.round(serviceCost! * costScale * 100) / 100,
      paymentDays: paymentDays!,
      ...(growth === null ? {} : { growth }),
      ...(strategicFit === null ? {} : { strategicFit }),
    });
  }
  return { inputs, names, issues, moneyScale: { revenue: revenueScale, serviceCost: costScale } };
}
