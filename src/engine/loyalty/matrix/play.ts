import { EngineError } from '../../core/errors';
import { loyaltyMatrixPosition, type LoyaltyMatrixOptions, type LoyaltyMatrixPosition, type LoyaltyProfile } from './matrix-position';
import { loyaltyQuadrantLabel, LOYALTY_QUADRANTS, type LoyaltyQuadrantKey } from './quadrants';

/** A learner placing members in the matrix: placements until committed, then the answers may be shown. */
export interface MatrixSorting {
  readonly phase: 'sorting' | 'committed';
  /** Member id → the quadrant the learner chose. */
  readonly placements: Readonly<Record<string, LoyaltyQuadrantKey>>;
}

const QUADRANT_KEYS = LOYALTY_QUADRANTS.map((q) => q.key) as readonly string[];

/** True when `key` names a quadrant (share links are checked with it). */
export function isLoyaltyQuadrantKey(key: unknown): key is LoyaltyQuadrantKey {
  return typeof key === 'string' && QUADRANT_KEYS.includes(key);
}

/** A fresh board: nothing placed. */
export function startMatrixSorting(): MatrixSorting {
  return { phase: 'sorting', placements: {} };
}

/**
 * Puts a member in a quadrant (moving them if already placed). A committed board does not change.
 * @throws EngineError `invalid-argument` for an unknown quadrant.
 * @example placeInQuadrant(startMatrixSorting(), 'L01', 'apostle').placements // { L01: 'apostle' }
 */
export function placeInQuadrant(state: MatrixSorting, member: string, quadrant: LoyaltyQuadrantKey): MatrixSorting {
  if (!isLoyaltyQuadrantKey(quadrant)) throw new EngineError('invalid-argument', `没有这个象限：${String(quadrant)}(unknown quadrant)`, { quadrant });
  if (state.phase === 'committed') return state;
  return { phase: 'sorting', placements: { ...state.placements, [member]: quadrant } };
}

/** Takes a member off the board (back to the pile). A committed board does not change. */
export function removeFromQuadrant(state: MatrixSorting, member: string): MatrixSorting {
  if (state.phase === 'committed' || !(member in state.placements)) return state;
  const placements = { ...state.placements };
  delete placements[member];
  return { phase: 'sorting', placements };
}

/**
 * Commits the board once every member is placed; only then are the answers shown.
 * @throws EngineError `members-unplaced` while some member of `members` has no quadrant.
 * @example commitMatrixSorting({ phase: 'sorting', placements: { L01: 'apostle' } }, ['L01']).phase // 'committed'
 */
export function commitMatrixSorting(state: MatrixSorting, members: readonly string[]): MatrixSorting {
  const missing = members.filter((m) => !(m in state.placements));
  if (missing.length > 0) {
    throw new EngineError('members-unplaced', `还有 ${missing.length} 位会员没有放进矩阵(${missing.length} members are not placed yet)`, { missing });
  }
  return { phase: 'committed', placements: state.placements };
}

/** One member after committing: where the learner put them, where the indicators put them, and why. */
export interface MatrixScoreRow {
  readonly member: string;
  readonly placed: LoyaltyQuadrantKey | null;
  readonly position: LoyaltyMatrixPosition;
  readonly correct: boolean;
  /** One sentence: the two indices against the cut, and the quadrant. */
  readonly explanation: string;
}

/** The learner's board scored against the indicators. */
export interface MatrixScore {
  readonly rows: readonly MatrixScoreRow[];
  readonly correct: number;
  readonly total: number;
  /** Members per quadrant by the indicators (every quadrant listed). */
  readonly counts: Readonly<Record<LoyaltyQuadrantKey, number>>;
}

const one = (x: number) => (Math.round(x * 10) / 10).toFixed(1).replace(/\.0$/, '');

