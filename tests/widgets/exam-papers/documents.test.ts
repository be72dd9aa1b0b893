import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { courseAttainment, drawPaperPair, readScoreSheet, readTextColumns, scoreSheetLayout, type DrawnPaper } from '~/engine';
import { docxBytes, keyDocx, paperDocx, reportDocx } from '~/widgets/exam-papers/docx';
import { settingsFromLink, settingsToLink, type PaperSettings } from '~/widgets/exam-papers/link';
import { keyDocument, paperDocument, withAnswerBrackets, type PaperMeta } from '~/widgets/exam-papers/paper-model';
import { reportModel } from '~/widgets/exam-papers/report-model';
import { attainmentChart } from '~/widgets/exam-papers/charts';
import { BANK, BLUEPRINT } from '../../engine/exam/fixtures';
import { chunked, utf8 } from '../../engine/ingest/helpers';

const byId = new Map(BANK.map((item) => [item.id, item]));
const META: PaperMeta = { school: '某某大学', term: '2026—2027 学年第一学期', course: '《客户关系管理》', kind: '期末考试', form: '闭卷', college: '管理学院', major: '物流管理专业', label: 'A', seed: 123456 };
const SETTINGS: PaperSettings = { plan: 'logistics-crm-n063341', blueprint: { ...BLUEPRINT, objectives: { 1: 40, 2: 60 } }, seed: 123456, overlap: 30, school: '某某大学', term: META.term, college: '管理学院', major: '物流管理专业', form: '开卷' };
const pairOf = (seed: number) => drawPaperPair(BANK, BLUEPRINT, { seed, maxOverlap: 30 });

/** The text of a .docx's body, run by run. */
async function docxText(bytes: Uint8Array): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('the share link', () => {
  it('carries the plan, the blueprint, the seed, the overlap and the header, and gives them back', () => {
    const link = settingsToLink(SETTINGS, 'bank-1');
    expect(link.seed).toBe('123456');
    const base = { ...SETTINGS, seed: 1, overlap: 10, form: '闭卷', blueprint: { ...BLUEPRINT, duration: 90 } };
    expect(settingsFromLink(link, base)).toEqual({ settings: SETTINGS, bank: 'bank-1', problems: [] });
  });

  it('keeps the defaults for the parts it cannot read and names them', () => {
    const link = { ...settingsToLink(SETTINGS, 'b'), seed: 'abc', s: '单选*x*2', overlap: '140' };
    const read = settingsFromLink(link, { ...SETTINGS, seed: 7, overlap: 20 })!;
    expect(read.problems).toEqual(['题型与分值', '试卷编号', '重复率上限']);
    expect(read.settings.seed).toBe(7);
    expect(read.settings.overlap).toBe(20);
    expect(read.settings.blueprint.sections).toEqual(BLUEPRINT.sections);
    expect(settingsFromLink({}, SETTINGS)).toBeNull();
  });
});

describe('the printed paper and its key', () => {
  it('the same seed gives the same paper and key; another seed another paper', () => {
    const a1 = paperDocument(pairOf(42).a, byId, META);
    const a2 = paperDocument(pairOf(42).a, byId, META);
    expect(a2).toEqual(a1);
    expect(keyDocument(pairOf(42).a, byId, META, (i) => i.id)).toEqual(keyDocument(pairOf(42).a, byId, META, (i) => i.id));
    expect(paperDocument(pairOf(43).a, byId, META).sections).not.toEqual(a1.sections);
  });

  it('is laid out as Chinese university papers are: title, fields, score table, numbered sections with their points', () => {
    const doc = paperDocument(pairOf(42).a, byId, META);
    expect(doc.titleLines).toEqual(['某某大学 2026—2027 学年第一学期', '《客户关系管理》期末考试试卷（A 卷）']);
    expect(doc.fields.map((f) => f.label)).toEqual(['学院', '专业', '班级', '姓名', '学号']);
    expect(doc.total).toBe(100);
    expect(doc.sections.map((s) => s.heading.slice(0, 7))).toEqual(['一、名词解释（', '二、填空题（本', '三、单项选择题', '四、多项选择题', '五、判断题（本', '六、简答题（本', '七、计算题（本', '八、案例分析题']);
    expect(doc.sections[0]!.heading).toBe('一、名词解释（本大题共 4 小题，每小题 4 分，共 16 分）');
    expect(doc.sections.reduce((n, s) => n + s.total, 0)).toBe(100);
    // Subjective questions get room to write, objective ones none.
    expect(doc.sections[5]!.questions.every((q) => q.lines >= 3)).toBe(true);
    expect(doc.sections[2]!.questions.every((q) => q.lines === 0 && q.options.length === 4 && q.stem.endsWith('（    ）'))).toBe(true);
  });

  it('gives a choice item one place for its answer: the bank’s own brackets, mid-sentence too, else one at the end', () => {
    expect(withAnswerBrackets('与交易营销相比，关系营销认为质量应当由（  ）负责。')).toBe('与交易营销相比，关系营销认为质量应当由（    ）负责。');
    expect(withAnswerBrackets('CRM 的核心是( )。')).toBe('CRM 的核心是（    ）。');
    expect(withAnswerBrackets('下列说法错误的是')).toBe('下列说法错误的是（    ）');
  });

  it('keys objective answers and rescales a rubric to the points the paper gives', () => {
    const paper: DrawnPaper = { ...pairOf(42).a };
    const key = keyDocument(paper, byId, META, () => '');
    const choice = key.sections.find((s) => s.heading.includes('单项选择'))!;
    expect(choice.objective).toBe(true);
    expect(choice.questions.every((q) => q.answer === 'B')).toBe(true);
    // 简答 items are 6 points in the bank (3 + 3) and 6 on the paper; 名词解释 4 (2 + 2) and 4.
    const short = key.sections.find((s) => s.heading.includes('简答'))!;
    expect(short.questions[0]!.parts[0]!.rubric.map((r) => r.score)).toEqual([3, 3]);
    const rescaled = keyDocument({ ...paper, sections: paper.sections.map((s) => (s.type === '简答' ? { ...s, items: s.items.map((slot) => ({ ...slot, points: 5 })) } : s)) }, byId, META, () => '');
    const scores = rescaled.sections.find((s) => s.heading.includes('简答'))!.questions[0]!.parts[0]!.rubric.map((r) => r.score);
    expect(scores.reduce((a, b) => a + b, 0)).toBe(5);
    expect(scores).toEqual([2.5, 2.5]);
  });

  it('writes the paper and the key as .docx files whose text is the paper’s and the key’s', async () => {
    const pair = pairOf(42);
    const doc = paperDocument(pair.a, byId, META);
    const text = await docxText(await docxBytes(paperDocx(doc)));
    for (const expected of ['学院', '管理学院', '专业', '班级', '姓名', '学号', '密', '封', '线', '《客户关系管理》期末考试试卷（A 卷）', '题号', '得分', '一、名词解释（本大题共 4 小题，每小题 4 分，共 16 分）', doc.sections[2]!.questions[0]!.stem, '试卷编号 123456-A']) {
      expect(text).toContain(expected);
    }
    const zip = await JSZip.loadAsync(await docxBytes(paperDocx(doc)));
    // A4 portrait in twentieths of a point.
    expect(await zip.file('word/document.xml')!.async('string')).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const key = await docxText(await docxBytes(keyDocx(keyDocument(pair.a, byId, META, () => ''))));
    expect(key).toContain('《客户关系管理》期末考试试卷（A 卷）参考答案及评分标准');
    expect(key).toContain('参考答案：');
    expect(key).toContain('评分标准：');
    expect(key).toContain('说出要点一（2 分）');
  });
});

