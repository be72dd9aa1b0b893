import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SurveyData } from '~/engine/satisfaction';
import { packSurvey, unpackSurvey } from '~/widgets/satisfaction-analyzer/survey-transfer';

const answers = (n: number) => fc.array(fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }), { minLength: n, maxLength: n });

describe('packSurvey / unpackSurvey', () => {
  it('answers travel as Float64Arrays (NaN = blank), ids and segment values as one string; unpacking gives the data back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }).chain((n) => fc.tuple(fc.constant(n), answers(n), answers(n), fc.array(fc.constantFrom('', '甲', '乙,丙'), { minLength: n, maxLength: n }), fc.boolean())), ([n, item, nps, groups, withIds]) => {
        const data: SurveyData = Object.freeze({
          respondents: n,
          ids: withIds ? groups.map((_, i) => `S${i}`) : null,
          segments: [{ column: '类型', values: groups }],
          items: [{ key: 'a_x', label: 'x', dimension: 'a', answers: item }],
          importance: [],
          overall: null,
          nps: { key: '推荐', answers: nps },
          scale: { min: 0, max: 10 },
          issues: [],
          issueCount: 0,
        });
        const packed = packSurvey(data);
        expect(packed.items[0]!.answers).toBeInstanceOf(Float64Array);
        expect(typeof packed.segments[0]!.values).toBe('string');
        expect(unpackSurvey(structuredClone(packed))).toEqual(data);
      }),
    );
  });
});
