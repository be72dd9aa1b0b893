import type { ProfileScenario, ScenarioFieldReason, ScenarioSensitiveField } from './types';

const r = (field: string, why: string): ScenarioFieldReason => Object.freeze({ field, why });
const s = (field: string, mayBeRequired: boolean, why: string): ScenarioSensitiveField => Object.freeze({ field, mayBeRequired, why });

/**
 * The scenario cards of the record-sheet designer, each with the rubric its design is checked against:
 * must-have fields, useful ones, the sensitive fields it really needs, and fields beyond the minimum necessary.
 * Two personal-customer cases (a supermarket member, a mother-and-baby online shop member) and two business
 * cases (a bank's small-business borrower, a logistics company's monthly account), after chapter 5's examples
 * (鲜邻超市 会员卡, the 建材批发商 record sheet, the 城商银行 case) and chapter 2's 母婴电商.
 *
 * Source: content/chapters/05-customer-information.mdx (客户档案, 依法收集和使用客户信息); 《个人信息保护法》
 * arts. 6 (minimum necessary), 14 and 29 (separate consent), 16 (no refusal of service for refusing
 * information that is not necessary), 28 and 31 (sensitive information, minors under 14); 《征信业管理条例》
 * art. 18 (written authorisation before a credit report is queried).
 */
