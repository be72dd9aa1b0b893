import { POINT_MARK_LABELS } from '../../engine/exam/self-mark';
import { identityLine, type Identity } from '../identity';
import { currentMarks, markSummary, type ThinkMarksData } from '../think-marks';
import type { NotebookData } from './schema';

/** What the Markdown export needs to know about each chapter (or supplement, 补充讲义). */
export interface ChapterQuestions {
  readonly slug: string;
  /** 第一章, as the site writes it, or 补充讲义. */
  readonly label: string;
  /** The page, e.g. /chapters/01-crm-philosophy/. */
  readonly href: string;
  readonly title: string;
  /** `keyPoints`: the 参考要点 the learner may have marked their answer against. */
  readonly questions: readonly { readonly id: string; readonly text: string; readonly keyPoints?: readonly string[] }[];
}

/**
 * A time as the learner's clock shows it, with its offset: `2026-11-25 04:37（UTC+8）`. `offset` is in minutes
 * as `Date#getTimezoneOffset` gives it (−480 in Beijing).
 */
export function localTimestamp(date: Date, offset: number = date.getTimezoneOffset()): string {
  const stamp = new Date(date.getTime() - offset * 60_000).toISOString().slice(0, 16).replace('T', ' ');
  const east = Math.abs(offset);
  const minutes = east % 60 ? `:${String(east % 60).padStart(2, '0')}` : '';
  return `${stamp}（UTC${offset <= 0 ? '+' : '-'}${Math.floor(east / 60)}${minutes}）`;
}

export interface MarkdownOptions {
  readonly identity?: Identity;
  readonly now?: Date;
  /** Minutes as `Date#getTimezoneOffset` gives them; the browser's own by default. */
  readonly offset?: number;
  /** The learner's self-marks against the 参考要点, listed under each marked answer. */
  readonly marks?: ThinkMarksData;
  /**
   * The file's own wording (its title, 导出时间, （未作答）, the name line's labels, the self-mark lines) in the page's
   * script: Traditional when exported from a /zh-hant/ page, whose chapters and questions come in Traditional already.
   * The learner's answers and name are never converted.
   */
  readonly words?: (text: string) => string;
}

const asWritten = (text: string) => text;

/** The lines listing an answer's self-marks (none when it has none). */
function markLines(options: MarkdownOptions, slug: string, question: ChapterQuestions['questions'][number]): string[] {
  const marks = options.marks && question.keyPoints ? currentMarks(options.marks, slug, question.id, question.keyPoints) : null;
  if (!marks || marks.every((m) => m === null)) return [];
  const words = options.words ?? asWritten;
  return [`> ${words(markSummary(marks))}`, '>', ...question.keyPoints!.map((point, i) => `> - ${words(marks[i] ? POINT_MARK_LABELS[marks[i]!] : '未评')}：${point}`), ''];
}

/** The notebook as Markdown to hand in: the learner's name line, then every chapter given, each question with the answer or “（未作答）”. */
export function notebookToMarkdown(data: NotebookData, chapters: readonly ChapterQuestions[], options: MarkdownOptions = {}): string {
  const now = options.now ?? new Date();
  const words = options.words ?? asWritten;
  const who = options.identity ? identityLine(options.identity, words) : '';
  const lines = [words('# 客户关系管理 · 思考与实践'), ''];
  if (who) lines.push(who, '');
  lines.push(`${words('导出时间')}：${localTimestamp(now, options.offset ?? now.getTimezoneOffset())}`, '');
  for (const chapter of chapters) {
    lines.push(`## ${chapter.label} ${chapter.title}`, '');
    chapter.questions.forEach((question, index) => {
      const answer = data.answers[chapter.slug]?.[question.id]?.text.trim();
      lines.push(`### ${index + 1}. ${question.text}`, '', answer ? answer : words('（未作答）'), '', ...markLines(options, chapter.slug, question));
    });
  }
  return lines.join('\n');
}
