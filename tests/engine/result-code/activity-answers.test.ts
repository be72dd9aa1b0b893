import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOYALTY_MATRIX_MEMBERS } from '~/engine/loyalty/matrix';
import { bestPlaythrough, debriefRoleplay, type Scenario } from '~/engine/communication/roleplay';
import {
  matrixCodeAnswers,
  matrixQuadrantOfCode,
  quizCodeAnswers,
  readQuizCodeAnswer,
  replayRoleplayCode,
  roleplayCodeAnswers,
  sorterCallsOfCode,
  sorterCodeAnswers,
  sorterCodeOrder,
  sorterDeckOfCode,
} from '~/engine/result-code';
import { buildDeck, type SorterCard } from '~/engine/selection/sorter';
import { MULTIPLE, NUMBER, QUESTIONS, SINGLE, TRUE_FALSE } from '../quiz/fixtures';
import { loadScenarios } from '../communication/roleplay/load-scenarios';
import { bundledCards } from '../selection/sorter/fixtures';

describe('self-check answers in a code', () => {
  it('one number per question, options in the file’s order (worked by hand)', () => {
    const answers = quizCodeAnswers(QUESTIONS, {
      q1: { kind: 'single', choice: 'c' }, // third option → 3
      q2: { kind: 'multiple', choices: ['a', 'd'] }, // bits 0 and 3 → 1 + 8 = 9
      q3: { kind: 'true-false', value: true }, // 正确 → 1
      q4: { kind: 'number', value: 2500 }, // the first typical mistake → 3
    });
    expect(answers).toEqual([3, 9, 1, 3]);
    expect(quizCodeAnswers(QUESTIONS, { q4: { kind: 'number', value: 1666 } })).toEqual([0, 0, 0, 1]);
    expect(quizCodeAnswers(QUESTIONS, { q4: { kind: 'number', value: 12 } })).toEqual([0, 0, 0, 2]);
  });

  it('reads back to words and a verdict', () => {
    expect(readQuizCodeAnswer(SINGLE, 2)).toEqual({ label: '选项 b', verdict: 'correct' });
    expect(readQuizCodeAnswer(SINGLE, 3)).toEqual({ label: '选项 c', verdict: 'wrong' });
    expect(readQuizCodeAnswer(MULTIPLE, 1 + 4)).toEqual({ label: '选项 a、选项 c', verdict: 'partial' });
    expect(readQuizCodeAnswer(MULTIPLE, 1 + 4 + 8)).toEqual({ label: '选项 a、选项 c、选项 d', verdict: 'correct' });
    expect(readQuizCodeAnswer(MULTIPLE, 2)).toEqual({ label: '选项 b', verdict: 'wrong' });
    expect(readQuizCodeAnswer(TRUE_FALSE, 2)).toEqual({ label: '错误', verdict: 'correct' });
    expect(readQuizCodeAnswer(NUMBER, 1)).toEqual({ label: '1666.67元（正确）', verdict: 'correct' });
    expect(readQuizCodeAnswer(NUMBER, 4)).toEqual({ label: '5000元（常见错误）', verdict: 'wrong' });
    expect(readQuizCodeAnswer(NUMBER, 0)).toEqual({ label: '未作答', verdict: 'none' });
  });

  it('values no release writes are unreadable, not a crash', () => {
    for (const [question, value] of [[SINGLE, 5], [MULTIPLE, 16], [TRUE_FALSE, 3], [NUMBER, 5]] as const) {
      expect(readQuizCodeAnswer(question, value)).toEqual({ label: '无法识别的答案', verdict: 'none' });
    }
  });

  it('a choice encoded then read gives the verdict scoring gives', () => {
    fc.assert(
      fc.property(fc.subarray(['a', 'b', 'c', 'd'], { minLength: 1 }), (choices) => {
        const [value] = quizCodeAnswers([MULTIPLE], { q2: { kind: 'multiple', choices } });
        const right = ['a', 'c', 'd'];
        const expected = choices.some((c) => !right.includes(c)) ? 'wrong' : choices.length === 3 ? 'correct' : 'partial';
        expect(readQuizCodeAnswer(MULTIPLE, value!).verdict).toBe(expected);
      }),
    );
  });
});

