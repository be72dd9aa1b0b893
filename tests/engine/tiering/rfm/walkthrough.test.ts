import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkWalkthroughAnswers, RFM_CHAPTER_EXAMPLE, RFM_WALKTHROUGH_STEPS, rfmWalkthrough, startWalkthrough, walkthroughReducer,
  WALKTHROUGH_SEGMENT_CHOICES, type WalkthroughAction,
} from '~/engine/tiering/rfm';
import { chapterCase } from './chapter-example';
import { expectEngineError } from '../../expect-engine-error';

const records = Object.freeze(RFM_CHAPTER_EXAMPLE.records.map((r) => Object.freeze({ ...r })));
const five = rfmWalkthrough(records, { focus: RFM_CHAPTER_EXAMPLE.focus });
const three = rfmWalkthrough(records, { bins: 3, focus: RFM_CHAPTER_EXAMPLE.focus });

describe('the chapter example used by the walkthrough', () => {
  it('holds exactly the fixture’s transactions (the chapter’s table)', () => {
    expect(records.map((r) => ({ ...r }))).toEqual(chapterCase('ch06-rfm-xianlin-5bins').input.transactions);
  });
});

describe.each([
  ['5 bins', five, chapterCase('ch06-rfm-xianlin-5bins')],
  ['3 bins', three, chapterCase('ch06-rfm-xianlin-3bins')],
])('rfmWalkthrough, %s, against the chapter’s hand-worked table', (_, w, fixture) => {
  it('scores every member as the chapter does', () => {
    expect(w.customers.map(({ customer, recency, frequency, monetary, r, f, m, code, segment }) => ({ customer, recency, frequency, monetary, r, f, m, code, segment })))
      .toEqual(fixture.expected.customers);
    expect(w.asOf).toBe('2024-07-01');
    expect(w.meanScores.r).toBeCloseTo(fixture.expected.meanScores.r, 12);
    expect(w.meanScores.f).toBeCloseTo(fixture.expected.meanScores.f, 12);
    expect(w.meanScores.m).toBeCloseTo(fixture.expected.meanScores.m, 12);
  });

  it('explains each score by its L: score = 1 + floor(bins × L ÷ N)', () => {
    for (const c of w.customers) {
      for (const k of ['r', 'f', 'm'] as const) {
        expect(c[k]).toBe(1 + Math.floor((w.bins * c.worse[k]) / w.n));
        expect(c.scoreWork[k]).toBe(`1 + floor(${w.bins} × ${c.worse[k]} ÷ ${w.n}) = ${c[k]}`);
      }
      expect(c.high).toEqual({ r: c.r > w.meanScores.r, f: c.f > w.meanScores.f, m: c.m > w.meanScores.m });
    }
  });
});

describe('rfmWalkthrough, the hand work spelled out (chapter 6 text)', () => {
  const byId = Object.fromEntries(five.customers.map((c) => [c.customer, c]));

  it('recency from date to date, as the chapter does for C02 (42 days) and C10 (34 days)', () => {
    expect(byId.C02!.recencyWork).toBe('5月20日 → 7月1日 = 42 天');
    expect(byId.C10!.recencyWork).toBe('5月28日 → 7月1日 = 34 天');
  });

  it('monetary with the return subtracted, frequency without it', () => {
    expect(byId.C10!.monetaryWork).toBe('220 + 260 + 240 − 80 = 640');
    expect(byId.C10!.frequencyWork).toBe('3 笔购买（1 次退货不算订单）');
    expect(byId.C02!.monetaryWork).toBe('300 + 260 + 310 + 280 + 300 = 1,450');
    expect(byId.C08!.monetaryWork).toBe('60');
  });

  it('the chapter’s three scoring examples: C09’s R, C03’s F, C05’s M', () => {
    expect(byId.C09!.scoreWork.r).toBe('1 + floor(5 × 5 ÷ 10) = 3');
    expect(byId.C03!.scoreWork.f).toBe('1 + floor(5 × 2 ÷ 10) = 2');
    expect(byId.C05!.scoreWork.m).toBe('1 + floor(5 × 3 ÷ 10) = 2');
  });

  it('score bands: L 0–1 → 1, 2–3 → 2, 4–5 → 3, 6–7 → 4, 8–9 → 5 (5 bins); 0–3, 4–6, 7–9 (3 bins)', () => {
    expect(five.scoreBands).toEqual([
      { score: 1, fromL: 0, toL: 1 }, { score: 2, fromL: 2, toL: 3 }, { score: 3, fromL: 4, toL: 5 }, { score: 4, fromL: 6, toL: 7 }, { score: 5, fromL: 8, toL: 9 },
    ]);
    expect(three.scoreBands).toEqual([{ score: 1, fromL: 0, toL: 3 }, { score: 2, fromL: 4, toL: 6 }, { score: 3, fromL: 7, toL: 9 }]);
  });

  it('score sums 30/30/30 (5 bins) and 19/18/19 (3 bins), as the chapter and its note say', () => {
    expect(five.scoreSums).toEqual({ r: 30, f: 30, m: 30 });
    expect(three.scoreSums).toEqual({ r: 19, f: 18, m: 19 });
  });

  it('marks the return row and gives the latest and default as-of dates', () => {
    expect(five.rows.filter((r) => r.kind === 'return')).toEqual([{ customer: 'C10', date: '2024-06-05', amount: -80, kind: 'return' }]);
    expect(five.latestDate).toBe('2024-06-30');
    expect(five.defaultAsOf).toBe('2024-07-01');
  });

  it('moves every recency by 30 days when the as-of date moves 30 days, scores unchanged (the teacher’s activity 3)', () => {
    const later = rfmWalkthrough(records, { asOf: '2024-07-31' });
    later.customers.forEach((c, i) => {
      expect(c.recency).toBe(five.customers[i]!.recency + 30);
      expect(c.code).toBe(five.customers[i]!.code);
    });
    expect(later.defaultAsOf).toBe('2024-07-01');
  });

  it.each([
    [() => rfmWalkthrough(records, { asOf: '2024-7-1' }), 'invalid-as-of'],
    [() => rfmWalkthrough(records, { asOf: '2024-06-01' }), 'as-of-before-purchases'],
    [() => rfmWalkthrough(records, { focus: { scores: 'C99' } }), 'unknown-customer'],
    [() => rfmWalkthrough(new Array(501).fill(records[0]!)), 'too-many-rows'],
  ])('refuses bad arguments (%#)', (fn, code) => {
    expectEngineError(fn, code);
  });
});

