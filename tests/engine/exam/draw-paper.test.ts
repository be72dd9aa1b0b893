import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bankFingerprint, createRandom, drawPaper, drawPaperPair, paperBalance, paperItemIds, type Blueprint } from '~/engine';
import { expectEngineError } from '../expect-engine-error';
import { BANK, BLUEPRINT, makeBank } from './fixtures';

const FROZEN = Object.freeze(BANK.map((item) => Object.freeze(item)));
const seeds = fc.integer({ min: 1, max: 2 ** 31 - 1 });
const byId = new Map(FROZEN.map((item) => [item.id, item]));

describe('drawPaper', () => {
  it('fills every section as the blueprint asks: counts (blanks for 填空), points, 100 in all', () => {
    const paper = drawPaper(FROZEN, BLUEPRINT, createRandom(11));
    expect(paper.total).toBe(100);
    expect(paper.sections.map((s) => s.type)).toEqual(['名词解释', '填空', '单选', '多选', '判断', '简答', '计算', '案例分析']);
    for (const section of paper.sections) {
      const items = section.items.map((slot) => byId.get(slot.id)!);
      expect(items.every((item) => item.type === section.type)).toBe(true);
      expect(section.items.reduce((n, slot) => n + slot.size, 0)).toBe(section.count);
      expect(section.items.reduce((n, slot) => n + slot.points, 0)).toBe(section.total);
    }
    expect(new Set(paperItemIds(paper)).size).toBe(paperItemIds(paper).length);
  });

  it('keeps to the chapters given a weight', () => {
    const paper = drawPaper(FROZEN, { ...BLUEPRINT, chapters: { '01-one': 2, '03-three': 1 } }, createRandom(3));
    expect(new Set(paperItemIds(paper).map((id) => byId.get(id)!.chapter))).toEqual(new Set(['01-one', '03-three']));
  });

  it('says which section the bank cannot fill', () => {
    const error = expectEngineError(() => drawPaper(FROZEN, { ...BLUEPRINT, chapters: { '01-one': 1 } }, createRandom(1)), 'bank-too-small');
    expect(error.message).toMatch(/^题库中所选章节的“.+”题不够：蓝图要 \d+ /);
    expectEngineError(() => drawPaper(FROZEN, { ...BLUEPRINT, duration: -1 }, createRandom(1)), 'invalid-blueprint');
  });

  it('balances chapters and difficulty close to the blueprint', () => {
    // Targets: 25 points per chapter; 易 30, 中 50, 难 20. The big items (20 and 10 points) make exact shares impossible.
    for (const seed of [1, 2, 3, 4, 5]) {
      const paper = drawPaper(FROZEN, BLUEPRINT, createRandom(seed));
      const balance = paperBalance(paper, FROZEN, BLUEPRINT);
      for (const c of balance.chapters) expect(Math.abs(c.points - c.target), `${seed} ${c.chapter}`).toBeLessThanOrEqual(12);
      for (const d of balance.difficulty) expect(Math.abs(d.points - d.target), `${seed} ${d.difficulty}`).toBeLessThanOrEqual(12);
    }
  });

  it('repeats no knowledge point while the chapter has others left', () => {
    // Chapter 1 has 12 单选 on 4 knowledge points: 4 items can all differ.
    const blueprint: Blueprint = { ...BLUEPRINT, sections: [{ type: '单选', count: 4, points: 25 }], chapters: { '01-one': 1 } };
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      expect(paperBalance(drawPaper(FROZEN, blueprint, createRandom(seed)), FROZEN, blueprint).repeatedKnowledge, `seed ${seed}`).toEqual([]);
    }
  });

  it('rescales nothing when the bank has items at the section’s points', () => {
    const paper = drawPaper(FROZEN, BLUEPRINT, createRandom(8));
    for (const section of paper.sections.filter((s) => s.type !== '填空')) {
      for (const slot of section.items) expect(byId.get(slot.id)!.points).toBe(section.pointsEach);
    }
  });
});

describe('drawPaperPair', () => {
  it('gives the same two papers for the same seed, whatever the bank’s order', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const pair = drawPaperPair(FROZEN, BLUEPRINT, { seed, maxOverlap: 20 });
        expect(drawPaperPair([...FROZEN].reverse(), BLUEPRINT, { seed, maxOverlap: 20 })).toEqual(pair);
      }),
      { numRuns: 20 },
    );
  });

  it('never lets B share more than the maximum with A, and always totals 100', () => {
    fc.assert(
      fc.property(seeds, fc.integer({ min: 0, max: 100 }), (seed, maxOverlap) => {
        const pair = drawPaperPair(FROZEN, BLUEPRINT, { seed, maxOverlap });
        expect(pair.a.total).toBe(100);
        expect(pair.b.total).toBe(100);
        const onA = new Set(paperItemIds(pair.a));
        const shared = pair.b.sections.flatMap((s) => s.items).filter((slot) => onA.has(slot.id));
        expect(shared.map((s) => s.id)).toEqual(pair.shared);
        expect(pair.overlapPercent).toBeLessThanOrEqual(maxOverlap + 1e-9);
      }),
      { numRuns: 30 },
    );
  });

  it('draws different papers for different seeds', () => {
    const one = drawPaperPair(FROZEN, BLUEPRINT, { seed: 1, maxOverlap: 20 });
    const two = drawPaperPair(FROZEN, BLUEPRINT, { seed: 2, maxOverlap: 20 });
    expect(paperItemIds(one.a)).not.toEqual(paperItemIds(two.a));
  });

  it('reports a bank too small for B within the overlap, and refuses bad seeds and limits', () => {
    const small = makeBank(['01-one'], { 单选: 15 });
    const blueprint: Blueprint = { ...BLUEPRINT, sections: [{ type: '单选', count: 10, points: 10 }], chapters: { '01-one': 1 } };
    expect(drawPaperPair(small, blueprint, { seed: 1, maxOverlap: 50 }).overlapPercent).toBe(50);
    expectEngineError(() => drawPaperPair(small, blueprint, { seed: 1, maxOverlap: 40 }), 'bank-too-small');
    expectEngineError(() => drawPaperPair(small, blueprint, { seed: 0, maxOverlap: 40 }), 'invalid-seed');
    expectEngineError(() => drawPaperPair(small, blueprint, { seed: 1, maxOverlap: 101 }), 'invalid-overlap');
  });

  it('balances course objectives when the blueprint sets their shares', () => {
    const objectiveOf = (item: { chapter: string }) => (item.chapter === '01-one' || item.chapter === '02-two' ? 1 : 2);
    const pair = drawPaperPair(FROZEN, { ...BLUEPRINT, objectives: { 1: 70, 2: 30 } }, { seed: 5, maxOverlap: 30, objectiveOf });
    const balance = paperBalance(pair.a, FROZEN, { ...BLUEPRINT, objectives: { 1: 70, 2: 30 } }, objectiveOf);
    expect(balance.objectives.map((o) => o.target)).toEqual([70, 30]);
    expect(Math.abs(balance.objectives[0]!.points - 70)).toBeLessThanOrEqual(12);
  });
});

describe('bankFingerprint', () => {
  it('changes when a fact drawing reads changes, not with the bank’s order', () => {
    const print = bankFingerprint(FROZEN);
    expect(bankFingerprint([...FROZEN].reverse())).toBe(print);
    expect(bankFingerprint(FROZEN.map((item, i) => (i === 0 ? { ...item, difficulty: '难' as const } : item)))).not.toBe(print);
    expect(bankFingerprint([])).toBe('w7k42t'); // FNV-1a of "[]" = 1947613349, checked with Python
  });
});
