import { getCollection, type CollectionEntry } from 'astro:content';

export type Chapter = CollectionEntry<'chapters'>;

/** All chapters in syllabus order. */
export async function chaptersInOrder(): Promise<Chapter[]> {
  const chapters = await getCollection('chapters');
  return chapters.sort((a, b) => a.data.number - b.data.number);
}

const CHINESE_NUMBERS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 第N章 with a Chinese numeral, as the syllabus writes it. */
export function chapterLabel(number: number): string {
  return `第${CHINESE_NUMBERS[number] ?? number}章`;
}

/** What the notebook and its Markdown export need from every chapter. */
export function questionsOf(chapter: Chapter) {
  return {
    slug: chapter.id,
    number: chapter.data.number,
    label: chapterLabel(chapter.data.number),
    title: chapter.data.title,
    questions: chapter.data.questions.map(({ id, text }) => ({ id, text })),
  };
}
