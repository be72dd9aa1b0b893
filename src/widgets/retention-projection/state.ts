// The retention projection's state: the survivor counts and settings as atoms, the comparisons computed by the engine.
import { atom, computed, type ReadableAtom } from 'nanostores';
import { isEngineError } from '../../engine/core/errors';
import {
  clvFromSurvivors,
  compareRetentionProjections,
  FADER_HARDIE_COHORTS,
  mixtureRetention,
  type MixtureRetention,
  type RetentionProjectionComparison,
} from '../../engine/loyalty';
import type { Outcome } from '../shared/outcome';
import { chineseOnly } from '../shared/learner-message';

export const WIDGET = 'retention-projection';
export const SHARE_PREFIX = 'rp';

export type PresetKey = 'regular' | 'highend' | 'chapter' | 'custom';

export interface Preset {
  readonly key: Exclude<PresetKey, 'custom'>;
  readonly title: string;
  readonly survivors: readonly number[];
  readonly calibration: number;
  readonly horizon: number;
  /** α and β to use instead of fitting (the chapter's published values). */
  readonly params?: { readonly alpha: number; readonly beta: number };
}

const regular = FADER_HARDIE_COHORTS.find((c) => c.key === 'regular')!.survivors;
const highend = FADER_HARDIE_COHORTS.find((c) => c.key === 'highend')!.survivors;

export const PRESETS: readonly Preset[] = [
  { key: 'regular', title: '普通合同客户（12 年实际数据）', survivors: regular, calibration: 7, horizon: 12 },
  { key: 'highend', title: '高端合同客户（12 年实际数据）', survivors: highend, calibration: 7, horizon: 12 },
  { key: 'chapter', title: '第十章例题（普通客户前 7 年）', survivors: regular.slice(0, 8), calibration: 7, horizon: 10, params: { alpha: 0.704, beta: 1.182 } },
];

export interface Settings {
  readonly preset: PresetKey;
  /** The counts as typed, year 0 first. */
  readonly survivors: readonly string[];
  readonly calibration: number;
  readonly horizon: number;
  /** Margin per customer per year (元) and discount rate, for the CLV comparison. */
  readonly margin: number;
  readonly discount: number;
}

export interface MixtureGroup {
  readonly customers: number;
  /** Retention in percent. */
  readonly retention: number;
}

export interface MixtureSettings {
  readonly stable: MixtureGroup;
  readonly swing: MixtureGroup;
  readonly years: number;
}

export interface ProjectionResult {
  readonly comparison: RetentionProjectionComparison;
  /** Per-customer CLV over `horizon` years implied by each projection, and the gap. */
  readonly clv: { readonly sbg: number; readonly constant: number; readonly years: number };
}

const MAX_YEARS = 30;

function presetSettings(preset: Preset, margin = 100, discount = 0.1): Settings {
  return { preset: preset.key, survivors: preset.survivors.map(String), calibration: preset.calibration, horizon: preset.horizon, margin, discount };
}

/** Settings from a share link (`rp.preset=highend`, or `rp.s=1000,600,…&rp.fit=3&rp.h=10`), checked; anything odd gives the default. */
export function settingsFromShared(initial: Readonly<Record<string, string>>): Settings {
  const margin = Number(initial.m);
  const discount = Number(initial.d);
  const m = Number.isFinite(margin) && margin >= 0 && margin <= 1e7 ? margin : 100;
  const d = Number.isFinite(discount) && discount >= 0 && discount <= 0.5 ? discount : 0.1;
  const preset = PRESETS.find((p) => p.key === initial.preset);
  if (preset) return presetSettings(preset, m, d);
  if (initial.s && /^\d+(\.\d+)?(,\d+(\.\d+)?){1,29}$/.test(initial.s)) {
    const survivors = initial.s.split(',');
    const fit = Number(initial.fit);
    const h = Number(initial.h);
    const calibration = Number.isInteger(fit) && fit >= 1 && fit < survivors.length ? fit : survivors.length - 1;
    const horizon = Number.isInteger(h) && h >= calibration && h <= MAX_YEARS ? h : Math.max(calibration, 10);
    return { preset: 'custom', survivors, calibration, horizon, margin: m, discount: d };
  }
  return presetSettings(PRESETS[0]!, m, d);
}

export interface ProjectionState {
  readonly $settings: ReadableAtom<Settings>;
  readonly $result: ReadableAtom<Outcome<ProjectionResult>>;
  readonly $mixture: ReadableAtom<MixtureSettings>;
  readonly $mixtureResult: ReadableAtom<Outcome<MixtureRetention>>;
  choosePreset(key: Exclude<PresetKey, 'custom'>): void;
  setSurvivor(year: number, text: string): void;
  addYear(): void;
  removeYear(): void;
  setCalibration(years: number): void;
  setHorizon(years: number): void;
  setMoney(change: Partial<Pick<Settings, 'margin' | 'discount'>>): void;
  setMixture(change: Partial<MixtureSettings>): void;
  shareState(): Record<string, string | number>;
}

