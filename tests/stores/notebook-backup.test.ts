import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conflictKey, parseBackup, planMerge, resolveConflicts, toBackup, type Choice } from '~/stores/notebook/backup';
import { notebookToMarkdown } from '~/stores/notebook/markdown';
import type { NotebookData } from '~/stores/notebook/schema';

const T1 = '2026-11-01T08:00:00.000Z';
const T2 = '2026-11-02T08:00:00.000Z';
const answer = (text: string, updatedAt = T1) => ({ text, updatedAt });

const local: NotebookData = Object.freeze({
  answers: {
    '01-crm-philosophy': { q1: answer('本机的第一题'), q2: answer('相同的回答') },
    '03-customer-selection': { q1: answer('   ') },
  },
});
const incoming: NotebookData = Object.freeze({
  answers: {
    '01-crm-philosophy': { q1: answer('备份里的第一题', T2), q2: answer('相同的回答', T2), q3: answer('新的第三题', T2) },
    '03-customer-selection': { q1: answer('备份填上了空白', T2) },
  },
});

describe('JSON backup', () => {
  it('round-trips', () => {
    const text = toBackup(local, new Date(T2));
    expect(JSON.parse(text)).toMatchObject({ app: 'crm-lab', kind: 'notebook', v: 2, exportedAt: T2 });
    expect(parseBackup(text)).toEqual({ ok: true, data: local, extras: {} });
  });

  it('migrates a version 1 backup', () => {
    const v1 = JSON.stringify({ app: 'crm-lab', kind: 'notebook', v: 1, data: { answers: { '02-crm-technology': { q1: '旧格式' } } } });
    expect(parseBackup(v1)).toEqual({ ok: true, data: { answers: { '02-crm-technology': { q1: { text: '旧格式', updatedAt: '' } } } }, extras: {} });
  });

  it.each([
    ['not JSON', 'hello', '不是有效的 JSON'],
    ['another app', '{"app":"other","kind":"notebook","v":2,"data":{}}', '不是 CRM Lab 的学习笔记备份'],
    ['a newer release', '{"app":"crm-lab","kind":"notebook","v":7,"data":{}}', '更新的版本（v7）'],
    ['no version', '{"app":"crm-lab","kind":"notebook","data":{}}', '缺少版本号'],
    ['a broken body', '{"app":"crm-lab","kind":"notebook","v":2,"data":{"answers":[1]}}', '内容格式不对'],
  ])('refuses %s with a message', (_, text, message) => {
    const result = parseBackup(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(message);
  });
});

describe('planMerge', () => {
  it('adds what is new, keeps what is equal, and lists what differs without replacing it', () => {
    const plan = planMerge(local, incoming);
    expect(plan.added).toBe(2); // q3, and the blank chapter-3 answer
    expect(plan.unchanged).toBe(1);
    expect(plan.conflicts.map(conflictKey)).toEqual(['01-crm-philosophy/q1']);
    expect(plan.merged.answers['01-crm-philosophy']?.q1?.text).toBe('本机的第一题');
    expect(plan.merged.answers['01-crm-philosophy']?.q3?.text).toBe('新的第三题');
    expect(plan.merged.answers['03-customer-selection']?.q1?.text).toBe('备份填上了空白');
  });

  it.each<[Choice, string]>([
    ['local', '本机的第一题'],
    ['incoming', '备份里的第一题'],
    ['both', '本机的第一题\n\n—— 导入的版本 ——\n备份里的第一题'],
  ])('resolves a conflict with the choice %s', (choice, text) => {
    const plan = planMerge(local, incoming);
    const merged = resolveConflicts(plan, new Map([['01-crm-philosophy/q1', choice]]), new Date(T2));
    expect(merged.answers['01-crm-philosophy']?.q1?.text).toBe(text);
    expect(merged.answers['01-crm-philosophy']?.q3?.text).toBe('新的第三题');
  });
});

const notebookArb = fc
  .dictionary(
    fc.constantFrom('01-crm-philosophy', '02-crm-technology', '06-customer-tiering'),
    fc.dictionary(fc.constantFrom('q1', 'q2', 'q3', 'q4'), fc.record({ text: fc.string(), updatedAt: fc.constant(T1) })),
  )
  .map((answers) => ({ answers }) as NotebookData);

describe('merge properties', () => {
  it('importing a notebook into itself changes nothing and asks nothing', () => {
    fc.assert(
      fc.property(notebookArb, (data) => {
        const plan = planMerge(data, data);
        expect(plan.conflicts).toEqual([]);
        expect(plan.added).toBe(0);
        for (const [slug, questions] of Object.entries(data.answers)) {
          for (const [id, a] of Object.entries(questions)) expect(plan.merged.answers[slug]?.[id]).toEqual(a);
        }
      }),
    );
  });

  it('without a choice, no non-blank local answer is ever replaced, and every imported answer is kept somewhere', () => {
    fc.assert(
      fc.property(notebookArb, notebookArb, (mine, theirs) => {
        const plan = planMerge(mine, theirs);
        const merged = resolveConflicts(plan, new Map());
        for (const [slug, questions] of Object.entries(mine.answers)) {
          for (const [id, a] of Object.entries(questions)) {
            if (a.text.trim() !== '') expect(merged.answers[slug]?.[id]?.text).toBe(a.text);
          }
        }
        for (const [slug, questions] of Object.entries(theirs.answers)) {
          for (const [id, a] of Object.entries(questions)) {
            if (a.text.trim() === '') continue;
            const kept = merged.answers[slug]?.[id]?.text === a.text || plan.conflicts.some((c) => c.slug === slug && c.id === id);
            expect(kept).toBe(true);
          }
        }
      }),
    );
  });
});

describe('notebookToMarkdown', () => {
  it('lists every chapter and question, with the answer or （未作答）', () => {
    const md = notebookToMarkdown(local, [
      { slug: '01-crm-philosophy', label: '第1章', href: '/chapters/01-crm-philosophy/', title: '客户关系管理的理念', questions: [{ id: 'q1', text: '问题一？' }, { id: 'q4', text: '问题四？' }] },
    ], new Date(T2));
    expect(md).toMatchInlineSnapshot(`
      "# 客户关系管理 · 思考与实践

      导出时间：2026-11-02 08:00（UTC）

      ## 第1章 客户关系管理的理念

      ### 1. 问题一？

      本机的第一题

      ### 2. 问题四？

      （未作答）
      "
    `);
  });
});
