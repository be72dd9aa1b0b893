// The churn and win-back widget's state: settings as atoms, the three analysis steps run in the worker one after
// the other (so the page can show which step it is on), the win-back list paged, and actions for the view.
import { atom, type ReadableAtom } from 'nanostores';
import type { CustomerBaseModel, CustomerBaseModelKind } from '../../engine/models/customer-base-model';
import type { BgNbdUnit } from '../../engine/models/bgnbd-summary';
import type { WinBackBand } from '../../engine/loyalty';
import type { RowPage } from '../../engine/core/query-rows';
import { createDatasetController, type DatasetChoice, type DatasetController } from '../shared/dataset-picker/controller';
import type { WorkerStateOptions } from '../shared/dataset-picker/widget-options';
import { chooseWantedDataset } from '../shared/choose-wanted-dataset';
import { isWorkerFailure } from '../shared/dataset-picker/protocol';
import { failureOf, type Outcome } from '../shared/outcome';
import { clearWhenLoadFails, csvFromWorker, latestAnswer, type CsvFile } from '../shared/worker-requests';
import { CALIBRATION_PRESETS, CHURN_DATASETS, DEFAULT_DATASET, EXAMPLE_ID, SUMMARY_TABLE, winBackExampleCsv } from './dataset';
import type { FitArgs, PageArgs, ScoreArgs, ScoreView, SummariseArgs, SummaryInfo, WinBackRow } from './handlers';

export interface ChurnSettings {
  readonly unit: BgNbdUnit;
  /** ISO date or null (the last day in the data). */
  readonly calibrationEnd: string | null;
  readonly params: 'fit' | 'published';
  /** BG/NBD or Pareto/NBD (the textbook's parameters are BG/NBD's only). */
  readonly model: CustomerBaseModelKind;
  /** Keep the transactions after the observation end to check the model against. */
  readonly holdout: boolean;
  /** Thresholds in percent. */
  readonly activeFrom: number;
  readonly lostBelow: number;
  readonly windowDays: number;
}

export interface ChurnResult {
  readonly summary: SummaryInfo;
  readonly fit: CustomerBaseModel | null;
  readonly score: ScoreView;
}

/** Where the analysis is: a step of three, or idle. */
export type Phase = { readonly step: 0 } | { readonly step: 1 | 2 | 3; readonly label: string };

export interface ListQuery {
  readonly band: WinBackBand | null;
  readonly search: string;
  readonly page: number;
}

export const PAGE_SIZE = 20;
const EXAMPLE_CHOICE: DatasetChoice = { type: 'example', id: EXAMPLE_ID };

export interface ChurnState {
  readonly dataset: DatasetController;
  readonly $settings: ReadableAtom<ChurnSettings>;
  readonly $phase: ReadableAtom<Phase>;
  readonly $result: ReadableAtom<Outcome<ChurnResult> | null>;
  readonly $query: ReadableAtom<ListQuery>;
  readonly $page: ReadableAtom<Outcome<RowPage<WinBackRow>> | null>;
  start(): void;
  dispose(): void;
  /** Changes settings; reruns only the steps the change affects. */
  setSettings(change: Partial<ChurnSettings>): void;
  setQuery(change: Partial<ListQuery>): void;
  /** Stops the analysis running now (the worker is stopped; the data is read again on the next request). */
  cancel(): void;
  exportCsv(): Promise<Outcome<CsvFile>>;
  shareState(): Record<string, string | number>;
}

const clampPercent = (p: number) => Math.max(0, Math.min(100, Math.round(p)));

