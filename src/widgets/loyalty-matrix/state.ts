// The matrix's state: the learner's board, the class session, and the answers computed by the engine.
import { atom, computed, type ReadableAtom } from 'nanostores';
import {
  commitMatrixSorting,
  isLoyaltyQuadrantKey,
  LOYALTY_MATRIX_MEMBERS,
  loyaltyQuadrantLabel,
  nextMatrixClassMember,
  placeInQuadrant,
  recordMatrixClassCall,
  removeFromQuadrant,
  revealMatrixClassMember,
  scoreMatrixSorting,
  startMatrixClass,
  startMatrixSorting,
  type LoyaltyMember,
  type LoyaltyQuadrantKey,
  type MatrixClassSession,
  type MatrixScore,
  type MatrixSorting,
} from '../../engine/loyalty/matrix';
import { isEngineError } from '../../engine/core/errors';
import type { Outcome } from '../shared/outcome';
import { picksFromText, picksToText, type MatrixLinkState } from './share';
import { chineseOnly } from '../shared/learner-message';

export const WIDGET = 'loyalty-matrix';

export interface MatrixState {
  readonly members: readonly LoyaltyMember[];
  readonly $sorting: ReadableAtom<MatrixSorting>;
  readonly $mode: ReadableAtom<'practice' | 'class'>;
  readonly $session: ReadableAtom<MatrixClassSession>;
  /** The indicators' answer for every member (for the debrief and class mode). */
  readonly $score: ReadableAtom<Outcome<MatrixScore>>;
  /** A sentence for the live region after each action. */
  readonly $announcement: ReadableAtom<string>;
  /** The element (`data-focus`) that should get the keyboard focus after an action. */
  readonly $focus: ReadableAtom<{ target: string; n: number } | null>;
  readonly $error: ReadableAtom<string | null>;
  place(member: string, quadrant: LoyaltyQuadrantKey): void;
  unplace(member: string): void;
  commit(): void;
  restart(): void;
  setMode(mode: 'practice' | 'class'): void;
  classCall(quadrant: LoyaltyQuadrantKey): void;
  classReveal(): void;
  classNext(): void;
  linkState(): MatrixLinkState;
}

export function createMatrixState(initial: Partial<MatrixLinkState> = {}, allowClass = false): MatrixState {
  const members = LOYALTY_MATRIX_MEMBERS;
  const ids = members.map((m) => m.id);
  const fromLink = initial.picks ? picksFromText(ids, initial.picks) : {};
  let first: MatrixSorting = { phase: 'sorting', placements: fromLink };
  if (initial.step === 'result') {
    try {
      first = commitMatrixSorting(first, ids);
    } catch {
      // A link with some members unplaced opens the board as it was.
    }
  }
  const $sorting = atom<MatrixSorting>(first);
  const $mode = atom<'practice' | 'class'>(allowClass && initial.mode === 'class' ? 'class' : 'practice');
  const $session = atom<MatrixClassSession>(startMatrixClass(ids));
  const $announcement = atom('');
  const $focus = atom<{ target: string; n: number } | null>(null);
  const $error = atom<string | null>(null);
  let focusCount = 0;
  const focus = (target: string) => $focus.set({ target, n: ++focusCount });

  const $score = computed($sorting, (s): Outcome<MatrixScore> => {
    try {
      return { ok: true, value: scoreMatrixSorting(members, s.placements) };
    } catch (caught) {
      return isEngineError(caught) ? { ok: false, code: caught.code, message: chineseOnly(caught.message) } : { ok: false, code: 'internal', message: String(caught) };
    }
  });

  const nameOf = (id: string) => members.find((m) => m.id === id)?.name ?? id;
  const left = () => ids.filter((id) => !($sorting.get().placements[id]));

  return {
    members,
    $sorting,
    $mode,
    $session,
    $score,
    $announcement,
    $focus,
    $error,
    place(member, quadrant) {
      const before = left();
      const at = before.indexOf(member);
      $sorting.set(placeInQuadrant($sorting.get(), member, quadrant));
      $error.set(null);
      const rest = left();
      $announcement.set(`${nameOf(member)}已放入“${loyaltyQuadrantLabel(quadrant)}”。${rest.length > 0 ? `还有 ${rest.length} 位会员待放置。` : '全部放好了，可以提交。'}`);
      if (at >= 0) focus(rest.length > 0 ? `card:${rest[Math.min(at, rest.length - 1)]}` : 'submit');
      else focus(`chip:${member}`);
    },
    unplace(member) {
      $sorting.set(removeFromQuadrant($sorting.get(), member));
      $announcement.set(`${nameOf(member)}已放回待放置的会员。`);
      focus(`card:${member}`);
    },
    commit() {
      try {
        $sorting.set(commitMatrixSorting($sorting.get(), ids));
        $error.set(null);
        const score = $score.get();
        if (score.ok) $announcement.set(`已提交：${score.value.correct} / ${score.value.total} 位会员的象限与指标一致。`);
        focus('result');
      } catch (caught) {
        $error.set(isEngineError(caught) ? `${chineseOnly(caught.message)}。` : String(caught));
      }
    },
    restart() {
      $sorting.set(startMatrixSorting());
      $error.set(null);
      $announcement.set('已清空矩阵，重新开始。');
      focus(`card:${ids[0]}`);
    },
    setMode(mode) {
      $mode.set(mode);
      if (mode === 'class') $session.set(startMatrixClass(ids));
    },
    classCall(quadrant) {
      $session.set(recordMatrixClassCall($session.get(), quadrant));
      $announcement.set(`已记录：全班认为是“${loyaltyQuadrantLabel(quadrant)}”。`);
    },
    classReveal() {
      $session.set(revealMatrixClassMember($session.get()));
      focus('class-next');
    },
    classNext() {
      $session.set(nextMatrixClassMember($session.get()));
      focus($session.get().finished ? 'class-summary' : 'class-card');
    },
    linkState() {
      const s = $sorting.get();
      return { picks: picksToText(ids, s.placements), step: s.phase === 'committed' ? 'result' : null, mode: $mode.get() };
    },
  };
}

export { isLoyaltyQuadrantKey };
