// The 课程目标达成度评价报告 as data: what the page shows, the print and the .docx write.
import type { CourseAttainment } from '../../engine/exam/attainment';
import type { ScoreSheet } from '../../engine/exam/read-score-sheet';

export interface ReportModel {
  readonly title: string;
  /** Course, paper, class size, absent students, target. */
  readonly facts: readonly string[];
  /** Header row, then one row per objective. */
  readonly objectiveTable: readonly string[][];
  readonly method: readonly string[];
  readonly analysis: readonly string[];
  readonly studentTable: readonly string[][];
}

/** 0.7825 → “0.78”: 达成度 is reported to two decimals, as evaluation forms do. */
export function attainmentText(value: number | null): string {
  return value === null ? '—' : value.toFixed(2);
}
const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const fmt = (n: number) => String(Math.round(n * 100) / 100);

/**
 * The report of one class's 达成度.
 * @example reportModel(result, sheet, { course: '《客户关系管理》', plan: '…', paper: 'A 卷', objectives: ['…'] }).objectiveTable[1]
 *   // ['课程目标1', '40', '77.5%', '85.0%', '0.80', '1']
 */
export function reportModel(result: CourseAttainment, sheet: ScoreSheet, meta: { readonly course: string; readonly plan: string; readonly paper: string; readonly objectives: readonly string[] }): ReportModel {
  const coursework = sheet.coursework.map((c) => c.header);
  const objectiveTable = [
    ['课程目标', '试卷分值', '期末得分率', ...coursework.map((c) => `${c}得分率`), '达成度', `低于 ${attainmentText(result.target)} 的人数`],
    ...result.objectives.map((o) => [`课程目标${o.objective}`, fmt(o.examFull), pct(o.examRatio), ...o.coursework.map(pct), attainmentText(o.attainment), String(o.below)]),
  ];
  const weights = [`期末考试 ${Math.round(sheet.examWeight * 100)}%`, ...sheet.coursework.map((c) => `${c.header} ${Math.round(c.weight * 100)}%`)].join('、');
  const measured = result.objectives.filter((o) => o.attainment !== null);
  const lowest = measured.reduce<(typeof measured)[number] | null>((low, o) => (!low || o.attainment! < low.attainment! ? o : low), null);
  const unmet = measured.filter((o) => o.attainment! < result.target);
  const analysis = [
    `课程达成度（取各课程目标达成度的最小值）为 ${attainmentText(result.overall)}，${result.overall !== null && result.overall >= result.target ? '达到' : '未达到'}期望值 ${attainmentText(result.target)}。`,
    ...(lowest ? [`达成度最低的是课程目标${lowest.objective}（${attainmentText(lowest.attainment)}）：${meta.objectives[lowest.objective - 1] ?? ''}`] : []),
    unmet.length > 0 ? `未达成的课程目标：${unmet.map((o) => `课程目标${o.objective}`).join('、')}，建议在下一轮教学中加强相关章节的讲授与练习。` : '各课程目标均已达成。',
    ...result.objectives.filter((o) => o.examFull === 0).map((o) => `本试卷没有考查课程目标${o.objective}，其达成度只来自平时成绩。`),
  ];
  return {
    title: `${meta.course}课程目标达成度评价报告`,
    facts: [
      `课程计划：${meta.plan}`,
      `试卷：${meta.paper}（满分 ${fmt(result.examFull)} 分）`,
      `参与评价的学生：${result.students.length} 人${sheet.absent.length ? `（另有缺考 ${sheet.absent.length} 人未计入）` : ''}${sheet.issues.length ? `；成绩表中有 ${sheet.issues.length} 处问题，所在的行未计入` : ''}`,
      `期望值：${attainmentText(result.target)}`,
      ...meta.objectives.map((text, i) => `课程目标${i + 1}：${text}`),
    ],
    objectiveTable,
    method: [
      '每道题按其所属章节的教学目标对应到课程目标；课程目标 k 的期末部分 = 学生在对应题目上的得分之和 ÷ 这些题目的分值之和。',
      `平时成绩按百分制计，对每个课程目标都计入。达成度 = 各考核环节得分率按课程计划的权重加权（${weights}），缺少的环节不计，其余按比例折算。`,
      '班级达成度为全体学生达成度的平均值；课程达成度取各课程目标达成度的最小值。',
    ],
    analysis,
    studentTable: [
      ['学号', '姓名', '期末总分', ...result.objectives.map((o) => `课程目标${o.objective}`)],
      ...result.students.map((s) => [s.id, s.name, fmt(s.examTotal), ...s.attainment.map(attainmentText)]),
    ],
  };
}
