import type { CustomerKind, ProfileCategory, ProfileField } from './types';

/** The six categories in the order a sheet lists them, with their Chinese names. */
export const PROFILE_CATEGORIES: readonly { readonly key: ProfileCategory; readonly name: string; readonly hint: string }[] = Object.freeze([
  { key: 'basic', name: '基本信息', hint: '识别和联系客户' },
  { key: 'behaviour', name: '行为信息', hint: '客户怎样与企业打交道' },
  { key: 'preferences', name: '偏好信息', hint: '客户喜欢什么、怎样沟通' },
  { key: 'transactions', name: '交易信息', hint: '买了什么、付了多少' },
  { key: 'credit', name: '信用信息', hint: '能否赊销、风险多大' },
  { key: 'relationship', name: '关系信息', hint: '往来、服务和授权记录' },
]);

const P: readonly CustomerKind[] = ['person'];
const C: readonly CustomerKind[] = ['company'];
const B: readonly CustomerKind[] = ['person', 'company'];

const field = (id: string, name: string, category: ProfileCategory, kinds: readonly CustomerKind[], hint: string, sensitive: string | null = null): ProfileField =>
  Object.freeze({ id, name, category, kinds, hint, sensitive });

/**
 * The field catalogue of the record-sheet designer: what chapter 5 lists for 个人客户 and 企业客户 (基本资料,
 * 生活方式, 偏好, 购买历史, 重要事件, 信用状况; 采购中心, 经营状况, 关系历史), plus the fields a careless design
 * reaches for (身份证号, 人脸照片, 行踪轨迹 …), each marked when it is sensitive personal information.
 *
 * Source: content/chapters/05-customer-information.mdx (第二节, 客户档案); 《个人信息保护法》 art. 28; GB/T 35273-2020
 * 信息安全技术 个人信息安全规范, appendix B (examples of sensitive personal information).
 */
