import { describe, expect, it } from 'vitest';
import { groupCustomers, type CustomerGroups } from '~/engine/models/bgnbd';
import { checkModelParams, fitCustomerGroups, type CustomerGroupsModel } from '~/engine/models/fit-customer-groups';
import { expectEngineError } from '../expect-engine-error';

interface PoissonParams {
  readonly shape: number;
  readonly theta: number;
}

// Σ weight · (−x ln θ − T/θ): purchases at rate 1/θ over each customer's age, maximised at θ = ΣT / Σx (by hand).
// θ is a time (scaled during the search), `shape` is not and has its own maximum at 2.
function poissonLogLikelihood({ shape, theta }: PoissonParams, groups: CustomerGroups): number {
  let total = -((Math.log(shape) - Math.log(2)) ** 2);
  for (let j = 0; j < groups.weight.length; j++) {
    const T = groups.TValues[groups.TGroup[j]!]!;
    total += groups.weight[j]! * (-groups.x[j]! * Math.log(theta) - T / theta);
  }
  return total;
}

const poisson: CustomerGroupsModel<PoissonParams> = {
  name: 'Poisson',
  parameters: [{ key: 'shape', symbol: 'k' }, { key: 'theta', symbol: 'θ', time: true }],
  logLikelihood: poissonLogLikelihood,
};

// Ages in days up to 300 (rescaled to 10 during the search): Σx = 12, ΣT = 600, so θ = 50 days.
const data = Object.freeze({ x: Object.freeze([2, 4, 6, 0]), t_x: Object.freeze([50, 100, 150, 0]), T: Object.freeze([100, 100, 300, 100]) });

describe('fitCustomerGroups', () => {
  it('finds the maximum in the data’s own time unit, with the statistics of the search', () => {
    const fit = fitCustomerGroups(poisson, groupCustomers(data));
    expect(fit.theta).toBeCloseTo(50, 6);
    expect(fit.shape).toBeCloseTo(2, 6);
    expect(fit.logLikelihood).toBeCloseTo(poissonLogLikelihood({ shape: 2, theta: 50 }, groupCustomers(data)), 8);
    expect(fit).toMatchObject({ customers: 4, converged: true });
    expect(fit.evaluations).toBeGreaterThan(fit.iterations);
  });

  it('starts from given values in the data’s unit', () => {
    const fromOnes = fitCustomerGroups(poisson, groupCustomers(data));
    const fit = fitCustomerGroups(poisson, groupCustomers(data), { shape: 2, theta: 50 });
    expect(fit.theta).toBeCloseTo(50, 6);
    // Started at the maximum itself, the search has less to do.
    expect(fit.evaluations).toBeLessThan(fromOnes.evaluations);
  });

  it('refuses a bad start, too few customers and no repeat purchases', () => {
    expectEngineError(() => fitCustomerGroups(poisson, groupCustomers(data), { shape: 0, theta: 1 }), 'invalid-parameters');
    expectEngineError(() => fitCustomerGroups(poisson, groupCustomers({ x: [1], t_x: [1], T: [2] })), 'too-few-customers');
    expectEngineError(() => fitCustomerGroups(poisson, groupCustomers({ x: [0, 0], t_x: [0, 0], T: [1, 2] })), 'no-repeat-purchases');
  });

  it('refuses an estimate that runs off to ∞, naming the model and its parameters', () => {
    const unbounded: CustomerGroupsModel<PoissonParams> = { ...poisson, logLikelihood: ({ shape, theta }) => Math.log(shape) - Math.log(theta) ** 2 };
    const error = expectEngineError(() => fitCustomerGroups(unbounded, groupCustomers(data)), 'degenerate-fit');
    expect(error.message).toMatch(/^Poisson 模型拟合失败：参数跑到了极端值（k = .+，θ = .+）/);
  });
});

describe('checkModelParams', () => {
  it.each([[0], [-1], [Number.NaN], [Number.POSITIVE_INFINITY]])('refuses %s', (bad) => {
    const error = expectEngineError(() => checkModelParams('Poisson', { shape: 1, theta: bad }, ['shape', 'theta']), 'invalid-parameters');
    expect(error.message).toBe(`Poisson 参数 theta 必须是大于 0 的有限数，当前为 ${bad}(parameter theta must be a finite number > 0)`);
  });

  it('accepts finite positive numbers', () => {
    expect(() => checkModelParams('Poisson', { shape: 1e-9, theta: 1e9 }, ['shape', 'theta'])).not.toThrow();
  });
});
