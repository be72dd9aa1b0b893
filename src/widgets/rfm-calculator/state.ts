// The RFM calculator's state: the user's inputs as atoms, the results the worker sends back, and the actions
// the view calls. The view only renders; every number comes from the engine (in the worker, or for the chapter's
// small example in walkthrough-state.ts, loaded with its tab).
import { atom, computed, type ReadableAtom } from 'nanostores';
import { dayFromYmd, formatDay } from '../../engine/core/dates';
import type { RowPage } from '../../engine/core/query-rows';
// From the module itself, not the folder's index: through the index the bundle kept the walkthrough's engine code (its
// module has top-level statements) in this widget's first chunk.
import { RFM_CHAPTER_EXAMPLE } from '../../engine/tiering/rfm/chapter-example';
import type { RfmMethod, RfmSegmentModel, WalkthroughState } from '../../engine/tiering/rfm';
import { toCsv } from '../../engine/core/csv-export';
import { createDatasetController, type DatasetChoice, type DatasetController } from '../shared/dataset-picker/controller';
import type { WorkerStateOptions } from '../shared/dataset-picker/widget-options';
import type { Outcome } from '../shared/outcome';
import { clearWhenLoadFails, createAnalysisRunner, csvFromWorker, latestAnswer, type CsvFile } from '../shared/worker-requests';
import type { RfmArgs, RfmPageArgs, RfmRow, RfmView } from './handlers';
import { publishRfmSegments } from '../shared/result-publishers';

export interface RfmSettings {
  /** ISO date, or null for the default (the day after the latest row). */
  readonly asOf: string | null;
  readonly bins: number;
  readonly model: RfmSegmentModel;
  readonly method: RfmMethod;
}

export interface TableQuery {
  readonly sortBy: keyof RfmRow & string;
  readonly descending: boolean;
  readonly search: string;
  readonly segmentKey: string | null;
  readonly page: number;
}

export type Mode = 'results' | 'steps';

/** The datasets the calculator offers, the generated retail data first (the default). */
export const RFM_DATASETS = ['retail-transactions', 'online-retail-invoices', 'rfm-orders', 'cdnow-sample'] as const;
export const DEFAULT_DATASET = 'retail-transactions';
export const PAGE_SIZE = 20;
const EXAMPLE_ID = RFM_CHAPTER_EXAMPLE.id;
const EXAMPLE_CHOICE: DatasetChoice = { type: 'example', id: EXAMPLE_ID };

/** The chapter's ten members as a CSV file with the headers a Chinese shop's export has. */
export function chapterExampleCsv(): string {
  return toCsv(RFM_CHAPTER_EXAMPLE.records, [
    { header: '会员号', value: 'customer' },
    { header: '日期', value: 'date' },
    { header: '消费金额', value: 'amount' },
  ]);
}

export interface RfmState {
  readonly dataset: DatasetController;
  readonly $settings: ReadableAtom<RfmSettings>;
  readonly $view: ReadableAtom<Outcome<RfmView> | null>;
  /**
   * True while `$view` belongs to an earlier dataset (a new file is being read or scored): the view keeps it in
   * place, hidden, so the page does not jump and its charts are updated rather than made again.
   */
  readonly $stale: ReadableAtom<boolean>;
  readonly $busy: ReadableAtom<boolean>;
  readonly $query: ReadableAtom<TableQuery>;
  readonly $page: ReadableAtom<Outcome<RowPage<RfmRow>> | null>;
  readonly $mode: ReadableAtom<Mode>;
  readonly $segment: ReadableAtom<string | null>;
  /**
   * Where the learner is in the walkthrough, null until it starts and again after a change of bins. The walkthrough
   * itself (walkthrough-state.ts) loads with its tab: this module must not import it, or the results tab loads it too.
   */
  readonly $steps: ReadableAtom<WalkthroughState | null>;
  /** The step the walkthrough starts (or starts again) at: the share link's, or where the learner was. */
  startStep(): number;
  start(): void;
  dispose(): void;
  setSettings(change: Partial<RfmSettings>): void;
  shiftAsOf(days: number): void;
  setQuery(change: Partial<TableQuery>): void;
  setMode(mode: Mode): void;
  selectSegment(key: string | null): void;
  setSteps(next: WalkthroughState): void;
  exportCsv(): Promise<Outcome<CsvFile>>;
  /** The state to put in a share link (`rfm.<key>`). */
  shareState(): Record<string, string | number>;
}

/** `initial` from a share link: dataset, asof, bins, model, method, view, step. */
export type RfmStateOptions = WorkerStateOptions;

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Settings from a share link, each checked; anything unreadable falls back to the default. */
export function settingsFromShared(initial: Readonly<Record<string, string>>): RfmSettings {
  const bins = Number(initial.bins);
  return {
    asOf: initial.asof && ISO.test(initial.asof) ? initial.asof : null,
    bins: Number.isInteger(bins) && bins >= 2 && bins <= 9 ? bins : 5,
    model: initial.model === 'rfm10' ? 'rfm10' : 'cn8',
    method: initial.method === 'breaks' ? 'breaks' : 'rank',
  };
}