export const PROFILE_FIELDS: readonly ProfileField[] = Object.freeze([
  // 基本信息
  field('customer-id', '客户编号', 'basic', B, '唯一、终身不变，如 M10023'),
  field('name', '姓名或称呼', 'basic', P, '如“王女士”'),
  field('gender', '性别', 'basic', P, '男 / 女 / 不愿透露'),
  field('age-band', '年龄段', 'basic', P, '如 26–35 岁'),
  field('birthday', '生日（月日）', 'basic', P, '如 5 月 12 日，用于生日关怀'),
  field('birth-date', '出生日期（年月日）', 'basic', P, '如 1990-05-12'),
  field('mobile', '手机号', 'basic', P, '用于登录、积分和通知'),
  field('id-number', '身份证号', 'basic', P, '18 位公民身份号码', '身份证件号码'),
  field('home-address', '家庭住址', 'basic', P, '详细到门牌号'),
  field('delivery-address', '收货地址', 'basic', P, '送货用的地址，可以有多个'),
  field('area', '居住区域', 'basic', P, '如 幸福路街道、某小区'),
  field('occupation', '职业', 'basic', P, '如 教师'),
  field('income-band', '收入范围', 'basic', P, '如 月收入 8,000–12,000 元'),
  field('family', '家庭结构', 'basic', P, '是否有小孩、老人、宠物'),
  field('child-birth-month', '孩子出生年月', 'basic', P, '如 2024 年 3 月', '不满十四周岁未成年人的个人信息'),
  field('health', '健康状况', 'basic', P, '过敏、慢性病、孕期等', '医疗健康'),
  field('face-photo', '人脸照片', 'basic', P, '用于刷脸识别', '生物识别信息'),
  field('company-name', '企业名称', 'basic', C, '以营业执照为准'),
  field('credit-code', '统一社会信用代码', 'basic', C, '18 位，唯一识别企业'),
  field('company-address', '注册地址和经营地址', 'basic', C, '取件、拜访、开票用'),
  field('industry', '所属行业', 'basic', C, '如 餐饮、电子制造'),
  field('founded', '成立年份', 'basic', C, '如 2015 年'),
  field('company-size', '员工人数和规模', 'basic', C, '如 120 人、年营业额约 3,000 万元'),
  field('legal-rep', '法定代表人', 'basic', C, '姓名'),
  field('legal-rep-id', '法定代表人身份证号', 'basic', C, '18 位公民身份号码', '身份证件号码'),
  // 行为信息
  field('visit-frequency', '到店或登录频率', 'behaviour', P, '如 每周 2 次'),
  field('channels', '常用购物渠道', 'behaviour', P, '门店、小程序、外卖平台'),
  field('browsing', '浏览和搜索记录', 'behaviour', P, '看过、搜过的商品（须告知并同意）'),
  field('location', '实时位置和行踪轨迹', 'behaviour', P, '手机定位记录', '行踪轨迹'),
  field('social-accounts', '社交账号和好友关系', 'behaviour', P, '微信号、微博、好友名单'),
  field('shipping-pattern', '发货规律', 'behaviour', C, '常走线路、批次、时段、货物类型'),
  field('order-channel', '下单方式', 'behaviour', C, '系统对接、电话、网站'),
  // 偏好信息
  field('store', '常去门店', 'preferences', P, '如 幸福路店'),
  field('brand-preference', '喜欢的品牌和品类', 'preferences', P, '如 生鲜、乳品'),
  field('size-taste', '尺码、口味等个人偏好', 'preferences', P, '如 童装 90 码、少糖'),
  field('contact-preference', '沟通偏好', 'preferences', B, '微信 / 短信 / 电话、方便的时间、是否接受营销'),
  field('religion', '宗教信仰', 'preferences', P, '如 信仰某宗教', '宗教信仰'),
  field('service-requirements', '服务要求', 'preferences', C, '时效、包装、温控、签收要求'),
  // 交易信息
  field('purchase-history', '购买记录', 'transactions', B, '每笔的日期、商品、数量、金额、渠道'),
  field('rfm', '最近购买日期、购买次数、消费金额', 'transactions', P, '由交易记录汇总（第六章 RFM）'),
  field('points', '积分余额', 'transactions', P, '如 1,280 分'),
  field('returns', '退换货记录', 'transactions', B, '日期、商品、原因'),
  field('payment-method', '付款方式', 'transactions', B, '现金、移动支付、月结、转账'),
  field('bank-card', '个人银行卡号', 'transactions', P, '16–19 位卡号', '金融账户'),
  field('annual-volume', '年采购额或年发货量', 'transactions', C, '如 年运费约 80 万元'),
  field('contract', '合同、报价和折扣', 'transactions', C, '合同编号、价格条款、有效期'),
  field('account-flows', '账户流水和经营收入', 'transactions', C, '近两年的对公账户流水'),
  field('settlement-account', '对公结算账户', 'transactions', C, '开户行和账号'),
  // 信用信息
  field('payment-record', '付款记录', 'credit', B, '是否按期、逾期次数和天数'),
  field('credit-grade', '信用等级、额度和账期', 'credit', B, '如 A 级、额度 30 万元、月结 30 天'),
  field('personal-credit-report', '个人征信报告', 'credit', P, '从征信中心查询的信用报告', '个人信用信息（金融账户）'),
  field('company-credit', '企业信用和涉诉记录', 'credit', C, '企业信用公示信息、裁判文书、被执行记录'),
  field('financials', '财务指标', 'credit', C, '资产负债率、现金流、利润'),
  field('collateral', '抵押物和担保', 'credit', C, '房产、存货、保证人'),
  field('owner-credit-report', '实际控制人的个人征信报告', 'credit', C, '老板个人的信用报告（须书面授权）', '个人信用信息（金融账户）'),
  // 关系信息
  field('membership', '会员等级', 'relationship', P, '如 金卡'),
  field('key-dates', '重要日子', 'relationship', P, '纪念日、升学、搬家'),
  field('consent', '告知同意和授权记录', 'relationship', B, '同意了哪些用途、何时同意、是否撤回'),
  field('account-manager', '负责的客户经理', 'relationship', B, '姓名、工号'),
  field('service-records', '服务和拜访记录', 'relationship', B, '每次接触的日期、内容、结果'),
  field('complaints', '投诉及处理结果', 'relationship', B, '日期、问题、处理、客户是否满意'),
  field('satisfaction', '满意度', 'relationship', B, '最近一次调查的结果'),
  field('contacts', '联系人和采购中心角色', 'relationship', C, '姓名、职务、角色（使用者、影响者、决策者、采购者、把关者）'),
  field('contact-work-phone', '联系人工作电话和邮箱', 'relationship', C, '办公电话、工作邮箱'),
  field('contact-private', '联系人的私人情况', 'relationship', C, '家庭、爱好、私人手机、生日'),
  field('competitors', '竞争对手往来', 'relationship', C, '还用哪些同行、份额多少'),
]);

/** The catalogue's field with this id, or undefined. */
export function profileField(id: string): ProfileField | undefined {
  return FIELDS_BY_ID.get(id);
}

const FIELDS_BY_ID = new Map(PROFILE_FIELDS.map((f) => [f.id, f]));
