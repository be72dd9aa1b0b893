import { getCollection, type CollectionEntry } from 'astro:content';
import { chapterLabel, chaptersInOrder, type Chapter } from './chapters';
import { keyPointsOf } from './key-points';

export type Supplement = CollectionEntry<'supplements'>;
/** A page taught like a chapter: a syllabus chapter or a supplement (补充讲义). */
export type Lesson = Chapter | Supplement;

/** Supplements by title (a course plan puts them where it teaches them). */
export async function supplementsInOrder(): Promise<Supplement[]> {
  const supplements = await getCollection('supplements');
  return supplements.sort((a, b) => a.data.title.localeCompare(b.data.title, 'zh'));
}

const isChapter = (lesson: Lesson): lesson is Chapter => lesson.collection === 'chapters';

/** 第N章 for a chapter, 补充讲义 for a supplement. */
export function lessonLabel(lesson: Lesson): string {
  return isChapter(lesson) ? chapterLabel(lesson.data.number) : '补充讲义';
}

/** The page of a chapter or a supplement. */
export function lessonHref(lesson: Lesson): string {
  return `/${lesson.collection}/${lesson.id}/`;
}

/** What the notebook and its Markdown export need from every lesson with 思考与实践 questions. */
export function questionsOf(lesson: Lesson) {
  return {
    slug: lesson.id,
    label: lessonLabel(lesson),
    href: lessonHref(lesson),
    title: lesson.data.title,
    questions: lesson.data.questions.map(({ id, text, answerKey }) => ({ id, text, ...(answerKey ? { keyPoints: keyPointsOf(answerKey) } : {}) })),
  };
}

/** Every chapter, then every supplement, with their 思考与实践 questions: what the notebook page shows. */
export async function notebookLessons() {
  return [...(await chaptersInOrder()), ...(await supplementsInOrder())].map(questionsOf);
}
