import { editStamp } from '../storage/dict';
import { persistentAtom } from '../storage/persistent';
import { notebookSpec, type NotebookData } from './schema';

/** The learner's answers to every chapter's 思考与实践 questions, kept in localStorage. */
export const $notebook = persistentAtom<NotebookData>(notebookSpec);

/** Saves one answer (called as the learner types). */
export function setAnswer(slug: string, id: string, text: string, now: Date = new Date()): void {
  const current = $notebook.get();
  const chapter = current.answers[slug] ?? {};
  if (chapter[id]?.text === text) return;
  $notebook.set({ answers: { ...current.answers, [slug]: { ...chapter, [id]: { text, updatedAt: editStamp(chapter[id]?.updatedAt, now) } } } });
}

/**
 * Saves text typed into an answer box before its island hydrated. The box looked empty then (the page cannot show
 * stored answers before its script runs), so an answer already stored there is kept in front of the new text.
 */
export function keepEarlyAnswer(slug: string, id: string, typed: string, now: Date = new Date()): void {
  const stored = $notebook.get().answers[slug]?.[id]?.text ?? '';
  const text = stored.trim() === '' || typed.startsWith(stored) ? typed : stored.includes(typed) ? stored : `${stored}\n\n${typed}`;
  setAnswer(slug, id, text, now);
}

export function replaceNotebook(data: NotebookData): void {
  $notebook.set(data);
}

export { answeredCount } from './schema';
