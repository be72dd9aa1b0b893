import { h, hydrate, render } from 'preact';
import { useEffect, useLayoutEffect, useRef, type MutableRef } from 'preact/hooks';
import { keepEarlyAnswer } from '../../stores/notebook';
import type { ChapterQuestions } from '../../stores/notebook/markdown';
import { answerBoxId, CHAPTER_ROOT, NotebookChapter } from './NotebookChapter';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Hydrates one chapter. The server renders every answer box empty, so a box that holds text was typed in before the
 * chapter was live (Preact's hydration would overwrite it): that text is kept, merged with what is stored.
 */
function hydrateChapter(root: HTMLElement, chapter: ChapterQuestions): void {
  const typed = chapter.questions.flatMap((q) => {
    const box = root.querySelector<HTMLTextAreaElement>(`textarea[id="${answerBoxId(chapter.slug, q.id)}"]`);
    return box && box.value !== '' ? [[q.id, box.value] as const] : [];
  });
  hydrate(h(NotebookChapter, { chapter }), root);
  root.dataset.live = '';
  for (const [id, text] of typed) keepEarlyAnswer(chapter.slug, id, text);
}

/**
 * Brings the chapters inside `box` to life one per task, after the notebook's own hydration: hydrating some fifty
 * answer boxes at once was one long task on a slow phone. `chapters` (with their 参考要点 once loaded) re-render the
 * live ones; `scope` (a chapter's slug, or null for all) hides the others. Returns a promise of every chapter being
 * live, which printing waits for.
 */
export function useChapterRoots(box: MutableRef<HTMLElement | null>, chapters: readonly ChapterQuestions[], scope: string | null): Promise<void> {
  const live = useRef(new Map<HTMLElement, string>());
  const latest = useRef(chapters);
  latest.current = chapters;
  const ready = useRef<{ promise: Promise<void>; resolve: () => void } | null>(null);
  if (!ready.current) {
    let resolve = () => {};
    const promise = new Promise<void>((done) => (resolve = done));
    ready.current = { promise, resolve };
  }

  useEffect(() => {
    let stopped = false;
    const queue = [...(box.current?.querySelectorAll<HTMLElement>(`[${CHAPTER_ROOT}]`) ?? [])];
    const bringToLife = (root: HTMLElement) => {
      const chapter = latest.current.find((c) => c.slug === root.getAttribute(CHAPTER_ROOT));
      if (!chapter) return;
      hydrateChapter(root, chapter);
      live.current.set(root, chapter.slug);
    };
    // The browser's own print (Ctrl+P) may come before every chapter is live: the rest come to life at once.
    const allNow = () => {
      queue.splice(0).forEach(bringToLife);
      ready.current!.resolve();
    };
    window.addEventListener('beforeprint', allNow);
    void (async () => {
      while (queue.length > 0) {
        await nextTask();
        if (stopped) return;
        const root = queue.shift();
        if (root) bringToLife(root);
      }
      ready.current!.resolve();
    })();
    return () => {
      stopped = true;
      window.removeEventListener('beforeprint', allNow);
      live.current.forEach((_, root) => render(null, root));
      live.current.clear();
    };
  }, []);

  // Layout effects, so that a print started right after a change prints it.
  useLayoutEffect(() => {
    live.current.forEach((slug, root) => {
      const chapter = chapters.find((c) => c.slug === slug);
      if (chapter) render(h(NotebookChapter, { chapter }), root);
    });
  }, [chapters]);
  useLayoutEffect(() => {
    box.current?.querySelectorAll<HTMLElement>(`[${CHAPTER_ROOT}]`).forEach((root) => {
      const hide = scope !== null && root.getAttribute(CHAPTER_ROOT) !== scope;
      if (root.hidden !== hide) root.hidden = hide;
    });
  }, [scope]);

  return ready.current.promise;
}
