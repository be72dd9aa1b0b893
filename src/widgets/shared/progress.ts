import { useCallback, useRef } from 'preact/hooks';
import { markWidgetUsed } from '../../stores/progress';

/**
 * Records that the learner used a widget on this chapter page (the chapter comes from `<html data-chapter>`).
 * Call it on the first real interaction (a choice, a calculation), not on render.
 */
export function recordWidgetUse(widget: string): void {
  const chapter = typeof document === 'undefined' ? undefined : document.documentElement.dataset.chapter;
  if (chapter) markWidgetUsed(chapter, widget);
}

/**
 * A stable `onUse` callback for a widget's controls: the first call while the widget is mounted records its
 * use (`recordWidgetUse`), later calls do nothing.
 */
export function useFirstUse(widget: string): () => void {
  const used = useRef(false);
  return useCallback(() => {
    if (used.current) return;
    used.current = true;
    recordWidgetUse(widget);
  }, [widget]);
}
