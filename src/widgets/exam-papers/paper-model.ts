// A drawn paper and its key as printable documents (the HTML view, the print and the .docx read the same model):
// the title block, the score table, the sections in the wording Chinese university papers use, each question with
// its points and room to answer; the key with answers and 评分要点 rescaled to the points the paper gives.
import { scaleScores, SECTION_NUMERALS, type DrawnPaper, type ExamBankItem, type ExamItemType, type RubricPoint } from '../../engine/exam';

/** What the teacher fills in for the header. */
export interface PaperMeta {
  /** 学校 (the title's first line). */
  readonly school: string;
  /** 2025—2026 学年第一学期 */
  readonly term: string;
  /** 《客户关系管理》 */
  readonly course: string;
  /** 期末考试 */
  readonly kind: string;
  /** 闭卷 or 开卷 */
  readonly form: string;
  readonly college: string;
  readonly major: string;
  /** A or B */
  readonly label: 'A' | 'B';
  /** 试卷编号 (the seed), printed small so a paper can be drawn again. */
  readonly seed: number;
}

/** One question as printed. */
export interface PaperQuestion {
  readonly number: number;
  readonly id: string;
  readonly points: number;
  /** The stem (填空 blanks widened, choice items ending with “（  ）”). */
  readonly stem: string;
  /** 单选/多选: “A. …” lines. */
  readonly options: readonly string[];
  /** 案例分析: the case's paragraphs; its questions in `parts`. */
  readonly case: readonly string[];
  readonly parts: readonly { readonly stem: string; readonly points: number; readonly lines: number }[];
  /** Lines of room to answer (0 for objective items). */
  readonly lines: number;
}

export interface PaperSection {
  readonly numeral: string;
  readonly type: ExamItemType;
  /** 一、名词解释（本大题共 4 小题，每小题 3 分，共 12 分） */
  readonly heading: string;
  /** What to do, for choice and true/false sections. */
  readonly instruction: string;
  readonly total: number;
  readonly questions: readonly PaperQuestion[];
}

export interface PaperDocument {
  readonly titleLines: readonly string[];
  /** 考试形式：闭卷　考试时间：120 分钟　满分：100 分 */
  readonly info: string;
  /** 学院、专业、班级、姓名、学号 with what is filled in (blank for handwriting). */
  readonly fields: readonly { readonly label: string; readonly value: string }[];
  readonly sections: readonly PaperSection[];
  readonly total: number;
  readonly footer: string;
}

const SECTION_NAMES: Record<ExamItemType, string> = {
  名词解释: '名词解释',
  填空: '填空题',
  单选: '单项选择题',
  多选: '多项选择题',
  判断: '判断题',
  简答: '简答题',
  论述: '论述题',
  计算: '计算题',
  案例分析: '案例分析题',
};

const INSTRUCTIONS: Partial<Record<ExamItemType, string>> = {
  单选: '在每小题列出的四个备选项中只有一个是符合题目要求的，请将其代码填写在题后的括号内。',
  多选: '在每小题列出的四个备选项中有两个或两个以上是符合题目要求的，请将其代码填写在题后的括号内。少选得一半分，错选、多选不得分。',
  判断: '判断下列说法是否正确，正确的在题后括号内画“√”，错误的画“×”。',
  填空: '请将答案填写在横线上。',
};

const LETTERS = ['A', 'B', 'C', 'D'];
const BLANK = /_{4,}/g;

/** Lines of room for a subjective answer of so many points: about one line and a quarter per point, at least three. */
export function answerLines(points: number): number {
  return Math.max(3, Math.round(points * 1.25));
}

const fmt = (n: number) => String(Math.round(n * 100) / 100);

function sectionHeading(numeral: string, type: ExamItemType, count: number, pointsEach: number, total: number): string {
  const unit = type === '填空' ? '空' : '小题';
  return `${numeral}、${SECTION_NAMES[type]}（本大题共 ${count} ${unit}，每${unit === '空' ? '空' : '小题'} ${fmt(pointsEach)} 分，共 ${fmt(total)} 分）`;
}

const BRACKETS = /[（(]\s*[）)]/;

/** A choice stem with room for the answer: its own “（ ）” widened where the bank has one (mid-sentence too), else one at the end. */
export function withAnswerBrackets(stem: string): string {
  return BRACKETS.test(stem) ? stem.replace(new RegExp(BRACKETS, 'g'), '（    ）') : `${stem.trimEnd()}（    ）`;
}

function paperQuestion(item: ExamBankItem, number: number, points: number): PaperQuestion {
  const base = { number, id: item.id, points, options: [] as string[], case: [] as string[], parts: [] as PaperQuestion['parts'], lines: 0 };
  switch (item.type) {
    case '单选':
    case '多选':
      return { ...base, stem: withAnswerBrackets(item.stem), options: item.options.map((o, i) => `${LETTERS[i]}. ${o}`) };
    case '判断':
      return { ...base, stem: `${item.stem}（    ）` };
    case '填空':
      return { ...base, stem: item.stem.replace(BLANK, '____________') };
    case '案例分析': {
      const scaled = scaleScores(item.questions.map((q) => q.points), points);
      return {
        ...base,
        stem: item.stem ?? '阅读下面的案例，回答问题。',
        case: item.case.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean),
        parts: item.questions.map((q, i) => ({ stem: q.stem, points: scaled[i]!, lines: answerLines(scaled[i]!) })),
      };
    }
    default:
      return { ...base, stem: item.stem, lines: answerLines(points) };
  }
}

