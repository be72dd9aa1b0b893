import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { QuizQuestion, QuizSet } from '~/engine';

/*
 * Every quiz question has one defensible answer: a number key written to the precision its prompt asks for,
 * and no wrong option that the question's own text makes right as well.
 * (tests/content/quizzes.test.ts recomputes every number key with the engine.)
 */

const ROOT = 'content/quizzes';
const questions = readdirSync(ROOT)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .flatMap((name) => {
    const { sets } = yaml.load(readFileSync(`${ROOT}/${name}`, 'utf8')) as { sets: QuizSet[] };
    return sets.flatMap((set) => set.questions.map((q): [string, QuizQuestion] => [`${name.replace(/\.yaml$/, '')}/${set.id}/${q.id}`, q]));
  });

/** The decimals a prompt asks for: （精确到元）→ 0, （保留一位小数）→ 1, （%，保留两位小数）→ 2; null when it does not say. */
export function statedDecimals(prompt: string): number | null {
  if (/精确到(?:元|个位|整数)|取整/.test(prompt)) return 0;
  const kept = /保留([一二两三])位小数/.exec(prompt);
  return kept ? { 一: 1, 二: 2, 两: 2, 三: 3 }[kept[1] as '一' | '二' | '两' | '三'] : null;
}

const decimalsOf = (value: number) => (String(value).split('.')[1] ?? '').length;

const numberQuestions = questions.flatMap(([key, q]) => (q.kind === 'number' ? [[key, q] as const] : []));

describe('number keys are written to the precision the prompt asks for', () => {
  it.each(numberQuestions)('%s', (_key, q) => {
    const stated = statedDecimals(q.prompt);
    // A prompt that names no precision expects a whole number.
    const decimals = stated ?? 0;
    expect(decimalsOf(q.answer), `answer ${q.answer}`).toBeLessThanOrEqual(decimals);
    // Half a unit of the stated precision: every answer that rounds to the key counts, and nothing else.
    if (stated !== null) expect(q.tolerance).toBeCloseTo(0.5 * 10 ** -stated, 12);
  });

  it('reads the precision a prompt asks for', () => {
    expect(statedDecimals('终身价值是多少元？（精确到元）')).toBe(0);
    expect(statedDecimals('提升度是多少？（保留一位小数）')).toBe(1);
    expect(statedDecimals('是多少？（%，保留两位小数）')).toBe(2);
    expect(statedDecimals('利润是多少元？')).toBeNull();
  });
});

/** A wrong option's feedback that grants the option (“这个客户确实不是好客户”) makes it a second right answer. */
const CONCEDES = /确实|也(?:符合|属于|违背|体现)|同样(?:符合|违背|属于)/;

describe('wrong options stay wrong', () => {
  it('no single-choice question’s feedback on a wrong option concedes that option', () => {
    const conceded = questions.flatMap(([key, q]) =>
      q.kind === 'single' ? q.options.filter((o) => o.id !== q.answer && o.why && CONCEDES.test(o.why)).map((o) => `${key}/${o.id}: ${o.why}`) : [],
    );
    expect(conceded).toEqual([]);
  });

  /** The day-to-day work chapter 2 gives to operational CRM (its 手): a scenario keyed to another type must not describe it. */
  const OPERATIONAL_WORK = ['预约', '工单', '收银', '下单', '报价', '拜访记录', '查询配件价格', '自动化'];
  const CRM_TYPES = ['operational', 'analytical', 'collaborative'];

  it('a question on the type of CRM describes only the keyed type’s work', () => {
    const typeQuestions = questions.filter(([, q]) => q.kind === 'single' && CRM_TYPES.every((id) => q.options.some((o) => o.id === id)));
    expect(typeQuestions.length).toBeGreaterThan(0);
    for (const [key, q] of typeQuestions) {
      if (q.kind !== 'single' || q.answer === 'operational') continue;
      const text = `${q.scenario ?? ''}${q.prompt}`;
      expect(OPERATIONAL_WORK.filter((word) => text.includes(word)), key).toEqual([]);
    }
  });
});
