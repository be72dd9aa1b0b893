// The records of the practice CRM (客户管理系统（练习版）). Plain data: the browser keeps them in IndexedDB,
// the engine's functions read and return them. Times are ISO 8601 strings (UTC), dates `YYYY-MM-DD`.

/** 企业客户 or 个人客户. */
export type CrmCustomerKind = 'company' | 'person';

/** One contact person of a customer (a company's buyer, a person's family member). */
export interface CrmContact {
  readonly name: string;
  readonly role: string;
  readonly phone: string;
}

export interface CrmCustomer {
  readonly id: string;
  readonly kind: CrmCustomerKind;
  readonly name: string;
  /** The customer's main phone number (masked on screen until a reason is given). */
  readonly phone: string;
  /** 身份证号 of a person or 统一社会信用代码 of a company (masked on screen). */
  readonly idNumber: string;
  readonly contacts: readonly CrmContact[];
  readonly industry: string;
  readonly region: string;
  /** Where the customer came from: 门店, 小程序, 转介绍, 展会… */
  readonly source: string;
  /** The member of staff who looks after the customer. */
  readonly owner: string;
  /** 客户等级: 关键客户, 普通客户 or 小客户 (chapter 6), or '' before tiering. */
  readonly tier: string;
  readonly tags: readonly string[];
  /** 5C credit grade (AAA, AA, A, B, C) or ''. */
  readonly creditGrade: string;
  /** The customer agreed to be contacted for marketing (PIPL: consent before marketing contact). */
  readonly consent: boolean;
  readonly note: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type InteractionKind = 'visit' | 'call' | 'wechat' | 'email';

/** One contact with a customer and what is to be done next (a follow-up reminder when `nextDate` is set). */
export interface CrmInteraction {
  readonly id: string;
  readonly customerId: string;
  readonly kind: InteractionKind;
  readonly date: string;
  readonly content: string;
  readonly nextStep: string;
  /** When the next step is due (`YYYY-MM-DD`), or ''. */
  readonly nextDate: string;
  /** The next step was done. */
  readonly done: boolean;
}

/** A sales opportunity in one stage of the funnel. */
export interface CrmOpportunity {
  readonly id: string;
  readonly customerId: string;
  readonly title: string;
  readonly stage: string;
  readonly amount: number;
  readonly expectedDate: string;
}

export type TicketSeverity = '一般' | '较重' | '严重';

/** One step a ticket went through, with when it started and what was done. */
export interface TicketStepRecord {
  readonly step: number;
  readonly enteredAt: string;
  /** When the step was finished, or '' while the ticket is in it. */
  readonly doneAt: string;
  /** What was done in the step (written when it is finished). */
  readonly note: string;
}

/** A service ticket or complaint, moving through 接收 → 分类 → 调查核实 → 处理 → 反馈 → 归档. */
export interface CrmTicket {
  readonly id: string;
  readonly customerId: string;
  readonly title: string;
  /** 质量, 服务态度, 时效, 收费, 破损丢失, 其他… */
  readonly category: string;
  readonly severity: TicketSeverity;
  /** Index into `TICKET_STEPS` of the step the ticket is in. */
  readonly step: number;
  readonly history: readonly TicketStepRecord[];
  readonly createdAt: string;
  /** Set when the ticket is archived (归档 done). */
  readonly closedAt: string;
}

/** A satisfaction revisit (满意度回访) after a ticket. */
export interface CrmRevisit {
  readonly id: string;
  readonly ticketId: string;
  readonly customerId: string;
  readonly date: string;
  /** 1 (很不满意) to 5 (很满意). */
  readonly satisfaction: number;
  readonly comment: string;
}

/** One order of a customer: what RFM and ABC read. */
export interface CrmOrder {
  readonly id: string;
  readonly customerId: string;
  readonly date: string;
  readonly amount: number;
}

/** One field that changed: the audit log's unit. */
export interface FieldChange {
  readonly field: string;
  readonly from: unknown;
  readonly to: unknown;
}

export type AuditAction = 'create' | 'update' | 'delete' | 'merge' | 'reveal' | 'import' | 'analyse';

/** An entry of the audit log: who-did-what on one record (in the practice CRM, “who” is the learner). */
export interface AuditEntry {
  readonly id?: number;
  readonly table: string;
  readonly recordId: string;
  readonly at: string;
  readonly action: AuditAction;
  readonly changes: readonly FieldChange[];
  /** Why a masked number was shown, or what an import or merge did. */
  readonly reason: string;
}

/** A saved view of the customer list: a name, a search, filters and a sort. */
export interface SavedView {
  readonly id: string;
  readonly name: string;
  readonly search: string;
  readonly filters: Readonly<Record<string, string>>;
  readonly sortBy: string;
  readonly descending: boolean;
}
