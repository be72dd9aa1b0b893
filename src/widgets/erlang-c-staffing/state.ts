// The staffing calculator's state: the form as typed, the engine's answer computed from it in the page (it is
// instant), and the day planner (planner-state.ts), which loads with its tab: it reads a call log through the shared
// dataset picker and its worker.
import { atom, computed, type ReadableAtom } from 'nanostores';
import { erlangCAroundRequired, poolingEffect, type ErlangCInput, type ErlangCNeighbourhood, type PoolingEffect, type StaffingTargets } from '../../engine/technology/erlang-c';
import { isEngineError } from '../../engine/core/errors';
import type { WorkerStateOptions } from '../shared/dataset-picker/widget-options';
import { isWorkerFailure } from '../shared/dataset-picker/protocol';
import type { Outcome } from '../shared/outcome';
import type { Planner } from './planner-state';
import { learnerMessage } from '../shared/learner-message';

/** The form as typed: minutes for the interval, percentages for the targets. */
export interface ErlangForm {
  readonly calls: string;
  readonly minutes: string;
  readonly aht: string;
  readonly target: string;
  readonly sl: string;
  readonly shrinkage: string;
}

export type Mode = 'single' | 'day';

/** Chapter 2's worked example: 100 calls in 30 minutes, 180 s, 80 % within 20 s, 30 % shrinkage. */
export const CHAPTER_FORM: ErlangForm = Object.freeze({ calls: '100', minutes: '30', aht: '180', target: '20', sl: '80', shrinkage: '30' });

export interface SingleResult {
  readonly input: ErlangCInput;
  readonly around: ErlangCNeighbourhood;
  readonly pooling: PoolingEffect;
}

/** Calm words in the form's units for the engine's argument errors. */
const MESSAGES: Record<string, string> = {
  'invalid-calls': '来电量要填一个大于 0 的数。',
  'invalid-interval': '统计时段要大于 0 分钟。',
  'invalid-aht': '平均处理时长要大于 0 秒。',
  'invalid-target': '目标应答时间要填一个不小于 0 的秒数。',
  'invalid-service-level': '服务水平目标要在 0% 到 100% 之间（不能是 100%：再多的座席也做不到所有来电都不等待）。',
  'invalid-shrinkage': '缩减率要在 0% 到 100% 之间（不含 100%）。',
};

const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** The engine's targets from the form (minutes → seconds, percent → share). */
export function toTargets(form: ErlangForm): StaffingTargets {
  return { interval: number(form.minutes) * 60, target: number(form.target), sl: number(form.sl) / 100, shrinkage: number(form.shrinkage) / 100 };
}

export function toErlangInput(form: ErlangForm): ErlangCInput {
  return { calls: number(form.calls), aht: number(form.aht), ...toTargets(form) };
}

function failure(error: unknown): { ok: false; code: string; message: string } {
  if (isEngineError(error) || isWorkerFailure(error)) return { ok: false, code: error.code, message: learnerMessage(error, MESSAGES) };
  return { ok: false, code: 'internal', message: `出了意外的问题（${error instanceof Error ? error.message : String(error)}）` };
}

/** The single-interval answer: staffing, the table around the required agents, and the pooling comparison. */
export function computeSingle(form: ErlangForm): Outcome<SingleResult> {
  try {
    const input = toErlangInput(form);
    return { ok: true, value: { input, around: erlangCAroundRequired(input), pooling: poolingEffect(input, 2) } };
  } catch (error) {
    if (isEngineError(error)) return failure(error);
    throw error;
  }
}

const FORM_KEYS = { calls: 'calls', minutes: 'min', aht: 'aht', target: 'target', sl: 'sl', shrinkage: 'shrink' } as const;

/** The form from a share link (`erlang.calls=200&erlang.sl=90` …); missing or overlong values keep the chapter's. */
export function formFromShared(shared: Readonly<Record<string, string>>): ErlangForm {
  const out: Record<string, string> = { ...CHAPTER_FORM };
  for (const [field, key] of Object.entries(FORM_KEYS)) {
    const value = shared[key];
    if (value !== undefined && value.length <= 12) out[field] = value;
  }
  return out as unknown as ErlangForm;
}

export function formToShared(form: ErlangForm): Record<string, string> {
  return Object.fromEntries(Object.entries(FORM_KEYS).map(([field, key]) => [key, form[field as keyof ErlangForm]]));
}

export interface Guess {
  readonly text: string;
  readonly revealed: boolean;
}

export interface ErlangState {
  readonly $form: ReadableAtom<ErlangForm>;
  readonly $single: ReadableAtom<Outcome<SingleResult>>;
  readonly $mode: ReadableAtom<Mode>;
  readonly $guess: ReadableAtom<Guess>;
  /** The day planner once its code has loaded (the first time the planner's tab opens). */
  readonly $planner: ReadableAtom<Planner | null>;
  set(change: Partial<ErlangForm>): void;
  reset(): void;
  setMode(mode: Mode): void;
  setGuess(text: string): void;
  reveal(): void;
  /** Loads the day planner and starts it (manifest, worker, bundled log); once. */
  openPlanner(): Promise<Planner>;
  /** Puts an interval's calls and handling time (to 2 decimals) into the form and shows the single-interval view. */
  useInterval(calls: number, aht: number): void;
  start(): void;
  dispose(): void;
  shareState(): Record<string, string>;
}

export function createErlangState(options: WorkerStateOptions): ErlangState {
  const initial = options.initial ?? {};
  const $form = atom<ErlangForm>(formFromShared(initial));
  const $single = computed($form, computeSingle);
  const $mode = atom<Mode>(initial.mode === 'day' ? 'day' : 'single');
  const $guess = atom<Guess>({ text: '', revealed: false });
  const $planner = atom<Planner | null>(null);
  let planner: Promise<Planner> | null = null;
  let disposed = false;

  const openPlanner = () =>
    (planner ??= import('./planner-state').then(({ createPlanner }) => {
      const made = createPlanner({ ...options, listenTargets: (listener) => $form.listen(listener), targets: () => toTargets($form.get()), failure });
      if (!disposed) {
        made.start();
        $planner.set(made);
      }
      return made;
    }));

  return {
    $form,
    $single,
    $mode,
    $guess,
    $planner,
    set(change) {
      $form.set({ ...$form.get(), ...change });
    },
    reset() {
      $form.set(CHAPTER_FORM);
      $guess.set({ text: '', revealed: false });
    },
    setMode(mode) {
      $mode.set(mode);
      if (mode === 'day') void openPlanner().catch(() => undefined);
    },
    setGuess(text) {
      $guess.set({ ...$guess.get(), text });
    },
    reveal() {
      $guess.set({ ...$guess.get(), revealed: true });
    },
    openPlanner,
    useInterval(calls, aht) {
      const text = (x: number) => String(Math.round(x * 100) / 100);
      $form.set({ ...$form.get(), calls: text(calls), aht: text(aht) });
      $mode.set('single');
    },
    start() {
      if ($mode.get() === 'day') void openPlanner().catch(() => undefined);
    },
    dispose() {
      disposed = true;
      $planner.get()?.dispose();
    },
    shareState() {
      const state: Record<string, string> = { ...formToShared($form.get()), mode: $mode.get() };
      if ($mode.get() !== 'day') return state;
      // Before the planner has loaded, the shared link's own log and day are still the ones to show.
      const loaded = $planner.get();
      const day = loaded ? loaded.shareState() : { ...(initial.dataset ? { dataset: initial.dataset } : {}), ...(initial.date ? { date: initial.date } : {}) };
      return { ...state, ...day };
    },
  };
}
