import { describe, expect, it } from 'vitest';
import { checklistResult } from '~/widgets/lab-worksheet/checklist-result';
import { missingItems } from '~/widgets/lab-worksheet/missing';
import { allFields } from '~/widgets/lab-worksheet/values';
import { miniSheet } from './sheets';

describe('checklistResult', () => {
  it('hands in 1 per required field done and 0 per field still missing, the score counting those done', () => {
    const sheet = miniSheet;
    const required = allFields(sheet).filter(({ field }) => field.required);
    expect(required.map(({ field }) => field.id)).toEqual(['segments', 'csat', 'plan', 'worth']);
    const missing = missingItems(sheet, {});
    const result = checklistResult('customer-records', sheet, missing)!;
    expect(result.activity).toBe('lab-worksheet/customer-records');
    expect(result.answers).toEqual(required.map(({ field }) => (missing.some((m) => m.field === field.id) ? 0 : 1)));
    expect(result.answers.every((a) => a === 0)).toBe(true);
    expect(result.score).toEqual({ points: 0, max: required.length });
    const first = required[0]!.field.id;
    const partial = checklistResult('customer-records', sheet, missing.filter((m) => m.field !== first))!;
    expect(partial.answers[0]).toBe(1);
    expect(partial.score).toEqual({ points: 1, max: required.length });
  });
});
