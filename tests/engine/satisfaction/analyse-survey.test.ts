import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readTextColumns } from '~/engine/ingest';
import { analyseSurvey, compareSurveySegments, guessSurveyLayout, surveyFromColumns, type SurveyData } from '~/engine/satisfaction';
import { expectEngineError } from '../expect-engine-error';

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
};

/** Four respondents, worked by hand below. */
const SMALL: SurveyData = deepFreeze({
  respondents: 4,
  ids: ['S1', 'S2', 'S3', 'S4'],
  segments: [{ column: '类型', values: ['甲', '乙', '甲', '乙'] }],
  items: [
    { key: '可靠性_a', label: 'a', dimension: '可靠性', answers: [5, 3, null, 4] },
    { key: '可靠性_b', label: 'b', dimension: '可靠性', answers: [4, 2, 3, null] },
    { key: '有形性_c', label: 'c', dimension: '有形性', answers: [5, 5, 4, 4] },
  ],
  importance: [
    { key: '重要性_可靠性', target: '可靠性', answers: [5, 5, 4, null] },
    { key: '重要性_有形性', target: '有形性', answers: [2, 3, 3, 2] },
  ],
  overall: { key: '总体满意度', answers: [5, 3, 4, null] },
  nps: { key: '推荐意愿', answers: [10, 6, 9, 7] },
  scale: { min: 1, max: 5 },
  issues: [],
  issueCount: 0,
});

/** Expectations in another order, S3 missing, S9 not in the survey. */
const EXPECTED: SurveyData = deepFreeze({
  respondents: 4,
  ids: ['S4', 'S2', 'S1', 'S9'],
  segments: [],
  items: [
    { key: '可靠性_a', label: 'a', dimension: '可靠性', answers: [5, 4, 5, 1] },
    { key: '可靠性_b', label: 'b', dimension: '可靠性', answers: [5, 4, null, 1] },
  ],
  importance: [],
  overall: null,
  nps: null,
  scale: { min: 1, max: 5 },
  issues: [],
  issueCount: 0,
});

