import { bgNbdConditionalExpected, bgNbdExpectedPopulation, bgNbdPAlive, fitBgNbd, type BgNbdData, type BgNbdParams } from './bgnbd';
import { fitPnbd, pnbdConditionalExpected, pnbdExpectedPopulation, pnbdPAlive, type PnbdParams } from './pnbd';

/** The two customer-base models a learner can choose between (chapters 9–10). */
export type CustomerBaseModelKind = 'bgnbd' | 'pnbd';

/** A fitted customer-base model: which one, its parameters and its log-likelihood. */
export type CustomerBaseModel =
  | { readonly kind: 'bgnbd'; readonly params: BgNbdParams; readonly logLikelihood: number; readonly converged: boolean }
  | { readonly kind: 'pnbd'; readonly params: PnbdParams; readonly logLikelihood: number; readonly converged: boolean };

/** Fits BG/NBD (`fitBgNbd`) or Pareto/NBD (`fitPnbd`); throws what they throw. */
export function fitCustomerBaseModel(kind: CustomerBaseModelKind, data: BgNbdData): CustomerBaseModel {
  if (kind === 'pnbd') {
    const { r, alpha, s, beta, logLikelihood, converged } = fitPnbd(data);
    return { kind, params: { r, alpha, s, beta }, logLikelihood, converged };
  }
  const { r, alpha, a, b, logLikelihood, converged } = fitBgNbd(data);
  return { kind, params: { r, alpha, a, b }, logLikelihood, converged };
}

/** P(alive) at T for a history (x, t_x, T) under either model. */
export function modelPAlive(model: CustomerBaseModel, x: number, t_x: number, T: number): number {
  return model.kind === 'pnbd' ? pnbdPAlive(model.params, x, t_x, T) : bgNbdPAlive(model.params, x, t_x, T);
}

/** Expected purchases in the next t periods for a history (x, t_x, T) under either model. */
export function modelConditionalExpected(model: CustomerBaseModel, t: number, x: number, t_x: number, T: number): number {
  return model.kind === 'pnbd'
    ? pnbdConditionalExpected(model.params, t, x, t_x, T)
    : bgNbdConditionalExpected(model.params, t, x, t_x, T);
}

/** Expected repeat purchases of a new customer in the first t periods under either model. */
export function modelExpectedPopulation(model: CustomerBaseModel, t: number): number {
  return model.kind === 'pnbd' ? pnbdExpectedPopulation(model.params, t) : bgNbdExpectedPopulation(model.params, t);
}
