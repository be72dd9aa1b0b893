import { describe, expect, it } from 'vitest';
import { toHantRuntime } from '~/i18n/hant-runtime';
import { localTimestamp, notebookToMarkdown } from '~/stores/notebook/markdown';

const chapter = {
  slug: '01-crm-philosophy',
  href: '/chapters/01-crm-philosophy/',
  label: '第一章',
  title: '客户关系管理的理念',
  questions: [
    { id: 'q1', text: '问题一？' },
    { id: 'q4', text: '问题四？' },
  ],
};
const data = { answers: { '01-crm-philosophy': { q1: { text: '本机的第一题', updatedAt: '' } } } };
const BEIJING = -480;

describe('localTimestamp', () => {
  it.each([
    ['2026-11-24T20:37:00Z', BEIJING, '2026-11-25 04:37（UTC+8）'],
    ['2026-11-24T20:37:00Z', 0, '2026-11-24 20:37（UTC+0）'],
    ['2026-11-24T20:37:00Z', 300, '2026-11-24 15:37（UTC-5）'],
    ['2026-11-24T20:37:00Z', -330, '2026-11-25 02:07（UTC+5:30）'],
  ])('%s at offset %i is %s', (iso, offset, text) => {
    expect(localTimestamp(new Date(iso), offset)).toBe(text);
  });
});

describe('notebookToMarkdown', () => {
  it('heads the file with the learner’s name line and the local time, chapters as the site names them', () => {
    const identity = { name: '张三', studentId: '2023123456', className: '营销 2301', updatedAt: '' };
    const md = notebookToMarkdown(data, [chapter], { identity, now: new Date('2026-11-24T20:37:00Z'), offset: BEIJING });
    expect(md).toMatchInlineSnapshot(`
      "# 客户关系管理 · 思考与实践

      姓名：张三　学号：2023123456　班级：营销 2301

      导出时间：2026-11-25 04:37（UTC+8）

      ## 第一章 客户关系管理的理念

      ### 1. 问题一？

      本机的第一题

      ### 2. 问题四？

      （未作答）
      "
    `);
  });

  it('leaves the name line out when nothing is filled in', () => {
    const md = notebookToMarkdown(data, [chapter], { identity: { name: ' ', studentId: '', className: '', updatedAt: '' }, now: new Date('2026-11-24T20:37:00Z'), offset: BEIJING });
    expect(md.split('\n').slice(0, 4)).toEqual(['# 客户关系管理 · 思考与实践', '', '导出时间：2026-11-25 04:37（UTC+8）', '']);
  });

  it('exported from a /zh-hant/ page, its own wording is Traditional like the chapters the page gives it; the learner’s answer and name stay as typed', () => {
    // The notebook passes pageText, which is toHantRuntime on a Traditional page. The title, 导出时间, the name line's
    // labels and （未作答） were Simplified while the headings around them were Traditional.
    const hant = { ...chapter, title: '客戶關係管理的理念', questions: [{ id: 'q1', text: '問題一？' }, { id: 'q4', text: '問題四？' }] };
    const identity = { name: '张三', studentId: '2023123456', className: '营销 2301', updatedAt: '' };
    const md = notebookToMarkdown(data, [hant], { identity, now: new Date('2026-11-24T20:37:00Z'), offset: BEIJING, words: toHantRuntime });
    expect(md).toMatchInlineSnapshot(`
      "# 客戶關係管理 · 思考與實踐

      姓名：张三　學號：2023123456　班級：营销 2301

      匯出時間：2026-11-25 04:37（UTC+8）

      ## 第一章 客戶關係管理的理念

      ### 1. 問題一？

      本机的第一题

      ### 2. 問題四？

      （未作答）
      "
    `);
  });
});