/**
 * A drawn paper as a printable document. Questions are numbered within each section (1, 2, …), as the score
 * sheet's columns (一1, 一2, …) are.
 * @throws Error when an id of the paper is not in `items` (the bank changed under a link: the caller says so first).
 */
export function paperDocument(paper: DrawnPaper, items: ReadonlyMap<string, ExamBankItem>, meta: PaperMeta): PaperDocument {
  const sections = paper.sections.map((section, s) => {
    const numeral = SECTION_NUMERALS[s]!;
    return {
      numeral,
      type: section.type,
      heading: sectionHeading(numeral, section.type, section.count, section.pointsEach, section.total),
      instruction: INSTRUCTIONS[section.type] ?? '',
      total: section.total,
      questions: section.items.map((slot, i) => {
        const item = items.get(slot.id);
        if (!item) throw new Error(`题库中没有 ${slot.id}`);
        return paperQuestion(item, i + 1, slot.points);
      }),
    };
  });
  return {
    titleLines: [`${meta.school}${meta.term ? ` ${meta.term}` : ''}`.trim(), `${meta.course}${meta.kind}试卷（${meta.label} 卷）`],
    info: `考试形式：${meta.form}　考试时间：${paper.duration} 分钟　满分：${fmt(paper.total)} 分`,
    fields: [
      { label: '学院', value: meta.college },
      { label: '专业', value: meta.major },
      { label: '班级', value: '' },
      { label: '姓名', value: '' },
      { label: '学号', value: '' },
    ],
    sections,
    total: paper.total,
    footer: `试卷编号 ${meta.seed}-${meta.label}`,
  };
}

/** One entry of the key. */
export interface KeyQuestion {
  readonly number: number;
  readonly points: number;
  /** Objective items: the answer (B, ACD, √, the blanks). */
  readonly answer: string;
  /** Subjective items (each question of a case): the model answer and its 评分要点 at the paper's points. */
  readonly parts: readonly { readonly label: string; readonly points: number; readonly answer: string; readonly rubric: readonly RubricPoint[] }[];
  /** Why the key is right (objective items). */
  readonly explanation: string;
  /** Where it comes from, for the teacher: chapter, knowledge point, course objective. */
  readonly source: string;
}

export interface KeyDocument {
  readonly title: string;
  readonly sections: readonly { readonly heading: string; readonly objective: boolean; readonly questions: readonly KeyQuestion[] }[];
}

function scaledRubric(rubric: readonly RubricPoint[], from: number, to: number): RubricPoint[] {
  if (Math.abs(from - to) < 1e-9) return [...rubric];
  const scores = scaleScores(rubric.map((r) => r.score), to);
  return rubric.map((r, i) => ({ point: r.point, score: scores[i]! }));
}

/**
 * The paper's 参考答案及评分标准: objective answers with their explanation; each subjective answer with its 评分要点,
 * rescaled (half points, largest remainder) when the paper gives the item other points than the bank.
 */
export function keyDocument(paper: DrawnPaper, items: ReadonlyMap<string, ExamBankItem>, meta: PaperMeta, sourceOf: (item: ExamBankItem) => string): KeyDocument {
  return {
    title: `${meta.course}${meta.kind}试卷（${meta.label} 卷）参考答案及评分标准`,
    sections: paper.sections.map((section, s) => ({
      heading: sectionHeading(SECTION_NUMERALS[s]!, section.type, section.count, section.pointsEach, section.total),
      objective: ['单选', '多选', '判断', '填空'].includes(section.type),
      questions: section.items.map((slot, i) => {
        const item = items.get(slot.id)!;
        const base = { number: i + 1, points: slot.points, answer: '', parts: [] as KeyQuestion['parts'], explanation: '', source: sourceOf(item) };
        switch (item.type) {
          case '单选':
          case '多选':
            return { ...base, answer: item.answer, explanation: item.explanation };
          case '判断':
            return { ...base, answer: item.answer ? '√' : '×', explanation: item.explanation };
          case '填空':
            return { ...base, answer: item.answer.map((accepted) => accepted.join(' / ')).join('；'), explanation: item.explanation };
          case '案例分析': {
            const scaled = scaleScores(item.questions.map((q) => q.points), slot.points);
            return { ...base, parts: item.questions.map((q, k) => ({ label: `（${k + 1}）${q.stem}`, points: scaled[k]!, answer: q.answer, rubric: scaledRubric(q.rubric, q.points, scaled[k]!) })) };
          }
          default:
            return { ...base, parts: [{ label: '', points: slot.points, answer: item.answer, rubric: scaledRubric(item.rubric, item.points, slot.points) }] };
        }
      }),
    })),
  };
}
