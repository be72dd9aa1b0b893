import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeWrongBooks, openWrongBookItems, recordWrongBookAnswer, type ExamVerdict, type WrongBook } from '~/engine/exam';

const at = (n: number) => new Date(Date.UTC(2026, 2, 1, 8, n)).toISOString();

function play(answers: readonly [string, ExamVerdict][]): WrongBook {
  return answers.reduce<WrongBook>((book, [id, verdict], i) => Object.freeze(recordWrongBookAnswer(book, id, verdict, at(i))), Object.freeze({}));
}

describe('the 错题本 rule', () => {
  it('takes in a wrong or partial answer and lets it go after two right answers in a row', () => {
    let book = play([['a', 'wrong']]);
    expect(openWrongBookItems(book)).toEqual(['a']);
    book = recordWrongBookAnswer(book, 'a', 'right', at(1));
    expect(book.a).toEqual({ wrongCount: 1, streak: 1, lastAnsweredAt: at(1), clearedAt: null });
    expect(openWrongBookItems(book)).toEqual(['a']);
    book = recordWrongBookAnswer(book, 'a', 'right', at(2));
    expect(book.a?.clearedAt).toBe(at(2));
    expect(openWrongBookItems(book)).toEqual([]);
  });

  it('starts the count again after a wrong answer between two right ones', () => {
    const book = play([['a', 'partial'], ['a', 'right'], ['a', 'wrong'], ['a', 'right']]);
    expect(book.a).toMatchObject({ wrongCount: 2, streak: 1, clearedAt: null });
  });

  it('brings a cleared item back when it is missed again, and ignores right answers to items not in it', () => {
    const book = play([['a', 'wrong'], ['a', 'right'], ['a', 'right'], ['b', 'right'], ['a', 'wrong']]);
    expect(book.b).toBeUndefined();
    expect(book.a).toMatchObject({ wrongCount: 2, streak: 0, clearedAt: null });
  });

  it('lists the most often missed first, then the latest', () => {
    const book = play([['a', 'wrong'], ['b', 'wrong'], ['b', 'wrong'], ['c', 'wrong']]);
    expect(openWrongBookItems(book)).toEqual(['b', 'c', 'a']);
  });

  it('keeps an item open exactly while fewer than two right answers follow its last miss (any sequence)', () => {
    const answer = fc.tuple(fc.constantFrom('a', 'b'), fc.constantFrom<ExamVerdict>('right', 'wrong', 'partial'));
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 30 }), (answers) => {
        const book = play(answers);
        for (const id of ['a', 'b']) {
          const mine = answers.filter(([x]) => x === id).map(([, v]) => v);
          const lastMiss = mine.map((v) => v !== 'right').lastIndexOf(true);
          const open = lastMiss >= 0 && mine.length - 1 - lastMiss < 2;
          expect(openWrongBookItems(book).includes(id)).toBe(open);
        }
      }),
    );
  });

  it('merges two books item by item, the later answer winning', () => {
    const mine = play([['a', 'wrong'], ['b', 'wrong']]);
    const theirs = recordWrongBookAnswer(recordWrongBookAnswer(mine, 'a', 'right', at(5)), 'a', 'right', at(6));
    const merged = mergeWrongBooks(mine, { a: theirs.a!, c: { wrongCount: 1, streak: 0, lastAnsweredAt: at(0), clearedAt: null } });
    expect(openWrongBookItems(merged).sort()).toEqual(['b', 'c']);
    expect(mergeWrongBooks(theirs, mine).a?.clearedAt).toBe(at(6));
  });
});