describe('the 达成度 report', () => {
  // A paper of two 名词解释 (5 points, objectives 1 and 2) and one 简答 (10, objective 2); exam 60 %, coursework 40 %.
  const PAPER: Pick<DrawnPaper, 'sections'> = {
    sections: [
      { type: '名词解释', pointsEach: 5, count: 2, total: 10, items: [{ id: 'a', points: 5, size: 1 }, { id: 'b', points: 5, size: 1 }] },
      { type: '简答', pointsEach: 10, count: 1, total: 10, items: [{ id: 'c', points: 10, size: 1 }] },
    ],
  };
  const OBJECTIVE: Record<string, number> = { a: 1, b: 2, c: 2 };
  const layout = scoreSheetLayout(PAPER, (id) => OBJECTIVE[id] ?? null, { objectives: [1, 2], examWeight: 0.6, coursework: [{ item: '平时成绩', weight: 0.4 }] });

  it('tables each objective and each student as checked by hand, and the .docx carries them', async () => {
    const csv = ['学号,姓名,一1,一2,二1,平时成绩', 'S1,甲,4,3,8,90', 'S2,乙,5,5,6,80', 'S3,丙,缺考,,,70'].join('\n');
    const sheet = readScoreSheet(await readTextColumns(chunked(utf8(csv))), layout);
    const result = courseAttainment(sheet, 0.8);
    const report = reportModel(result, sheet, { course: '《客户关系管理》', plan: '物流', paper: 'A 卷', objectives: ['目标一', '目标二'] });
    // Objective 1: S1 0.6 × 4/5 + 0.4 × 0.9 = 0.84, S2 0.6 + 0.32 = 0.92 → 0.88; exam ratio (0.8 + 1)/2 = 90 %, coursework 85 %.
    // Objective 2: S1 0.6 × 11/15 + 0.36 = 0.80, S2 0.6 × 11/15 + 0.32 = 0.76 → 0.78; one student below 0.80.
    expect(report.objectiveTable).toEqual([
      ['课程目标', '试卷分值', '期末得分率', '平时成绩得分率', '达成度', '低于 0.80 的人数'],
      ['课程目标1', '5', '90.0%', '85.0%', '0.88', '0'],
      ['课程目标2', '15', '73.3%', '85.0%', '0.78', '1'],
    ]);
    expect(report.studentTable.slice(1)).toEqual([
      ['S1', '甲', '15', '0.84', '0.80'],
      ['S2', '乙', '16', '0.92', '0.76'],
    ]);
    expect(report.analysis[0]).toBe('课程达成度（取各课程目标达成度的最小值）为 0.78，未达到期望值 0.80。');
    expect(report.facts[2]).toBe('参与评价的学生：2 人（另有缺考 1 人未计入）');
    const chart = attainmentChart(result);
    expect(chart.config.data.datasets.map((d) => (d.data as number[]).map((x) => Math.round(x * 1e9) / 1e9))).toEqual([[0.88, 0.78], [0.84, 0.76], [0.8, 0.8]]);
    expect(chart.label).toBe('柱状图：各课程目标的班级达成度，虚线为期望值 0.80。课程目标1 0.88（最低 0.84，0 人低于期望值）；课程目标2 0.78（最低 0.76，1 人低于期望值）。');
    const text = await docxText(await docxBytes(reportDocx(report)));
    expect(text).toContain('《客户关系管理》课程目标达成度评价报告');
    expect(text).toContain('课程目标2');
    expect(text).toContain('0.78');
  });
});
