/*
 * The project's own Simplified → Traditional phrases, applied before OpenCC (cn → twp) everywhere the site
 * converts: pages and the search index (src/middleware.ts), widgets' run-time text (src/i18n/hant-runtime.ts),
 * dataset labels alike. OpenCC's Taiwan phrasing is written for software: it turns 代码 into 程式碼, 项目 into 專案,
 * 类型 into 型別. This table says what a Taiwan business textbook writes instead, and localises the mainland
 * words a Taiwan reader would stumble on (营销 → 行銷, 渠道 → 通路, 质量 → 品質).
 *
 * Rules for an entry: Simplified Chinese on the left, the Traditional text on the right, Chinese characters only
 * (no spaces, punctuation or markup, so a phrase can never break HTML, an attribute, a URL or code). The longest
 * phrase wins where two start at the same place; a longer entry is the way to make an exception
 * (项目 → 項目, but 小项目 → 小專案). tests/i18n/hant-terms.test.ts converts every content file and widget
 * string and checks the terms that must appear and the words that must never appear.
 */

/** A Simplified phrase and what a Taiwan reader expects in its place. */
export type HantPhrase = readonly [simplified: string, traditional: string];

/**
 * Official names of the People's Republic (laws, registers, public systems), kept as their owners write them:
 * converted character by character, never into Taiwan vocabulary (个人信息保护法 → 個人信息保護法, not
 * 個人資訊保護法). Every title in 《》 is kept the same way without being listed here.
 */
export const OFFICIAL_NAMES: readonly string[] = [
  '个人信息保护法',
  '国家企业信用信息公示系统',
  '企业信用信息公示',
  '统一社会信用代码',
  '侵犯公民个人信息罪',
  '信用信息基础数据库',
  '中国人民银行征信中心',
];

export const HANT_PHRASES: readonly HantPhrase[] = [
  // ── Words OpenCC turns into software jargon where this course means something else ──
  // 代码 is an identifier (RFM 代码 555, 营业部代码, 课程代码); the course has no program code.
  ['代码', '代碼'],
  // 项目 is an item (评价项目, 实训项目, 收费项目) unless it is a project.
  ['项目', '項目'],
  ['本项目', '本專案'],
  ['小项目', '小專案'],
  ['项目失败', '專案失敗'],
  ['挖掘项目', '探勘專案'],
  ['实施项目', '導入專案'],
  ['项目经理', '專案經理'],
  ['项目组', '專案小組'],
  // 程序 is a procedure (程序公平, 投诉处理程序); a program only in 小程序 and the analysis program.
  ['程序', '程序'],
  ['小程序', '小程式'],
  ['分析程序', '分析程式'],
  ['程序文件', '程式檔案'],
  // 文件 is a file on a computer (CSV 文件 → CSV 檔案, OpenCC's choice) but a document on paper.
  ['投标文件', '投標文件'],
  ['几份文件', '幾份文件'],
  ['附文件', '附文件'],
  ['文件签收', '文件簽收'],
  ['重要文件', '重要文件'],
  ['部分文件', '部分文件'],
  ['寄送文件', '寄送文件'],
  ['这份文件', '這份檔案'],
  ['类型', '類型'],
  ['对象', '對象'],
  ['社区', '社區'],
  ['程序社区', '程式社群'],
  ['设备', '設備'],
  ['台设备', '臺裝置'],
  ['新设备上', '新裝置上'],
  ['移动设备', '行動裝置'],
  ['支持度', '支持度'],
  ['管理层支持', '管理層支持'],
  ['给予支持', '給予支持'],
  ['支持你', '支持你'],
  ['心理支持', '心理支持'],
  ['批量折扣', '數量折扣'],
  ['小批量', '小批量'],
  ['批量延误', '大批延誤'],
  ['批量小', '批量小'],
  ['并发', '並發'],
  ['周记', '周記'],
  ['权限', '權限'],
  ['参数', '參數'],
  ['分区', '分區'],
  ['发布', '發布'],
  ['挂断', '掛斷'],
  ['扩展', '擴展'],
  ['全局', '全局'],
  ['循环', '循環'],
  ['脚本', '腳本'],
  ['声明', '聲明'],
  ['窗口', '窗口'],
  ['菜单', '選單'],
  ['函数', '函數'],
  ['导入期', '導入期'],
  ['导入系统', '導入系統'],
  ['注销', '註銷'],
  ['集成', '整合'],
  ['运行', '運行'],
  ['试运行', '試營運'],
  ['激活', '喚醒'],
  ['重新激活', '重新喚醒'],
  ['电信用户', '電信用戶'],
  ['老用户', '老用戶'],
  // ── Mainland words and their Taiwan equivalents ──
  ['营销', '行銷'],
  ['渠道', '通路'],
  // Channels that carry information or complaints are 管道 in Taiwan; channels that sell stay 通路.
  ['信息的渠道', '資訊的管道'],
  ['搜集渠道', '蒐集管道'],
  ['收集渠道', '蒐集管道'],
  ['直接渠道', '直接管道'],
  ['间接渠道', '間接管道'],
  ['沟通渠道', '溝通管道'],
  ['投诉渠道', '投訴管道'],
  ['反馈渠道', '回饋管道'],
  ['查询渠道', '查詢管道'],
  ['更正的渠道', '更正的管道'],
  ['自助渠道', '自助管道'],
  ['外部渠道', '外部管道'],
  ['换渠道', '換管道'],
  ['多渠道联络', '多管道聯絡'],
  ['多渠道接入', '多管道接入'],
  ['质量', '品質'],
  ['质检', '品檢'],
  ['账', '帳'],
  ['移动互联网', '行動網路'],
  ['移动终端', '行動裝置'],
  ['移动端', '行動端'],
  ['移动应用', '行動應用'],
  ['移动支付', '行動支付'],
  ['移动化', '行動化'],
  ['互联网', '網際網路'],
  ['数字化', '數位化'],
  ['数字营销', '數位行銷'],
  ['全屏', '全螢幕'],
  ['水平', '水準'],
  ['反馈', '回饋'],
  ['运营', '營運'],
  ['社交媒体', '社群媒體'],
  ['社交平台', '社群平臺'],
  ['社交账号', '社群帳號'],
  ['便利店', '便利商店'],
  ['外卖', '外送'],
  ['调研', '調查'],
  ['置信度', '信賴度'],
  ['置信区间', '信賴區間'],
  ['身份证', '身分證'],
  ['二维码', '二維條碼'],
  ['智能手机', '智慧型手機'],
  ['短视频', '短影音'],
  // Noodles: OpenCC leaves 面 alone after some words.
  ['面馆', '麵館'],
  ['面条', '麵條'],
  ['拉面', '拉麵'],
  ['牛肉面', '牛肉麵'],
  ['米面', '米麵'],
  ['面食', '麵食'],
  ['面粉', '麵粉'],
  ['挂面', '掛麵'],
  ['面店', '麵店'],
  ['卖面', '賣麵'],
  ['碗面', '碗麵'],
];
