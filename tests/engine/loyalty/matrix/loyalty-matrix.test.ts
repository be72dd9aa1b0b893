import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  commitMatrixSorting,
  LOYALTY_MATRIX_MEMBERS,
  LOYALTY_QUADRANTS,
  loyaltyMatrixPosition,
  loyaltyQuadrantLabel,
  nextMatrixClassMember,
  placeInQuadrant,
  recordMatrixClassCall,
  removeFromQuadrant,
  revealMatrixClassMember,
  scoreMatrixSorting,
  startMatrixClass,
  startMatrixSorting,
  type LoyaltyProfile,
} from '~/engine/loyalty/matrix';
import { expectEngineError } from '../../expect-engine-error';

const profile = (over: Partial<LoyaltyProfile> = {}): LoyaltyProfile =>
  Object.freeze({ satisfaction: 4, complaints: 0, unresolvedComplaints: 0, renewals: 1, renewalChances: 2, walletShare: 0.5, recommend: 7, ...over });

describe('loyaltyMatrixPosition', () => {
  // Every expected index by hand: satisfaction (s − 1) ÷ 4 × 100 − 20 × unresolved (not below 0);
  // loyalty (renewals ÷ chances × 100 + wallet × 100 + recommend × 10) ÷ 3; high at ≥ 60.
  it.each([
    ['L01 王老师', 100, 96.667, 'apostle', false], // (100 + 90 + 100) ÷ 3
    ['L02 小周', 75, 86.667, 'apostle', false], // resolved complaint costs nothing; (100 + 70 + 90) ÷ 3
    ['L03 陈女士', 75, 51.111, 'mercenary', true], // (33.33 + 40 + 80) ÷ 3, within 10 of 60
    ['L04 刘同学', 100, 40, 'mercenary', false], // (0 + 30 + 90) ÷ 3
    ['L05 赵先生', 0, 73.333, 'hostage', false], // 25 − 40 → 0; (100 + 100 + 20) ÷ 3
    ['L06 孙阿姨', 30, 76.667, 'hostage', false], // 50 − 20; (100 + 80 + 50) ÷ 3
    ['L07 吴先生', 5, 6.667, 'defector', false], // 25 − 20; (0 + 10 + 10) ÷ 3
    ['L08 郑女士', 55, 46.667, 'defector', true], // 75 − 20 = 55: “比较满意” but below the line; (50 + 30 + 60) ÷ 3
  ] as const)('%s: satisfaction %d, loyalty %d → %s', (label, satisfaction, loyalty, quadrant, borderline) => {
    const member = LOYALTY_MATRIX_MEMBERS.find((m) => label.startsWith(m.id))!;
    const position = loyaltyMatrixPosition(member);
    expect(position.satisfactionIndex).toBeCloseTo(satisfaction, 3);
    expect(position.loyaltyIndex).toBeCloseTo(loyalty, 3);
    expect(position.quadrant).toBe(quadrant);
    expect(position.borderline).toBe(borderline);
  });

  it('puts two sample members in each quadrant', () => {
    const counts = scoreMatrixSorting(LOYALTY_MATRIX_MEMBERS, {}).counts;
    expect(counts).toEqual({ apostle: 2, mercenary: 2, hostage: 2, defector: 2 });
  });

  it('counts an index exactly at the cut as high', () => {
    // satisfaction 3.4 → (2.4 ÷ 4) × 100 = 60; loyalty (60 + 60 + 60) ÷ 3 = 60.
    const p = loyaltyMatrixPosition(profile({ satisfaction: 3.4, renewals: 3, renewalChances: 5, walletShare: 0.6, recommend: 6 }));
    expect(p.satisfactionIndex).toBeCloseTo(60, 9);
    expect(p.loyaltyIndex).toBeCloseTo(60, 9);
    expect(p.quadrant).toBe('apostle');
  });

  it('takes another cut and penalty', () => {
    // satisfaction 4 → 75 − 10 (one unresolved) = 65 ≥ 50; loyalty (50 + 50 + 70) ÷ 3 = 56.7 ≥ 50.
    const p = loyaltyMatrixPosition(profile({ complaints: 1, unresolvedComplaints: 1 }), { cut: 50, complaintPenalty: 10 });
    expect(p.satisfactionIndex).toBe(65);
    expect(p.quadrant).toBe('apostle');
  });

  it.each([
    ['satisfaction off the scale', { satisfaction: 6 }, 'invalid-answer'],
    ['recommendation off the scale', { recommend: 11 }, 'invalid-answer'],
    ['wallet share above 1', { walletShare: 1.2 }, 'invalid-share'],
    ['more unresolved than complaints', { complaints: 1, unresolvedComplaints: 2 }, 'invalid-count'],
    ['renewals above chances', { renewals: 3, renewalChances: 2 }, 'invalid-count'],
    ['no chance to renew', { renewals: 0, renewalChances: 0 }, 'invalid-count'],
    ['fractional complaints', { complaints: 1.5 }, 'invalid-count'],
  ] as const)('rejects %s', (_label, over, code) => {
    expectEngineError(() => loyaltyMatrixPosition(profile(over as Partial<LoyaltyProfile>)), code);
  });

  const profiles = fc
    .record({
      satisfaction: fc.integer({ min: 1, max: 5 }),
      complaints: fc.integer({ min: 0, max: 6 }),
      unresolved: fc.integer({ min: 0, max: 6 }),
      renewalChances: fc.integer({ min: 1, max: 8 }),
      renewals: fc.integer({ min: 0, max: 8 }),
      walletShare: fc.double({ min: 0, max: 1, noNaN: true }),
      recommend: fc.integer({ min: 0, max: 10 }),
    })
    .map((r) => Object.freeze({
      satisfaction: r.satisfaction,
      complaints: r.complaints,
      unresolvedComplaints: Math.min(r.unresolved, r.complaints),
      renewalChances: r.renewalChances,
      renewals: Math.min(r.renewals, r.renewalChances),
      walletShare: r.walletShare,
      recommend: r.recommend,
    }));

  it('keeps both indices within 0–100 and the quadrant in step with the two flags', () => {
    fc.assert(
      fc.property(profiles, (p) => {
        const pos = loyaltyMatrixPosition(p);
        expect(pos.satisfactionIndex).toBeGreaterThanOrEqual(0);
        expect(pos.satisfactionIndex).toBeLessThanOrEqual(100);
        expect(pos.loyaltyIndex).toBeGreaterThanOrEqual(0);
        expect(pos.loyaltyIndex).toBeLessThanOrEqual(100 + 1e-9);
        const q = LOYALTY_QUADRANTS.find((x) => x.key === pos.quadrant)!;
        expect(q.satisfaction === 'high').toBe(pos.satisfactionHigh);
        expect(q.loyalty === 'high').toBe(pos.loyaltyHigh);
      }),
    );
  });

  it('never raises satisfaction for another unresolved complaint, nor lowers loyalty for another renewal', () => {
    fc.assert(
      fc.property(profiles, (p) => {
        const base = loyaltyMatrixPosition(p);
        const worse = loyaltyMatrixPosition({ ...p, complaints: p.complaints + 1, unresolvedComplaints: p.unresolvedComplaints + 1 });
        expect(worse.satisfactionIndex).toBeLessThanOrEqual(base.satisfactionIndex);
        expect(worse.loyaltyIndex).toBe(base.loyaltyIndex);
        if (p.renewals < p.renewalChances) {
          expect(loyaltyMatrixPosition({ ...p, renewals: p.renewals + 1 }).loyaltyIndex).toBeGreaterThan(base.loyaltyIndex);
        }
      }),
    );
  });
});

