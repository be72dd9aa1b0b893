import { creditGradeDistribution } from '../information/credit/credit-grade-distribution';
import { EngineError } from '../core/errors';
import type { GeneratedDataset } from '../generate/generate-dataset';
import { numericColumn, textColumn } from './generated-columns';
import { answerKeyHeader } from './header';
import type { CreditAnswerKey } from './types';

const SCORE_COLUMNS = { character: '品格得分', capacity: '能力得分', capital: '资本得分', collateral: '抵押得分', conditions: '条件得分' } as const;

/**
 * The answer key of a credit-application file: each application's 5C score with equal weights (0.2 each),
 * its grade (AAA ≥ 90, AA ≥ 80, A ≥ 70, B ≥ 60, C below), the number and share of applications per grade,
 * and the default rate per grade from 是否违约.
 *
 * Source: `rateCredit5c` (five Cs of credit, Brigham & Ehrhardt; 客户信用评估 in the course standard).
 * @throws EngineError `missing-column` when the table is not a credit file; `invalid-score` for a score
 *   that is missing or outside 0–100.
 * @example creditAnswerKey(generateDataset('credit')).grades.map((g) => g.grade) // ['AAA', 'AA', 'A', 'B', 'C']
 */
export function creditAnswerKey(dataset: GeneratedDataset): CreditAnswerKey {
  const { table } = dataset;
  const columns = Object.fromEntries(Object.entries(SCORE_COLUMNS).map(([key, name]) => [key, numericColumn(table, name)])) as Record<keyof typeof SCORE_COLUMNS, (number | null)[]>;
  const outcome = textColumn(table, '是否违约');
  const score = (key: keyof typeof SCORE_COLUMNS, i: number): number => {
    const value = columns[key][i];
    if (value === null || value === undefined) {
      throw new EngineError('invalid-score', `第 ${i + 1} 份申请缺少${SCORE_COLUMNS[key]}(application ${i + 1} has no ${key} score)`, { row: i + 1 });
    }
    return value;
  };
  const applications = outcome.map((o, i) => ({
    scores: { character: score('character', i), capacity: score('capacity', i), capital: score('capital', i), collateral: score('collateral', i), conditions: score('conditions', i) },
    defaulted: o === '是' ? true : o === '否' ? false : null,
  }));
  const distribution = creditGradeDistribution(applications);
  const method = [
    '5C 加权得分 = 品格、能力、资本、抵押、条件五项得分各乘 0.2 后相加；等级：AAA ≥ 90，AA ≥ 80，A ≥ 70，B ≥ 60，其余为 C。',
    '违约率 = 该等级中“是否违约”为“是”的申请数 ÷ 该等级的申请数。',
  ];
  return {
    ...answerKeyHeader(dataset, method, []),
    kind: 'credit',
    applications: distribution.applications,
    meanScore: distribution.meanScore,
    grades: distribution.grades,
  };
}
