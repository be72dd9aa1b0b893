import { describe, expect, it } from 'vitest';
import {
  countAnswers,
  countPaths,
  encodeResultCode,
  gradebook,
  gradebookCsv,
  localMinute,
  mergeSubmissions,
  readPastedCodes,
  readRoster,
  submissionRows,
  type ResultRecord,
  type Submission,
} from '~/engine/result-code';
import { expectEngineError } from '../expect-engine-error';
import { chunked, gb18030, utf8 } from '../ingest/helpers';

const record = (change: Partial<ResultRecord> = {}): ResultRecord => ({
  studentId: '2023001',
  name: '张三',
  activity: '06-customer-tiering/self-check',
  variant: null,
  answers: [2, 1, 3],
  score: { points: 2, max: 3 },
  takenAt: '2026-03-02T08:15:00.000Z',
  ...change,
});
const submission = (change: Partial<ResultRecord> = {}): Submission => {
  const r = record(change);
  return { code: encodeResultCode(r, 'YX2301'), record: r };
};

describe('readRoster', () => {
  it('reads a GBK list from the academic system, other columns ignored, bad rows reported by line', async () => {
    const text = '序号,学号,姓名,性别\r\n1,2023001,张三,男\r\n2,,李四,女\r\n3,2023003,王五,男\r\n4,2023001,赵六,女\r\n5,２０２３００５, 钱 七 ,男\r\n';
    const roster = await readRoster(chunked(gb18030(text), 7));
    expect(roster.encoding).toBe('gb18030');
    expect(roster.headers).toEqual({ studentId: '学号', name: '姓名' });
    expect(roster.entries).toEqual([
      { studentId: '2023001', name: '张三' },
      { studentId: '2023003', name: '王五' },
      { studentId: '2023005', name: '钱 七' },
    ]);
    expect(roster.issues).toEqual([
      { line: 3, column: '学号', message: '学号为空' },
      { line: 5, column: '学号', message: '学号 2023001 与第 2 行重复' },
    ]);
    expect(roster.issueCount).toBe(2);
  });

  it('reads UTF-8 with English headers', async () => {
    const roster = await readRoster(chunked(utf8('\uFEFFName;Student ID\nLi Lei;S01\nHan Meimei;S02\n')));
    expect(roster.entries).toEqual([{ studentId: 'S01', name: 'Li Lei' }, { studentId: 'S02', name: 'Han Meimei' }]);
  });

  it('says which column is missing', async () => {
    const error = await readRoster(chunked(utf8('学号,班级\n1,营销\n'))).catch((e: unknown) => e);
    expectEngineError(() => {
      throw error;
    }, 'missing-columns');
    expect((error as Error).message).toContain('缺少必需的列：姓名');
  });
});

describe('readPastedCodes', () => {
  it('sorts a chat into accepted and refused codes, each refusal with its line and reason', () => {
    const mine = encodeResultCode(record(), 'YX2301');
    const other = encodeResultCode(record({ studentId: '2023009', name: '孙九' }), 'YX2399');
    const typo = encodeResultCode(record({ studentId: '2023002', name: '李四' }), 'YX2301');
    const typoed = typo.slice(0, 15) + (typo[15] === '7' ? '8' : '7') + typo.slice(16);
    const chat = `张三：${mine}\n孙九：${other}\n李四：${typoed}\n张三：${mine}\n`;
    const read = readPastedCodes(chat, 'YX2301');
    expect(read.accepted).toEqual([{ code: mine, line: 1, record: record() }]);
    expect(read.refused.map((r) => [r.line, r.problem, r.record?.name])).toEqual([
      [2, 'other-class', '孙九'],
      [3, 'checksum', undefined],
    ]);
    expect(read.repeated).toBe(1);
  });
});

describe('mergeSubmissions', () => {
  it('keeps one per student and activity: the latest', () => {
    const first = submission({ answers: [1, 1, 1], takenAt: '2026-03-02T08:15:00.000Z' });
    const second = submission({ answers: [2, 2, 2], takenAt: '2026-03-02T09:00:00.000Z' });
    const li = submission({ studentId: '2023002', name: '李四' });
    const sorter = submission({ activity: 'customer-sorter/intro' });
    const merged = mergeSubmissions([first], [li, second, sorter, first]);
    expect({ added: merged.added, replaced: merged.replaced, kept: merged.kept }).toEqual({ added: 2, replaced: 1, kept: 1 });
    expect(merged.submissions.map((s) => [s.record.activity, s.record.studentId, s.record.answers[0]])).toEqual([
      ['06-customer-tiering/self-check', '2023001', 2],
      ['06-customer-tiering/self-check', '2023002', 2],
      ['customer-sorter/intro', '2023001', 2],
    ]);
    // An older code pasted later changes nothing.
    expect(mergeSubmissions(merged.submissions, [first]).kept).toBe(1);
  });
});

describe('tallies', () => {
  it('counts answers per position and paths', () => {
    const records = [record({ answers: [1, 2] }), record({ answers: [1, 3] }), record({ answers: [2] }), record({ answers: [1, 2] })];
    expect([...countAnswers(records, 0)]).toEqual([[1, 3], [2, 1]]);
    expect([...countAnswers(records, 1)]).toEqual([[2, 2], [3, 1]]);
    expect(countPaths(records)).toEqual([
      { answers: [1, 2], count: 2 },
      { answers: [1, 3], count: 1 },
      { answers: [2], count: 1 },
    ]);
  });
});

describe('gradebook', () => {
  const roster = [{ studentId: '2023001', name: '张三' }, { studentId: '2023002', name: '李四' }];
  const subs = [
    submission({ score: { points: 6.67, max: 8 } }),
    submission({ activity: 'loyalty-matrix', score: null }),
    submission({ studentId: '2023099', name: '=旁听生', score: { points: 1, max: 2 } }),
  ];
  const activities = [
    { activity: '06-customer-tiering/self-check', label: '第六章 本章自测' },
    { activity: 'loyalty-matrix', label: '满意—忠诚矩阵' },
  ];

  it('one row per student on the list, then those not on it; scores in percent', () => {
    expect(gradebook(roster, subs, activities)).toEqual({
      header: ['学号', '姓名', '名单', '提交数', '第六章 本章自测（百分制）', '满意—忠诚矩阵（百分制）'],
      rows: [
        ['2023001', '张三', '名单内', 2, 83.4, '已提交'],
        ['2023002', '李四', '名单内', 0, null, null],
        ['2023099', '=旁听生', '名单外', 1, 50, null],
      ],
    });
  });

  it('as CSV for Excel: BOM, CRLF, a formula-like name neutralised', () => {
    const csv = gradebookCsv(gradebook(roster, subs, activities));
    expect(csv.startsWith('\uFEFF学号,姓名,名单,提交数,')).toBe(true);
    expect(csv.split('\r\n')[3]).toBe("2023099,'=旁听生,名单外,1,50,");
  });

  it('every submission with its local time and code', () => {
    const rows = submissionRows(subs.slice(0, 1), () => '第六章 本章自测', 8 * 60);
    expect(rows.rows).toEqual([['第六章 本章自测', '2023001', '张三', 6.67, 8, 83.4, '2026-03-02 16:15', subs[0]!.code]]);
    expect(localMinute('2026-03-02T23:59:00.000Z', 8 * 60)).toBe('2026-03-03 07:59');
  });
});
