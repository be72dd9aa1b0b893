import { useStore } from '@nanostores/preact';
import { isEarlyInput } from '../shared/early-input';
import { $notebook, keepEarlyAnswer, setAnswer } from '../../stores/notebook';
import type { ChapterQuestions } from '../../stores/notebook/markdown';
import { $thinkMarks, currentMarks, markSummary } from '../../stores/think-marks';
import { localHref } from '../../i18n/locale';

/** The attribute of a chapter's server-rendered root: `data-nb-chapter="01-crm-philosophy"`; `data-live` once hydrated. */
export const CHAPTER_ROOT = 'data-nb-chapter';

/** The `id` of a question's answer box in the notebook. */
export const answerBoxId = (slug: string, questionId: string) => `nb-${slug}-${questionId}`;

/**
 * One chapter of the notebook: each question with its answer box, the answer as printed text, and the learner's
 * self-marks once the chapter carries its 参考要点. The page renders it on the server; the notebook hydrates each
 * chapter on its own (chapter-roots.ts), so no single task hydrates them all.
 */
export function NotebookChapter({ chapter }: { chapter: ChapterQuestions }) {
  const notebook = useStore($notebook);
  const thinkMarks = useStore($thinkMarks);
  return (
    <section class="notebook-chapter" aria-labelledby={`nb-${chapter.slug}`}>
      <h2 id={`nb-${chapter.slug}`}>
        <a href={localHref(chapter.href)}>{chapter.label} {chapter.title}</a>
      </h2>
      {chapter.questions.map((question, index) => {
        const id = answerBoxId(chapter.slug, question.id);
        const text = notebook.answers[chapter.slug]?.[question.id]?.text ?? '';
        const save = (event: Event, value: string) => (isEarlyInput(event) ? keepEarlyAnswer : setAnswer)(chapter.slug, question.id, value);
        const marks = question.keyPoints ? currentMarks(thinkMarks, chapter.slug, question.id, question.keyPoints) : null;
        return (
          <div class="field" key={question.id}>
            <label for={id}>
              {index + 1}. {question.text}
            </label>
            <textarea id={id} value={text} rows={4} onInput={(e) => save(e, e.currentTarget.value)} />
            <p class="print-only answer-text" translate={false}>{text.trim() || '（未作答）'}</p>
            {marks && marks.some((m) => m !== null) && <p class="nb-marks">{markSummary(marks)}</p>}
          </div>
        );
      })}
    </section>
  );
}

/** Every chapter in its own root, as the page renders them inside the notebook for `useChapterRoots` to hydrate. */
export function ChapterRoots({ chapters }: { chapters: readonly ChapterQuestions[] }) {
  return (
    <>
      {chapters.map((chapter) => (
        <div key={chapter.slug} {...{ [CHAPTER_ROOT]: chapter.slug }}>
          <NotebookChapter chapter={chapter} />
        </div>
      ))}
    </>
  );
}
