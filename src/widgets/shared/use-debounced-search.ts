import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A search box's text, applied to the widget's query a moment after the learner stops typing. The box follows
 * the query when something else changes it (a new dataset clears the search), but never takes back letters
 * typed while an earlier search was being applied.
 */
export function useDebouncedSearch(applied: string, apply: (search: string) => void, delay = 250): [string, (search: string) => void] {
  const [search, setSearch] = useState(applied);
  const sent = useRef(applied);

  useEffect(() => {
    if (applied === sent.current) return; // our own search coming back
    sent.current = applied;
    setSearch(applied);
  }, [applied]);

  useEffect(() => {
    if (search === sent.current) return;
    const timer = setTimeout(() => {
      sent.current = search;
      apply(search);
    }, delay);
    return () => clearTimeout(timer);
  }, [search]);

  return [search, setSearch];
}