/** Settings from a share link (`cw.unit=week&cw.end=1997-09-30&cw.active=80&cw.lost=10&cw.window=60&cw.params=fit&cw.model=pnbd&cw.holdout=1`). */
export function settingsFromShared(initial: Readonly<Record<string, string>>): Partial<ChurnSettings> {
  const out: { -readonly [K in keyof ChurnSettings]?: ChurnSettings[K] } = {};
  if (initial.unit === 'day' || initial.unit === 'week') out.unit = initial.unit;
  if (initial.end !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(initial.end)) out.calibrationEnd = initial.end;
  if (initial.params === 'fit' || initial.params === 'published') out.params = initial.params;
  if (initial.model === 'bgnbd' || initial.model === 'pnbd') out.model = initial.model;
  if (initial.holdout === '1' || initial.holdout === '0') out.holdout = initial.holdout === '1';
  const active = Number(initial.active);
  const lost = Number(initial.lost);
  if (initial.active !== undefined && initial.lost !== undefined && Number.isFinite(active) && Number.isFinite(lost) && lost >= 0 && lost <= active && active <= 100) {
    out.activeFrom = Math.round(active);
    out.lostBelow = Math.round(lost);
  }
  const window = Number(initial.window);
  if (Number.isInteger(window) && window >= 1 && window <= 3650) out.windowDays = window;
  return out;
}