export const PROFILE_SCENARIOS: readonly ProfileScenario[] = Object.freeze([
  Object.freeze({
    id: 'supermarket-member',
    title: '鲜邻超市的会员档案',
    kind: 'person',
    story: '鲜邻超市是一家社区连锁超市，有 6 家门店和一个小程序。顾客办会员卡后可以积分、享受会员价，超市想用会员档案做生日关怀、个性化推荐，并及时发现快要流失的会员。',
    purposes: ['识别会员、积分和会员价', '分析购买行为（RFM），发现快要流失的会员', '在会员同意的前提下发送优惠和生日祝福'],
    mustHave: [
      r('customer-id', '会员号唯一识别每位会员，积分和交易都挂在它下面'),
      r('mobile', '办卡、登录、积分查询和找回会员卡都靠手机号'),
      r('purchase-history', '购买记录是计算 RFM、判断会员价值和流失风险的原料'),
      r('contact-preference', '要知道会员愿不愿意接收营销、用什么方式联系'),
      r('consent', '发营销短信前要取得同意，并记录同意的用途和时间，会员撤回后要停止'),
    ],
    recommended: [
      r('name', '称呼会员，选填即可'),
      r('birthday', '生日关怀只需要月日，选填'),
      r('age-band', '粗分人群用年龄段就够了，不必要出生日期'),
      r('store', '门店活动通知、备货'),
      r('brand-preference', '个性化推荐'),
      r('rfm', '由交易记录自动汇总，不必让会员填写'),
      r('points', '积分是会员卡的基本功能'),
      r('membership', '会员等级对应不同的权益'),
      r('returns', '退换货多的会员要关注原因'),
      r('complaints', '投诉过的问题不能再犯'),
      r('channels', '了解会员在门店还是小程序购物'),
      r('area', '选址、配送范围分析用居住区域就够了'),
    ],
    sensitiveNeeded: [],
    unnecessary: [
      r('id-number', '办会员卡只需要手机号，没有必要要求身份证号（第五章原文）'),
      r('home-address', '超市会员卡没有必要要求家庭住址（第五章原文）；送货到家时再登记收货地址'),
      r('birth-date', '生日关怀只需要月日，完整出生日期超出了需要'),
      r('income-band', '积分和推荐用不上收入，问收入会让顾客反感'),
      r('occupation', '积分和推荐用不上职业'),
      r('face-photo', '超市会员不需要刷脸，人脸属于生物识别信息，非必要不采集'),
      r('location', '实时位置和行踪轨迹是敏感信息，会员服务用不上'),
      r('religion', '宗教信仰是敏感信息，与会员服务无关'),
      r('health', '健康状况是敏感信息，超市会员档案不应记录'),
      r('bank-card', '支付由收银和支付平台完成，档案里不存银行卡号'),
      r('personal-credit-report', '超市不赊销，不需要征信报告，也无权随意查询'),
      r('social-accounts', '好友关系与会员服务无关'),
    ],
    maxFields: 16,
  }),
  Object.freeze({
    id: 'baby-shop-member',
    title: '母婴电商的会员档案',
    kind: 'person',
    story: '一家母婴用品网店想按宝宝的月龄推荐奶粉、辅食、童装，并做好配送和售后。会员多是年轻父母，宝宝的信息格外敏感。',
    purposes: ['下单、配送和售后', '在家长同意的前提下，按宝宝月龄推荐合适的商品', '维护会员关系、处理投诉'],
    mustHave: [
      r('customer-id', '会员号唯一识别每位会员'),
      r('mobile', '登录、下单通知和售后联系'),
      r('delivery-address', '网店要送货，收货地址必不可少'),
      r('purchase-history', '订单、售后和推荐都以购买记录为基础'),
      r('contact-preference', '是否接受营销推送、用什么方式'),
      r('consent', '孩子的信息要记录监护人的单独同意；营销推送要记录同意和撤回'),
    ],
    recommended: [
      r('name', '收货人称呼'),
      r('brand-preference', '推荐对路的品牌和品类'),
      r('size-taste', '童装尺码、奶粉段数等'),
      r('returns', '退换货原因帮助改进推荐'),
      r('complaints', '投诉和处理结果'),
      r('points', '积分和会员权益'),
      r('membership', '会员等级'),
      r('rfm', '判断活跃程度和流失风险'),
      r('browsing', '浏览记录可以改进推荐，但要告知并取得同意，并允许关闭个性化推荐'),
    ],
    sensitiveNeeded: [
      s('child-birth-month', false, '不满十四周岁未成年人的信息属于敏感个人信息：只有在父母或其他监护人单独同意后才能记录，而且只能选填，不同意也要照常卖货'),
    ],
    unnecessary: [
      r('id-number', '网购不需要身份证号'),
      r('home-address', '有收货地址就够了，不必另外登记家庭住址'),
      r('health', '宝宝和家长的健康状况属于医疗健康信息，推荐商品用不上'),
      r('face-photo', '人脸是生物识别信息，网店会员用不上'),
      r('location', '配送用收货地址即可，不需要实时位置'),
      r('income-band', '推荐商品用不上家庭收入'),
      r('occupation', '推荐商品用不上职业'),
      r('religion', '宗教信仰是敏感信息，与母婴用品无关'),
      r('bank-card', '支付由支付平台完成，档案里不存银行卡号'),
      r('personal-credit-report', '网店不赊销，不需要征信报告'),
      r('social-accounts', '好友关系与购物服务无关'),
      r('birth-date', '家长本人的完整出生日期用不上'),
    ],
    maxFields: 16,
  }),
  Object.freeze({
    id: 'bank-small-business',
    title: '城商银行的小微企业贷款客户档案',
    kind: 'company',
    story: '城商银行的客户经理要为申请经营贷款的小微企业（如第五章案例中的好食汇餐饮有限公司）建立档案，用于贷款审批、贷后管理和长期维护客户关系。',
    purposes: ['核实企业身份，评估信用（5C），决定是否放贷和额度', '贷后跟踪经营和还款情况', '维护客户关系、提供其他金融服务'],
    mustHave: [
      r('customer-id', '行内客户号唯一识别企业'),
      r('company-name', '以营业执照为准'),
      r('credit-code', '唯一识别企业，查询企业信用信息的依据'),
      r('legal-rep', '法定代表人是企业的责任人'),
      r('industry', '行业决定 5C 中的“条件”'),
      r('financials', '资产负债率、现金流是“能力”“资本”的依据'),
      r('account-flows', '流水核实企业申报的营业额'),
      r('company-credit', '企业信用公示、涉诉和被执行记录是“品格”的依据'),
      r('collateral', '抵押物和担保是“抵押”的依据'),
      r('credit-grade', '评级结果决定额度和期限'),
      r('contacts', '知道谁是决策者、谁是财务负责人'),
      r('consent', '查询征信报告必须事先取得书面授权，要保存授权记录'),
    ],
    recommended: [
      r('company-address', '实地走访、寄送文件'),
      r('founded', '经营年限是判断稳定性的参考'),
      r('company-size', '员工和规模'),
      r('contact-work-phone', '联系财务和负责人'),
      r('payment-record', '还款是否按期'),
      r('settlement-account', '放款和还款账户'),
      r('account-manager', '明确由谁负责'),
      r('service-records', '走访和贷后检查记录'),
      r('contract', '借款合同编号、期限、利率'),
    ],
    sensitiveNeeded: [
      s('legal-rep-id', true, '贷款审批要核实法定代表人身份，身份证号属于敏感个人信息：要告知用途、取得同意，限定查看权限'),
      s('owner-credit-report', false, '老板提供个人连带责任保证时才需要查询其个人征信报告：必须事先取得本人书面授权，只用于本次审批'),
    ],
    unnecessary: [
      r('contact-private', '只记录工作联系信息，联系人的家庭、爱好不属于贷款需要'),
      r('competitors', '贷款审批用不上客户与其他供应商、同行的往来'),
      r('shipping-pattern', '银行贷款用不上发货规律'),
      r('service-requirements', '这是物流等服务企业关心的，贷款档案用不上'),
    ],
    maxFields: 22,
  }),
  Object.freeze({
    id: 'logistics-b2b',
    title: '物流公司的 B2B 月结客户档案',
    kind: 'company',
    story: '一家物流公司为长期发货的企业客户开通月结：先发货、月底对账付款。档案要支持揽收派送、月结对账、信用控制和服务改进。',
    purposes: ['揽收、派送和对账', '控制月结的信用风险（额度、账期）', '了解客户需求，改进服务、防止流失'],
    mustHave: [
      r('customer-id', '客户编号唯一识别'),
      r('company-name', '签合同、开发票'),
      r('credit-code', '开票和核实企业身份'),
      r('company-address', '上门揽收的地址'),
      r('contacts', '发货对接人、财务对账人、决策者各是谁'),
      r('contact-work-phone', '联系对接人'),
      r('shipping-pattern', '安排车辆和线路'),
      r('service-requirements', '时效、包装、签收要求'),
      r('payment-method', '月结还是现付'),
      r('credit-grade', '月结额度和账期'),
    ],
    recommended: [
      r('industry', '不同行业的货物和淡旺季不同'),
      r('annual-volume', '判断客户价值（第六章 ABC 分析）'),
      r('contract', '价格条款和有效期'),
      r('payment-record', '是否按期付款，决定是否调整额度'),
      r('purchase-history', '每票的发货记录，用于对账'),
      r('complaints', '投诉和处理结果'),
      r('satisfaction', '满意度调查'),
      r('account-manager', '负责的客户经理'),
      r('service-records', '拜访记录'),
      r('company-credit', '开通月结前查看企业信用公示和涉诉记录'),
      r('competitors', '客户还用哪些物流公司、我们的份额'),
      r('order-channel', '系统对接还是电话下单'),
      r('returns', '退货和异常件记录'),
      r('consent', '联系人的个人信息也要告知用途'),
    ],
    sensitiveNeeded: [],
    unnecessary: [
      r('legal-rep-id', '开通月结不需要法定代表人的身份证号'),
      r('owner-credit-report', '月结额度不大，查老板个人征信既不必要，也需要书面授权'),
      r('contact-private', '只记录工作联系信息，联系人的家庭、爱好和私人手机不该进档案'),
      r('financials', '一般月结客户拿不到、也不需要完整财务指标；大额月结可以在信用评估时另行收集'),
      r('account-flows', '物流月结不需要企业的账户流水'),
      r('collateral', '普通月结不要求抵押'),
      r('settlement-account', '对账付款用转账即可，不必在档案里保存对方账户'),
    ],
    maxFields: 22,
  }),
]);

/** The scenario with this id, or undefined. */
export function profileScenario(id: string): ProfileScenario | undefined {
  return PROFILE_SCENARIOS.find((scenario) => scenario.id === id);
}
