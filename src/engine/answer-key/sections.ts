import { CN8_SEGMENTS } from '../tiering/rfm/segments-cn8';
import type { AnswerKey, AnswerKeyAbc, CallsAnswerKey, ComplaintAnswerKey, CreditAnswerKey, LogisticsAnswerKey, RetailAnswerKey, SurveyAnswerKey } from './types';

/** A column of an answer-key table: its Chinese header and, for numbers, the decimals to show. */
export interface AnswerKeyColumn {
  readonly header: string;
  readonly digits?: number;
  /** Long text (a customer's reasons): a page shows it on a line of its own under the row. */
  readonly wide?: boolean;
}

export type AnswerKeyCell = string | number | null;

/** One table of an answer key, ready to print, render or export. Percentages are already × 100. */
export interface AnswerKeySection {
  /** Stable kebab-case id (for tests and anchors). */
  readonly id: string;
  readonly title: string;
  readonly columns: AnswerKeyColumn[];
  readonly rows: AnswerKeyCell[][];
}

const pct = (share: number | null): number | null => (share === null ? null : share * 100);
const fixed = (value: number | null, digits: number): string => (value === null ? '' : value.toFixed(digits));

function abcSummary(abc: AnswerKeyAbc, title: string, valueHeader: string): AnswerKeySection {
  const s = abc.summary;
  return {
    id: 'abc-summary',
    title,
    columns: [{ header: '类别' }, { header: '客户数' }, { header: '客户占比%', digits: 1 }, { header: valueHeader, digits: 2 }, { header: '金额占比%', digits: 1 }],
    rows: [
      ...(['A', 'B', 'C'] as const).map((k) => [k, s[k].customers, pct(s[k].customerShare), s[k].value, pct(s[k].valueShare)]),
      ['合计', s.total.customers, 100, s.total.value, 100],
    ],
  };
}

function retail(key: RetailAnswerKey): AnswerKeySection[] {
  const rule = new Map(CN8_SEGMENTS.map((s) => [s.key, s.rule]));
  return [
    {
      id: 'rfm-segments',
      title: `RFM 客户分群（八类模型，5 档，分析日期 ${key.asof}，${key.rfm.customers} 位会员）`,
      columns: [{ header: '客户群' }, { header: '规则' }, { header: '客户数' }, { header: '客户占比%', digits: 1 }, { header: '订单数' }, { header: '金额', digits: 2 }, { header: '金额占比%', digits: 1 }],
      rows: key.rfm.segments.map((s) => [s.segment, rule.get(s.segmentKey) ?? '', s.customers, pct(s.customerShare), s.orders, s.revenue, pct(s.revenueShare)]),
    },
    abcSummary(key.abc, `ABC 分类（按净消费额；A 类 < ${key.abc.a * 100}%，B 类 < ${key.abc.b * 100}%）`, '净消费额'),
    {
      id: 'top-customers',
      title: '净消费额前 10 位会员',
      columns: [
        { header: '排名' }, { header: '会员号' }, { header: '净消费额', digits: 2 }, { header: '占比%', digits: 2 }, { header: '累计%', digits: 2 }, { header: 'ABC' },
        { header: '最近（天）' }, { header: '频次' }, { header: 'RFM' }, { header: '客户群' },
      ],
      rows: key.top.map((c) => [c.rank, c.customer, c.value, pct(c.share), pct(c.cumulative), c.class, c.recency, c.frequency, c.code, c.segment]),
    },
  ];
}

function logistics(key: LogisticsAnswerKey): AnswerKeySection[] {
  const klass = new Map(key.abc.customers.map((c) => [c.customer, c.class]));
  const c = key.profitability.counts;
  return [
    abcSummary(key.abc, `ABC 分类（按年营收；A 类 < ${key.abc.a * 100}%，B 类 < ${key.abc.b * 100}%）`, '年营收（万元）'),
    {
      id: 'verdict-counts',
      title: '盈利能力结论',
      columns: [{ header: '结论' }, { header: '客户数' }],
      rows: [['好客户', c.good], ['需关注', c.watch], ['坏客户', c.bad]],
    },
    {
      id: 'profitability',
      title: '每位客户的盈利能力与结论（按文件顺序）',
      columns: [
        { header: '客户编号' }, { header: '客户名称' }, { header: 'ABC' }, { header: '年营收（万元）', digits: 1 }, { header: '利润（万元）', digits: 1 },
        { header: '利润率%', digits: 1 }, { header: '结论' }, { header: '理由', wide: true },
      ],
      rows: key.profitability.customers.map((p) => [
        p.customer, p.name, klass.get(p.customer) ?? null, p.revenue / 10_000, p.profit / 10_000, pct(p.profitMargin), p.verdictName, p.reasons.join('；'),
      ]),
    },
  ];
}

