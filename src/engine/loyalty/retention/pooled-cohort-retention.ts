import { EngineError } from '../../core/errors';
import { requireAbove } from '../../core/guards';

/** One cohort row, as in `cohortRetention(...).cohorts`: its size and the customers active k periods on. */
export interface CohortCounts {
  readonly size: number;
  /** active[k]: customers of the cohort active in the k-th period after joining (active[0] = size). */
  readonly active: readonly number[];
}

export interface PooledCohortRetention {
  /** share[k] = Σ active[k] / Σ size over the cohorts observed k periods on (share[0] = 1); null when that base is 0. */
  readonly share: (number | null)[];
  /** Σ active[k] over the cohorts observed k periods on. */
  readonly active: number[];
  /** Σ size over the same cohorts: the base of share[k]. */
  readonly base: number[];
}

/**
 * The size-weighted average retention curve of a cohort table (按人数加权的平均留存): at age k, the
 * customers active k periods after joining, summed over every cohort observed that long, divided by the
 * sizes of those same cohorts. Younger cohorts drop out of the later ages instead of counting as 0, and a
 * big cohort weighs more than a small one (unlike the plain mean of the row shares). Cohorts of size 0
 * add nothing.
 *
 * Source: cohort (同期群) retention analysis; pooling the customers at risk at each age is the rule of the
 * actuarial life table (survivors at age k over those observed at age k); course chapter 9 (例题 豆叶咖啡的会员同期群留存表).
 * @throws EngineError `invalid-argument` (no cohort, or a cohort whose active[0] differs from its size),
 *   `invalid-count` (a count negative or not finite, or an active count above the size).
 * @example pooledCohortRetention([{ size: 200, active: [200, 110, 90] }, { size: 250, active: [250, 150] }])
 *   // share [1, 0.5778 (260 / 450), 0.45 (90 / 200)]
 */
export function pooledCohortRetention(cohorts: readonly CohortCounts[]): PooledCohortRetention {
  if (cohorts.length === 0) throw new EngineError('invalid-argument', '至少需要一批客户(at least one cohort is needed)');
  const active: number[] = [];
  const base: number[] = [];
  cohorts.forEach(({ size, active: row }, c) => {
    requireAbove(size, 0, { code: 'invalid-count', zh: `第 ${c + 1} 批的人数`, en: `the size of cohort ${c + 1}` }, true);
    if (row.length === 0 || row[0] !== size) {
      throw new EngineError('invalid-argument', `第 ${c + 1} 批第 0 期的人数必须等于该批人数 ${size}(active[0] of cohort ${c + 1} must equal its size)`, { cohort: c, size });
    }
    row.forEach((n, k) => {
      requireAbove(n, 0, { code: 'invalid-count', zh: `第 ${c + 1} 批第 ${k} 期的人数`, en: `the count of cohort ${c + 1} at age ${k}` }, true);
      if (n > size) {
        throw new EngineError('invalid-count', `第 ${c + 1} 批第 ${k} 期的人数 ${n} 多于该批人数 ${size}(more active than in cohort ${c + 1})`, { cohort: c, age: k, active: n, size });
      }
      active[k] = (active[k] ?? 0) + n;
      base[k] = (base[k] ?? 0) + size;
    });
  });
  return { share: active.map((n, k) => (base[k]! > 0 ? n / base[k]! : null)), active, base };
}
