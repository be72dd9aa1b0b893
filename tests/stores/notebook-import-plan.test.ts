import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conflictKey, planMerge, resolveConflicts, type Choice } from '~/stores/notebook/import-plan';
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

  it('stamps what it places with the time of the import, so a merge with another tab keeps it', () => {
    const now = new Date('2026-12-01T00:00:00.000Z');
    const plan = planMerge(local, incoming, now);
    expect(plan.merged.answers['03-customer-selection']?.q1).toEqual({ text: '备份填上了空白', updatedAt: now.toISOString() });
    const chosen = resolveConflicts(plan, new Map([['01-crm-philosophy/q1', 'incoming']]), now);
    expect(chosen.answers['01-crm-philosophy']?.q1).toEqual({ text: '备份里的第一题', updatedAt: now.toISOString() });
  });

  it('keys from the file never reach a prototype (null-prototype maps)', () => {
    const crafted = JSON.parse('{"answers":{"constructor":{"q1":{"text":"x","updatedAt":""}},"__proto__":{"q2":{"text":"y","updatedAt":""}}}}') as NotebookData;
    const plan = planMerge({ answers: {} }, crafted);
    expect(({} as Record<string, unknown>).q2).toBeUndefined();
    expect((Object as unknown as Record<string, unknown>).q1).toBeUndefined();
    expect(plan.merged.answers['constructor']?.q1?.text).toBe('x');
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