describe('analyseSurvey on four respondents (by hand)', () => {
  const r = analyseSurvey(SMALL, { expectations: EXPECTED });

  it('CSAT 2 of 3 answers, NPS (2 − 1) / 4, pooled dimension means', () => {
    expect(r.respondents).toBe(4);
    expect(r.csat).toMatchObject({ satisfied: 2, n: 3, missing: 1 });
    expect(r.csat!.csat).toBeCloseTo(200 / 3, 12);
    expect(r.nps).toMatchObject({ nps: 25, promoters: 2, passives: 1, detractors: 1 });
    // 可靠性 pools 5, 3, 4 and 4, 2, 3: 21 / 6; 有形性 18 / 4.
    expect(r.dimensions).toEqual([
      { dimension: '可靠性', mean: 3.5, n: 6, items: ['可靠性_a', '可靠性_b'] },
      { dimension: '有形性', mean: 4.5, n: 4, items: ['有形性_c'] },
    ]);
    expect(r.items.map((i) => [i.label, i.mean, i.n, i.missing])).toEqual([['a', 4, 3, 1], ['b', 3, 3, 1], ['c', 4.5, 4, 0]]);
  });

  it('IPA on the dimensions: importance 14/3 and 2.5, axes at their mean and at the mean performance 4', () => {
    expect(r.importance.map((q) => [q.target, q.kind, q.n, q.missing])).toEqual([['可靠性', 'dimension', 3, 1], ['有形性', 'dimension', 4, 0]]);
    expect(r.ipa!.level).toBe('dimension');
    expect(r.ipa!.importanceCut).toBeCloseTo((14 / 3 + 2.5) / 2, 12);
    expect(r.ipa!.performanceCut).toBe(4);
    expect(r.ipa!.items.map((i) => [i.item, i.name])).toEqual([['可靠性', '重点改进'], ['有形性', '过度投入']]);
    // At the scale's midpoint 3: 可靠性 4.67 / 3.5 is high on both; 有形性 2.5 is not above 3.
    expect(analyseSurvey(SMALL, { ipaCut: 'midpoint' }).ipa!.items.map((i) => i.name)).toEqual(['继续保持', '过度投入']);
  });

  it('pairs expectations by id: S1 → row 3, S2 → row 2, S4 → row 1; S3 and S9 unpaired', () => {
    // E(a) = (5 + 4 + 5) / 3, E(b) = (4 + 5) / 2 = 4.5; P(a) = 4, P(b) = 3; gaps −2/3 and −1.5, dimension −13/12.
    const [a, b] = r.servqual!.items;
    expect(a!.expectation).toBeCloseTo(14 / 3, 12);
    expect(a!.gap).toBeCloseTo(4 - 14 / 3, 12);
    expect(b).toMatchObject({ expectation: 4.5, perception: 3, gap: -1.5, expectationN: 2, perceptionN: 3 });
    expect(r.servqual!.dimensions).toHaveLength(1);
    expect(r.servqual!.dimensions[0]!.gap).toBeCloseTo(-13 / 12, 12);
    expect(r.expectationRespondents).toBe(3);
    expect(r.weights).toEqual({ 可靠性: 14 / 3 });
    expect(r.weighted!.weightedGap).toBeCloseTo(-13 / 12, 12);
    expect(r.weighted!.largestShortfall).toBe('可靠性');
    expect(r.warnings).toEqual([
      '有 1 份问卷在期望文件中找不到相同的问卷编号，它们的期望未计入。',
      '期望文件中有 1 份问卷在满意度文件中没有对应编号，未计入。',
      '期望文件中没有这些题项，未计算差距：有形性_c。',
    ]);
  });

  it('filters one segment: 甲 is S1 and S3', () => {
    const s = analyseSurvey(SMALL, { segment: { column: '类型', value: '甲' }, expectations: EXPECTED });
    expect(s.respondents).toBe(2);
    expect(s.csat!.csat).toBe(100);
    expect(s.nps!.nps).toBe(100);
    expect(s.dimensions[0]).toEqual({ dimension: '可靠性', mean: 4, n: 3, items: ['可靠性_a', '可靠性_b'] });
    // Only S1 has expectations: a 5 vs perception 5 → 0; b has no expectation answer, so it is left out.
    expect(s.servqual!.dimensions[0]).toMatchObject({ gap: 0, items: ['可靠性_a'] });
    expect(s.warnings).toContain('题目 可靠性_b 缺少期望或感知的回答，未计入差距。');
    const other = analyseSurvey(SMALL, { segment: { column: '类型', value: '乙' } });
    expect([other.csat!.csat, other.nps!.nps]).toEqual([0, -50]);
  });

  it('says what it could not use, and refuses an unknown segment column', () => {
    const odd = analyseSurvey({ ...SMALL, importance: [{ key: '重要性_停车', target: '停车', answers: [3, 3, 3, 3] }] });
    expect(odd.ipa).toBeNull();
    expect(odd.warnings).toEqual(['重要性题“重要性_停车”评的是“停车”，问卷里没有这个维度或题项，未用于重要性—绩效分析。']);
    expect(analyseSurvey({ ...SMALL, overall: null, nps: null })).toMatchObject({ csat: null, nps: null, servqual: null, weighted: null });
    expectEngineError(() => analyseSurvey(SMALL, { segment: { column: '地区', value: '北' } }), 'unknown-segment');
  });

  it('places an importance question that rates one item against that item’s mean', () => {
    const r2 = analyseSurvey({ ...SMALL, importance: [{ key: '重要性_c', target: 'c', answers: [4, 4, 4, 4] }] });
    expect(r2.ipa!.level).toBe('item');
    expect(r2.ipa!.items[0]).toMatchObject({ item: 'c', importance: 4, performance: 4.5 });
  });
});

describe('a large survey', () => {
  it('pools 200,000 answers per dimension without overflowing the stack (summariseSurvey once spread them into push)', () => {
    const n = 200_000;
    const answers = Array.from({ length: n }, (_, i) => 1 + (i % 5)); // each score 40,000 times: mean 3
    const big: SurveyData = { ...SMALL, respondents: n, ids: null, segments: [], importance: [], overall: null, nps: null, items: [{ key: 'a_x', label: 'x', dimension: 'a', answers }] };
    expect(analyseSurvey(big).dimensions).toEqual([{ dimension: 'a', mean: 3, n, items: ['a_x'] }]);
  });
});

