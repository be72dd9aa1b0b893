// The widget results a lab worksheet can fill a field from (“从 RFM 计算器填入”): what each source publishes and
// where the learner makes it. Worksheet definitions name a source and its keys; the content schema checks both.

export interface ResultSource {
  /** The widget that publishes it (`data-widget`), or `crm-sandbox` for the practice CRM. */
  readonly widget: string;
  /** What the learner calls the widget, on the fill button: 从{label}填入. */
  readonly label: string;
  /** Where the learner makes the result. */
  readonly href: string;
  /** `table`: rows with these keys (one per segment, class …); `record`: one value per key. */
  readonly kind: 'table' | 'record';
  /** The keys of a row (table) or of the record, with what they mean. */
  readonly keys: Readonly<Record<string, string>>;
}

export const RESULT_SOURCES = {
  'rfm-segments': {
    widget: 'rfm-calculator',
    label: 'RFM 计算器',
    href: '/chapters/06-customer-tiering/',
    kind: 'table',
    keys: { segment: '客户群', customers: '人数', customerShare: '人数占比（%）', orders: '订单数', revenue: '消费金额（元）' },
  },
  'abc-classes': {
    widget: 'abc-analysis',
    label: 'ABC 分析',
    href: '/chapters/06-customer-tiering/',
    kind: 'table',
    keys: { class: '类别', customers: '户数', customerShare: '户数占比（%）', value: '金额', valueShare: '金额占比（%）' },
  },
  'clv-result': {
    widget: 'clv-calculator',
    label: '客户终身价值计算器',
    href: '/chapters/06-customer-tiering/',
    kind: 'record',
    keys: { margin: '年毛利（元）', retention: '保留率（%）', discount: '折现率（%）', years: '年限', acquisition: '获客成本（元）', clv: '终身价值（元）' },
  },
  'credit-rating': {
    widget: 'credit-5c-rater',
    label: '5C 信用评级',
    href: '/chapters/05-customer-information/',
    kind: 'record',
    keys: { applicant: '申请', scores: '五项得分', total: '加权总分', grade: '信用等级' },
  },
  'satisfaction-summary': {
    widget: 'satisfaction-analyzer',
    label: '满意度分析器',
    href: '/chapters/08-customer-satisfaction/',
    kind: 'record',
    keys: { dataset: '数据', responses: '答卷数', csat: 'CSAT（%）', nps: 'NPS', focus: '重点改进的项目' },
  },
  'cohort-retention': {
    widget: 'cohort-retention',
    label: '同期群留存',
    href: '/chapters/09-customer-loyalty/',
    kind: 'record',
    keys: { dataset: '数据', month1: '第 1 个月留存率（%）', month3: '第 3 个月留存率（%）', month6: '第 6 个月留存率（%）' },
  },
  'crm-summary': {
    widget: 'crm-sandbox',
    label: '客户管理系统（练习版）',
    href: '/crm/',
    kind: 'record',
    keys: {
      customers: '客户数',
      duplicateGroups: '疑似重复的客户组',
      interactions: '沟通记录',
      tickets: '工单',
      ticketsArchived: '已归档工单',
      ticketsOverdue: '超时工单',
      revisits: '满意度回访',
      satisfactionRate: '回访满意率（%）',
    },
  },
} as const satisfies Record<string, ResultSource>;

export type ResultSourceId = keyof typeof RESULT_SOURCES;

/** “从 RFM 计算器”, “从满意度分析器”: a space between Chinese and a Latin name, as the site writes it. */
export function fromSource(id: ResultSourceId): string {
  const { label } = RESULT_SOURCES[id];
  return /^[A-Za-z0-9]/.test(label) ? `从 ${label}` : `从${label}`;
}

export function isResultSource(id: string): id is ResultSourceId {
  return Object.hasOwn(RESULT_SOURCES, id);
}
