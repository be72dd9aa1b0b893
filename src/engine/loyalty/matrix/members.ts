import type { LoyaltyProfile } from './matrix-position';

/** A sample member of the 力行健身 case (chapter 9): what a card shows. */
export interface LoyaltyMember extends LoyaltyProfile {
  /** Stable id used in share links (L01…). */
  readonly id: string;
  /** A fictional name. */
  readonly name: string;
  /** Years as a member. */
  readonly years: number;
  /** What the member said in the follow-up interview. */
  readonly quote: string;
}

/**
 * Eight members of 力行健身 (the gym chain of chapter 9's case), two in each quadrant, in a mixed order.
 * Renewals count yearly cards renewed out of the chances to renew. Fictional; the figures are chosen so
 * that the cases the chapter discusses appear: a member who renews every year without liking it (人质), a
 * satisfied member who comes and goes with the offers (唯利是图者), and one who says “比较满意” but has an
 * unresolved complaint (near the line).
 */
export const LOYALTY_MATRIX_MEMBERS: readonly LoyaltyMember[] = Object.freeze([
  { id: 'L01', name: '王老师', years: 4, satisfaction: 5, complaints: 0, unresolvedComplaints: 0, renewals: 3, renewalChances: 3, walletShare: 0.9, recommend: 10, quote: '这里的教练很用心，我把同事也带来办了卡。' },
  { id: 'L05', name: '赵先生', years: 4, satisfaction: 2, complaints: 3, unresolvedComplaints: 2, renewals: 3, renewalChances: 3, walletShare: 1, recommend: 2, quote: '高峰期根本抢不到器械，可附近只有这一家，年卡又便宜。' },
  { id: 'L03', name: '陈女士', years: 4, satisfaction: 4, complaints: 0, unresolvedComplaints: 0, renewals: 1, renewalChances: 3, walletShare: 0.4, recommend: 8, quote: '课挺好的，不过哪家有优惠我就去哪家练。' },
  { id: 'L07', name: '吴先生', years: 3, satisfaction: 2, complaints: 2, unresolvedComplaints: 1, renewals: 0, renewalChances: 2, walletShare: 0.1, recommend: 1, quote: '淋浴排队的事说了好几次没人管，现在去新开的那家了。' },
  { id: 'L02', name: '小周', years: 3, satisfaction: 4, complaints: 1, unresolvedComplaints: 0, renewals: 2, renewalChances: 2, walletShare: 0.7, recommend: 9, quote: '上次储物柜坏了，第二天就修好，还打电话道歉。' },
  { id: 'L06', name: '孙阿姨', years: 5, satisfaction: 3, complaints: 1, unresolvedComplaints: 1, renewals: 4, renewalChances: 4, walletShare: 0.8, recommend: 5, quote: '离家近，懒得换，不过早上的课总是取消。' },
  { id: 'L04', name: '刘同学', years: 2, satisfaction: 5, complaints: 0, unresolvedComplaints: 0, renewals: 0, renewalChances: 1, walletShare: 0.3, recommend: 9, quote: '体验很好！不过新开的那家按月付费，我先去试试。' },
  { id: 'L08', name: '郑女士', years: 3, satisfaction: 4, complaints: 1, unresolvedComplaints: 1, renewals: 1, renewalChances: 2, walletShare: 0.3, recommend: 6, quote: '问卷上我填了“比较满意”，但私教课退费的事一直没有结果。' },
] as const);