function survey(key: SurveyAnswerKey): AnswerKeySection[] {
  const { csat, nps } = key;
  return [
    {
      id: 'scores',
      title: `满意度与推荐（${key.respondents} 位受访者）`,
      columns: [{ header: '指标' }, { header: '数值' }, { header: '说明' }],
      rows: [
        ['CSAT（满意比例 %）', fixed(csat.csat, 1), `${csat.satisfied} / ${csat.n} 人给 4–5 分，${csat.missing} 人未作答`],
        ['NPS（净推荐值）', fixed(nps.nps, 1), `推荐者 ${fixed(nps.promoterPercent, 1)}% − 贬损者 ${fixed(nps.detractorPercent, 1)}%`],
        ['推荐者（9–10 分）', String(nps.promoters), ''],
        ['中立者（7–8 分）', String(nps.passives), ''],
        ['贬损者（0–6 分）', String(nps.detractors), `${nps.missing} 人未作答`],
      ],
    },
    {
      id: 'servqual',
      title: 'SERVQUAL 各维度均值与差距（差距 = 感知 − 期望，负数表示未达期望）',
      columns: [{ header: '维度' }, { header: '题项数' }, { header: '感知均值', digits: 3 }, { header: '期望均值', digits: 3 }, { header: '差距', digits: 3 }, { header: '重要性均值', digits: 3 }],
      rows: [
        ...key.dimensions.map((d) => [d.dimension, d.items, d.perception, d.expectation, d.gap, d.importance]),
        ['总体（五维差距平均）', null, null, null, key.overallGap, null],
      ],
    },
  ];
}

function complaints(key: ComplaintAnswerKey): AnswerKeySection[] {
  const f = key.firstContact;
  return [
    {
      id: 'by-type',
      title: `投诉类型（帕累托表，共 ${key.tickets} 张工单）`,
      columns: [{ header: '类型' }, { header: '工单数' }, { header: '占比%', digits: 1 }, { header: '累计%', digits: 1 }, { header: '一次解决率%', digits: 1 }],
      rows: key.byType.map((t) => [t.category, t.count, pct(t.share), pct(t.cumulative), pct(t.firstContact.rate)]),
    },
    {
      id: 'first-contact',
      title: '一次解决率',
      columns: [{ header: '项目' }, { header: '数值' }],
      rows: [
        ['一次解决（是）', String(f.resolved)],
        ['未一次解决（否）', String(f.unresolved)],
        ['仍在处理（无结果）', String(f.open)],
        ['一次解决率%', fixed(pct(f.rate), 1)],
        ['满意度均值：一次解决', fixed(key.satisfaction.firstContact, 2)],
        ['满意度均值：未一次解决', fixed(key.satisfaction.notFirstContact, 2)],
      ],
    },
  ];
}

function calls(key: CallsAnswerKey): AnswerKeySection[] {
  const { peak, staffing: s, target: t } = key;
  return [
    {
      id: 'peak',
      title: '高峰半小时（按星期和时段平均）',
      columns: [{ header: '项目' }, { header: '数值' }],
      rows: [
        ['星期', peak.weekday],
        ['时段', peak.slot],
        ['平均来电量', fixed(peak.meanCalls, 2)],
        ['其中最多一次', String(peak.maxCalls)],
        ['平均处理时长（秒，按来电量加权）', fixed(peak.aht, 1)],
        ['平均的周数', String(peak.observations)],
      ],
    },
    {
      id: 'staffing',
      title: `Erlang C 排班（${t.sl * 100}% 的来电在 ${t.target} 秒内接听，缩减率 ${t.shrinkage * 100}%）`,
      columns: [{ header: '项目' }, { header: '数值' }],
      rows: [
        ['话务量（Erlang）', fixed(s.intensity, 3)],
        ['所需在线坐席', String(s.requiredAgents)],
        ['排班人数（计入缩减）', String(s.scheduledStaff)],
        ['服务水平%', fixed(s.serviceLevel * 100, 1)],
        ['需要等待的概率%', fixed(s.probabilityOfWaiting * 100, 1)],
        ['平均应答时间（秒）', fixed(s.asa, 2)],
        ['坐席占用率%', fixed(s.occupancy * 100, 1)],
      ],
    },
  ];
}

function credit(key: CreditAnswerKey): AnswerKeySection[] {
  return [
    {
      id: 'grades',
      title: `5C 信用等级分布（等权重，${key.applications} 份申请，平均得分 ${fixed(key.meanScore, 2)}）`,
      columns: [{ header: '等级' }, { header: '分数下限' }, { header: '申请数' }, { header: '占比%', digits: 1 }, { header: '违约数' }, { header: '违约率%', digits: 1 }],
      rows: key.grades.map((g) => [g.grade, g.min, g.count, pct(g.share), g.defaults, pct(g.defaultRate)]),
    },
  ];
}

/**
 * The tables of an answer key, in reading order, for the command line, the widget and the CSV export
 * (the JSON of the key carries every value unrounded; these are what a person reads).
 * @throws never.
 * @example answerKeySections(studentAnswerKey('credit', '2023123456'))[0].columns[0].header // '等级'
 */
export function answerKeySections(key: AnswerKey): AnswerKeySection[] {
  switch (key.kind) {
    case 'retail': return retail(key);
    case 'logistics': return logistics(key);
    case 'survey': return survey(key);
    case 'complaints': return complaints(key);
    case 'calls': return calls(key);
    case 'credit': return credit(key);
  }
}
