import { detExp } from './det-math';
import type { Random } from './random';
import type { GeneratedTable } from './table';

/** What a credit-application file is made from. */
export interface CreditParams {
  readonly applications: number;
  /** Shifts every applicant's hidden quality: negative, a riskier pool and more defaults. */
  readonly poolQuality: number;
}

/** The committed `credit-applications.csv`: 400 applications, about one in eight later defaulting. */
export const defaultCreditParams: CreditParams = { applications: 400, poolQuality: 0 };

/**
 * A student's own parameters: 300–500 applications and a slightly better or worse applicant pool.
 * @throws never.
 * @example varyCreditParams(createRandom(3)).applications // from 300 to 500
 */
export function varyCreditParams(random: Random): CreditParams {
  return { applications: random.int(300, 500), poolQuality: random.uniform(-0.25, 0.25) };
}

const TYPES = [
  { type: '连锁超市', nouns: ['连锁超市', '生活超市'], sales: 900 },
  { type: '便利店', nouns: ['便利店', '社区便利店'], sales: 120 },
  { type: '餐饮', nouns: ['餐饮公司', '火锅店', '酒楼'], sales: 260 },
  { type: '批发商', nouns: ['批发部', '商贸公司', '食品批发商'], sales: 600 },
  { type: '电商', nouns: ['网店', '电商公司'], sales: 350 },
] as const;
const TYPE_WEIGHTS = [0.2, 0.3, 0.2, 0.2, 0.1] as const;
const PLACES = ['杭州', '宁波', '温州', '嘉兴', '湖州', '绍兴', '金华', '台州', '上海', '苏州', '无锡', '合肥'] as const;
const COLLATERAL = ['无', '保证人担保', '存货质押', '房产抵押'] as const;
const CLIMATE = ['好', '一般', '差'] as const;

/**
 * Trade-credit (赊销) applications to a food and drink wholesaler, scored on the 5C: 品格 Character,
 * 能力 Capacity, 资本 Capital, 抵押 Collateral, 条件 Conditions. Each applicant has a hidden quality that
 * drives the raw indicators (years in business, late payments, sales, debt ratio, collateral); each C is
 * scored 0–100 from the indicators by a stated rule plus an assessor's noise (±4); whether the customer
 * later defaulted depends on the hidden quality, the business climate and the term, so a good 5C score
 * predicts default well but not perfectly.
 * Score rules: 品格 = 70 + 2·min(年限, 10) − 15·逾期次数; 能力 = 20 + 4·(年销售额 ÷ 申请额度), at most 100;
 * 资本 = 110 − 100·资产负债率; 抵押 = 10 without security, 55 with a guarantor, else 100 · value ÷ amount
 * (pledged stock counted at 60 %), at most 100; 条件 = 80 / 60 / 35 for a good / fair / poor climate.
 * Source: the 5C of credit (品格、能力、资本、抵押、条件), e.g. 苏朝晖《客户关系管理》 ch. 5 and the
 * vocational syllabus's 客户信用评估 skill; default as a logistic function of quality: Thomas, Edelman &
 * Crook, *Credit Scoring and Its Applications* (2002).
 * @throws never.
 * @example generateCreditApplications(defaultCreditParams, createRandom(5)).rows // 400
 */
