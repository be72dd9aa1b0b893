// The real datasets bundled in public/datasets/: what the manifest and LICENSES.md say about them.
// Facts come from /work/shared/datasets/README.md (copied here; the build never reads that folder).

export interface RealColumn {
  readonly name: string;
  readonly type: 'string' | 'integer' | 'number' | 'date' | 'datetime';
  readonly meaning: string;
}

export interface RealDataset {
  readonly id: string;
  readonly file: string;
  readonly title: string;
  readonly description: string;
  readonly story: string;
  readonly kind: 'transactions' | 'customers';
  readonly chapters: readonly string[];
  readonly uses: string;
  readonly columns: readonly RealColumn[];
  /** SPDX identifier. */
  readonly licence: string;
  readonly licenceUrl: string;
  /** Where it comes from, in Chinese with the English names. */
  readonly source: string;
  /** The credit line to show wherever the data is used. */
  readonly credit: string;
  /** Copyright notice to carry with the data (MIT and Apache-2.0 ask for it). */
  readonly notice: string;
  /** What this project changed. */
  readonly changes: string;
}

export const REAL_DATASETS: readonly RealDataset[] = [
  {
    id: 'online-retail-invoices',
    file: 'online-retail-invoices.csv',
    title: '英国在线礼品零售商发票（UCI Online Retail）',
    description:
      '一家英国在线礼品零售商 2010-12-01 至 2011-12-09 的全部 541,909 条订单明细，按发票汇总为 25,900 行，每行一张发票。以 C 开头的发票号是取消单，金额为负；3,710 张发票没有客户号。去掉取消单、无客户号和金额不为正的发票后，剩 4,338 位客户的 18,532 张发票，收入合计 8,911,407.904 英镑。',
    story: '真实的电商数据：大量批发型客户、明显的年末旺季、少数客户贡献大部分收入；适合把课堂上学的 RFM 和 ABC 用到真实数据上，并体会数据清洗（取消单、缺失客户号）的必要。',
    kind: 'transactions',
    chapters: ['06-customer-tiering'],
    uses: '第 6 章 RFM 计算器与 ABC 分类的真实数据练习；数据清洗讨论',
    columns: [
      { name: 'InvoiceNo', type: 'string', meaning: '发票号（6 位数字）；以 C 开头的是取消单' },
      { name: 'InvoiceDate', type: 'datetime', meaning: '开票日期和时间（YYYY-MM-DDTHH:MM）' },
      { name: 'CustomerID', type: 'string', meaning: '客户编号（5 位数字）；空白表示没有登记客户' },
      { name: 'Country', type: 'string', meaning: '客户所在国家（英文）' },
      { name: 'Lines', type: 'integer', meaning: '该发票的订单明细行数' },
      { name: 'Quantity', type: 'integer', meaning: '该发票的商品件数合计（取消单为负）' },
      { name: 'Amount', type: 'number', meaning: '发票金额（英镑）= Σ 数量 × 单价；取消单为负' },
      { name: 'IsCancellation', type: 'integer', meaning: '是否取消单：1 = 是（发票号以 C 开头），0 = 否' },
    ],
    licence: 'CC-BY-4.0',
    licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
    source:
      'UCI Machine Learning Repository, “Online Retail”(https://archive.ics.uci.edu/dataset/352/online+retail);Chen, D., Sain, S.L., Guo, K. (2012), Journal of Database Marketing and Customer Strategy Management 19(3):197–208',
    credit: 'Online Retail dataset, Daqing Chen, Sai Liang Sain & Kun Guo (2012), UCI Machine Learning Repository, CC BY 4.0',
    notice: 'Daqing Chen (London South Bank University), via the UCI Machine Learning Repository; licensed under CC BY 4.0.',
    changes: '订单明细按发票号汇总（行数、件数、金额求和），日期改为 ISO 格式，增加 IsCancellation 列。',
  },
  {
    id: 'rfm-orders',
    file: 'rfm-orders.csv',
    title: 'R 包 rfm 的示例订单',
    description:
      'R 软件包 rfm 0.3.0 附带的示例订单（合成数据）：995 位客户的 4,906 笔订单，2001-10-29 至 2006-12-30。customer_id 就是客户姓名。以 2006-12-31 为分析日，rfm 包的分位数切点为 R 115/181/297.4/482、F 4/5/6/8、M 255.8/382/506.4/666。',
    story: '这是 R 语言里做 RFM 分析的标准示例，CRM Lab 的“breaks”算法和十类客户分群（rfm10）都与它的官方结果逐项核对：同一份数据，网页结果可以和 R 的结果直接对照。',
    kind: 'transactions',
    chapters: ['06-customer-tiering'],
    uses: '第 6 章 RFM 计算器（与 R 包 rfm 的结果对照：breaks 方法、rfm10 分群）',
    columns: [
      { name: 'customer_id', type: 'string', meaning: '客户标识（合成的英文姓名）' },
      { name: 'order_date', type: 'date', meaning: '下单日期' },
      { name: 'revenue', type: 'number', meaning: '订单金额（美元）' },
      { name: 'first_name', type: 'string', meaning: '名' },
      { name: 'last_name', type: 'string', meaning: '姓' },
      { name: 'email', type: 'string', meaning: '电子邮箱（虚构）' },
    ],
    licence: 'MIT',
    licenceUrl: 'https://opensource.org/license/mit',
    source: 'R package rfm 0.3.0, data `rfm_data_orders`(https://github.com/rsquaredacademy/rfm),Aravind Hebbali',
    credit: 'rfm_data_orders from the R package rfm by Aravind Hebbali (rsquaredacademy), MIT licence',
    notice: 'Copyright (c) Aravind Hebbali, the rfm R package (MIT licence).',
    changes: '使用 rfm_data_orders 的 CSV 导出（rfm_data_orders.csv），内容未改动。',
  },
  {
    id: 'cdnow-sample',
    file: 'cdnow-sample.csv',
    title: 'CDNOW 顾客购买记录（1/10 样本）',
    description:
      '美国网上唱片店 CDNOW 在 1997 年第一季度首次购买的顾客中抽取的 1/10 样本：2,357 位顾客在 1997-01-01 至 1998-06-30 的 6,919 次购买，每行一次购买，记录购买的 CD 张数和金额（美元）。',
    story: '“买到不再买”（buy-till-you-die）模型的经典数据：多数顾客只买一两次就沉寂，少数顾客反复购买。用它可以估计每位顾客仍然“活着”的概率和未来购买次数，讨论哪些沉寂顾客值得挽回。',
    kind: 'transactions',
    chapters: ['06-customer-tiering', '09-customer-loyalty', '10-customer-winback'],
    uses: '第 6 章客户终身价值（CLV）；第 9 章忠诚度与复购；第 10 章 BG/NBD 存活概率与挽回优先级（bgnbd 命令）',
    columns: [
      { name: 'customer_id', type: 'integer', meaning: '样本内的顾客编号（1–2357）' },
      { name: 'master_id', type: 'string', meaning: '顾客在完整数据集中的编号（5 位，保留前导 0）' },
      { name: 'date', type: 'date', meaning: '购买日期' },
      { name: 'cds', type: 'integer', meaning: '购买的 CD 张数' },
      { name: 'amount', type: 'number', meaning: '购买金额（美元）' },
    ],
    licence: 'MIT',
    licenceUrl: 'https://opensource.org/license/mit',
    source:
      'CDNOW data, Peter S. Fader & Bruce G. S. Hardie(Fader, Hardie & Lee 2005, “Counting your customers the easy way”, Marketing Science 24(2));via the Python package lifetimes(https://github.com/CamDavidsonPilon/lifetimes)',
    credit: 'CDNOW data, Fader & Hardie; via the lifetimes package',
    notice: 'Copyright (c) 2015, Cameron Davidson-Pilon (the lifetimes package, MIT licence); the data is Peter Fader and Bruce Hardie’s.',
    changes: '由 CDNOW_sample.txt（无表头、空白分隔）转为带表头的 CSV：样本编号在前、主数据编号在后，日期改为 ISO 格式，数值未改动。',
  },
  {
    id: 'cdnow-summary',
    file: 'cdnow-summary.csv',
    title: 'CDNOW 顾客汇总（按周）',
    description:
      'CDNOW 样本 2,357 位顾客的购买汇总，以周为单位，校准期截至 1997-09-30（同一天的多次购买合并）：x = 重复购买次数，t_x = 首次到最后一次购买的周数，T = 首次购买到 1997-09-30 的周数，zbar = 重复购买的平均金额（美元）。',
    story: '已发表的 BG/NBD 参数 r = 0.243、α = 4.414、a = 0.793、b = 2.426 就是在这份汇总上估计的，可用来核对网页和命令行的计算结果。',
    kind: 'customers',
    chapters: ['09-customer-loyalty', '10-customer-winback'],
    uses: '第 9、10 章 BG/NBD 与 Gamma-Gamma 模型(bgnbd --summary)',
    columns: [
      { name: 'ID', type: 'integer', meaning: '顾客编号（与 cdnow-sample.csv 的 customer_id 相同）' },
      { name: 'x', type: 'integer', meaning: '校准期内的重复购买次数' },
      { name: 't_x', type: 'number', meaning: '首次购买到最后一次购买的周数' },
      { name: 'T', type: 'number', meaning: '首次购买到 1997-09-30 的周数' },
      { name: 'zbar', type: 'number', meaning: '重复购买的平均金额（美元）；没有重复购买为 0' },
    ],
    licence: 'MIT',
    licenceUrl: 'https://opensource.org/license/mit',
    source: 'cdnow_customers_summary_with_transactions.csv from the Python package lifetimes; CDNOW data, Fader & Hardie',
    credit: 'CDNOW data, Fader & Hardie; via the lifetimes package',
    notice: 'Copyright (c) 2015, Cameron Davidson-Pilon (the lifetimes package, MIT licence); the data is Peter Fader and Bruce Hardie’s.',
    changes: '原样复制，未改动内容（文件末行没有换行符）。',
  },
  {
    id: 'sbg-retention',
    file: 'sbg-retention.csv',
    title: '合同客户留存（Fader & Hardie 2007）',
    description:
      '两组各 1,000 位合同制客户（highend 高端、regular 普通）在 7 年中的流失年份：recency 为流失发生的年份（1–7），8 表示 7 年后仍在合作。highend 组 7 年后还剩 491 人，regular 组只剩 241 人。',
    story: '两组客户的留存率都逐年上升（留下来的越来越忠诚），但 highend 组始终高得多。用移位贝塔几何（sBG）模型可以预测今后几年还剩多少客户，讨论“忠诚是逐渐筛选出来的”。',
    kind: 'customers',
    chapters: ['09-customer-loyalty', '10-customer-winback'],
    uses: '第 9 章客户留存曲线与 sBG 预测；第 10 章流失分析',
    columns: [
      { name: 'customer_id', type: 'integer', meaning: '客户编号（1–2000）' },
      { name: 'recency', type: 'integer', meaning: '流失的年份（1–7）；8 表示观察期 7 年结束时仍在合作' },
      { name: 'T', type: 'integer', meaning: '观察期标记：所有客户均为 8（与 recency 的 8 = 仍在合作相对应）' },
      { name: 'cohorts', type: 'string', meaning: '客户组：highend（高端）或 regular（普通）' },
    ],
    licence: 'Apache-2.0',
    licenceUrl: 'https://www.apache.org/licenses/LICENSE-2.0',
    source:
      'Fader, P. S. & Hardie, B. G. S. (2007), “How to project customer retention”, Journal of Interactive Marketing 21(1):76–90；数据文件 sbg_paper.csv 来自 Python 包 pymc-marketing（https://github.com/pymc-labs/pymc-marketing）',
    credit: 'Fader & Hardie (2007) retention data, via pymc-marketing (Apache-2.0)',
    notice: 'Copyright The PyMC Labs Developers (pymc-marketing), licensed under the Apache License, Version 2.0.',
    changes: '原样复制，未改动内容。',
  },
];
