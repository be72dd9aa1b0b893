// The 5C credit rater's state: the grading standard (weights and grade bands as typed, the credit policy of the
// chosen preset), one applicant's five scores, the engine's rating computed from them in the page (it is
// instant), and the batch mode, which grades an application file in a worker through the shared dataset picker.
import { atom, computed, type ReadableAtom } from 'nanostores';
import { CREDIT_FACTORS, DEFAULT_CREDIT_BANDS, DEFAULT_CREDIT_WEIGHTS, rateCredit5c, type Credit5cResult, type CreditBand, type CreditFactor, type CreditScores } from '../../engine/information/credit/credit-5c';
import { CREDIT_5C_CHAPTER_EXAMPLE } from '../../engine/information/credit/credit-5c-chapter-example';
import { creditWeightsFromPercents, rescaleCreditWeightPercents, type CreditWeightPercents } from '../../engine/information/credit/credit-weight-percents';
import { isEngineError } from '../../engine/core/errors';
import { createDatasetController, type DatasetController } from '../shared/dataset-picker/controller';
import type { WorkerStateOptions } from '../shared/dataset-picker/widget-options';
import { isWorkerFailure } from '../shared/dataset-picker/protocol';
import { failureOf, type Outcome } from '../shared/outcome';
import { clearWhenLoadFails } from '../shared/worker-requests';
import { CREDIT_DATASETS, CREDIT_TABLE } from './dataset';
import type { BatchArgs, BatchView } from './handlers';
import { learnerMessage } from '../shared/learner-message';

export type PresetId = 'chapter' | 'equal';
export type Mode = 'single' | 'batch';
type FactorText = Readonly<Record<CreditFactor, string>>;

export interface Preset {
  readonly id: PresetId;
  readonly title: string;
  readonly weights: CreditScores;
  /** Bands with their credit policy; the learner changes only the lower bounds. */
  readonly bands: readonly CreditBand[];
}

export const PRESETS: Readonly<Record<PresetId, Preset>> = {
  chapter: { id: 'chapter', title: `${CREDIT_5C_CHAPTER_EXAMPLE.company}（本章例题）`, weights: CREDIT_5C_CHAPTER_EXAMPLE.weights, bands: CREDIT_5C_CHAPTER_EXAMPLE.bands },
  equal: { id: 'equal', title: '五项等权重（各 20%）', weights: DEFAULT_CREDIT_WEIGHTS, bands: DEFAULT_CREDIT_BANDS },
};

/** The standard as typed: weights in percent, the lower bound of every band but the last (which starts at 0). */
export interface Standard {
  readonly preset: PresetId;
  readonly weights: FactorText;
  readonly mins: readonly string[];
  readonly baseLimit: string;
}

/** A standard ready for the engine. */
export interface CheckedStandard {
  readonly weights: CreditScores;
  readonly bands: readonly CreditBand[];
  readonly baseLimit: number;
  readonly percents: CreditWeightPercents;
}

const percentText = (share: number) => String(Math.round(share * 10000) / 100);

export function standardOf(preset: PresetId, baseLimit = '500000'): Standard {
  const p = PRESETS[preset];
  return {
    preset,
    weights: Object.fromEntries(CREDIT_FACTORS.map(({ key }) => [key, percentText(p.weights[key])])) as unknown as FactorText,
    mins: p.bands.slice(0, -1).map((b) => String(b.min)),
    baseLimit,
  };
}