describe('compareSurveySegments', () => {
  it('one analysis per value, largest group first, blanks counted apart', () => {
    const data = { ...SMALL, segments: [{ column: '类型', values: ['甲', '乙', '乙', ''] }] };
    const c = compareSurveySegments(data, '类型');
    expect(c.segments.map((s) => [s.value, s.analysis.respondents])).toEqual([['乙', 2], ['甲', 1]]);
    expect(c.blank).toBe(1);
    expectEngineError(() => compareSurveySegments(data, '地区'), 'unknown-segment');
  });

  it('the groups and the blanks add up to the whole survey', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('', '甲', '乙', '丙'), fc.option(fc.integer({ min: 1, max: 5 }), { nil: null })), { minLength: 1, maxLength: 30 }), (rows) => {
        const data: SurveyData = { ...SMALL, respondents: rows.length, ids: null, items: [], importance: [], nps: null, segments: [{ column: 'g', values: rows.map(([g]) => g) }], overall: { key: 'o', answers: rows.map(([, a]) => a) } };
        const c = compareSurveySegments(data, 'g');
        expect(c.segments.reduce((n, s) => n + s.analysis.respondents, 0) + c.blank).toBe(rows.length);
        const answered = rows.filter(([g, a]) => g !== '' && a !== null).length;
        expect(c.segments.reduce((n, s) => n + s.analysis.csat!.n, 0)).toBe(answered);
      }),
    );
  });
});

describe('analyseSurvey on the course’s survey (satisfaction-survey.csv with satisfaction-expectations.csv)', () => {
  const read = async (file: string) => {
    const bytes = new Uint8Array(readFileSync(new URL(`../../../public/datasets/${file}`, import.meta.url)));
    const columns = await readTextColumns((async function* () { yield bytes; })());
    return surveyFromColumns(columns, guessSurveyLayout(columns.headers, columns.columns));
  };

  // Every figure below was computed independently with Python's csv module (plain loops over the two files,
  // blanks skipped, expectations paired by 问卷编号), not with this code.
  it('reproduces CSAT, NPS, dimension means, gaps and IPA quadrants', async () => {
    const survey = await read('satisfaction-survey.csv');
    const expectations = await read('satisfaction-expectations.csv');
    const r = analyseSurvey(survey, { expectations });
    expect(r.csat).toMatchObject({ satisfied: 213, n: 584, missing: 16 });
    expect(r.csat!.csat).toBeCloseTo(36.4726, 4);
    expect(r.nps).toMatchObject({ nps: -25, promoters: 118, passives: 202, detractors: 264 });
    expect(r.dimensions.map((d) => [d.dimension, d.n])).toEqual([['有形性', 2349], ['可靠性', 2352], ['响应性', 1763], ['保证性', 1760], ['移情性', 1762]]);
    expect(r.dimensions.map((d) => d.mean!)).toEqual([4.1141, 2.9758, 3.2535, 3.85, 3.424].map((m) => expect.closeTo(m, 4)));
    expect(r.servqual!.dimensions.map((d) => d.gap!)).toEqual([0.6657, -1.6022, -1.0413, -0.3282, -0.4847].map((g) => expect.closeTo(g, 4)));
    expect(r.ipa!.items.map((i) => i.name)).toEqual(['过度投入', '重点改进', '重点改进', '继续保持', '优先级低']);
    expect(r.weighted!.largestShortfall).toBe('可靠性');
    expect(r.warnings).toEqual([]);

    const c = compareSurveySegments(survey, '客户类型', { expectations });
    expect(c.segments.map((s) => [s.value, s.analysis.respondents, s.analysis.nps!.promoters, s.analysis.nps!.passives, s.analysis.nps!.detractors])).toEqual([
      ['个人寄件', 340, 67, 121, 146],
      ['电商商家', 165, 27, 51, 80],
      ['企业客户', 95, 24, 30, 38],
    ]);
    expect(c.segments.map((s) => s.analysis.csat!.csat!)).toEqual([37.3089, 31.2883, 42.5532].map((v) => expect.closeTo(v, 4)));
    // The story: e-commerce merchants are the least satisfied with reliability (gap −1.86).
    expect(c.segments.map((s) => s.analysis.servqual!.dimensions[1]!.gap!)).toEqual([-1.51, -1.8636, -1.4731].map((v) => expect.closeTo(v, 4)));
  });
});