export function createChurnState(options: WorkerStateOptions): ChurnState {
  const initial = options.initial ?? {};
  const dataset = createDatasetController({
    spawn: options.spawn,
    kinds: ['transactions', 'customers'],
    include: CHURN_DATASETS,
    mode: 'auto',
    table: SUMMARY_TABLE,
    examples: [{ id: EXAMPLE_ID, title: '例题：云途电商的 8 位客户（课本的模型参数）', csv: winBackExampleCsv }],
    manifest: options.manifest,
  });
  const fromLink = settingsFromShared(initial);
  const wantedId = initial.dataset === EXAMPLE_ID || (CHURN_DATASETS as readonly string[]).includes(initial.dataset ?? '') ? initial.dataset! : DEFAULT_DATASET;
  const $settings = atom<ChurnSettings>({
    unit: 'week',
    calibrationEnd: CALIBRATION_PRESETS[wantedId] ?? null,
    params: wantedId === EXAMPLE_ID ? 'published' : 'fit',
    model: 'bgnbd',
    holdout: false,
    activeFrom: 80,
    lostBelow: 10,
    windowDays: 60,
    ...fromLink,
  });
  const $phase = atom<Phase>({ step: 0 });
  const $result = atom<Outcome<ChurnResult> | null>(null);
  const $query = atom<ListQuery>({ band: 'win-back', search: '', page: 0 });
  const $page = atom<Outcome<RowPage<WinBackRow>> | null>(null);
  const stops: (() => void)[] = [];
  let first = true;

  // The steps still to run: 1 summarise, 2 fit, 3 score. A change asks for the earliest step it affects.
  let from: 1 | 2 | 3 | null = null;
  let running = false;
  let summary: SummaryInfo | null = null;
  let fit: CustomerBaseModel | null = null;

  const isExample = () => dataset.$choice.get()?.type === 'example';

  const run = async (step: 1 | 2 | 3) => {
    from = from === null ? step : (Math.min(from, step) as 1 | 2 | 3);
    if (running || dataset.$load.get().phase !== 'ready') return;
    running = true;
    try {
      while (from !== null) {
        const next: 1 | 2 | 3 = from;
        from = null;
        const s = $settings.get();
        try {
          if (next <= 1) {
            $phase.set({ step: 1, label: '正在汇总每位客户的购买记录' });
            const args: SummariseArgs = { unit: s.unit, calibrationEnd: s.calibrationEnd, holdout: s.holdout && !isExample() };
            summary = await dataset.client.call<SummaryInfo>('summarise', args);
            fit = null;
          }
          if (from !== null) continue;
          const fitting = s.params === 'fit' || s.model === 'pnbd';
          const fitLabel = `正在拟合 ${s.model === 'pnbd' ? 'Pareto/NBD' : 'BG/NBD'} 模型（极大似然估计）`;
          if (fitting && (next <= 2 || fit === null || fit.kind !== s.model)) {
            $phase.set({ step: 2, label: fitLabel });
            const fitArgs: FitArgs = { model: s.model };
            fit = await dataset.client.call<CustomerBaseModel>('fit', fitArgs);
          }
          if (from !== null) continue;
          $phase.set({ step: 3, label: '正在计算每位客户仍然活跃的概率' });
          const scoreArgs: ScoreArgs = {
            model: s.model,
            params: s.params,
            activeFrom: s.activeFrom / 100,
            lostBelow: s.lostBelow / 100,
            windowDays: s.windowDays,
            decimals: isExample() ? 2 : null,
          };
          const score = await dataset.client.call<ScoreView>('score', scoreArgs);
          if (from !== null) continue;
          $result.set({ ok: true, value: { summary: summary!, fit: fitting ? fit : null, score } });
          await refreshPage();
        } catch (caught) {
          if (isWorkerFailure(caught) && caught.code === 'aborted') {
            from = null;
            summary = null;
            fit = null;
            $result.set({ ok: false, code: 'aborted', message: '已取消计算。改动任何设置，或重新选择数据，就会重新计算。' });
            break;
          }
          if (from === null) $result.set(failureOf(caught));
        }
      }
    } finally {
      running = false;
      $phase.set({ step: 0 });
    }
  };

  const showPage = latestAnswer($page);
  const refreshPage = async () => {
    if (!$result.get()?.ok) return;
    const q = $query.get();
    const args: PageArgs = { band: q.band, search: q.search, offset: q.page * PAGE_SIZE, limit: PAGE_SIZE };
    await showPage(() => dataset.client.call<RowPage<WinBackRow>>('page', args));
  };

  const wanted = (): DatasetChoice => (wantedId === EXAMPLE_ID ? EXAMPLE_CHOICE : { type: 'bundled', id: wantedId });

  return {
    dataset,
    $settings,
    $phase,
    $result,
    $query,
    $page,
    start() {
      stops.push(
        clearWhenLoadFails(dataset, () => {
          $result.set(null);
          $page.set(null);
        }),
        dataset.$choice.listen((choice) => {
          // A newly chosen dataset gets its own sensible settings (the link's apply to the first one only).
          if (first || !choice) return;
          const id = choice.type === 'file' ? '' : choice.id;
          $settings.set({ ...$settings.get(), calibrationEnd: CALIBRATION_PRESETS[id] ?? null, params: choice.type === 'example' ? 'published' : 'fit' });
        }),
        dataset.$version.listen(() => {
          first = false;
          $query.set({ band: 'win-back', search: '', page: 0 });
          void run(1);
        }),
      );
      void chooseWantedDataset(dataset, wanted(), EXAMPLE_CHOICE);
    },
    dispose() {
      stops.splice(0).forEach((stop) => stop());
      dataset.dispose();
    },
    setSettings(change) {
      const before = $settings.get();
      const next = { ...before, ...change };
      // The textbook's parameters are BG/NBD's: Pareto/NBD is always fitted to the data.
      if (next.model === 'pnbd') next.params = 'fit';
      if (change.activeFrom !== undefined) next.activeFrom = clampPercent(change.activeFrom);
      if (change.lostBelow !== undefined) next.lostBelow = clampPercent(change.lostBelow);
      if (next.lostBelow > next.activeFrom) {
        if (change.lostBelow !== undefined) next.activeFrom = next.lostBelow;
        else next.lostBelow = next.activeFrom;
      }
      if (!(Number.isInteger(next.windowDays) && next.windowDays >= 1 && next.windowDays <= 3650)) next.windowDays = before.windowDays;
      $settings.set(next);
      if (next.unit !== before.unit || next.calibrationEnd !== before.calibrationEnd || next.holdout !== before.holdout) void run(1);
      else if (next.params !== before.params || next.model !== before.model) void run(2);
      else if (next.activeFrom !== before.activeFrom || next.lostBelow !== before.lostBelow || next.windowDays !== before.windowDays) void run(3);
    },
    setQuery(change) {
      $query.set({ ...$query.get(), page: 0, ...change });
      void refreshPage();
    },
    cancel() {
      dataset.client.cancel();
    },
    exportCsv() {
      return csvFromWorker(dataset, 'csv', (name) => `挽回名单-${name}.csv`);
    },
    shareState() {
      const s = $settings.get();
      const choice = dataset.$choice.get();
      const state: Record<string, string | number> = { unit: s.unit, params: s.params, model: s.model, holdout: s.holdout ? 1 : 0, active: s.activeFrom, lost: s.lostBelow, window: s.windowDays };
      if (s.calibrationEnd) state.end = s.calibrationEnd;
      if (choice && choice.type !== 'file') state.dataset = choice.id;
      return state;
    },
  };
}
