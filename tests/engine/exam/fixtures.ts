import type { Blueprint, ExamBankItem, ExamDifficulty, ExamItemType } from '~/engine/exam';
import { EXAM_TYPE_CODES as EXAM_TYPE_CODE } from '~/lib/exam-schema';

const DIFFICULTIES: ExamDifficulty[] = ['易', '中', '中', '难', '易', '中'];
const POINTS: Record<ExamItemType, number> = { 名词解释: 4, 填空: 1, 单选: 1, 多选: 2, 判断: 1, 简答: 6, 论述: 12, 计算: 10, 案例分析: 20 };

function rubricOf(points: number) {
  const half = Math.floor(points / 2);
  return [
    { point: '说出要点一', score: half },
    { point: '说出要点二', score: points - half },
  ];
}

/**
 * A made-up bank: for each chapter `perType[type]` items of every type, difficulties cycling 易 中 中 难 易 中, four
 * knowledge points and three goals per chapter, every 填空 with one blank except every third with two.
 */
export function makeBank(chapters: readonly string[], perType: Partial<Record<ExamItemType, number>>): ExamBankItem[] {
  const items: ExamBankItem[] = [];
  chapters.forEach((chapter, c) => {
    const prefix = String(c + 1).padStart(2, '0');
    for (const [type, count] of Object.entries(perType) as [ExamItemType, number][]) {
      for (let i = 0; i < count; i++) {
        const base = {
          id: `${prefix}-${EXAM_TYPE_CODE[type]}-${String(i + 1).padStart(3, '0')}`,
          chapter,
          difficulty: DIFFICULTIES[(i + c) % DIFFICULTIES.length]!,
          knowledge: `知识点${(i % 4) + 1}`,
          goal: (i % 3) + 1,
        };
        const stem = `第 ${c + 1} 章${type}题 ${i + 1}`;
        switch (type) {
          case '单选':
            items.push({ ...base, type, points: 1, stem, options: ['甲', '乙', '丙', '丁'], answer: 'B', explanation: '因为乙。' });
            break;
          case '多选':
            items.push({ ...base, type, points: 2, stem, options: ['甲', '乙', '丙', '丁'], answer: 'ACD', explanation: '甲丙丁。' });
            break;
          case '判断':
            items.push({ ...base, type, points: 1, stem, answer: i % 2 === 0, explanation: '如此。' });
            break;
          case '填空': {
            const blanks = i % 3 === 2 ? 2 : 1;
            items.push({ ...base, type, points: blanks, stem: `${stem}：${'____，'.repeat(blanks)}`, answer: Array.from({ length: blanks }, (_, k) => [`答案${k + 1}`]), explanation: '如此。' });
            break;
          }
          case '案例分析':
            items.push({
              ...base, type, points: 20, case: '案例正文。', questions: [
                { stem: '问题一', points: 10, answer: '答案一', rubric: rubricOf(10) },
                { stem: '问题二', points: 10, answer: '答案二', rubric: rubricOf(10) },
              ],
            });
            break;
          default:
            items.push({ ...base, type, points: POINTS[type], stem, answer: '参考答案', rubric: rubricOf(POINTS[type]) } as ExamBankItem);
        }
      }
    }
  });
  return items;
}

export const CHAPTERS = ['01-one', '02-two', '03-three', '04-four'];

/** Enough of every type in each of four chapters for two papers with no item in common. */
export const BANK = makeBank(CHAPTERS, { 名词解释: 6, 填空: 8, 单选: 12, 多选: 6, 判断: 7, 简答: 4, 论述: 2, 计算: 2, 案例分析: 2 });

/** 16 + 8 + 10 + 10 + 8 + 18 + 10 + 20 = 100 points. */
export const BLUEPRINT: Blueprint = {
  sections: [
    { type: '名词解释', count: 4, points: 4 },
    { type: '填空', count: 8, points: 1 },
    { type: '单选', count: 10, points: 1 },
    { type: '多选', count: 5, points: 2 },
    { type: '判断', count: 8, points: 1 },
    { type: '简答', count: 3, points: 6 },
    { type: '计算', count: 1, points: 10 },
    { type: '案例分析', count: 1, points: 20 },
  ],
  duration: 120,
  difficulty: { 易: 30, 中: 50, 难: 20 },
  chapters: { '01-one': 1, '02-two': 1, '03-three': 1, '04-four': 1 },
};
