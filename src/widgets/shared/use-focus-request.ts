import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/**
 * Moves the keyboard focus where the widget's state asks after an action: to the element with
 * `data-focus="<target>"` inside `root`. The state sets a new request object each time (a counter in it), so
 * asking twice for the same target focuses it twice.
 */
export function useFocusRequest(root: RefObject<HTMLElement>, request: { readonly target: string } | null): void {
  useEffect(() => {
    if (!request) return;
    root.current?.querySelector<HTMLElement>(`[data-focus="${request.target.replace(/["\\]/g, '\\$&')}"]`)?.focus();
  }, [request]);
}
