// What the batch mode reads: one credit application per row, its five 0–100 scores and (optionally) whether it defaulted.
import type { ColumnSpec } from '../../engine/ingest/read-table';

const score = (key: string, name: string, english: string): ColumnSpec => ({
  key, type: 'number', label: `${name}得分`, labelEn: `${english} score`, synonyms: [`${name}得分`, `${name}`, `${name}分`, english, `${english} score`],
});

export const CREDIT_TABLE: readonly ColumnSpec[] = [
  { key: 'customer', type: 'string', label: '申请编号', labelEn: 'application', synonyms: ['申请编号', '编号', '客户编号', '客户名称', 'id', 'application'], required: false },
  score('character', '品格', 'character'),
  score('capacity', '能力', 'capacity'),
  score('capital', '资本', 'capital'),
  score('collateral', '抵押', 'collateral'),
  score('conditions', '条件', 'conditions'),
  { key: 'defaulted', type: 'string', label: '是否违约', labelEn: 'defaulted', synonyms: ['是否违约', '违约', '违约与否', 'default', 'defaulted', 'bad'], required: false },
];

export const CREDIT_DATASETS = ['credit-applications'] as const;
