// The day planner's state: a call log read through the shared dataset picker and its worker, the day chosen, and
// that day's plan. Loaded with the planner's tab (state.ts), so the single interval shown first carries none of it.
import { atom, type ReadableAtom } from 'nanostores';
import type { StaffingTargets } from '../../engine/technology/erlang-c';
import { createDatasetController, type DatasetController } from '../shared/dataset-picker/controller';
import type { WorkerStateOptions } from '../shared/dataset-picker/widget-options';
import { isWorkerFailure } from '../shared/dataset-picker/protocol';
import type { Failure, Outcome } from '../shared/outcome';
import { clearWhenLoadFails, latestAnswer } from '../shared/worker-requests';
import { VOLUME_DATASETS, VOLUME_TABLE } from './dataset';
import type { DaysView, PlanArgs, PlanView } from './handlers';

export interface PlannerOptions extends WorkerStateOptions {
  /** Fires when the targets may have changed (the form was edited); returns the unsubscribe. */
  readonly listenTargets: (listener: () => void) => () => void;
  readonly targets: () => StaffingTargets;
  /** The widget's failure in the form's words. */
  readonly failure: (caught: unknown) => Failure;
}

export interface Planner {
  readonly dataset: DatasetController;
  readonly $days: ReadableAtom<Outcome<DaysView> | null>;
  readonly $day: ReadableAtom<number | null>;
  readonly $plan: ReadableAtom<Outcome<PlanView> | null>;
  chooseDay(day: number): void;
  /** Reads the bundled log (or the shared link's) and lists its days; once. */
  start(): void;
  dispose(): void;
  /** The share link's keys for the log and the day shown. */
  shareState(): Record<string, string>;
}

export function createPlanner(options: PlannerOptions): Planner {
  const initial = options.initial ?? {};
  const dataset = createDatasetController({ spawn: options.spawn, kinds: ['time-series'], include: VOLUME_DATASETS, mode: 'table', table: VOLUME_TABLE, manifest: options.manifest });
  const $days = atom<Outcome<DaysView> | null>(null);
  const sharedDay = /^\d{4}-\d{2}-\d{2}$/.test(initial.date ?? '') ? Math.round(Date.parse(`${initial.date}T00:00:00Z`) / 86_400_000) : null;
  const $day = atom<number | null>(null);
  const $plan = atom<Outcome<PlanView> | null>(null);
  const stops: (() => void)[] = [];
  let started = false;
  const showPlan = latestAnswer($plan, options.failure);

  const plan = async () => {
    const day = $day.get();
    if (day === null || dataset.$load.get().phase !== 'ready') return;
    const args: PlanArgs = { day, targets: options.targets() };
    await showPlan(() => dataset.client.call<PlanView>('plan', args));
  };

  const listDays = async () => {
    try {
      const view = await dataset.client.call<DaysView>('days');
      $days.set({ ok: true, value: view });
      const wanted = view.days.find((d) => d.day === ($day.get() ?? sharedDay)) ?? view.days[0];
      $day.set(wanted ? wanted.day : null);
      await plan();
    } catch (caught) {
      if (isWorkerFailure(caught) && caught.code === 'aborted') return;
      $days.set(options.failure(caught));
    }
  };

  return {
    dataset,
    $days,
    $day,
    $plan,
    chooseDay(day) {
      $day.set(day);
      void plan();
    },
    start() {
      if (started) return;
      started = true;
      stops.push(
        clearWhenLoadFails(dataset, () => {
          $days.set(null);
          $plan.set(null);
        }),
        dataset.$version.listen(() => void listDays()),
        options.listenTargets(() => void plan()),
      );
      const id = initial.dataset && (VOLUME_DATASETS as readonly string[]).includes(initial.dataset) ? initial.dataset : VOLUME_DATASETS[0];
      void dataset.listDatasets().then(() => dataset.choose({ type: 'bundled', id })).catch(() => undefined);
    },
    dispose() {
      stops.splice(0).forEach((stop) => stop());
      dataset.dispose();
    },
    shareState() {
      const state: Record<string, string> = {};
      const choice = dataset.$choice.get();
      if (choice?.type === 'bundled') state.dataset = choice.id;
      const days = $days.get();
      const item = days?.ok ? days.value.days.find((d) => d.day === $day.get()) : undefined;
      if (item) state.date = item.date;
      return state;
    },
  };
}
