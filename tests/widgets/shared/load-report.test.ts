import { describe, expect, it } from 'vitest';
import { loadReport, type FileRead } from '~/widgets/shared/dataset-picker/load-report';

const read: FileRead = Object.freeze({
  headers: Object.freeze(['客户', '金额']),
  rowsRead: 12,
  issues: Object.freeze([{ line: 5, column: '金额', message: '不是数字' }]),
  issueCount: 1,
  encoding: 'gb18030',
  delimiter: ';',
  warnings: Object.freeze(['日期晚于今天']),
});

describe('loadReport', () => {
  it('takes the file’s side from the read, the dataset’s from the caller, and times the load', () => {
    const report = loadReport(
      'shop.csv',
      read,
      { mode: 'table', fields: [], mapping: { customer: '客户' }, rowsKept: 11, customers: 9, firstDate: null, lastDate: null },
      1000,
      3500,
    );
    expect(report).toEqual({
      name: 'shop.csv',
      mode: 'table',
      fields: [],
      headers: ['客户', '金额'],
      mapping: { customer: '客户' },
      rowsRead: 12,
      rowsKept: 11,
      customers: 9,
      issues: [{ line: 5, column: '金额', message: '不是数字' }],
      issueCount: 1,
      encoding: 'gb18030',
      delimiter: ';',
      warnings: ['日期晚于今天'],
      firstDate: null,
      lastDate: null,
      seconds: 2.5,
      cached: false,
    });
    // Copies, not the reader's own arrays: the worker keeps those.
    expect(report.headers).not.toBe(read.headers);
    expect(report.issues).not.toBe(read.issues);
    expect(report.warnings).not.toBe(read.warnings);
  });
});