describe('placing members and committing', () => {
  const ids = LOYALTY_MATRIX_MEMBERS.map((m) => m.id);

  it('places, moves and removes a member; refuses to commit until every member is placed', () => {
    let s = startMatrixSorting();
    s = placeInQuadrant(s, 'L01', 'hostage');
    s = placeInQuadrant(s, 'L01', 'apostle');
    expect(s.placements).toEqual({ L01: 'apostle' });
    s = removeFromQuadrant(s, 'L01');
    expect(s.placements).toEqual({});
    const error = expectEngineError(() => commitMatrixSorting(placeInQuadrant(s, 'L02', 'apostle'), ids), 'members-unplaced');
    expect(error.message).toContain('还有 7 位会员没有放进矩阵');
  });

  it('freezes the board once committed', () => {
    const all = ids.reduce((s, id) => placeInQuadrant(s, id, 'defector'), startMatrixSorting());
    const done = commitMatrixSorting(all, ids);
    expect(done.phase).toBe('committed');
    expect(placeInQuadrant(done, 'L01', 'apostle')).toBe(done);
    expect(removeFromQuadrant(done, 'L01')).toBe(done);
  });

  it('rejects an unknown quadrant', () => {
    expectEngineError(() => placeInQuadrant(startMatrixSorting(), 'L01', 'loyal' as never), 'invalid-argument');
  });

  it('scores against the indicators with one sentence per member', () => {
    // Everyone in 背叛者: right only for L07 and L08 (the two defectors), 2 of 8.
    const placements = Object.fromEntries(ids.map((id) => [id, 'defector' as const]));
    const score = scoreMatrixSorting(LOYALTY_MATRIX_MEMBERS, placements);
    expect(score.correct).toBe(2);
    expect(score.total).toBe(8);
    const zhao = score.rows.find((r) => r.member === 'L05')!;
    expect(zhao.correct).toBe(false);
    expect(zhao.explanation).toBe('满意度 0 分（低于 60），忠诚度 73.3 分（不低于 60）：人质。');
    expect(score.rows.find((r) => r.member === 'L08')!.explanation).toBe('满意度 55 分（低于 60），忠诚度 46.7 分（低于 60）：背叛者；离分界线很近，值得讨论。');
  });

  it('labels quadrants with the chapter’s other name', () => {
    expect(LOYALTY_QUADRANTS.map((q) => loyaltyQuadrantLabel(q.key))).toEqual(['忠诚者（传道者）', '唯利是图者（雇佣兵）', '人质', '背叛者']);
  });

  it('scores the number right as the number of matching placements, whatever they are', () => {
    const keys = LOYALTY_QUADRANTS.map((q) => q.key);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...keys), { minLength: ids.length, maxLength: ids.length }), (chosen) => {
        const placements = Object.fromEntries(ids.map((id, i) => [id, chosen[i]!]));
        const score = scoreMatrixSorting(LOYALTY_MATRIX_MEMBERS, placements);
        const expected = ids.filter((_id, i) => loyaltyMatrixPosition(LOYALTY_MATRIX_MEMBERS[i]!).quadrant === chosen[i]).length;
        expect(score.correct).toBe(expected);
        expect(Object.values(score.counts).reduce((a, b) => a + b, 0)).toBe(ids.length);
      }),
    );
  });
});

describe('class mode', () => {
  it('records the class’s call, reveals, moves on and finishes after the last member', () => {
    let s = startMatrixClass(['L01', 'L05']);
    expect(nextMatrixClassMember(s)).toBe(s); // not before the reveal
    s = recordMatrixClassCall(s, 'hostage');
    s = revealMatrixClassMember(s);
    expect(recordMatrixClassCall(s, 'apostle').calls).toEqual({ L01: 'hostage' }); // a call after the reveal is ignored
    s = nextMatrixClassMember(s);
    expect(s.index).toBe(1);
    s = nextMatrixClassMember(revealMatrixClassMember(s));
    expect(s.finished).toBe(true);
    expect(s.revealed).toEqual(['L01', 'L05']);
  });

  it('needs at least one member', () => {
    expectEngineError(() => startMatrixClass([]), 'invalid-argument');
  });
});
