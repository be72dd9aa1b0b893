import { existsSync, readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import * as engine from '~/engine';
import { BLANK, DIFFICULTIES, EXAM_TYPES, examFileSchema, examItemSchema, type ExamCompute, type ExamFile, type ExamItem, type ExamType } from '~/lib/exam-schema';
import { convertFile } from '../../scripts/fullwidth-punctuation';
import { loadChapters, loadMdx } from './load';

/*
 * The exam bank (content/exam/): for every chapter and the logistics supplement at least 40 items in the nine
 * styles of Chinese CRM exams. The schema checks each item (points by type, 评分要点 adding up, one answer per
 * blank); this test checks what needs the whole bank or the chapters: counts per type and difficulty, every
 * knowledge point and objective served, ids and stems unique across the bank, no copy of a self-check question,
 * and every 计算 item's numbers recomputed by the engine from the inputs its stem states.
 */

const ROOT = 'content/exam';
const REQUIRED = [
  '01-crm-philosophy', '02-crm-technology', '03-customer-selection', '04-customer-acquisition', '05-customer-information',
  '06-customer-tiering', '07-customer-communication', '08-customer-satisfaction', '09-customer-loyalty', '10-customer-winback',
  'logistics-customer-service',
];

const MIN_ITEMS = 40;
/** Least items of each type per bank (the writers aim higher: about 6, 6, 10, 6, 6, 4, 2, –, 1–2). */
const MIN_BY_TYPE: Record<ExamType, number> = { 名词解释: 4, 填空: 4, 单选: 8, 多选: 4, 判断: 4, 简答: 3, 论述: 1, 计算: 0, 案例分析: 1 };
/** Chapters with numbers to compute need at least two 计算 items. */
const WITH_NUMBERS = new Set(['02-crm-technology', '03-customer-selection', '05-customer-information', '06-customer-tiering', '08-customer-satisfaction', '09-customer-loyalty', '10-customer-winback']);
/** Share of items per difficulty: the aim is 30 % 易, 50 % 中, 20 % 难. */
const DIFFICULTY_SHARE: Record<(typeof DIFFICULTIES)[number], [min: number, max: number]> = { 易: [0.15, 0.45], 中: [0.35, 0.65], 难: [0.1, 0.3] };

interface Lesson {
  objectives: string[];
  sections: { heading: string; points: string[] }[];
}
const lessons = new Map<string, Lesson>([
  ...loadChapters().map((c) => [c.slug, c.data as unknown as Lesson] as const),
  ...loadMdx<Lesson>('content/supplements').map((s) => [s.slug, s.data] as const),
]);

const files = existsSync(ROOT) ? readdirSync(ROOT).filter((name) => name.endsWith('.yaml')).sort() : [];
const banks: [slug: string, bank: ExamFile][] = files.map((name) => {
  const parsed = examFileSchema.safeParse(yaml.load(readFileSync(`${ROOT}/${name}`, 'utf8')));
  if (!parsed.success) throw new Error(`${ROOT}/${name}:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  return [name.replace(/\.yaml$/, ''), parsed.data];
});
const allItems = banks.flatMap(([slug, bank]) => bank.items.map((item) => ({ slug, item })));

/** A stem reduced to its words: no spaces, punctuation, blanks or answer brackets. */
const normaliseStem = (text: string) => text.replace(BLANK, '').replace(/[\s\p{P}\p{S}]/gu, '');
const stemOf = (item: ExamItem) => (item.type === '案例分析' ? item.case : item.stem);

describe('the bank’s files', () => {
  it('are named after a chapter or supplement and say so', () => {
    for (const [slug, bank] of banks) {
      expect(lessons.has(slug), `${slug}.yaml names no chapter or supplement`).toBe(true);
      expect(bank.chapter, `${slug}.yaml`).toBe(slug);
    }
  });

  it('cover every chapter and the logistics supplement', () => {
    const written = new Set(banks.map(([slug]) => slug));
    expect(REQUIRED.filter((slug) => !written.has(slug)), 'missing banks').toEqual([]);
  });
});

describe.each(banks)('%s', (slug, bank) => {
  const lesson = lessons.get(slug)!;
  const count = (type: ExamType) => bank.items.filter((i) => i.type === type).length;

  it(`has at least ${MIN_ITEMS} items and every type its minimum`, () => {
    expect(bank.items.length).toBeGreaterThanOrEqual(MIN_ITEMS);
    for (const type of EXAM_TYPES) {
      const least = type === '计算' && WITH_NUMBERS.has(slug) ? 2 : MIN_BY_TYPE[type];
      expect(count(type), type).toBeGreaterThanOrEqual(least);
    }
  });

  it('mixes the difficulties about 30 % 易, 50 % 中, 20 % 难', () => {
    for (const level of DIFFICULTIES) {
      const share = bank.items.filter((i) => i.difficulty === level).length / bank.items.length;
      const [min, max] = DIFFICULTY_SHARE[level];
      expect(share, level).toBeGreaterThanOrEqual(min);
      expect(share, level).toBeLessThanOrEqual(max);
    }
  });

  it('names the chapter’s own knowledge points and objectives, and covers every one of them', () => {
    const points = lesson.sections.flatMap((s) => s.points);
    for (const item of bank.items) {
      expect(points, `${item.id}: knowledge`).toContain(item.knowledge);
      expect(item.goal, `${item.id}: goal`).toBeLessThanOrEqual(lesson.objectives.length);
    }
    const known = new Set(bank.items.map((i) => i.knowledge));
    expect(points.filter((p) => !known.has(p)), 'knowledge points without an item').toEqual([]);
    const served = new Set(bank.items.map((i) => i.goal));
    expect(lesson.objectives.filter((_, i) => !served.has(i + 1)), 'objectives without an item').toEqual([]);
  });

  it('has one defensible key per objective item: keys spread over the letters, 判断 both ways, an explanation that teaches', () => {
    const singleKeys = new Set(bank.items.flatMap((i) => (i.type === '单选' ? [i.answer] : [])));
    expect(singleKeys.size, '单选 keys use at least three letters').toBeGreaterThanOrEqual(3);
    const judgements = new Set(bank.items.flatMap((i) => (i.type === '判断' ? [i.answer] : [])));
    expect([...judgements].sort(), '判断 keys').toEqual([false, true]);
    for (const item of bank.items) {
      if (!('explanation' in item)) continue;
      expect([...item.explanation].length, `${item.id}: explanation`).toBeGreaterThanOrEqual(20);
      if (item.type === '单选' || item.type === '多选') {
        const options = item.options.map(normaliseStem);
        expect(new Set(options).size, `${item.id}: options differ`).toBe(4);
      }
      if (item.type === '填空') {
        for (const [i, accepted] of item.answer.entries()) expect(new Set(accepted).size, `${item.id}: blank ${i + 1}`).toBe(accepted.length);
      }
    }
  });
});

describe('across the bank', () => {
  it('ids are unique', () => {
    const ids = allItems.map(({ item }) => item.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('no item is repeated, within a chapter or across chapters (stems compared without spaces and punctuation)', () => {
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const { item } of allItems) {
      const key = normaliseStem(stemOf(item));
      const first = seen.get(key);
      if (first) repeats.push(`${item.id} repeats ${first}`);
      else seen.set(key, item.id);
    }
    expect(repeats).toEqual([]);
  });

  it('no item copies a self-check question of content/quizzes/', () => {
    const prompts = new Set(
      readdirSync('content/quizzes')
        .filter((n) => n.endsWith('.yaml'))
        .flatMap((n) => (yaml.load(readFileSync(`content/quizzes/${n}`, 'utf8')) as { sets: { questions: { prompt: string }[] }[] }).sets.flatMap((s) => s.questions.map((q) => normaliseStem(q.prompt)))),
    );
    expect(allItems.filter(({ item }) => prompts.has(normaliseStem(stemOf(item)))).map(({ item }) => item.id)).toEqual([]);
  });

  it('writes Chinese with full-width punctuation (the project’s converter, scripts/fullwidth-punctuation.ts, changes no line)', () => {
    for (const name of files) {
      const { changes } = convertFile(readFileSync(`${ROOT}/${name}`, 'utf8'), 'yaml');
      expect(changes, name).toEqual([]);
    }
  });
});

describe('计算 items, recomputed by the engine', () => {
  const calculations = allItems.flatMap(({ item }) => (item.type === '计算' ? [item] : []));

  it('every 计算 item: its stem states every input, the engine gives every number its answer quotes', () => {
    expect(calculations.flatMap((item) => calculationProblems(item).map((p) => `${item.id}: ${p}`))).toEqual([]);
  });

  it('the check finds a wrong number, an unquoted result and an input the stem does not state', () => {
    // 300 ÷ 1.1 + 240 ÷ 1.21 + 192 ÷ 1.331 + 153.6 ÷ 1.4641 + 122.88 ÷ 1.61051 = 272.7273 + 198.3471 + 144.2524 + 104.9109 + 76.2988 = 796.5365 (by hand).
    const item = {
      stem: '某客户每年贡献毛利 300 元，保留率 80%，贴现率 10%，计算 5 年的客户终身价值（保留两位小数）。',
      answer: '各年现值相加，客户终身价值为 796.54 元。',
      compute: { fn: 'customerLifetimeValue', input: { margin: 300, retention: 0.8, discount: 0.1, years: 5 }, expect: { clv: 796.54 } },
    };
    expect(calculationProblems(item)).toEqual([]);
    expect(calculationProblems({ ...item, compute: { ...item.compute, expect: { clv: 1012.35 } } })).toEqual([
      'clv: 引擎得 796.5365，答案写 1012.35',
      'clv: 答案没有写出 1012.35',
    ]);
    expect(calculationProblems({ ...item, stem: item.stem.replace('300', '350') })).toEqual(['题干没有写出输入 300']);
    expect(calculationProblems({ ...item, compute: { ...item.compute, fn: 'noSuchFunction' } })).toEqual(['noSuchFunction 不是引擎导出的函数']);
  });
});

describe('the schema rejects a broken item, naming the field', () => {
  const good = { id: '01-short-001', type: '简答', difficulty: '中', points: 6, knowledge: '关系营销', goal: 5, stem: '简述关系营销的要点。', answer: '关系营销以长期关系为目标。', rubric: [{ point: '长期关系', score: 3 }, { point: '互利共赢', score: 3 }] };
  const issues = (item: unknown) => {
    const result = examItemSchema.safeParse(item);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it.each([
    ['a rubric that does not add up to the points', { ...good, points: 7 }, 'rubric: 评分要点合计 6 分'],
    ['a type code that is not the type’s', { ...good, id: '01-essay-001' }, 'id: 简答题的题号须含 -short-'],
    ['points outside the type’s range', { ...good, points: 12, rubric: [{ point: '全部', score: 12 }] }, 'points: 简答题分值须在 5–8 分之间'],
    ['a 填空 with more answers than blanks', { id: '01-fill-001', type: '填空', difficulty: '易', points: 2, knowledge: '关系营销', goal: 5, stem: '关系营销的核心是____。', answer: [['关系'], ['信任']], explanation: '关系营销以建立和维护长期关系为核心。' }, 'answer: 题干有 1 个空'],
    ['a 多选 key out of order', { id: '01-multi-001', type: '多选', difficulty: '中', points: 2, knowledge: '关系营销', goal: 5, stem: '关系营销的特征有（  ）。', options: ['甲', '乙', '丙', '丁'], answer: 'CA', explanation: '甲和丙是关系营销的特征，乙和丁不是。' }, 'answer: 多选答案须为按顺序排列的字母'],
    ['an “all of the above” option', { id: '01-mc-001', type: '单选', difficulty: '易', points: 1, knowledge: '关系营销', goal: 5, stem: '关系营销的特征是（  ）。', options: ['甲', '乙', '丙', '以上都对'], answer: 'D', explanation: '这是一道用来检查选项写法的题目。' }, 'options.3: 选项不得用“以上都对”'],
  ])('%s', (_, item, message) => {
    expect(issues(good)).toEqual([]);
    expect(issues(item).join('\n')).toContain(message);
  });

  it('a case whose questions do not add up to the case', () => {
    const question = { stem: '分析原因。', points: 8, answer: '原因是没有选择客户。', rubric: [{ point: '指出原因', score: 8 }] };
    const item = { id: '01-case-001', type: '案例分析', difficulty: '难', points: 20, knowledge: '关系营销', goal: 5, case: '案'.repeat(300), questions: [question, question] };
    expect(issues(item).join('\n')).toContain('points: 各小题合计 16 分，与案例分值 20 分不符');
    expect(issues({ ...item, points: 16 })).toEqual([]);
  });
});

/** What is wrong with a 计算 item's numbers: inputs its stem does not state, results the engine does not give or its answer does not quote. */
function calculationProblems(item: { stem: string; answer: string; compute: ExamCompute }): string[] {
  const { compute } = item;
  const fn = (engine as Record<string, unknown>)[compute.fn];
  if (typeof fn !== 'function') return [`${compute.fn} 不是引擎导出的函数`];
  const problems = inputsNotIn(compute, item.stem).map((n) => `题干没有写出输入 ${n}`);
  const result = (fn as (...args: unknown[]) => unknown)(structuredClone(compute.input), ...(structuredClone(compute.args) ?? []));
  for (const [path, quoted] of Object.entries(compute.expect)) {
    const computed = path.split('.').reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), result);
    if (typeof quoted !== 'number') {
      if (computed !== quoted) problems.push(`${path}: 引擎得 ${String(computed)}，答案写 ${String(quoted)}`);
      continue;
    }
    if (typeof computed !== 'number' || Math.abs(computed - quoted) > 0.5 * 10 ** -decimalsOf(quoted) + 1e-9) {
      problems.push(`${path}: 引擎得 ${typeof computed === 'number' ? Number(computed.toFixed(4)) : String(computed)}，答案写 ${quoted}`);
    }
    if (!quotes(item.answer, quoted)) problems.push(`${path}: 答案没有写出 ${quoted}`);
  }
  return problems;
}

/** Number leaves of the block's input and args. */
function inputNumbers(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(inputNumbers);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(inputNumbers);
  return [];
}

function inputsNotIn(compute: ExamCompute, stem: string): number[] {
  return [...new Set(inputNumbers([compute.input, compute.args ?? []]))].filter((n) => !quotes(stem, n));
}

const decimalsOf = (value: number) => (String(value).split('.')[1] ?? '').length;

/** Whether `text` writes `value` as a number of its own: plain, with thousands separators, or as a percentage. */
function quotes(text: string, value: number): boolean {
  const d = decimalsOf(value);
  const forms = new Set([value.toFixed(d), value.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d })]);
  const percent = Number((value * 100).toFixed(Math.max(d - 2, 0)));
  if (Math.abs(value) <= 10) forms.add(`${percent}%`).add(`${percent}％`);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...forms].some((form) => new RegExp(`(?<![\\d.,])${escape(form)}(?![\\d]|[.,]\\d)`).test(text));
}

describe('reading numbers in a text', () => {
  it.each([
    ['毛利 1,012.35 元', 1012.35, true],
    ['毛利 1012.35 元', 1012.35, true],
    ['留存率 80%', 0.8, true],
    ['服务水平 80.9%', 0.809, true],
    ['来电 200 通', 20, false],
    ['来电 20 通', 20, true],
    ['成本 1.5 元', 5, false],
    ['共 12,000 元', 12000, true],
  ])('%s has %s: %s', (text, value, found) => {
    expect(quotes(text, value)).toBe(found);
  });
});