function outcome<T>(run: () => T): Outcome<T> {
  try {
    return { ok: true, value: run() };
  } catch (caught) {
    return isEngineError(caught) ? { ok: false, code: caught.code, message: caught.message } : { ok: false, code: 'internal', message: String(caught) };
  }
}

/** The counts as numbers; a count that cannot be read is reported with its year (Chinese). */
function parseSurvivors(texts: readonly string[]): number[] {
  return texts.map((text, year) => {
    const value = Number(text.trim().replace(/[,，]/g, ''));
    if (text.trim() === '' || !Number.isFinite(value) || value < 0) {
      throw { code: 'invalid-count', message: `第 ${year} 年的客户数“${text}”不是不小于 0 的数字。` };
    }
    if (year > 0 && value > Number(texts[year - 1]!.replace(/[,，]/g, ''))) {
      throw { code: 'invalid-count', message: `第 ${year} 年的客户数（${value}）比上一年多：合同客户只会减少，请检查。` };
    }
    return value;
  });
}

export function createProjectionState(initial: Readonly<Record<string, string>> = {}): ProjectionState {
  const $settings = atom<Settings>(settingsFromShared(initial));
  const $mixture = atom<MixtureSettings>({ stable: { customers: 500, retention: 90 }, swing: { customers: 500, retention: 40 }, years: 3 });

  const $result = computed($settings, (s): Outcome<ProjectionResult> => {
    let survivors: number[];
    try {
      survivors = parseSurvivors(s.survivors);
    } catch (caught) {
      const bad = caught as { code: string; message: string };
      return { ok: false, code: bad.code, message: bad.message };
    }
    const result = outcome(() => {
      const preset = PRESETS.find((p) => p.key === s.preset);
      const comparison = compareRetentionProjections(survivors, s.calibration, s.horizon, preset && s.calibration === preset.calibration ? preset.params : undefined);
      const head = (pick: (r: (typeof comparison.rows)[number]) => number) => comparison.rows.slice(0, s.horizon).map(pick);
      return {
        comparison,
        clv: { sbg: clvFromSurvivors(head((r) => r.sbg), s.margin, s.discount), constant: clvFromSurvivors(head((r) => r.constant), s.margin, s.discount), years: s.horizon },
      };
    });
    return result.ok ? result : { ...result, message: chineseOnly(result.message) };
  });

  const $mixtureResult = computed($mixture, (m) => {
    const result = outcome(() =>
      mixtureRetention(
        [
          { name: '稳定型', customers: m.stable.customers, retention: m.stable.retention / 100 },
          { name: '摇摆型', customers: m.swing.customers, retention: m.swing.retention / 100 },
        ],
        m.years,
      ),
    );
    return result.ok ? result : { ...result, message: chineseOnly(result.message) };
  });

  const update = (change: Partial<Settings>) => $settings.set({ ...$settings.get(), ...change });
  const custom = (survivors: readonly string[]) => {
    const s = $settings.get();
    const calibration = Math.min(s.calibration, Math.max(1, survivors.length - 1));
    update({ preset: 'custom', survivors, calibration, horizon: Math.max(s.horizon, calibration) });
  };

  return {
    $settings,
    $result,
    $mixture,
    $mixtureResult,
    choosePreset(key) {
      const preset = PRESETS.find((p) => p.key === key);
      if (preset) $settings.set(presetSettings(preset, $settings.get().margin, $settings.get().discount));
    },
    setSurvivor(year, text) {
      const survivors = [...$settings.get().survivors];
      if (year < 0 || year >= survivors.length) return;
      survivors[year] = text;
      custom(survivors);
    },
    addYear() {
      const survivors = $settings.get().survivors;
      if (survivors.length > MAX_YEARS) return;
      custom([...survivors, survivors[survivors.length - 1] ?? '0']);
    },
    removeYear() {
      const survivors = $settings.get().survivors;
      if (survivors.length > 2) custom(survivors.slice(0, -1));
    },
    setCalibration(years) {
      const s = $settings.get();
      if (Number.isInteger(years) && years >= 1 && years < s.survivors.length) update({ calibration: years, horizon: Math.max(s.horizon, years) });
    },
    setHorizon(years) {
      const s = $settings.get();
      if (Number.isInteger(years) && years >= s.calibration && years <= MAX_YEARS) update({ horizon: years });
    },
    setMoney(change) {
      const next = { ...$settings.get(), ...change };
      if (Number.isFinite(next.margin) && next.margin >= 0 && Number.isFinite(next.discount) && next.discount >= 0 && next.discount <= 0.5) $settings.set(next);
    },
    setMixture(change) {
      $mixture.set({ ...$mixture.get(), ...change });
    },
    shareState() {
      const s = $settings.get();
      const state: Record<string, string | number> = { m: s.margin, d: s.discount };
      if (s.preset !== 'custom') state.preset = s.preset;
      else Object.assign(state, { s: s.survivors.join(','), fit: s.calibration, h: s.horizon });
      return state;
    },
  };
}
