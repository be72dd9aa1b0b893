import { getEntry, render } from 'astro:content';
import type { QuizQuestion } from '../engine/quiz/types';
import type { PageQuestion, PageQuiz } from '../content-schema/quiz-schema';

const squash = (text: string) => text.replace(/\s+/g, '');

/**
 * The quiz set `setId` of `content/quizzes/<chapter>.yaml`, ready for the island. Fails the build, naming the file,
 * the set and the question, when the file or set is missing or a question's `see` names no heading of the chapter.
 */
export async function quizForPage(chapter: string, setId: string): Promise<PageQuiz> {
  const file = `content/quizzes/${chapter}.yaml`;
  const entry = await getEntry('quizzes', chapter);
  if (!entry) throw new Error(`${file} 不存在 (no quiz file for chapter ${chapter})`);
  const set = entry.data.sets.find((s) => s.id === setId);
  if (!set) throw new Error(`${file} 中没有题组 ${setId} (no set ${setId}; sets: ${entry.data.sets.map((s) => s.id).join(', ')})`);
  const chapterEntry = await getEntry('chapters', chapter);
  const headings = chapterEntry ? (await render(chapterEntry)).headings : [];
  const questions = set.questions.map((question, index): PageQuestion => {
    if (!question.see) return question as QuizQuestion;
    const heading = headings.find((h) => squash(h.text) === squash(question.see!));
    if (!heading) {
      throw new Error(`${file} sets.${setId}.questions.${index}.see：本章没有标题“${question.see}” (no heading “${question.see}” in chapter ${chapter})`);
    }
    return { ...(question as QuizQuestion), seeHref: `#${heading.slug}` };
  });
  return { id: set.id, title: set.title, ...(set.intro ? { intro: set.intro } : {}), key: `${chapter}/${set.id}`, widget: set.id, questions };
}
