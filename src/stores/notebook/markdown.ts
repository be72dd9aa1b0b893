import type { NotebookData } from './schema';

/** What the Markdown export needs to know about each chapter. */
export interface ChapterQuestions {
  readonly slug: string;
  readonly number: number;
  readonly title: string;
  readonly questions: readonly { readonly id: string; readonly text: string }[];
}

/** The notebook as Markdown to hand in: every chapter, every question, the answer or “(未作答)”. */
export function notebookToMarkdown(data: NotebookData, chapters: readonly ChapterQuestions[], now: Date = new Date()): string {
  const lines = ['# 客户关系管理 · 思考与实践', '', `导出时间：${now.toISOString().slice(0, 16).replace('T', ' ')}（UTC）`, ''];
  for (const chapter of chapters) {
    lines.push(`## 第${chapter.number}章 ${chapter.title}`, '');
    chapter.questions.forEach((question, index) => {
      const answer = data.answers[chapter.slug]?.[question.id]?.text.trim();
      lines.push(`### ${index + 1}. ${question.text}`, '', answer ? answer : '（未作答）', '');
    });
  }
  return lines.join('\n');
}
