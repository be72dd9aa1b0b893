import { ABC_TAG_PREFIX, RFM_TAG_PREFIX } from './segment-tags';
import { findDuplicates } from './duplicates';
import { funnelTotals } from './funnel';
import { ticketStatus } from './ticket-flow';
import type { CrmWorkspaceData } from './seed-workspace';

/** The figures a lab worksheet takes from the practice CRM (“fill from the practice CRM”). */
export interface CrmFigures {
  readonly customers: number;
  readonly companies: number;
  readonly duplicateGroups: number;
  readonly interactions: number;
  readonly tickets: number;
  readonly ticketsArchived: number;
  readonly ticketsOverdue: number;
  readonly revisits: number;
  /** Revisits scoring 4 or 5 ÷ revisits; null without revisits. */
  readonly satisfactionRate: number | null;
  /** Customers per `RFM:` and per `ABC:` tag (after “分析”), e.g. { 重要价值客户: 42 }, { A类: 10 }. */
  readonly rfmSegments: Readonly<Record<string, number>>;
  readonly abcClasses: Readonly<Record<string, number>>;
  readonly openPipeline: number;
  readonly wonAmount: number;
  readonly winRate: number | null;
}

/**
 * The workspace's figures at `now`, for a lab worksheet to copy: counts of customers, duplicates left, interactions,
 * tickets (archived, overdue), the revisits' satisfaction rate (share of 4–5), the RFM and ABC tag counts and the funnel.
 * @example crmFigures(seedWorkspace('logistics', { now }), now).duplicateGroups // 2
 */
export function crmFigures(data: CrmWorkspaceData, now: number): CrmFigures {
  const count = (prefix: string) => {
    const out: Record<string, number> = {};
    for (const c of data.customers) for (const t of c.tags) if (t.startsWith(prefix)) out[t.slice(prefix.length)] = (out[t.slice(prefix.length)] ?? 0) + 1;
    return out;
  };
  const funnel = funnelTotals(data.opportunities);
  const satisfied = data.revisits.filter((r) => r.satisfaction >= 4).length;
  return {
    customers: data.customers.length,
    companies: data.customers.filter((c) => c.kind === 'company').length,
    duplicateGroups: findDuplicates(data.customers).length,
    interactions: data.interactions.length,
    tickets: data.tickets.length,
    ticketsArchived: data.tickets.filter((t) => t.closedAt !== '').length,
    ticketsOverdue: data.tickets.filter((t) => ticketStatus(t, now).overdue).length,
    revisits: data.revisits.length,
    satisfactionRate: data.revisits.length === 0 ? null : satisfied / data.revisits.length,
    rfmSegments: count(RFM_TAG_PREFIX),
    abcClasses: count(ABC_TAG_PREFIX),
    openPipeline: funnel.openAmount,
    wonAmount: funnel.wonAmount,
    winRate: funnel.winRate,
  };
}
