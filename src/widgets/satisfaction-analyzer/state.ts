// The satisfaction analyzer's state: the questionnaire and its column layout, the filter and the tab as atoms,
// results from the worker, and chapter 8's worked examples computed here with the engine. The view only renders.
import { atom, computed, type ReadableAtom } from 'nanostores';
// The engine's modules themselves, not the folder's index, on the main thread: through the index the bundle kept the
// design check's sample questions and wording rules in this widget's first chunk, though they load with their tab.
import { importancePerformance } from '../../engine/satisfaction/ipa';
import { judgeQuadrantGuess, judgeShortfallGuess } from '../../engine/satisfaction/priority-guess';
import { SATISFACTION_CHAPTER_EXAMPLE } from '../../engine/satisfaction/chapter-example';
import { servqualMeanGaps } from '../../engine/satisfaction/servqual-mean-gaps';
import { servqualWeightedGap } from '../../engine/satisfaction/servqual-weighted-gap';
import type {
  IpaResult, QuadrantGuessResult, SegmentComparison, SegmentFilter, ServqualDimensionGap,
  ServqualItemGap, ServqualWeightedGap, ShortfallGuessResult, SurveyColumn, SurveyLayout,
} from '../../engine/satisfaction';
import { createDatasetController, type DatasetChoice, type DatasetController } from '../shared/dataset-picker/controller';
import type { WorkerStateOptions } from '../shared/dataset-picker/widget-options';
import { isWorkerFailure } from '../shared/dataset-picker/protocol';
import { failureOf, type Outcome } from '../shared/outcome';
import { clearWhenLoadFails, createAnalysisRunner, latestAnswer } from '../shared/worker-requests';
import type { TabItem } from '../shared/TabList';
import type { CompareArgs, LayoutView, SurveyArgs, SurveyView } from './handlers';
import { chapterExampleCsv, EXAMPLE_ID, EXPECTATIONS_DATASET, SURVEY_DATASET } from './dataset';
import type { PackedSurvey } from './survey-transfer';
import { publishSatisfaction } from '../shared/result-publishers';

export type Tab = 'overview' | 'items' | 'ipa' | 'gaps' | 'segments' | 'design';
export const TABS: readonly TabItem<Tab>[] = [
  { key: 'overview', label: 'CSAT 与 NPS' },
  { key: 'items', label: '各题得分' },
  { key: 'ipa', label: '重要性—绩效' },
  { key: 'gaps', label: '服务质量差距' },
  { key: 'segments', label: '客户群对比' },
  { key: 'design', label: '问卷设计检查' },
];

export type IpaCut = 'mean' | 'midpoint';

/** The file's headers, the layout guessed from them, and the layout in use (the learner may change it). */
export interface LayoutState {
  readonly headers: readonly string[];
  readonly guess: SurveyLayout;
  readonly layout: SurveyLayout;
}

/** What the IPA tab shows: the analysis of the data, or the chapter's supermarket example. */
export interface IpaModel {
  readonly source: 'data' | 'example';
  readonly title: string;
  readonly level: 'dimension' | 'item' | 'mixed';
  readonly result: IpaResult;
  readonly scale: { readonly min: number; readonly max: number };
}

/** What the gap tab shows: the data's SERVQUAL gaps, or the chapter's 迅达物流 table. */
export interface GapModel {
  readonly source: 'data' | 'example';
  readonly title: string;
  readonly dimensions: readonly ServqualDimensionGap[];
  readonly items: readonly ServqualItemGap[];
  /** Weight per dimension as given (chapter: shares of 1; data: mean importance), or null. */
  readonly weights: Readonly<Record<string, number>> | null;
  readonly weighted: ServqualWeightedGap | null;
  /** Mean of the dimension gaps (each dimension weighs the same). */
  readonly overallGap: number | null;
  readonly scale: { readonly min: number; readonly max: number };
}

/** A “decide first, then see” question: the learner's choice and whether the answer is shown. */
export interface Guess<T> {
  readonly chosen: T;
  readonly revealed: boolean;
  /** True when the learner committed an answer (not only revealed by the teacher). */
  readonly committed: boolean;
}

