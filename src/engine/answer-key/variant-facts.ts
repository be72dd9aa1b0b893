import type { GeneratedDatasetId } from '../generate/catalogue';
import type { GeneratedDataset } from '../generate/generate-dataset';
import type { GeneratedTable } from '../generate/table';
import { groupedNumber } from '../core/number-text';

/** One fact about a generated file a student can check by looking at it, e.g. 会员数 3,491. */
export interface DatasetFact {
  readonly label: string;
  readonly value: string;
}

/** A fact of a student's file beside the same fact of the course's public file. */
export interface VariantDifference {
  readonly label: string;
  readonly yours: string;
  readonly common: string;
  readonly differs: boolean;
}

type FactSpec =
  | { readonly kind: 'rows'; readonly label: string }
  | { readonly kind: 'distinct'; readonly label: string; readonly column: string }
  | { readonly kind: 'list'; readonly label: string; readonly column: string }
  | { readonly kind: 'range'; readonly label: string; readonly column: string }
  | { readonly kind: 'sum'; readonly label: string; readonly column: string; readonly decimals: number }
  | { readonly kind: 'blanks'; readonly label: string };

const FACTS: Readonly<Record<GeneratedDatasetId, readonly FactSpec[]>> = {
  'retail-transactions': [
    { kind: 'rows', label: '行数' },
    { kind: 'distinct', label: '会员数', column: '会员号' },
    { kind: 'range', label: '时间范围', column: '下单时间' },
    { kind: 'list', label: '门店', column: '门店' },
    { kind: 'sum', label: '实付金额合计（元）', column: '实付金额', decimals: 2 },
  ],
  'logistics-customers': [
    { kind: 'rows', label: '客户数' },
    { kind: 'sum', label: '年营收合计（万元）', column: '年营收(万元)', decimals: 1 },
    { kind: 'sum', label: '服务成本合计（万元）', column: '服务成本(万元)', decimals: 1 },
  ],
  'satisfaction-survey': [
    { kind: 'rows', label: '受访者数' },
    { kind: 'blanks', label: '空白答案数' },
  ],
  'satisfaction-expectations': [
    { kind: 'rows', label: '受访者数' },
    { kind: 'blanks', label: '空白答案数' },
  ],
  'complaint-tickets': [
    { kind: 'rows', label: '工单数' },
    { kind: 'range', label: '时间范围', column: '受理时间' },
  ],
  'call-centre-volumes': [
    { kind: 'rows', label: '行数（天数 × 24 个时段）' },
    { kind: 'range', label: '日期范围', column: '日期' },
    { kind: 'sum', label: '来电总量', column: '来电量', decimals: 0 },
  ],
  'credit-applications': [
    { kind: 'rows', label: '申请数' },
    { kind: 'sum', label: '申请额度合计（万元）', column: '申请额度(万元)', decimals: 0 },
  ],
};

function fact(table: GeneratedTable, spec: FactSpec): string {
  if (spec.kind === 'rows') return groupedNumber(table.rows);
  if (spec.kind === 'blanks') {
    let blanks = 0;
    for (const column of Object.values(table.data)) for (const cell of column) if (cell === null) blanks++;
    return groupedNumber(blanks);
  }
  const cells = table.data[spec.column] ?? [];
  if (spec.kind === 'sum') {
    let sum = 0;
    for (const cell of cells) if (typeof cell === 'number') sum += cell;
    return groupedNumber(sum, spec.decimals);
  }
  const texts = cells.filter((c) => c !== null && c !== '').map(String);
  if (spec.kind === 'distinct') return groupedNumber(new Set(texts).size);
  if (spec.kind === 'list') return [...new Set(texts)].join('、');
  const days = texts.map((t) => t.slice(0, 10)).sort();
  return days.length === 0 ? '' : `${days[0]} 至 ${days[days.length - 1]}`;
}

/**
 * Facts of a generated file that a student can check in it (rows, customers, period, stores, totals),
 * to say how their own variant differs from the course's public file.
 * @throws never.
 * @example datasetFacts(generateDataset('calls')) // [{ label: '行数(天数 × 24 个时段)', value: '672' }, { label: '日期范围', value: '2024-10-14 至 2024-11-10' }, …]
 */
export function datasetFacts(dataset: GeneratedDataset): DatasetFact[] {
  return FACTS[dataset.id].map((spec) => ({ label: spec.label, value: fact(dataset.table, spec) }));
}

/**
 * The facts of a student's variant beside those of the public file of the same dataset.
 * @throws never.
 * @example variantDifferences(generateVariant('calls', '2023123456'), generateDataset('calls'))[1]
 * // { label: '日期范围', yours: '2023-…', common: '2024-10-14 至 2024-11-10', differs: true }
 */
export function variantDifferences(variant: GeneratedDataset, common: GeneratedDataset): VariantDifference[] {
  const theirs = datasetFacts(common);
  return datasetFacts(variant).map((f, i) => ({ label: f.label, yours: f.value, common: theirs[i]?.value ?? '', differs: f.value !== (theirs[i]?.value ?? '') }));
}
