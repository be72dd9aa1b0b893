import { markWidgetUsed } from '../../stores/progress';

/**
 * Records that the learner used a widget on this chapter page (the chapter comes from `<html data-chapter>`).
 * Call it on the first real interaction (a choice, a calculation), not on render.
 */
export function recordWidgetUse(widget: string): void {
  const chapter = typeof document === 'undefined' ? undefined : document.documentElement.dataset.chapter;
  if (chapter) markWidgetUsed(chapter, widget);
}
