import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstContactResolution } from '~/engine/communication/complaints';
import { expectEngineError } from '../../expect-engine-error';

describe('firstContactResolution', () => {
  it('counts 是/否 and their synonyms, leaves open cases out of the rate (by hand: 4 of 7 closed)', () => {
    const answers = Object.freeze(['是', '否', '是', '', null, 'YES', true, false, ' no ']);
    expect(firstContactResolution(answers)).toEqual({ resolved: 4, unresolved: 3, open: 2, rate: 4 / 7 });
  });

  it('no closed case: the rate is null', () => {
    expect(firstContactResolution(['', undefined]).rate).toBeNull();
  });

  it('refuses an answer that is not yes or no, naming its position', () => {
    const error = expectEngineError(() => firstContactResolution(['是', '也许']), 'invalid-answer');
    expect(error.message).toContain('第 2 个');
  });

  it('properties: every answer is counted once and the rate is a share', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('是', '否', '', null, true, false)), (answers) => {
        const r = firstContactResolution(answers);
        expect(r.resolved + r.unresolved + r.open).toBe(answers.length);
        if (r.rate !== null) expect(r.rate).toBeGreaterThanOrEqual(0), expect(r.rate).toBeLessThanOrEqual(1);
        else expect(r.resolved + r.unresolved).toBe(0);
      }),
    );
  });
});
