// The exam bank as pages and endpoints read it: every file of content/exam with its items, each item carrying
// its chapter (or supplement) slug, in syllabus order, and what the exam tools' islands need to list the chapters.
import { getCollection } from 'astro:content';
import type { ExamBankItem, ExamItemType } from '../engine/exam/types';
import { chaptersInOrder } from './chapters';
import { lessonLabel, supplementsInOrder } from './supplements';

export type BankFile = { readonly chapter: string; readonly items: readonly ExamBankItem[] };

/** A chapter (or supplement) that has a bank, as the exam tools list it. */
export interface BankChapter {
  readonly slug: string;
  /** 第一章, or 补充讲义. */
  readonly label: string;
  readonly title: string;
  readonly items: number;
  readonly byType: Partial<Record<ExamItemType, number>>;
}

/** Every bank file, chapters in syllabus order then supplements; `compute` blocks (for tests) left out. */
export async function examBankFiles(): Promise<BankFile[]> {
  const order = [...(await chaptersInOrder()), ...(await supplementsInOrder())].map((lesson) => lesson.id);
  const files = await getCollection('exam');
  return files
    .map((file) => ({
      chapter: file.data.chapter,
      items: file.data.items.map((item) => {
        const { compute: _compute, ...rest } = item as typeof item & { compute?: unknown };
        return { ...rest, chapter: file.data.chapter } as ExamBankItem;
      }),
    }))
    .sort((a, b) => order.indexOf(a.chapter) - order.indexOf(b.chapter));
}

/** The chapters with a bank, for the exam tools' pickers. */
export async function bankChapters(files: readonly BankFile[]): Promise<BankChapter[]> {
  const lessons = new Map([...(await chaptersInOrder()), ...(await supplementsInOrder())].map((lesson) => [lesson.id, lesson]));
  return files.map((file) => {
    const lesson = lessons.get(file.chapter);
    const byType: Partial<Record<ExamItemType, number>> = {};
    for (const item of file.items) byType[item.type] = (byType[item.type] ?? 0) + 1;
    return { slug: file.chapter, label: lesson ? lessonLabel(lesson) : '', title: lesson?.data.title ?? file.chapter, items: file.items.length, byType };
  });
}

/** Where an island fetches one chapter's bank (a static JSON file, precached for offline use). */
export function bankUrl(chapter: string): string {
  return `/exam/bank/${chapter}.json`;
}
