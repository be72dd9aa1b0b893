import { useStore } from '@nanostores/preact';
import type { ReadableAtom } from 'nanostores';
import type { RowPage } from '../../engine/core/query-rows';
import type { Outcome } from './outcome';
import { pageCount } from './Pager';

/** The part of a widget's state behind a list the worker sends a page at a time. */
export interface PagedListState<Q extends { readonly page: number }, Row> {
  readonly $query: ReadableAtom<Q>;
  readonly $page: ReadableAtom<Outcome<RowPage<Row>> | null>;
  setQuery(change: Partial<Q>): void;
}

/**
 * The list's query and page outcome, the rows shown (null while loading or after a failure), how many pages of
 * `size` there are (1 until the rows arrive), and `go`, which counts as the learner's use and keeps within the pages.
 */
export function usePagedList<Q extends { readonly page: number }, Row>(state: PagedListState<Q, Row>, size: number, onUse: () => void) {
  const query = useStore(state.$query);
  const page = useStore(state.$page);
  const rows = page?.ok ? page.value : null;
  const pages = rows ? pageCount(rows.matched, size) : 1;
  const go = (n: number) => {
    onUse();
    state.setQuery({ page: Math.max(0, Math.min(pages - 1, n)) } as Partial<Q>);
  };
  return { query, page, rows, pages, go };
}
