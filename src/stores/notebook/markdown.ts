import type { NotebookData } from './schema';

/** What the Markdown export needs to know about each chapter (or supplement, 补充讲义). */
export interface ChapterQuestions {
  readonly slug: string;
  /** 第1章, or 补充讲义. */
  readonly label: string;
  /** The page, e.g. /chapters/01-crm-philosophy/. */
  readonly href: string;
  readonly title: string;
  readonly questions: readonly { readonly id: string; readonly text: string }[];
}

/** The notebook as Markdown to hand in: every chapter, every question, the answer or “(未作答)”. */
export function notebookToMarkdown(data: NotebookData, chapters: readonly ChapterQuestions[], now: Date = new Date()): string {
  const lines = ['# 客户关系管理 · 思考与实践', '', `导出时间：${now.toISOString().slice(0, 16).replace('T', ' ')}（UTC）`, ''];
  for (const chapter of chapters) {
    lines.push(`## ${chapter.label} ${chapter.title}`, '');
    chapter.questions.forEach((question, index) => {
      const answer = data.answers[chapter.slug]?.[question.id]?.text.trim();
      lines.push(`### ${index + 1}. ${question.text}`, '', answer ? answer : '（未作答）', '');
    });
  }
  return lines.join('\n');
}
