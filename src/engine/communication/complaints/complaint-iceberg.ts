import { requireAbove, requireInRange } from '../../core/guards';

/** The assumptions of a complaint-iceberg estimate. */
export interface ComplaintIcebergInput {
  /** Complaints received about one problem, ≥ 0. */
  readonly complaints: number;
  /** Share of dissatisfied customers who complain, in (0, 1]. */
  readonly complaintRate: number;
  /** Share of the silent dissatisfied customers who stop buying, 0–1. */
  readonly silentChurnRate: number;
  /** Margin one customer brings per year (元). */
  readonly marginPerCustomerPerYear: number;
}

export interface ComplaintIceberg {
  /** complaints / complaintRate: everyone dissatisfied with the problem. */
  readonly dissatisfied: number;
  /** dissatisfied − complaints: those who said nothing (the part under water). */
  readonly silent: number;
  /** silent × silentChurnRate: customers expected to leave without a word. */
  readonly lostCustomers: number;
  /** lostCustomers × margin per year: the yearly margin they take with them. */
  readonly lostMarginPerYear: number;
}

/**
 * The complaint iceberg (投诉冰山): complaints are the visible tip of dissatisfaction. From the complaints
 * received and the share of dissatisfied customers who complain, estimate everyone dissatisfied
 * (complaints ÷ complaint rate), the silent ones (that total minus the complainers), how many of them
 * leave (× the silent churn rate) and the margin lost per year (× margin per customer). Every rate is an
 * assumption to be stated; the point is the order of magnitude.
 *
 * Source: TARP (Technical Assistance Research Programs) (1986), Consumer Complaint Handling in America: An
 * Update Study, for the U.S. Office of Consumer Affairs (most dissatisfied customers never complain);
 * course chapter 7 (客户投诉, 例题 投诉冰山).
 * @throws EngineError `invalid-count` (complaints negative or not finite), `invalid-rate` (complaint rate
 *   outside (0, 1], silent churn rate outside 0–1), `invalid-margin` (margin negative or not finite).
 * @example complaintIceberg({ complaints: 30, complaintRate: 0.1, silentChurnRate: 0.5, marginPerCustomerPerYear: 200 })
 *   // { dissatisfied: 300 (30 / 0.1), silent: 270, lostCustomers: 135 (270 × 0.5), lostMarginPerYear: 27000 (135 × 200) }
 */
export function complaintIceberg(input: ComplaintIcebergInput): ComplaintIceberg {
  const complaints = requireAbove(input.complaints, 0, { code: 'invalid-count', zh: '投诉件数', en: 'complaints' }, true);
  const complaintRate = requireInRange(input.complaintRate, 0, 1, { code: 'invalid-rate', zh: '不满客户中投诉的比例', en: 'complaint rate' }, { min: true });
  const silentChurnRate = requireInRange(input.silentChurnRate, 0, 1, { code: 'invalid-rate', zh: '沉默不满客户的流失比例', en: 'silent churn rate' });
  const margin = requireAbove(input.marginPerCustomerPerYear, 0, { code: 'invalid-margin', zh: '每位客户每年的毛利', en: 'margin per customer per year' }, true);
  const dissatisfied = complaints / complaintRate;
  const silent = dissatisfied - complaints;
  const lostCustomers = silent * silentChurnRate;
  return { dissatisfied, silent, lostCustomers, lostMarginPerYear: lostCustomers * margin };
}
