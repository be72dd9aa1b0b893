/** The six kinds of customer information a record sheet groups its fields by (chapter 5, 第二节). */
export type ProfileCategory = 'basic' | 'behaviour' | 'preferences' | 'transactions' | 'credit' | 'relationship';

/** 个人客户 (a consumer) or 企业客户 (an organisation). */
export type CustomerKind = 'person' | 'company';

/** One field a record sheet may hold. */
export interface ProfileField {
  /** Stable kebab-case id (drafts and share links store it). */
  readonly id: string;
  /** The field's name on the sheet (Chinese). */
  readonly name: string;
  readonly category: ProfileCategory;
  /** The kinds of customer the field applies to. */
  readonly kinds: readonly CustomerKind[];
  /** What is written in it, e.g. an example (Chinese). */
  readonly hint: string;
  /**
   * Sensitive personal information under 《个人信息保护法》 art. 28 (biometrics, religion, specific identity,
   * health, financial accounts, whereabouts, information of minors under 14) or listed as such by GB/T 35273
   * (identity card numbers, credit reports): the kind, in Chinese; null for other information.
   */
  readonly sensitive: string | null;
}

/** A field and why the scenario treats it so (Chinese). */
export interface ScenarioFieldReason {
  readonly field: string;
  readonly why: string;
}

/** A sensitive field the scenario does need, and whether it may be required (never, for anything that is not indispensable). */
export interface ScenarioSensitiveField extends ScenarioFieldReason {
  readonly mayBeRequired: boolean;
}

/** A scenario card: whose record sheet the learner designs, for what, and the rubric it is checked against. */
export interface ProfileScenario {
  readonly id: string;
  readonly title: string;
  readonly kind: CustomerKind;
  /** The organisation and its customers, in two or three sentences. */
  readonly story: string;
  /** What the sheet is used for. */
  readonly purposes: readonly string[];
  /** Fields the sheet cannot do without; they should be required. */
  readonly mustHave: readonly ScenarioFieldReason[];
  /** Useful fields; optional unless the learner has a reason. */
  readonly recommended: readonly ScenarioFieldReason[];
  /** Sensitive fields this scenario does need (separate consent or written authorisation). */
  readonly sensitiveNeeded: readonly ScenarioSensitiveField[];
  /** Fields that go beyond the minimum necessary here, and why. */
  readonly unnecessary: readonly ScenarioFieldReason[];
  /** More fields than this makes the sheet a chore (够用就好). */
  readonly maxFields: number;
}

/** One field of a learner's design. */
export interface DesignedField {
  readonly id: string;
  readonly required: boolean;
  /** The learner's reason for the field (用途说明). */
  readonly note: string;
}

export interface ProfileDesign {
  readonly fields: readonly DesignedField[];
}
