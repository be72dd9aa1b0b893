import { complaintHandlingKpis } from '~/engine/communication/complaints/complaint-handling-kpis';
import { complaintIceberg, type ComplaintIcebergInput } from '~/engine/communication/complaints/complaint-iceberg';
import { customerSatisfactionScore, importancePerformance, netPromoterScore, servqualGaps, servqualWeightedGap, summariseSurvey, type IpaQuadrantKey } from '~/engine/satisfaction';
import { handler, type ExampleHandler } from './handler';

/** The fixtures name the quadrants after Martilla & James's English labels. */
const QUADRANT_NAMES: Readonly<Record<IpaQuadrantKey, string>> = { 'keep-up': 'keep-up', concentrate: 'concentrate-here', 'low-priority': 'low-priority', overkill: 'possible-overkill' };

/** One score per respondent for grouped NPS counts, on each group's edge (9, 7, 6) where a slip in the bands would show. */
function scoresFromGroups({ promoters, passives, detractors }: { promoters: number; passives: number; detractors: number }): number[] {
  return [...Array<number>(promoters).fill(9), ...Array<number>(passives).fill(7), ...Array<number>(detractors).fill(6)];
}

/** Complaints and satisfaction: chapters 7, 8 and 9 (complaint iceberg and measures, NPS, CSAT, SERVQUAL, IPA). */
export const SATISFACTION_HANDLERS: Readonly<Record<string, ExampleHandler>> = {
  'complaint-iceberg': handler((input: ComplaintIcebergInput) => complaintIceberg(input)),

  'complaint-kpis': handler(
    (input: { complaints: number; resolvedAtFirstContact: number; closedOnTime: number; followedUp: number; satisfiedAtFollowUp: number; repeatWithin30Days: number }) =>
      complaintHandlingKpis({ ...input, repeatComplaints: input.repeatWithin30Days }),
  ),

  nps: handler((input: { scores?: number[]; respondents?: number; promoters: number; passives: number; detractors: number }) => {
    // Chapter 8 lists every answer; chapter 9 gives the group counts only.
    const scores = input.scores ?? scoresFromGroups(input);
    if (input.respondents !== undefined && input.respondents !== scores.length) throw new Error(`respondents ${input.respondents} ≠ ${scores.length} in the groups`);
    const result = netPromoterScore(scores);
    return { ...result, promoterShare: result.promoterPercent! / 100, detractorShare: result.detractorPercent! / 100 };
  }),

  csat: handler((input: { scores: number[]; scale: [number, number] }) => {
    if (input.scale[0] !== 1 || input.scale[1] !== 5) throw new Error(`CSAT is defined on a 1–5 scale, not ${input.scale.join('–')}`);
    const result = customerSatisfactionScore(input.scores);
    return { n: result.n, satisfied: result.satisfied, csatPercent: result.csat, mean: summariseSurvey({ 总体满意: input.scores }).items[0]!.mean };
  }),

  'servqual-gap': handler((input: { scale: [number, number]; dimensions: { key: string; expectation: number; perception: number; weight: number }[] }) => {
    // The chapter gives each dimension's mean E and P: one "item" per dimension with that mean as its only answer.
    const one = (pick: (d: (typeof input.dimensions)[number]) => number) => Object.fromEntries(input.dimensions.map((d) => [d.key, [pick(d)]]));
    const { dimensions, overallGap } = servqualGaps({
      expectation: one((d) => d.expectation),
      perception: one((d) => d.perception),
      dimensions: Object.fromEntries(input.dimensions.map((d) => [d.key, d.key])),
      scale: { min: input.scale[0], max: input.scale[1] },
    });
    const weighted = servqualWeightedGap(dimensions, Object.fromEntries(input.dimensions.map((d) => [d.key, d.weight])));
    return { gaps: Object.fromEntries(dimensions.map((d) => [d.dimension, d.gap])), meanGap: overallGap, weightedGap: weighted.weightedGap, largestGap: weighted.largestShortfall };
  }),

  'importance-performance': handler((input: { cut: string; items: { name: string; importance: number; performance: number }[] }) => {
    if (input.cut !== 'mean') throw new Error(`unknown cut ${input.cut}`);
    const result = importancePerformance(input.items.map(({ name, importance, performance }) => ({ item: name, importance, performance })));
    return {
      importanceMean: result.importanceCut,
      performanceMean: result.performanceCut,
      quadrants: Object.fromEntries(result.items.map((i) => [i.item, QUADRANT_NAMES[i.quadrant]])),
    };
  }),
};