export interface SatisfactionState {
  readonly dataset: DatasetController;
  readonly expectations: DatasetController;
  readonly $tab: ReadableAtom<Tab>;
  readonly $layout: ReadableAtom<LayoutState | null>;
  readonly $segment: ReadableAtom<SegmentFilter | null>;
  readonly $compareBy: ReadableAtom<string | null>;
  readonly $ipaCut: ReadableAtom<IpaCut>;
  readonly $view: ReadableAtom<Outcome<SurveyView> | null>;
  readonly $busy: ReadableAtom<boolean>;
  readonly $comparison: ReadableAtom<Outcome<SegmentComparison> | null>;
  readonly $expectationData: ReadableAtom<Outcome<PackedSurvey> | null>;
  readonly $isExample: ReadableAtom<boolean>;
  readonly $ipa: ReadableAtom<IpaModel | null>;
  readonly $gaps: ReadableAtom<GapModel | null>;
  readonly $ipaGuess: ReadableAtom<Guess<readonly string[]>>;
  readonly $gapGuess: ReadableAtom<Guess<string | null>>;
  readonly $ipaVerdict: ReadableAtom<QuadrantGuessResult | null>;
  readonly $gapVerdict: ReadableAtom<ShortfallGuessResult | null>;
  start(): void;
  dispose(): void;
  setTab(tab: Tab): void;
  setColumn(header: string, change: Partial<Omit<SurveyColumn, 'header'>>): void;
  setScale(scale: SurveyLayout['scale']): void;
  resetLayout(): void;
  setSegment(segment: SegmentFilter | null): void;
  setCompareBy(column: string): void;
  setIpaCut(cut: IpaCut): void;
  toggleIpaChoice(item: string): void;
  /** A dimension, or `NO_SHORTFALL`. */
  chooseGap(dimension: string): void;
  /** Commits the learner's answer (`committed`) or, for the teacher, shows it without one. */
  reveal(which: 'ipa' | 'gaps', committed: boolean): void;
  /** The state to put in a share link (`sat.<key>`). */
  shareState(): Record<string, string>;
}

/** `initial` from a share link: dataset, tab, segcol + seg, compare, cut. */
export type SatisfactionStateOptions = WorkerStateOptions;

const EXAMPLE = SATISFACTION_CHAPTER_EXAMPLE;
const EXAMPLE_CHOICE: DatasetChoice = { type: 'example', id: EXAMPLE_ID };
const FRESH_IPA: Guess<readonly string[]> = { chosen: [], revealed: false, committed: false };
const FRESH_GAP: Guess<string | null> = { chosen: null, revealed: false, committed: false };
/** The gap question's answer “no dimension falls short”. */
export const NO_SHORTFALL = '';

/** The chapter's supermarket IPA, with the axes at the means (as the chapter) or at the scale's middle. */
function exampleIpa(cut: IpaCut): IpaModel {
  const mid = (EXAMPLE.ipa.scale.min + EXAMPLE.ipa.scale.max) / 2;
  return {
    source: 'example',
    title: `例题：${EXAMPLE.ipa.title}`,
    level: 'item',
    result: importancePerformance(EXAMPLE.ipa.items, cut === 'midpoint' ? { importanceCut: mid, performanceCut: mid } : {}),
    scale: EXAMPLE.ipa.scale,
  };
}

/** The chapter's 迅达物流 gap table: gaps from the printed means, weighted with the printed weights. */
function exampleGaps(): GapModel {
  const dimensions = servqualMeanGaps(EXAMPLE.servqual.dimensions);
  const weights = Object.fromEntries(EXAMPLE.servqual.dimensions.map((d) => [d.dimension, d.weight]));
  const equal = Object.fromEntries(dimensions.map((d) => [d.dimension, 1]));
  return {
    source: 'example',
    title: `例题：${EXAMPLE.servqual.title}`,
    dimensions,
    items: [],
    weights,
    weighted: servqualWeightedGap(dimensions, weights),
    overallGap: servqualWeightedGap(dimensions, equal).weightedGap,
    scale: EXAMPLE.servqual.scale,
  };
}

const TAB_KEYS = new Set<string>(TABS.map((t) => t.key));

