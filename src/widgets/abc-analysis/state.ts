// The ABC analysis' state: cut-offs and list query as atoms, results from the worker, actions for the view.
import { atom, type ReadableAtom } from 'nanostores';
import type { AbcCustomer } from '../../engine/tiering/abc/classify-abc';
import type { RowPage } from '../../engine/core/query-rows';
import { createDatasetController, type DatasetChoice, type DatasetController } from '../shared/dataset-picker/controller';
import type { WorkerStateOptions } from '../shared/dataset-picker/widget-options';
import { chooseWantedDataset } from '../shared/choose-wanted-dataset';
import type { Outcome } from '../shared/outcome';
import { clearWhenLoadFails, createAnalysisRunner, csvFromWorker, latestAnswer, type CsvFile } from '../shared/worker-requests';
import type { AbcArgs, AbcPageArgs, AbcView } from './handlers';
import { publishAbcClasses } from '../shared/result-publishers';
import { ABC_DATASETS, ABC_PRESETS, ABC_TABLE, abcExampleCsv } from './dataset';

/** Cut-offs in percent (whole numbers, as the sliders show them). */
export interface Cutoffs {
  readonly a: number;
  readonly b: number;
}

export interface ListQuery {
  readonly search: string;
  readonly cls: 'A' | 'B' | 'C' | null;
  readonly page: number;
}

export const PAGE_SIZE = 20;
export const EXAMPLE_ID = 'ch06-jiawei';
const EXAMPLE_CHOICE: DatasetChoice = { type: 'example', id: EXAMPLE_ID };

export interface AbcState {
  readonly dataset: DatasetController;
  readonly $cutoffs: ReadableAtom<Cutoffs>;
  readonly $view: ReadableAtom<Outcome<AbcView> | null>;
  readonly $busy: ReadableAtom<boolean>;
  readonly $query: ReadableAtom<ListQuery>;
  readonly $page: ReadableAtom<Outcome<RowPage<AbcCustomer>> | null>;
  start(): void;
  dispose(): void;
  /** Sets one cut-off; the other moves too when needed so that A ≤ B. */
  setCutoff(which: 'a' | 'b', percent: number): void;
  setQuery(change: Partial<ListQuery>): void;
  exportCsv(): Promise<Outcome<CsvFile>>;
  shareState(): Record<string, string | number>;
}

const clampPercent = (p: number) => Math.max(1, Math.min(100, Math.round(p)));

/** Cut-offs from a share link (`abc.a=70&abc.b=90`), checked; anything unreadable gives the chapter's 70 / 90. */
export function cutoffsFromShared(initial: Readonly<Record<string, string>>): Cutoffs {
  const a = Number(initial.a);
  const b = Number(initial.b);
  const okA = Number.isFinite(a) && a >= 1 && a <= 100;
  const okB = Number.isFinite(b) && b >= 1 && b <= 100;
  const ca = okA ? Math.round(a) : 70;
  const cb = okB ? Math.round(b) : 90;
  return ca <= cb ? { a: ca, b: cb } : { a: 70, b: 90 };
}

export function createAbcState(options: WorkerStateOptions): AbcState {
  const initial = options.initial ?? {};
  const dataset = createDatasetController({
    spawn: options.spawn,
    kinds: ['transactions', 'customers'],
    include: ABC_DATASETS,
    mode: 'auto',
    table: ABC_TABLE,
    presets: ABC_PRESETS,
    examples: [{ id: EXAMPLE_ID, title: '例题：佳味食品批发的十家客户', csv: abcExampleCsv }],
    manifest: options.manifest,
  });
  const $cutoffs = atom<Cutoffs>(cutoffsFromShared(initial));
  const $view = atom<Outcome<AbcView> | null>(null);
  const $busy = atom(false);
  const $query = atom<ListQuery>({ search: '', cls: null, page: 0 });
  const $page = atom<Outcome<RowPage<AbcCustomer>> | null>(null);
  const stops: (() => void)[] = [];

  const analyse = createAnalysisRunner({
    $busy,
    ready: () => dataset.$load.get().phase === 'ready',
    request: () => {
      const c = $cutoffs.get();
      const args: AbcArgs = { a: c.a / 100, b: c.b / 100 };
      return dataset.client.call<AbcView>('abc', args);
    },
    done: async (view) => {
      $view.set({ ok: true, value: view });
      publishAbcClasses(dataset.$choice.get(), view.summary);
      await refreshPage();
    },
    failed: (failure) => $view.set(failure),
  });

  const showPage = latestAnswer($page);
  const refreshPage = async () => {
    if (!$view.get()?.ok) return;
    const q = $query.get();
    const args: AbcPageArgs = { search: q.search, cls: q.cls, offset: q.page * PAGE_SIZE, limit: PAGE_SIZE };
    await showPage(() => dataset.client.call<RowPage<AbcCustomer>>('abcPage', args));
  };

  const wanted = (): DatasetChoice => {
    const id = initial.dataset;
    if (id && (ABC_DATASETS as readonly string[]).includes(id)) return { type: 'bundled', id };
    return EXAMPLE_CHOICE;
  };

  return {
    dataset,
    $cutoffs,
    $view,
    $busy,
    $query,
    $page,
    start() {
      stops.push(
        clearWhenLoadFails(dataset, () => {
          $view.set(null);
          $page.set(null);
        }),
        dataset.$version.listen(() => {
          $query.set({ search: '', cls: null, page: 0 });
          void analyse();
        }),
        $cutoffs.listen(() => {
          $query.set({ ...$query.get(), page: 0 });
          void analyse();
        }),
      );
      void chooseWantedDataset(dataset, wanted(), EXAMPLE_CHOICE);
    },
    dispose() {
      stops.splice(0).forEach((stop) => stop());
      dataset.dispose();
    },
    setCutoff(which, percent) {
      if (!Number.isFinite(percent)) return;
      const p = clampPercent(percent);
      const c = $cutoffs.get();
      const next = which === 'a' ? { a: p, b: Math.max(p, c.b) } : { a: Math.min(c.a, p), b: p };
      if (next.a !== c.a || next.b !== c.b) $cutoffs.set(next);
    },
    setQuery(change) {
      $query.set({ ...$query.get(), page: 0, ...change });
      void refreshPage();
    },
    exportCsv() {
      return csvFromWorker(dataset, 'abcCsv', (name) => {
        const c = $cutoffs.get();
        return `ABC-${name}-A${c.a}-B${c.b}.csv`;
      });
    },
    shareState() {
      const choice = dataset.$choice.get();
      const c = $cutoffs.get();
      const state: Record<string, string | number> = { a: c.a, b: c.b };
      if (choice && choice.type === 'bundled') state.dataset = choice.id;
      return state;
    },
  };
}