/**
 * Scores placements against `loyaltyMatrixPosition`: one point per member placed in the quadrant the
 * indicators give, with a sentence per member saying the two indices and the cut (e.g. “满意度 0 分（低于
 * 60），忠诚度 73.3 分（不低于 60）：人质”), and the number of members in each quadrant.
 * Source: chapter 9's satisfaction–loyalty matrix; indicators as `loyaltyMatrixPosition`.
 * @throws EngineError as `loyaltyMatrixPosition` for a member whose figures are invalid.
 * @example two members both placed right: { correct: 2, total: 2, … }
 */
export function scoreMatrixSorting(
  members: readonly (LoyaltyProfile & { readonly id: string })[],
  placements: Readonly<Record<string, LoyaltyQuadrantKey>>,
  options: LoyaltyMatrixOptions = {},
): MatrixScore {
  const cut = options.cut ?? 60;
  const counts = Object.fromEntries(LOYALTY_QUADRANTS.map((q) => [q.key, 0])) as Record<LoyaltyQuadrantKey, number>;
  const rows = members.map((m) => {
    const position = loyaltyMatrixPosition(m, options);
    counts[position.quadrant]++;
    const placed = placements[m.id] ?? null;
    const side = (high: boolean) => (high ? `不低于 ${cut}` : `低于 ${cut}`);
    const explanation =
      `满意度 ${one(position.satisfactionIndex)} 分（${side(position.satisfactionHigh)}），忠诚度 ${one(position.loyaltyIndex)} 分（${side(position.loyaltyHigh)}）：` +
      `${loyaltyQuadrantLabel(position.quadrant)}${position.borderline ? '；离分界线很近，值得讨论' : ''}。`;
    return { member: m.id, placed, position, correct: placed === position.quadrant, explanation };
  });
  return { rows, correct: rows.filter((r) => r.correct).length, total: rows.length, counts };
}

/** Class mode: the instructor shows one member at a time, records the class's choice, then reveals. */
export interface MatrixClassSession {
  readonly order: readonly string[];
  readonly index: number;
  /** Member id → the quadrant the class chose. */
  readonly calls: Readonly<Record<string, LoyaltyQuadrantKey>>;
  readonly revealed: readonly string[];
  readonly finished: boolean;
}

/**
 * Starts class mode over `order` (member ids).
 * @throws EngineError `invalid-argument` with no member.
 * @example startMatrixClass(['L01', 'L02']).index // 0
 */
export function startMatrixClass(order: readonly string[]): MatrixClassSession {
  if (order.length === 0) throw new EngineError('invalid-argument', '至少需要一位会员(at least one member is needed)');
  return { order: [...order], index: 0, calls: {}, revealed: [], finished: false };
}

/** Records the class's quadrant for the member on screen (before the reveal; afterwards nothing changes). */
export function recordMatrixClassCall(session: MatrixClassSession, quadrant: LoyaltyQuadrantKey): MatrixClassSession {
  if (!isLoyaltyQuadrantKey(quadrant)) throw new EngineError('invalid-argument', `没有这个象限：${String(quadrant)}(unknown quadrant)`, { quadrant });
  const member = session.order[session.index]!;
  if (session.finished || session.revealed.includes(member)) return session;
  return { ...session, calls: { ...session.calls, [member]: quadrant } };
}

/** Reveals the indicators of the member on screen. */
export function revealMatrixClassMember(session: MatrixClassSession): MatrixClassSession {
  const member = session.order[session.index]!;
  if (session.finished || session.revealed.includes(member)) return session;
  return { ...session, revealed: [...session.revealed, member] };
}

/** Goes on to the next member after the reveal; after the last, the session is finished (the summary). */
export function nextMatrixClassMember(session: MatrixClassSession): MatrixClassSession {
  const member = session.order[session.index]!;
  if (session.finished || !session.revealed.includes(member)) return session;
  return session.index + 1 >= session.order.length ? { ...session, finished: true } : { ...session, index: session.index + 1 };
}