describe('sorter answers in a code', () => {
  let cards: SorterCard[];
  beforeAll(async () => {
    cards = await bundledCards();
  });

  it('入门 and 进阶 hold the same cards whatever the seed, so the code needs no seed', () => {
    for (const kind of ['intro', 'advanced'] as const) {
      const ids = sorterCodeOrder(buildDeck(cards, { kind, seed: 1 }));
      for (const seed of [0, 7, 2024, 2_147_483_647]) expect(sorterCodeOrder(buildDeck(cards, { kind, seed }))).toEqual(ids);
    }
  });

  it('calls by 客户编号, and the deck dealt again from the code', () => {
    const deck = buildDeck(cards, { kind: 'random', seed: 77 });
    const order = sorterCodeOrder(deck);
    const calls = { [order[0]!]: 'good', [order[2]!]: 'bad' } as const;
    const coded = sorterCodeAnswers(deck, calls);
    expect(coded.activity).toBe('customer-sorter/random');
    expect(coded.variant).toBe(77);
    expect(coded.answers.slice(0, 3)).toEqual([1, 0, 2]);
    const again = buildDeck(cards, sorterDeckOfCode(coded.activity, coded.variant, coded.answers.length)!);
    expect(sorterCodeOrder(again)).toEqual(order);
    expect(sorterCallsOfCode(again, coded.answers)).toMatchObject({ [order[0]!]: 'good', [order[1]!]: null, [order[2]!]: 'bad' });
  });

  it('knows its own activities only', () => {
    expect(sorterDeckOfCode('customer-sorter/intro', null, 8)).toEqual({ kind: 'intro', seed: 0 });
    expect(sorterDeckOfCode('customer-sorter/random', null, 8)).toBeNull();
    expect(sorterDeckOfCode('customer-sorter/other', null, 8)).toBeNull();
    expect(sorterDeckOfCode('loyalty-matrix', null, 8)).toBeNull();
  });
});

describe('loyalty matrix answers in a code', () => {
  it('per member in id order: 0 not placed, 1–4 the quadrant', () => {
    const ids = LOYALTY_MATRIX_MEMBERS.map((m) => m.id);
    expect(matrixCodeAnswers(ids, { L01: 'apostle', L02: 'mercenary', L08: 'defector', L05: 'hostage' })).toEqual([1, 2, 0, 0, 3, 0, 0, 4]);
    expect([0, 1, 2, 3, 4, 5].map(matrixQuadrantOfCode)).toEqual([null, 'apostle', 'mercenary', 'hostage', 'defector', null]);
  });
});

describe('role-play answers in a code', () => {
  const scenarios: Scenario[] = loadScenarios();

  it.each(scenarios.map((s) => [s.id, s] as const))('%s: the best path comes back with the same ending and score', (_, scenario) => {
    const best = bestPlaythrough(scenario);
    const ids = best.history.map((h) => h.option);
    const answers = roleplayCodeAnswers(scenario, ids);
    expect(answers.every((a) => a >= 1 && a <= 4)).toBe(true);
    const replay = replayRoleplayCode(scenario, answers);
    expect(replay).toMatchObject({ options: ids, complete: true });
    expect(debriefRoleplay(scenario, replay.state).processScore).toBe(debriefRoleplay(scenario, best).processScore);
  });

  it('a path that does not fit the script stops where it stops fitting', () => {
    const scenario = scenarios[0]!;
    const replay = replayRoleplayCode(scenario, [1, 99, 1]);
    expect(replay.complete).toBe(false);
    expect(replay.options).toHaveLength(1);
  });
});
