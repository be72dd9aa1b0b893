/** A learner's answer to one item. Letters are option letters (A–D), never positions on screen. */
export type ExamResponse =
  /** 单选: one letter. */
  | { readonly kind: 'choice'; readonly choice: string }
  /** 多选: the letters chosen, in letter order ("AC"). */
  | { readonly kind: 'choices'; readonly choices: string }
  /** 判断 */
  | { readonly kind: 'judge'; readonly value: boolean }
  /** 填空: one text per blank. */
  | { readonly kind: 'blanks'; readonly values: readonly string[] }
  /** 名词解释, 简答, 论述, 计算: the learner's written answer. */
  | { readonly kind: 'text'; readonly text: string }
  /** 案例分析: one written answer per question. */
  | { readonly kind: 'case'; readonly texts: readonly string[] };

/** How an answer did: full marks, some, none. */
export type ExamVerdict = 'right' | 'partial' | 'wrong';

export const EXAM_VERDICT_LABELS: Readonly<Record<ExamVerdict, string>> = { right: '回答正确', partial: '部分正确', wrong: '回答错误' };