export function generateCreditApplications(params: CreditParams, random: Random): GeneratedTable {
  const rows: Record<string, (string | number | null)[]> = {};
  for (const column of CREDIT_COLUMNS) rows[column.name] = [];
  const names = new Map<string, number>();
  for (let i = 0; i < params.applications; i += 1) {
    const quality = random.normal() + params.poolQuality;
    const kind = TYPES[random.weightedIndex(TYPE_WEIGHTS)]!;
    const climate = random.weightedIndex(kind.type === '餐饮' ? [0.15, 0.45, 0.4] : [0.35, 0.45, 0.2]);
    const years = Math.max(1, Math.min(30, Math.round(random.logNormal(6, 0.6) * detExp(0.25 * quality))));
    const overdue = random.poisson(0.7 * detExp(-1.1 * quality));
    const sales = Math.round(random.logNormal(kind.sales, 0.6) * 10) / 10;
    const amount = Math.max(5, Math.round(sales * random.uniform(0.05, 0.14) * detExp(-0.35 * quality)));
    const debtRatio = Math.round(Math.min(0.95, Math.max(0.1, 0.55 - 0.14 * quality + 0.1 * random.normal())) * 100) / 100;
    // sounder firms own more to pledge
    const collateral = random.weightedIndex(quality > 0 ? [0.25, 0.25, 0.22, 0.28] : [0.45, 0.25, 0.18, 0.12]);
    const collateralValue = collateral >= 2 ? Math.round(amount * random.uniform(0.4, 1.8) * 10) / 10 : 0;
    const term = amount >= 60 ? random.pick([60, 90]) : random.pick([30, 30, 60]);

    const noise = (): number => 4 * random.normal();
    const character = score(70 + 2 * Math.min(years, 10) - 15 * overdue + noise());
    const capacity = score(Math.min(100, 20 + (4 * sales) / amount) + noise());
    const capital = score(110 - 100 * debtRatio + noise());
    const security = collateral === 0 ? 10 : collateral === 1 ? 55 : Math.min(100, (100 * collateralValue * (collateral === 2 ? 0.6 : 1)) / amount);
    const securityScore = score(security + noise());
    const conditions = score([80, 60, 35][climate]! + noise());
    const risk = -2.7 - 1.6 * quality + (climate === 2 ? 0.6 : 0) + (term === 90 ? 0.3 : 0);
    const defaulted = random.chance(1 / (1 + detExp(-risk)));

    const base = `${random.pick(PLACES)}某${random.pick(kind.nouns)}`;
    const seen = (names.get(base) ?? 0) + 1;
    names.set(base, seen);
    const push = (column: string, value: string | number): void => {
      rows[column]!.push(value);
    };
    push('申请编号', `SQ${String(i + 1).padStart(4, '0')}`);
    push('客户名称', seen === 1 ? base : `${base}(${String.fromCharCode(64 + Math.min(seen, 26))}${seen > 26 ? seen : ''})`);
    push('客户类型', kind.type);
    push('经营年限', years);
    push('近两年逾期次数', overdue);
    push('年销售额(万元)', sales);
    push('资产负债率', debtRatio);
    push('担保方式', COLLATERAL[collateral]!);
    push('抵质押物价值(万元)', collateralValue);
    push('行业景气', CLIMATE[climate]!);
    push('品格得分', character);
    push('能力得分', capacity);
    push('资本得分', capital);
    push('抵押得分', securityScore);
    push('条件得分', conditions);
    push('申请额度(万元)', amount);
    push('申请账期(天)', term);
    push('是否违约', defaulted ? '是' : '否');
  }
  return { columns: CREDIT_COLUMNS, data: rows, rows: params.applications };
}

/** The data dictionary of the credit file. */
export const CREDIT_COLUMNS = [
  { name: '申请编号', type: 'string', meaning: '赊销申请编号（SQ 加 4 位数字）' },
  { name: '客户名称', type: 'string', meaning: '申请客户（虚构并匿名化：城市 + “某” + 业态）' },
  { name: '客户类型', type: 'string', meaning: '业态：连锁超市、便利店、餐饮、批发商、电商' },
  { name: '经营年限', type: 'integer', meaning: '已经营的年数（品格、能力的参考）' },
  { name: '近两年逾期次数', type: 'integer', meaning: '近两年在本公司及征信记录中的付款逾期次数（品格）' },
  { name: '年销售额(万元)', type: 'number', decimals: 1, meaning: '客户上年销售额（万元，能力）' },
  { name: '资产负债率', type: 'number', decimals: 2, meaning: '负债总额 ÷ 资产总额（小数，资本；越低越稳健）' },
  { name: '担保方式', type: 'string', meaning: '提供的担保：无、保证人担保、存货质押、房产抵押（抵押）' },
  { name: '抵质押物价值(万元)', type: 'number', decimals: 1, meaning: '抵押或质押物的评估价值（万元）；无抵质押为 0' },
  { name: '行业景气', type: 'string', meaning: '客户所在行业和地区当前的景气程度：好、一般、差（条件）' },
  { name: '品格得分', type: 'integer', meaning: '品格 Character 评分 0–100：约 70 + 2 × 经营年限（最多计 10 年）− 15 × 逾期次数，加评估员判断' },
  { name: '能力得分', type: 'integer', meaning: '能力 Capacity 评分 0–100：约 20 + 4 × 年销售额 ÷ 申请额度（最高 100），加评估员判断' },
  { name: '资本得分', type: 'integer', meaning: '资本 Capital 评分 0–100：约 110 − 100 × 资产负债率，加评估员判断' },
  { name: '抵押得分', type: 'integer', meaning: '抵押 Collateral 评分 0–100：无担保约 10，保证人约 55，抵质押按物值 ÷ 额度（存货按 60% 计）' },
  { name: '条件得分', type: 'integer', meaning: '条件 Conditions 评分 0–100：行业景气好约 80、一般约 60、差约 35' },
  { name: '申请额度(万元)', type: 'integer', meaning: '申请的赊销额度（万元）' },
  { name: '申请账期(天)', type: 'integer', meaning: '申请的付款期限：30、60 或 90 天' },
  { name: '是否违约', type: 'string', meaning: '教学用的“事后结果”（假设全部申请都已获批）：获批后 12 个月内是否发生 90 天以上的逾期，是/否' },
] as const satisfies GeneratedTable['columns'];

function score(x: number): number {
  return Math.min(100, Math.max(0, Math.round(x)));
}
