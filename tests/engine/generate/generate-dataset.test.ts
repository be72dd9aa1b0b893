import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GENERATED_DATASETS, GENERATED_DATASET_IDS } from '~/engine/generate/catalogue';
import { findGeneratedDataset, generateDataset, generateVariant, normaliseStudentNumber } from '~/engine/generate/generate-dataset';
import { hashText } from '~/engine/generate/hash-text';
import { expectEngineError } from '../expect-engine-error';

// The small datasets, cheap enough to generate many times.
const SMALL = ['logistics-customers', 'satisfaction-survey', 'satisfaction-expectations', 'complaint-tickets', 'call-centre-volumes', 'credit-applications'] as const;

describe('generateDataset', () => {
  it.each(SMALL)('%s: the same call gives the same bytes; the CSV and the columns agree', (id) => {
    const a = generateDataset(id);
    const b = generateDataset(id);
    expect(a.csv).toBe(b.csv);
    expect(a.id).toBe(id);
    expect(a.file).toBe(`${id}.csv`);
    expect(a.studentNumber).toBeNull();
    const lines = a.csv.split('\n');
    expect(lines.at(-1)).toBe(''); // ends with a newline
    expect(lines[0]).toBe(a.table.columns.map((c) => c.name).join(','));
    expect(lines.length - 2).toBe(a.table.rows);
    for (const column of a.table.columns) expect(a.table.data[column.name]).toHaveLength(a.table.rows);
    expect(a.csv.startsWith('\uFEFF')).toBe(false);
    expect(generateDataset(id, { bom: true }).csv).toBe(`\uFEFF${a.csv}`);
  });

  it('accepts short aliases and file names, in any case', () => {
    expect(findGeneratedDataset('retail')?.id).toBe('retail-transactions');
    expect(findGeneratedDataset(' Logistics ')?.id).toBe('logistics-customers');
    expect(findGeneratedDataset('calls')?.id).toBe('call-centre-volumes');
    expect(findGeneratedDataset('credit-applications.csv')?.id).toBe('credit-applications');
    expect(findGeneratedDataset('expectations')?.id).toBe('satisfaction-expectations');
    expect(findGeneratedDataset('cdnow-sample')).toBeNull();
    expect(generateDataset('CREDIT').csv).toBe(generateDataset('credit-applications').csv);
  });

  it('a seed gives the committed shape with other numbers', () => {
    const committed = generateDataset('calls');
    const other = generateDataset('calls', Object.freeze({ seed: 7 }));
    expect(other.seed).toBe(7);
    expect(other.table.rows).toBe(committed.table.rows);
    expect(other.table.data['日期']).toEqual(committed.table.data['日期']);
    expect(other.csv).not.toBe(committed.csv);
    expect(generateDataset('calls', { seed: committed.seed }).csv).toBe(committed.csv);
  });

  it('catalogue ids are unique and every one generates', () => {
    expect(new Set(GENERATED_DATASETS.map((d) => d.id)).size).toBe(GENERATED_DATASETS.length);
    expect(GENERATED_DATASETS.map((d) => d.id)).toEqual([...GENERATED_DATASET_IDS]);
    const aliases = GENERATED_DATASETS.flatMap((d) => d.aliases);
    expect(new Set(aliases).size).toBe(aliases.length);
  });

  it.each([
    ['unknown-dataset', () => generateDataset('cdnow-sample')],
    ['unknown-dataset', () => generateDataset('')],
    ['conflicting-options', () => generateDataset('calls', { seed: 1, studentNumber: '1' })],
    ['invalid-seed', () => generateDataset('calls', { seed: 1.5 })],
    ['invalid-student-number', () => generateDataset('calls', { studentNumber: '' })],
    ['invalid-student-number', () => generateDataset('calls', { studentNumber: '   ' })],
    ['invalid-student-number', () => generateVariant('calls', '学号')],
    ['invalid-student-number', () => generateVariant('calls', '2023/123')],
    ['invalid-student-number', () => generateVariant('calls', '1'.repeat(33))],
  ])('throws %s', (code, fn) => {
    expectEngineError(fn, code);
  });

  it('pins the wording of one error', () => {
    expect(() => generateDataset('nope')).toThrowErrorMatchingInlineSnapshot(`[EngineError: 没有名为“nope”的生成数据集(no generated dataset named "nope")]`);
  });
});

describe('student variants (学号)', () => {
  it('the seed is FNV-1a of "dataset|number": checked against the hash of the text', () => {
    // 'retail-transactions|2023123456' hashes to 1516725322 (a Python FNV-1a over the UTF-8 bytes)
    expect(hashText('retail-transactions|2023123456')).toBe(1516725322);
    expect(generateVariant('logistics', '2023123456').seed).toBe(hashText('logistics-customers|2023123456'));
  });

  it('normalises what students type: full-width digits, spaces, lower-case letters', () => {
    expect(normaliseStudentNumber(' ２０２３ 123456 ')).toBe('2023123456');
    expect(normaliseStudentNumber('b2023-07_x')).toBe('B2023-07_X');
    expect(generateVariant('calls', '２０２３１２３４５６').csv).toBe(generateVariant('calls', '2023123456').csv);
    expect(generateVariant('calls', '2023123456').file).toBe('call-centre-volumes-2023123456.csv');
  });

  it('the survey and its expectations share the student\'s respondents', () => {
    const survey = generateVariant('survey', '2023123456');
    const expectations = generateVariant('expectations', '2023123456');
    expect(survey.seed).toBe(expectations.seed);
    expect(expectations.table.data['问卷编号']).toEqual(survey.table.data['问卷编号']);
  });

  it('the same number gives the same bytes; different numbers give different data', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SMALL), fc.stringMatching(/^[0-9]{6,12}$/), fc.stringMatching(/^[0-9]{6,12}$/), (id, a, b) => {
        fc.pre(a !== b);
        const first = generateVariant(id, a);
        expect(generateVariant(id, a).csv).toBe(first.csv);
        expect(first.studentNumber).toBe(a);
        expect(generateVariant(id, b).csv).not.toBe(first.csv);
        expect(first.csv).not.toBe(generateDataset(id).csv);
      }),
      { numRuns: 30 },
    );
  });

  it('student variants differ in size or dates, not only in the last digits', () => {
    const sizes = new Set(['1', '2', '3', '4', '5', '6'].map((n) => generateVariant('logistics', `202300000${n}`).table.rows));
    expect(sizes.size).toBeGreaterThan(3);
    const starts = new Set(['1', '2', '3', '4', '5', '6'].map((n) => generateVariant('calls', `202300000${n}`).table.data['日期']![0]));
    expect(starts.size).toBeGreaterThan(3);
  });

  it('the retail variant keeps the same bytes across calls and differs from the committed file', () => {
    const a = generateVariant('retail', '2023123456');
    expect(generateVariant('retail', '2023123456').csv).toBe(a.csv);
    expect(a.csv).not.toBe(generateDataset('retail').csv);
    expect(a.file).toBe('retail-transactions-2023123456.csv');
  });
});
