// The cohort analysis' state: the period and the chosen cohort as atoms, the table from the worker, actions for the view.
import { atom, type ReadableAtom } from 'nanostores';
import type { CohortPeriod } from '../../engine/loyalty';
import { createDatasetController, type DatasetChoice, type DatasetController } from '../shared/dataset-picker/controller';
import type { WorkerStateOptions } from '../shared/dataset-picker/widget-options';
import { chooseWantedDataset } from '../shared/choose-wanted-dataset';
import type { Outcome } from '../shared/outcome';
import { clearWhenLoadFails, createAnalysisRunner } from '../shared/worker-requests';
import { COHORT_DATASETS, cohortExampleCsv, DEFAULT_DATASET, EXAMPLE_ID } from './dataset';
import type { CohortArgs, CohortView } from './handlers';
import { publishCohorts } from '../shared/result-publishers';

export interface CohortState {
  readonly dataset: DatasetController;
  readonly $period: ReadableAtom<CohortPeriod>;
  /** The cohort whose curve is drawn (its label), or null for the first. */
  readonly $cohort: ReadableAtom<string | null>;
  readonly $view: ReadableAtom<Outcome<CohortView> | null>;
  readonly $busy: ReadableAtom<boolean>;
  start(): void;
  dispose(): void;
  setPeriod(period: CohortPeriod): void;
  chooseCohort(cohort: string): void;
  shareState(): Record<string, string>;
}

export function createCohortState(options: WorkerStateOptions): CohortState {
  const initial = options.initial ?? {};
  const dataset = createDatasetController({
    spawn: options.spawn,
    kinds: ['transactions'],
    include: COHORT_DATASETS,
    mode: 'transactions',
    examples: [{ id: EXAMPLE_ID, title: '例题：豆叶咖啡 1~3 月入会的三批会员', csv: cohortExampleCsv }],
    manifest: options.manifest,
  });
  const $period = atom<CohortPeriod>(initial.period === 'quarter' ? 'quarter' : 'month');
  const $cohort = atom<string | null>(/^\d{4}-(\d{2}|Q[1-4])$/.test(initial.cohort ?? '') ? initial.cohort! : null);
  const $view = atom<Outcome<CohortView> | null>(null);
  const $busy = atom(false);
  const stops: (() => void)[] = [];

  const analyse = createAnalysisRunner({
    $busy,
    ready: () => dataset.$load.get().phase === 'ready',
    request: () => {
      const args: CohortArgs = { period: $period.get() };
      return dataset.client.call<CohortView>('cohorts', args);
    },
    done: (view) => {
      const chosen = $cohort.get();
      if (chosen !== null && !view.cohorts.some((c) => c.cohort === chosen)) $cohort.set(null);
      $view.set({ ok: true, value: view });
      if (view.period === 'month') publishCohorts(dataset.$choice.get(), view.pooled);
    },
    failed: (failure) => $view.set(failure),
  });

  const wanted = (): DatasetChoice => {
    const id = initial.dataset;
    if (id === EXAMPLE_ID) return { type: 'example', id };
    return { type: 'bundled', id: id && (COHORT_DATASETS as readonly string[]).includes(id) ? id : DEFAULT_DATASET };
  };

  return {
    dataset,
    $period,
    $cohort,
    $view,
    $busy,
    start() {
      stops.push(
        clearWhenLoadFails(dataset, () => $view.set(null)),
        dataset.$version.listen(() => void analyse()),
        $period.listen(() => void analyse()),
      );
      void chooseWantedDataset(dataset, wanted(), { type: 'example', id: EXAMPLE_ID });
    },
    dispose() {
      stops.splice(0).forEach((stop) => stop());
      dataset.dispose();
    },
    setPeriod(period) {
      if (period !== $period.get()) {
        $cohort.set(null);
        $period.set(period);
      }
    },
    chooseCohort(cohort) {
      $cohort.set(cohort);
    },
    shareState() {
      const choice = dataset.$choice.get();
      const state: Record<string, string> = { period: $period.get() };
      if (choice && choice.type !== 'file') state.dataset = choice.id;
      const cohort = $cohort.get();
      if (cohort) state.cohort = cohort;
      return state;
    },
  };
}
