/** The four quadrants of the satisfaction × loyalty matrix. */
export type LoyaltyQuadrantKey = 'apostle' | 'mercenary' | 'hostage' | 'defector';

/** One quadrant: where it lies, who is in it and what to do, in chapter 9's words. */
export interface LoyaltyQuadrant {
  readonly key: LoyaltyQuadrantKey;
  /** The chapter's name (忠诚者, 唯利是图者, 人质, 背叛者). */
  readonly name: string;
  /** The other name the chapter gives, if any (传道者, 雇佣兵). */
  readonly alias: string | null;
  readonly satisfaction: 'high' | 'low';
  readonly loyalty: 'high' | 'low';
  /** Who they are (one sentence). */
  readonly who: string;
  /** What the firm should do with them. */
  readonly strategy: string;
}

/**
 * The satisfaction–loyalty matrix of Jones & Sasser (1995), with the names and readings chapter 9 teaches:
 * 忠诚者 (传道者) high/high, 唯利是图者 (雇佣兵) satisfied but not loyal, 人质 loyal but not satisfied, 背叛者 low/low.
 * Source: Jones, T.O. & Sasser, W.E. (1995), "Why satisfied customers defect", Harvard Business Review 73(6):88–99;
 * course chapter 9, 第二节 (满意—忠诚矩阵) and 第四节 (strategies).
 */
export const LOYALTY_QUADRANTS: readonly LoyaltyQuadrant[] = Object.freeze([
  {
    key: 'apostle',
    name: '忠诚者',
    alias: '传道者',
    satisfaction: 'high',
    loyalty: 'high',
    who: '满意又留下，还帮企业宣传。',
    strategy: '重点维护、给予认可：会员特权、新课程优先体验、推荐奖励，让他们的口碑带来新会员；定期回访，不要把他们当成理所当然。',
  },
  {
    key: 'mercenary',
    name: '唯利是图者',
    alias: '雇佣兵',
    satisfaction: 'high',
    loyalty: 'low',
    who: '满意，但谁给的好处多就跟谁走。',
    strategy: '提高感知价值和积极的转换成本：奖励与到店、续卡挂钩，用私教跟进和会员社群建立情感联系，把“比较满意”变成“非常满意”；不要只靠降价留人。',
  },
  {
    key: 'hostage',
    name: '人质',
    alias: null,
    satisfaction: 'low',
    loyalty: 'high',
    who: '不满意却走不了，因为没有选择或转换成本太高。',
    strategy: '尽快解决他们的不满（如高峰期器械不足、淋浴排队），主动倾听和补救；不要靠合同和违约金锁住他们，竞争者一来或合同到期，他们会最先离开，还会带着怨气。',
  },
  {
    key: 'defector',
    name: '背叛者',
    alias: null,
    satisfaction: 'low',
    loyalty: 'low',
    who: '不满意且离开，还可能到处说企业坏话。',
    strategy: '先弄清离开的原因并真诚补救；值得挽回的按第十章的方法挽回，不合适的坦然放手；把原因记录归档，防止更多会员变成背叛者。',
  },
] as const);

/** The quadrant with this key. */
export function loyaltyQuadrant(key: LoyaltyQuadrantKey): LoyaltyQuadrant {
  return LOYALTY_QUADRANTS.find((q) => q.key === key)!;
}

/** The quadrant's label as the widget writes it: 忠诚者（传道者）. */
export function loyaltyQuadrantLabel(key: LoyaltyQuadrantKey): string {
  const q = loyaltyQuadrant(key);
  return q.alias ? `${q.name}（${q.alias}）` : q.name;
}
