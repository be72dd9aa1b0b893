import { EngineError } from '../../core/errors';
import { requireAbove } from '../../core/guards';

/** One period's complaint counts. */
export interface ComplaintCounts {
  /** Complaints received. */
  readonly complaints: number;
  /** Of those, resolved at the customer's first contact. */
  readonly resolvedAtFirstContact: number;
  /** Of those, closed within the time limit. */
  readonly closedOnTime: number;
  /** Customers reached by the follow-up call after handling. */
  readonly followedUp: number;
  /** Of those reached, satisfied or very satisfied with the handling. */
  readonly satisfiedAtFollowUp: number;
  /** Complaints that came back about the same problem (e.g. within 30 days). */
  readonly repeatComplaints: number;
}

/** The four shares, 0–1; null when their denominator is 0. */
export interface ComplaintHandlingKpis {
  /** resolvedAtFirstContact / complaints (首次解决率). */
  readonly firstContactResolution: number | null;
  /** closedOnTime / complaints (按时办结率). */
  readonly onTimeClosure: number | null;
  /** satisfiedAtFollowUp / followedUp (投诉处理满意率): the base is the customers reached, not all complaints. */
  readonly complaintSatisfaction: number | null;
  /** repeatComplaints / complaints (重复投诉率). */
  readonly repeatComplaintRate: number | null;
}

/**
 * The usual measures of complaint handling: first-contact resolution = complaints resolved at the
 * first contact ÷ complaints; on-time closure = closed within the limit ÷ complaints; complaint
 * satisfaction = satisfied ÷ customers reached at follow-up (not ÷ all complaints); repeat complaint
 * rate = complaints about the same problem again ÷ complaints.
 *
 * Source: the common indicators of complaint management, which ISO 10002:2018 (Guidelines for complaints
 * handling in organizations, §8 monitoring of the process and satisfaction with it) asks organisations to
 * track; course chapter 7 (提高处理客户投诉的质量, 例题 计算一个月的投诉处理指标).
 * @throws EngineError `invalid-count` (a count negative or not finite), `inconsistent-counts` (a part larger than its whole).
 * @example complaintHandlingKpis({ complaints: 200, resolvedAtFirstContact: 130, closedOnTime: 180, followedUp: 160, satisfiedAtFollowUp: 120, repeatComplaints: 16 })
 *   // { firstContactResolution: 0.65, onTimeClosure: 0.9, complaintSatisfaction: 0.75, repeatComplaintRate: 0.08 }
 */
export function complaintHandlingKpis(counts: ComplaintCounts): ComplaintHandlingKpis {
  const count = (value: number, zh: string, en: string) => requireAbove(value, 0, { code: 'invalid-count', zh, en }, true);
  const complaints = count(counts.complaints, '投诉件数', 'complaints');
  const firstContact = count(counts.resolvedAtFirstContact, '首次接触即解决的件数', 'resolved at first contact');
  const onTime = count(counts.closedOnTime, '按时办结的件数', 'closed on time');
  const followedUp = count(counts.followedUp, '回访成功的客户数', 'customers followed up');
  const satisfied = count(counts.satisfiedAtFollowUp, '回访满意的客户数', 'satisfied at follow-up');
  const repeat = count(counts.repeatComplaints, '重复投诉件数', 'repeat complaints');
  const partOf = (part: number, whole: number, zh: [string, string], en: [string, string]) => {
    if (part > whole) {
      throw new EngineError('inconsistent-counts', `${zh[0]} ${part} 不能多于${zh[1]} ${whole}(${en[0]} cannot exceed ${en[1]}: ${part} > ${whole})`, { part, whole });
    }
  };
  const all: [string, string] = ['投诉件数', 'complaints'];
  partOf(firstContact, complaints, ['首次接触即解决的件数', all[0]], ['resolved at first contact', all[1]]);
  partOf(onTime, complaints, ['按时办结的件数', all[0]], ['closed on time', all[1]]);
  partOf(followedUp, complaints, ['回访成功的客户数', all[0]], ['customers followed up', all[1]]);
  partOf(satisfied, followedUp, ['回访满意的客户数', '回访成功的客户数'], ['satisfied at follow-up', 'customers followed up']);
  partOf(repeat, complaints, ['重复投诉件数', all[0]], ['repeat complaints', all[1]]);
  const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);
  return {
    firstContactResolution: share(firstContact, complaints),
    onTimeClosure: share(onTime, complaints),
    complaintSatisfaction: share(satisfied, followedUp),
    repeatComplaintRate: share(repeat, complaints),
  };
}
