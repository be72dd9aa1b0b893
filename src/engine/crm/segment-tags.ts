import type { CrmCustomer } from './types';

/** Tags written by “分析” start with these, so a new analysis replaces the last one's tags. */
export const RFM_TAG_PREFIX = 'RFM:';
export const ABC_TAG_PREFIX = 'ABC:';

/** The customer's tags with the last analysis's RFM/ABC tags replaced by `fresh` (other tags kept, in order). */
export function withSegmentTags(customer: CrmCustomer, fresh: readonly string[]): readonly string[] {
  const kept = customer.tags.filter((t) => !t.startsWith(RFM_TAG_PREFIX) && !t.startsWith(ABC_TAG_PREFIX));
  return [...kept, ...fresh];
}