const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** The engine's options from the typed standard; a weight total other than 100 % is a calm message. */
export function checkStandard(standard: Standard): Outcome<CheckedStandard> {
  try {
    const typed = Object.fromEntries(CREDIT_FACTORS.map(({ key }) => [key, number(standard.weights[key])])) as unknown as CreditScores;
    const percents = creditWeightsFromPercents(typed);
    if (!percents.weights) {
      const r = percents.remaining;
      return { ok: false, code: 'weights-total', message: `五项权重合计 ${round2(percents.total)}%，${r > 0 ? `还差 ${round2(r)}%` : `多了 ${round2(-r)}%`}；合计必须是 100%。可以点“按比例调整为 100%”。` };
    }
    const base = PRESETS[standard.preset].bands;
    const bands = base.map((band, i) => (i < base.length - 1 ? { ...band, min: number(standard.mins[i] ?? '') } : band));
    const baseLimit = number(standard.baseLimit);
    const options = { weights: percents.weights, bands, baseLimit };
    rateCredit5c({ character: 0, capacity: 0, capital: 0, collateral: 0, conditions: 0 }, options); // checks weights, bands and limit
    return { ok: true, value: { ...options, percents } };
  } catch (error) {
    if (!isEngineError(error)) throw error;
    return { ok: false, code: error.code, message: learnerMessage(error, { 'invalid-base-limit': '基础信用额度要填一个不小于 0 的金额（元）。' }) };
  }
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** One applicant's rating under the standard. */
export function rateApplicant(standard: Outcome<CheckedStandard>, scores: CreditScores): Outcome<Credit5cResult> {
  if (!standard.ok) return standard;
  return { ok: true, value: rateCredit5c(scores, standard.value) };
}

// Share links: credit.preset=chapter&credit.w=30,25,20,15,10&credit.b=90,80,70,60&credit.s=80,75,65,60,70&credit.base=500000&credit.mode=batch
const list = (text: string | undefined, n: number): string[] | null => {
  if (text === undefined) return null;
  const parts = text.split(',');
  return parts.length === n && parts.every((p) => p.length <= 8) ? parts : null;
};

export function fromShared(shared: Readonly<Record<string, string>>): { standard: Standard; scores: CreditScores; mode: Mode; applicant: string | null } {
  const preset: PresetId = shared.preset === 'equal' ? 'equal' : 'chapter';
  const base = standardOf(preset, shared.base !== undefined && shared.base.length <= 12 ? shared.base : undefined);
  const w = list(shared.w, 5);
  const b = list(shared.b, PRESETS[preset].bands.length - 1);
  const s = list(shared.s, 5)?.map(Number);
  const scoresOk = s !== undefined && s.every((x) => Number.isInteger(x) && x >= 0 && x <= 100);
  const applicant = scoresOk ? null : '乙';
  return {
    standard: { ...base, weights: w ? (Object.fromEntries(CREDIT_FACTORS.map(({ key }, i) => [key, w[i]!])) as unknown as FactorText) : base.weights, mins: b ?? base.mins },
    scores: scoresOk ? (Object.fromEntries(CREDIT_FACTORS.map(({ key }, i) => [key, s![i]!])) as unknown as CreditScores) : CREDIT_5C_CHAPTER_EXAMPLE.applicants[1]!.scores,
    mode: shared.mode === 'batch' ? 'batch' : 'single',
    applicant,
  };
}

export interface CreditState {
  readonly $standard: ReadableAtom<Standard>;
  readonly $checked: ReadableAtom<Outcome<CheckedStandard>>;
  readonly $scores: ReadableAtom<CreditScores>;
  /** Which of the chapter's dealers the scores are, or null once the learner changed one. */
  readonly $applicant: ReadableAtom<string | null>;
  readonly $rating: ReadableAtom<Outcome<Credit5cResult>>;
  /** The chapter's four dealers under the current standard. */
  readonly $examples: ReadableAtom<Outcome<{ name: string; result: Credit5cResult }[]>>;
  readonly $mode: ReadableAtom<Mode>;
  readonly dataset: DatasetController;
  readonly $batch: ReadableAtom<Outcome<BatchView> | null>;
  readonly $busy: ReadableAtom<boolean>;
  choosePreset(preset: PresetId): void;
  setWeight(key: CreditFactor, text: string): void;
  rescaleWeights(): void;
  setMin(index: number, text: string): void;
  setBaseLimit(text: string): void;
  setScore(key: CreditFactor, value: number): void;
  chooseApplicant(name: string): void;
  setMode(mode: Mode): void;
  start(): void;
  dispose(): void;
  shareState(): Record<string, string>;
}

export function createCreditState(options: WorkerStateOptions): CreditState {
  const initial = fromShared(options.initial ?? {});
  const $standard = atom<Standard>(initial.standard);
  const $checked = computed($standard, checkStandard);
  const $scores = atom<CreditScores>(initial.scores);
  const $applicant = atom<string | null>(initial.applicant);
  const $rating = computed([$checked, $scores], rateApplicant);
  const $examples = computed($checked, (checked) =>
    checked.ok
      ? { ok: true as const, value: CREDIT_5C_CHAPTER_EXAMPLE.applicants.map((a) => ({ name: a.name, result: rateCredit5c(a.scores, checked.value) })) }
      : checked,
  );
  const $mode = atom<Mode>(initial.mode);
  const dataset = createDatasetController({ spawn: options.spawn, kinds: ['applications'], include: CREDIT_DATASETS, mode: 'table', table: CREDIT_TABLE, manifest: options.manifest });
  const $batch = atom<Outcome<BatchView> | null>(null);
  const $busy = atom(false);
  const stops: (() => void)[] = [];
  let started = false;
  let sequence = 0;

  const grade = async () => {
    if (dataset.$load.get().phase !== 'ready') return;
    const checked = $checked.get();
    if (!checked.ok) {
      // The standard's own alert says what is wrong; the batch only waits for it.
      $batch.set({ ok: false, code: 'standard', message: '评分标准还不能用（见上面的提示），改好后会自动重新评级。' });
      return;
    }
    const mine = ++sequence;
    $busy.set(true);
    const args: BatchArgs = { weights: checked.value.weights, bands: checked.value.bands };
    try {
      const view = await dataset.client.call<BatchView>('rate', args);
      if (mine === sequence) $batch.set({ ok: true, value: view });
    } catch (caught) {
      if (isWorkerFailure(caught) && caught.code === 'aborted') return;
      if (mine === sequence) $batch.set(failureOf(caught));
    } finally {
      if (mine === sequence) $busy.set(false);
    }
  };

  const startBatch = () => {
    if (started) return;
    started = true;
    stops.push(
      clearWhenLoadFails(dataset, () => $batch.set(null)),
      dataset.$version.listen(() => void grade()),
      $checked.listen(() => void grade()),
    );
    void dataset.listDatasets().then(() => dataset.choose({ type: 'bundled', id: CREDIT_DATASETS[0] })).catch(() => undefined);
  };

  const edit = (change: Partial<Standard>) => $standard.set({ ...$standard.get(), ...change });

  return {
    $standard, $checked, $scores, $applicant, $rating, $examples, $mode, dataset, $batch, $busy,
    choosePreset(preset) {
      $standard.set(standardOf(preset, $standard.get().baseLimit));
    },
    setWeight(key, text) {
      edit({ weights: { ...$standard.get().weights, [key]: text } });
    },
    rescaleWeights() {
      const typed = $standard.get().weights;
      const values = Object.fromEntries(CREDIT_FACTORS.map(({ key }) => [key, Math.max(0, number(typed[key]) || 0)])) as unknown as CreditScores;
      const scaled = rescaleCreditWeightPercents(values);
      edit({ weights: Object.fromEntries(CREDIT_FACTORS.map(({ key }) => [key, String(scaled[key])])) as unknown as FactorText });
    },
    setMin(index, text) {
      const mins = [...$standard.get().mins];
      mins[index] = text;
      edit({ mins });
    },
    setBaseLimit(text) {
      edit({ baseLimit: text });
    },
    setScore(key, value) {
      if (!Number.isFinite(value)) return;
      $scores.set({ ...$scores.get(), [key]: Math.max(0, Math.min(100, Math.round(value))) });
      $applicant.set(null);
    },
    chooseApplicant(name) {
      const applicant = CREDIT_5C_CHAPTER_EXAMPLE.applicants.find((a) => a.name === name);
      if (!applicant) return;
      $scores.set(applicant.scores);
      $applicant.set(name);
    },
    setMode(mode) {
      $mode.set(mode);
      if (mode === 'batch') startBatch();
    },
    start() {
      if ($mode.get() === 'batch') startBatch();
    },
    dispose() {
      stops.splice(0).forEach((stop) => stop());
      dataset.dispose();
    },
    shareState() {
      const s = $standard.get();
      const scores = $scores.get();
      return {
        preset: s.preset,
        w: CREDIT_FACTORS.map(({ key }) => s.weights[key]).join(','),
        b: s.mins.join(','),
        s: CREDIT_FACTORS.map(({ key }) => scores[key]).join(','),
        base: s.baseLimit,
        mode: $mode.get(),
      };
    },
  };
}
