import { createContext } from 'preact';
import { useContext, useId } from 'preact/hooks';

/**
 * Preact numbers `useId()` per render root, and every Astro island is a root of its own: the five widgets of a
 * chapter all got `P0-0`, so each widget's region was named by the first one's title. Ids are therefore scoped
 * by the widget's name (a page shows each widget once). WidgetFrame provides the scope to everything inside it.
 */
export const IdScope = createContext('widget');

/** An element id (or radio group name) unique on the page; `scope` for a component that renders WidgetFrame itself. */
export function useDomId(scope?: string): string {
  const inherited = useContext(IdScope);
  return `${scope ?? inherited}-${useId()}`;
}
