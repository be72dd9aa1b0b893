// The CLV calculator's state: two scenarios as form text (what the learner typed), and the engine's results
// computed from them. Small and instant, so it runs in the page (no worker).
import { atom, computed, type ReadableAtom } from 'nanostores';
import { customerLifetimeValue, type ClvInput, type ClvResult } from '../../engine/tiering/clv';
import { compareClvScenarios, type ClvComparison } from '../../engine/tiering/clv-compare';
import { isEngineError } from '../../engine/core/errors';
import type { Outcome } from '../shared/outcome';
import { learnerMessage } from '../shared/learner-message';

/** One scenario as typed: percentages for retention and discount, years or no horizon. */
export interface ScenarioForm {
  readonly margin: string;
  readonly retention: string;
  readonly discount: string;
  readonly horizon: 'years' | 'infinite';
  readonly years: string;
  readonly acquisition: string;
}

export interface Forms {
  readonly a: ScenarioForm;
  readonly b: ScenarioForm;
}

export interface ClvResults {
  readonly a: Outcome<ClvResult>;
  readonly b: Outcome<ClvResult>;
  readonly comparison: ClvComparison | null;
}

/** Chapter 6's gym member (m 600, r 80 %, d 10 %, 5 years) against the same with 90 % retention. */
export const CHAPTER_FORMS: Forms = Object.freeze({
  a: Object.freeze({ margin: '600', retention: '80', discount: '10', horizon: 'years', years: '5', acquisition: '0' }),
  b: Object.freeze({ margin: '600', retention: '90', discount: '10', horizon: 'years', years: '5', acquisition: '0' }),
});

/** What the learner sees when a field is out of range: calm words in the units of the form. */
const MESSAGES: Record<string, string> = {
  'invalid-margin': '每年毛利要填一个数字。',
  'invalid-retention': '保留率要在 0% 到 100% 之间。',
  'invalid-discount': '折现率要大于 −100%。',
  'invalid-years': '年数要是 1 到 1000 之间的整数。',
  'invalid-acquisition': '获取成本要填一个数字（没有就填 0）。',
  'diverging-clv': '不限年数时，保留率必须低于 1 + 折现率，否则终身价值无限大。请降低保留率或改为有限年数。',
};

const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** The engine's input from a form: percentages divided by 100, an empty acquisition cost taken as 0. */
export function toClvInput(form: ScenarioForm): ClvInput {
  return {
    margin: number(form.margin),
    retention: number(form.retention) / 100,
    discount: number(form.discount) / 100,
    ...(form.horizon === 'years' ? { years: number(form.years) } : {}),
    acquisition: form.acquisition.trim() === '' ? 0 : number(form.acquisition),
  };
}

function run(form: ScenarioForm): Outcome<ClvResult> {
  try {
    return { ok: true, value: customerLifetimeValue(toClvInput(form)) };
  } catch (error) {
    if (isEngineError(error)) return { ok: false, code: error.code, message: learnerMessage(error, MESSAGES) };
    throw error;
  }
}

/** Both scenarios and, when both can be computed, their comparison (all from the engine). */
export function computeClvResults(forms: Forms): ClvResults {
  const a = run(forms.a);
  const b = run(forms.b);
  return { a, b, comparison: a.ok && b.ok ? compareClvScenarios(toClvInput(forms.a), toClvInput(forms.b)) : null };
}

const FIELDS = ['margin', 'retention', 'discount', 'years', 'acquisition'] as const;
const SHORT: Record<(typeof FIELDS)[number], string> = { margin: 'm', retention: 'r', discount: 'd', years: 't', acquisition: 'c' };

/** Forms from a share link (`clv.a.r=80&clv.b.r=90&clv.a.t=inf` …); missing keys keep the chapter's values. */
export function formsFromShared(shared: Readonly<Record<string, string>>): Forms {
  const read = (side: 'a' | 'b'): ScenarioForm => {
    const base = CHAPTER_FORMS[side];
    const out: Record<string, string> = { ...base };
    for (const field of FIELDS) {
      const value = shared[`${side}.${SHORT[field]}`];
      if (value !== undefined && value.length <= 20) out[field] = value;
    }
    const t = shared[`${side}.t`];
    return { ...(out as unknown as ScenarioForm), horizon: t === 'inf' ? 'infinite' : 'years', years: t === 'inf' || t === undefined ? base.years : t };
  };
  return { a: read('a'), b: read('b') };
}

/** The forms as share-link keys. */
export function formsToShared(forms: Forms): Record<string, string> {
  const out: Record<string, string> = {};
  for (const side of ['a', 'b'] as const) {
    const f = forms[side];
    out[`${side}.m`] = f.margin;
    out[`${side}.r`] = f.retention;
    out[`${side}.d`] = f.discount;
    out[`${side}.t`] = f.horizon === 'infinite' ? 'inf' : f.years;
    out[`${side}.c`] = f.acquisition;
  }
  return out;
}

export interface ClvState {
  readonly $forms: ReadableAtom<Forms>;
  readonly $results: ReadableAtom<ClvResults>;
  set(side: 'a' | 'b', change: Partial<ScenarioForm>): void;
  copyAToB(): void;
  reset(): void;
}

export function createClvState(initial: Forms = CHAPTER_FORMS): ClvState {
  const $forms = atom<Forms>(initial);
  const $results = computed($forms, computeClvResults);
  return {
    $forms,
    $results,
    set(side, change) {
      const forms = $forms.get();
      $forms.set({ ...forms, [side]: { ...forms[side], ...change } });
    },
    copyAToB() {
      $forms.set({ ...$forms.get(), b: { ...$forms.get().a } });
    },
    reset() {
      $forms.set(CHAPTER_FORMS);
    },
  };
}