describe('walkthrough quizzes', () => {
  it('ask about the chapter’s customers: C10’s R/F/M, C05’s scores, C09’s class', () => {
    expect(five.quizzes.rows.fields.map((f) => f.answer)).toEqual(['2024-06-30', '2024-07-01']);
    expect(five.quizzes.measures.fields.map((f) => f.answer)).toEqual([34, 3, 640]);
    expect(five.quizzes.scores.fields.map((f) => f.answer)).toEqual([5, 4, 2]);
    expect(five.quizzes.segments.fields.map((f) => f.answer)).toEqual(['一般挽留客户']);
    // With 3 bins C09 is 222 and the answer changes (the chapter's warning note).
    expect(three.quizzes.segments.fields.map((f) => f.answer)).toEqual(['重要价值客户']);
    expect(WALKTHROUGH_SEGMENT_CHOICES).toContain('一般挽留客户');
  });

  it.each([
    [{ recency: '34', frequency: '3', monetary: '640' }, true, [true, true, true]],
    [{ recency: ' 34 ', frequency: '3', monetary: '¥640.00' }, true, [true, true, true]],
    [{ recency: '34', frequency: '4', monetary: '720' }, false, [true, false, false]],
    [{ recency: '', frequency: 'x', monetary: '640' }, false, [false, false, true]],
  ])('checks C10’s measures %j', (answers, all, each) => {
    const check = checkWalkthroughAnswers(five.quizzes.measures, answers);
    expect(check.allCorrect).toBe(all);
    expect(check.fields.map((f) => f.correct)).toEqual(each);
  });

  it('reads dates in the usual forms and segments by name', () => {
    expect(checkWalkthroughAnswers(five.quizzes.rows, { latestDate: '2024/6/30', defaultAsOf: '2024年7月1日' }).allCorrect).toBe(true);
    expect(checkWalkthroughAnswers(five.quizzes.rows, { latestDate: '2024-06-30', defaultAsOf: '2024-06-30' }).allCorrect).toBe(false);
    expect(checkWalkthroughAnswers(five.quizzes.segments, { segment: '一般挽留客户' }).allCorrect).toBe(true);
    expect(checkWalkthroughAnswers(five.quizzes.segments, { segment: '重要价值客户' }).allCorrect).toBe(false);
  });
});

describe('walkthroughReducer', () => {
  it('walks Next/Back within the four steps and keeps answers hidden until checked or revealed', () => {
    let s = startWalkthrough();
    expect(RFM_WALKTHROUGH_STEPS.map((x) => x.key)).toEqual(['rows', 'measures', 'scores', 'segments']);
    s = walkthroughReducer(five, s, { type: 'back' });
    expect(s.step).toBe(0);
    s = walkthroughReducer(five, s, { type: 'next' });
    expect(s).toMatchObject({ step: 1, revealed: [false, false, false, false] });
    s = walkthroughReducer(five, s, { type: 'check', answers: { recency: '34', frequency: '3', monetary: '600' } });
    expect(s.revealed).toEqual([false, true, false, false]);
    expect(s.checks[1]!.fields.map((f) => f.correct)).toEqual([true, true, false]);
    s = walkthroughReducer(five, s, { type: 'go', step: 3 });
    s = walkthroughReducer(five, s, { type: 'reveal' });
    expect(s.revealed).toEqual([false, true, false, true]);
    s = walkthroughReducer(five, s, { type: 'next' });
    expect(s.step).toBe(3);
    s = walkthroughReducer(five, s, { type: 'forget' });
    expect(s).toEqual({ step: 3, revealed: [false, false, false, false], checks: [null, null, null, null] });
  });

  it('never leaves the steps, and reveals only the step it is on (property)', () => {
    const action: fc.Arbitrary<WalkthroughAction> = fc.oneof(
      fc.constant({ type: 'next' } as const),
      fc.constant({ type: 'back' } as const),
      fc.constant({ type: 'reveal' } as const),
      fc.integer({ min: -5, max: 9 }).map((step) => ({ type: 'go', step }) as const),
      fc.constant({ type: 'check', answers: {} } as const),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        let s = startWalkthrough();
        for (const a of actions) {
          const before = s;
          s = walkthroughReducer(five, s, a);
          expect(s.step).toBeGreaterThanOrEqual(0);
          expect(s.step).toBeLessThan(4);
          s.revealed.forEach((shown, i) => {
            if (i !== before.step) expect(shown).toBe(before.revealed[i]);
          });
          if (a.type === 'check') expect(s.checks[before.step]!.allCorrect).toBe(false); // empty answers are never right
        }
      }),
    );
  });
});