export function createSatisfactionState(options: SatisfactionStateOptions): SatisfactionState {
  const initial = options.initial ?? {};
  const dataset = createDatasetController({
    spawn: options.spawn,
    kinds: ['survey'],
    include: [SURVEY_DATASET],
    mode: 'columns',
    examples: [{ id: EXAMPLE_ID, title: EXAMPLE.title, csv: chapterExampleCsv }],
    manifest: options.manifest,
  });
  const expectations = createDatasetController({
    spawn: options.spawn,
    kinds: ['survey'],
    include: [EXPECTATIONS_DATASET],
    mode: 'columns',
    manifest: options.manifest,
  });
  const $tab = atom<Tab>(TAB_KEYS.has(initial.tab ?? '') ? (initial.tab as Tab) : 'overview');
  const $layout = atom<LayoutState | null>(null);
  const $segment = atom<SegmentFilter | null>(null);
  const $compareBy = atom<string | null>(initial.compare ?? null);
  const $ipaCut = atom<IpaCut>(initial.cut === 'midpoint' ? 'midpoint' : 'mean');
  const $view = atom<Outcome<SurveyView> | null>(null);
  const $busy = atom(false);
  const $comparison = atom<Outcome<SegmentComparison> | null>(null);
  const $expectationData = atom<Outcome<PackedSurvey> | null>(null);
  const $ipaGuess = atom<Guess<readonly string[]>>(FRESH_IPA);
  const $gapGuess = atom<Guess<string | null>>(FRESH_GAP);
  const $isExample = computed(dataset.$choice, (choice) => choice?.type === 'example');
  let sharedSegment: SegmentFilter | null = initial.segcol && initial.seg ? { column: initial.segcol, value: initial.seg } : null;
  const stops: (() => void)[] = [];

  const $ipa = computed([$isExample, $view, $ipaCut], (example, view, cut): IpaModel | null => {
    if (example) return exampleIpa(cut);
    const ipa = view?.ok ? view.value.analysis.ipa : null;
    return ipa ? { source: 'data', title: '', level: ipa.level, result: ipa, scale: view!.ok ? view!.value.scale : { min: 1, max: 5 } } : null;
  });
  const $gaps = computed([$isExample, $view], (example, view): GapModel | null => {
    if (example) return exampleGaps();
    if (!view?.ok || view.value.analysis.servqual === null) return null;
    const { servqual, weights, weighted } = view.value.analysis;
    return { source: 'data', title: '', dimensions: servqual.dimensions, items: servqual.items, weights, weighted, overallGap: servqual.overallGap, scale: view.value.scale };
  });
  const $ipaVerdict = computed([$ipa, $ipaGuess], (ipa, guess) => (ipa && guess.revealed ? judgeQuadrantGuess(ipa.result, 'concentrate', guess.chosen) : null));
  const $gapVerdict = computed([$gaps, $gapGuess], (gaps, guess) =>
    gaps && guess.revealed ? judgeShortfallGuess(gaps.dimensions, guess.chosen === NO_SHORTFALL ? null : guess.chosen) : null,
  );

  const expectationsFor = (): PackedSurvey | null => {
    const e = $expectationData.get();
    return e?.ok && !$isExample.get() ? e.value : null;
  };

  // Analyses run one at a time; changes made meanwhile are folded into one more run (latest inputs win).
  const runSurvey = createAnalysisRunner({
    $busy,
    ready: () => dataset.$load.get().phase === 'ready' && $layout.get() !== null,
    request: () => {
      const args: SurveyArgs = { layout: $layout.get()!.layout, segment: $segment.get(), ipaCut: $ipaCut.get(), expectations: expectationsFor() };
      return dataset.client.call<SurveyView>('survey', args);
    },
    done: (view) => {
      $view.set({ ok: true, value: view });
      publishSatisfaction(dataset.$choice.get(), view.analysis);
    },
    failed: (failure) => $view.set(failure),
  });
  const analyse = async (): Promise<void> => {
    if (await runSurvey()) void compare();
  };

  const showComparison = latestAnswer($comparison);
  const compare = async (): Promise<void> => {
    const view = $view.get();
    const layout = $layout.get();
    if ($tab.get() !== 'segments' || !view?.ok || layout === null) return;
    const columns = view.value.segments.map((s) => s.column);
    if (columns.length === 0) {
      $comparison.set(null);
      return;
    }
    const wanted = $compareBy.get();
    const column = wanted !== null && columns.includes(wanted) ? wanted : columns[0]!;
    const args: CompareArgs = { layout: layout.layout, column, expectations: expectationsFor() };
    await showComparison(() => dataset.client.call<SegmentComparison>('compare', args));
  };

  /** The course's expectations go with the course's survey: read them when the gap or segment tab needs them. */
  const ensureExpectations = () => {
    const choice = dataset.$choice.get();
    const tab = $tab.get();
    if ((tab !== 'gaps' && tab !== 'segments') || choice?.type !== 'bundled' || choice.id !== SURVEY_DATASET) return;
    if (expectations.$choice.get() !== null) return;
    void expectations.listDatasets().then(() => expectations.choose({ type: 'bundled', id: EXPECTATIONS_DATASET })).catch(() => undefined);
  };

  const readExpectations = async () => {
    const scale = $layout.get()?.layout.scale ?? { min: 1, max: 5 };
    try {
      $expectationData.set({ ok: true, value: await expectations.client.call<PackedSurvey>('expectationData', { scale }) });
    } catch (caught) {
      if (isWorkerFailure(caught) && caught.code === 'aborted') return;
      $expectationData.set(failureOf(caught));
    }
    void analyse();
  };

  const readLayout = async () => {
    $layout.set(null);
    $view.set(null);
    $comparison.set(null);
    $ipaGuess.set(FRESH_IPA);
    $gapGuess.set(FRESH_GAP);
    try {
      const found = await dataset.client.call<LayoutView>('surveyLayout');
      $layout.set({ headers: found.headers, guess: found.guess, layout: found.guess });
      const segment = sharedSegment ?? $segment.get();
      sharedSegment = null;
      const keep = segment !== null && found.guess.columns.some((c) => c.header === segment.column && c.role === 'segment');
      $segment.set(keep ? segment : null);
      void analyse();
    } catch (caught) {
      if (isWorkerFailure(caught) && caught.code === 'aborted') return;
      $view.set(failureOf(caught));
    }
  };

  const setLayout = (layout: SurveyLayout) => {
    const current = $layout.get();
    if (current === null) return;
    $layout.set({ ...current, layout });
    const segment = $segment.get();
    if (segment !== null && !layout.columns.some((c) => c.header === segment.column && c.role === 'segment')) $segment.set(null);
    $ipaGuess.set(FRESH_IPA);
    $gapGuess.set(FRESH_GAP);
    void analyse();
  };

  const choiceFromShared = (): DatasetChoice => (initial.dataset === EXAMPLE_ID ? EXAMPLE_CHOICE : { type: 'bundled', id: SURVEY_DATASET });

  return {
    dataset,
    expectations,
    $tab,
    $layout,
    $segment,
    $compareBy,
    $ipaCut,
    $view,
    $busy,
    $comparison,
    $expectationData,
    $isExample,
    $ipa,
    $gaps,
    $ipaGuess,
    $gapGuess,
    $ipaVerdict,
    $gapVerdict,
    start() {
      stops.push(
        clearWhenLoadFails(dataset, () => {
          $layout.set(null);
          $view.set(null);
          $comparison.set(null);
        }),
        // Gaps must not stay computed from the expectations read before a file that failed.
        clearWhenLoadFails(expectations, () => {
          if ($expectationData.get() === null) return;
          $expectationData.set(null);
          void analyse();
        }),
        dataset.$version.listen(() => {
          ensureExpectations();
          void readLayout();
        }),
        expectations.$version.listen(() => void readExpectations()),
      );
      const wanted = choiceFromShared();
      // Fall back to the chapter's example when the bundled list cannot be read.
      void dataset
        .listDatasets()
        .then((entries) => (wanted.type === 'bundled' && !entries.some((e) => e.id === wanted.id) ? EXAMPLE_CHOICE : wanted))
        .catch(() => EXAMPLE_CHOICE)
        .then((choice) => dataset.choose(choice));
    },
    dispose() {
      stops.splice(0).forEach((stop) => stop());
      dataset.dispose();
      expectations.dispose();
    },
    setTab(tab) {
      if ($tab.get() === tab) return;
      $tab.set(tab);
      ensureExpectations();
      void compare();
    },
    setColumn(header, change) {
      const current = $layout.get();
      if (current === null) return;
      const columns = current.layout.columns.map((c) => {
        if (c.header !== header) return c;
        const role = change.role ?? c.role;
        const group = role === 'item' || role === 'importance' ? (change.group !== undefined ? change.group : role === c.role ? c.group : null) : null;
        return { header, role, group: group === '' ? null : group };
      });
      setLayout({ ...current.layout, columns });
    },
    setScale(scale) {
      const current = $layout.get();
      if (current !== null) setLayout({ ...current.layout, scale });
    },
    resetLayout() {
      const current = $layout.get();
      if (current !== null) setLayout(current.guess);
    },
    setSegment(segment) {
      $segment.set(segment);
      $ipaGuess.set(FRESH_IPA);
      $gapGuess.set(FRESH_GAP);
      void analyse();
    },
    setCompareBy(column) {
      $compareBy.set(column);
      void compare();
    },
    setIpaCut(cut) {
      if ($ipaCut.get() === cut) return;
      $ipaCut.set(cut);
      $ipaGuess.set(FRESH_IPA);
      if (!$isExample.get()) void analyse();
    },
    toggleIpaChoice(item) {
      const guess = $ipaGuess.get();
      if (guess.revealed) return;
      const chosen = guess.chosen.includes(item) ? guess.chosen.filter((i) => i !== item) : [...guess.chosen, item];
      $ipaGuess.set({ ...guess, chosen });
    },
    chooseGap(dimension) {
      const guess = $gapGuess.get();
      if (!guess.revealed) $gapGuess.set({ ...guess, chosen: dimension });
    },
    reveal(which, committed) {
      if (which === 'ipa') $ipaGuess.set({ ...$ipaGuess.get(), revealed: true, committed });
      else $gapGuess.set({ ...$gapGuess.get(), revealed: true, committed });
    },
    shareState() {
      const choice = dataset.$choice.get();
      const state: Record<string, string> = { tab: $tab.get() };
      if (choice && choice.type !== 'file') state.dataset = choice.id;
      const segment = $segment.get();
      if (segment !== null) {
        state.segcol = segment.column;
        state.seg = segment.value;
      }
      const compareBy = $compareBy.get();
      if (compareBy !== null) state.compare = compareBy;
      if ($ipaCut.get() !== 'mean') state.cut = $ipaCut.get();
      return state;
    },
  };
}