export function createRfmState(options: RfmStateOptions): RfmState {
  const initial = options.initial ?? {};
  const dataset = createDatasetController({
    spawn: options.spawn,
    kinds: ['transactions'],
    include: RFM_DATASETS,
    mode: 'transactions',
    examples: [{ id: EXAMPLE_ID, title: RFM_CHAPTER_EXAMPLE.title, csv: chapterExampleCsv }],
    manifest: options.manifest,
  });
  const $settings = atom<RfmSettings>(settingsFromShared(initial));
  const $view = atom<Outcome<RfmView> | null>(null);
  const $busy = atom(false);
  /** The dataset version (`dataset.$version`) the current `$view` was computed on. */
  const $viewVersion = atom(-1);
  const $stale = computed([dataset.$load, dataset.$version, $viewVersion], (load, version, viewVersion) => load.phase === 'loading' || viewVersion !== version);
  const $query = atom<TableQuery>({ sortBy: 'monetary', descending: true, search: '', segmentKey: null, page: 0 });
  const $page = atom<Outcome<RowPage<RfmRow>> | null>(null);
  const $mode = atom<Mode>(initial.view === 'steps' ? 'steps' : 'results');
  const $segment = atom<string | null>(null);
  const $steps = atom<WalkthroughState | null>(null);
  let startStep = Number(initial.step) || 0;
  const stops: (() => void)[] = [];
  let keepSharedAsOf = $settings.get().asOf !== null;

  // Analyses run one at a time; changes made meanwhile are folded into one more run (latest settings win).
  const analyse = createAnalysisRunner({
    $busy,
    ready: () => dataset.$load.get().phase === 'ready',
    request: async () => {
      const s = $settings.get();
      const args: RfmArgs = { asOf: s.asOf, bins: s.bins, method: s.method, segments: s.model };
      const version = dataset.$version.get();
      return { view: await dataset.client.call<RfmView>('rfm', args), version };
    },
    done: async ({ view, version }) => {
      $view.set({ ok: true, value: view });
      publishRfmSegments(dataset.$choice.get(), view.segments);
      await refreshPage();
      // Shown once its first page of customers is there too.
      $viewVersion.set(version);
    },
    failed: (failure) => {
      $view.set(failure);
      $page.set(null);
      $viewVersion.set(dataset.$version.get());
    },
  });

  const showPage = latestAnswer($page);
  const refreshPage = async (): Promise<void> => {
    const view = $view.get();
    if (!view?.ok) return;
    const q = $query.get();
    const args: RfmPageArgs = { sortBy: q.sortBy, descending: q.descending, search: q.search, segmentKey: q.segmentKey, offset: q.page * PAGE_SIZE, limit: PAGE_SIZE };
    await showPage(() => dataset.client.call<RowPage<RfmRow>>('rfmPage', args));
  };

  const choiceFromShared = (): DatasetChoice => {
    const id = initial.dataset;
    if (id === EXAMPLE_ID) return { type: 'example', id };
    if (id && (RFM_DATASETS as readonly string[]).includes(id)) return { type: 'bundled', id };
    return { type: 'bundled', id: DEFAULT_DATASET };
  };

  return {
    dataset,
    $settings,
    $view,
    $stale,
    $busy,
    $query,
    $page,
    $mode,
    $segment,
    $steps,
    start() {
      stops.push(
        clearWhenLoadFails(dataset, () => {
          $view.set(null);
          $page.set(null);
        }),
        dataset.$version.listen(() => {
          // A new dataset starts from its own default as-of date (unless a share link named one).
          if (!keepSharedAsOf && $settings.get().asOf !== null) $settings.set({ ...$settings.get(), asOf: null });
          keepSharedAsOf = false;
          $query.set({ ...$query.get(), page: 0, search: '', segmentKey: null });
          $segment.set(null);
          void analyse();
        }),
        $settings.listen((next, previous) => {
          if (next.bins !== previous?.bins) {
            startStep = $steps.get()?.step ?? startStep;
            $steps.set(null);
          }
          $query.set({ ...$query.get(), page: 0 });
          void analyse();
        }),
      );
      const wanted = choiceFromShared();
      // Fall back to the chapter's example when the bundled list cannot be read (or lacks the dataset).
      void dataset
        .listDatasets()
        .then((entries) => (wanted.type === 'bundled' && !entries.some((e) => e.id === wanted.id) ? EXAMPLE_CHOICE : wanted))
        .catch(() => (wanted.type === 'bundled' ? EXAMPLE_CHOICE : wanted))
        .then((choice) => dataset.choose(choice));
    },
    dispose() {
      stops.splice(0).forEach((stop) => stop());
      dataset.dispose();
    },
    setSettings(change) {
      $settings.set({ ...$settings.get(), ...change });
    },
    shiftAsOf(days) {
      const view = $view.get();
      const current = $settings.get().asOf ?? (view?.ok ? view.value.asOf : null);
      if (current === null) return;
      const [y, m, d] = current.split('-').map(Number);
      $settings.set({ ...$settings.get(), asOf: formatDay(dayFromYmd(y!, m!, d!) + days) });
    },
    setQuery(change) {
      $query.set({ ...$query.get(), page: 0, ...change });
      void refreshPage();
    },
    setMode(mode) {
      $mode.set(mode);
    },
    selectSegment(key) {
      $segment.set(key);
    },
    startStep: () => startStep,
    setSteps(next) {
      $steps.set(next);
    },
    exportCsv() {
      return csvFromWorker(dataset, 'rfmCsv', (name) => {
        const view = $view.get();
        const asOf = view?.ok ? view.value.asOf : '';
        return `RFM-${name}-${asOf}.csv`;
      });
    },
    shareState() {
      const choice = dataset.$choice.get();
      const s = $settings.get();
      const state: Record<string, string | number> = { bins: s.bins, model: s.model, method: s.method };
      if (choice && choice.type !== 'file') state.dataset = choice.id;
      if (s.asOf !== null) state.asof = s.asOf;
      if ($mode.get() === 'steps') {
        state.view = 'steps';
        state.step = $steps.get()?.step ?? startStep;
      }
      return state;
    },
  };
}
