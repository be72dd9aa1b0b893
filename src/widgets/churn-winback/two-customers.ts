// The “two customers” illustration of chapter 10: 老张 (weekly) and 小李 (twice a year), both silent for nine weeks.
// Their histories are atoms; P(alive) and its fall with silence come from the engine, with the chapter's parameters.
import { atom, computed, type ReadableAtom } from 'nanostores';
import { bgNbdPAlive } from '../../engine/models/bgnbd';
import { isEngineError } from '../../engine/core/errors';
import { pAliveOverSilence, WIN_BACK_CHAPTER_EXAMPLE } from '../../engine/loyalty';

export interface History {
  /** Repeat purchases. */
  readonly x: number;
  /** Week of the last purchase, counted from the first. */
  readonly t_x: number;
  /** Weeks since the first purchase. */
  readonly T: number;
}

export type Who = 'zhang' | 'li';
export const NAMES: Readonly<Record<Who, string>> = { zhang: '老张', li: '小李' };
export const CHAPTER_HISTORIES: Readonly<Record<Who, History>> = { zhang: { x: 30, t_x: 30, T: 39 }, li: { x: 1, t_x: 26, T: 35 } };
export const MAX_WEEKS = 78;
export const CURVE_WEEKS = 26;

export interface TwoCustomersView {
  readonly pAlive: Readonly<Record<Who, number>>;
  readonly curves: Readonly<Record<Who, readonly { silence: number; pAlive: number }[]>>;
}

export interface TwoCustomersState {
  readonly $histories: ReadableAtom<Readonly<Record<Who, History>>>;
  readonly $view: ReadableAtom<{ ok: true; value: TwoCustomersView } | { ok: false; message: string }>;
  /** Sets one number; the others move so that 0 ≤ t_x ≤ T ≤ MAX_WEEKS and x = 0 means t_x = 0. */
  set(who: Who, key: keyof History, value: number): void;
  reset(): void;
}

export function createTwoCustomers(): TwoCustomersState {
  const $histories = atom<Readonly<Record<Who, History>>>(CHAPTER_HISTORIES);
  const params = WIN_BACK_CHAPTER_EXAMPLE.params;
  const $view = computed($histories, (h) => {
    try {
      const one = (who: Who) => bgNbdPAlive(params, h[who].x, h[who].t_x, h[who].T);
      const curve = (who: Who) => pAliveOverSilence(params, h[who].x, h[who].t_x, CURVE_WEEKS);
      return { ok: true as const, value: { pAlive: { zhang: one('zhang'), li: one('li') }, curves: { zhang: curve('zhang'), li: curve('li') } } };
    } catch (caught) {
      return { ok: false as const, message: isEngineError(caught) ? caught.message : String(caught) };
    }
  });
  return {
    $histories,
    $view,
    set(who, key, value) {
      if (!Number.isFinite(value)) return;
      const h = { ...$histories.get()[who], [key]: Math.max(0, Math.min(key === 'x' ? 60 : MAX_WEEKS, Math.round(value))) };
      if (key === 'T') h.t_x = Math.min(h.t_x, h.T);
      else if (key === 't_x') h.T = Math.max(h.T, h.t_x);
      if (h.x === 0) h.t_x = 0;
      $histories.set({ ...$histories.get(), [who]: h });
    },
    reset() {
      $histories.set(CHAPTER_HISTORIES);
    },
  };
}
