/** The usage text shown by `crm help` and after a usage error. */
export const USAGE = `用法(usage):npm run --silent crm -- <命令> [选项]

命令：
  rfm <csv>      RFM 分析：最近一次购买、购买频次、消费金额的评分与客户分群
                 --asof YYYY-MM-DD  --bins N（2–9，默认 5）  --method rank|breaks  --segments cn8|rfm10
  abc <csv>      ABC 客户分类（交易明细或每位客户一行）  --a 0.7  --b 0.9
  clv            客户终身价值  --margin M --retention R --discount D [--years T] [--acquisition C]
  erlang         呼叫中心坐席数（Erlang C）  --calls N --interval 秒 --aht 秒 --target 秒
                 [--sl 0.8] [--agents K] [--shrinkage X]
  bgnbd <csv>    BG/NBD 模型：客户仍活跃的概率与未来期望购买次数
                 --unit week|day  --horizon H（最长 10 年）  --asof YYYY-MM-DD（观察期结束）
                 --summary（文件已是 customer,x,t_x,T 汇总表）
                 --holdout YYYY-MM-DD（建模期截至该日，之后为检验期：逐周对比实际与预测、误差）  --threshold 0.5
  pnbd <csv>     Pareto/NBD 模型：选项同 bgnbd（客户随时可能流失，只买过一次的客户也会“流失”）
  nps <csv>      净推荐值 NPS（0–10 分的推荐意愿题）  --column 列名
  csat <csv>     顾客满意度 CSAT（1–5 分题，4–5 分的比例）  --column 列名
  profit <csv>   客户盈利能力与好/坏客户结论（每位客户一行，如 logistics-customers.csv）
                 --customer --revenue --margin --cost --days 列名（默认按表头识别；表头含“万元”时换算为元）
  sbg            留存模型 sBG（shifted-beta-geometric）：--survivors 1000,869,743,…
  sbg <csv>      或每位客户一行的流失期文件（如 sbg-retention.csv）  --cohort 名称  --periods N（最多 1000）  --horizon H（默认 5）
  cohort <csv>   同期群留存三角表（按首次购买的月份或季度）  --period month|quarter
  generate       生成学生专属数据集  --dataset <数据集> (--student <学号> | --seed N) [--out 文件.csv] [--bom]
                 数据集：retail、logistics、survey、expectations、complaints、calls、credit；不给 --out 时输出到标准输出
  answer-key     教师用参考答案（与学生专属数据集对应）  --dataset <数据集> --student <学号> [--json] [--out 答案.csv]
  help           显示本说明

读取 CSV 的选项（rfm、abc、bgnbd、pnbd、cohort）：
  --customer 列名  --date 列名  --amount 列名  --order 列名   指定列（默认按表头自动识别）
输出：
  --json         在标准输出打印 JSON（警告在 warnings 字段）
  --out 文件.csv  把结果表另存为 CSV（Excel 可直接打开；不能是输入文件本身）
退出码：0 完成 · 2 用法错误 · 3 输入数据无法使用`;
