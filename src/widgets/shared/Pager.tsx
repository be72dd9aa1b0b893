import type { ComponentChildren } from 'preact';

interface Props {
  /** The navigation's accessible name, e.g. 客户名单翻页. */
  label: string;
  class: string;
  /** The page shown (0-based) and how many there are. */
  page: number;
  pages: number;
  /** False while the page is being fetched: both buttons are off. */
  loaded: boolean;
  /** Asked for the page before or after the one shown. */
  onGo: (page: number) => void;
  /** Where the list stands (page, rows), announced politely as it changes. */
  children: ComponentChildren;
}

/** How many pages `matched` rows fill, `size` to a page; an empty list still has its one (empty) page. */
export function pageCount(matched: number, size: number): number {
  return Math.max(1, Math.ceil(matched / size));
}

/** 上一页 / 下一页 buttons around a status line, for lists that come from the worker a page at a time. */
export function Pager({ label, class: className, page, pages, loaded, onGo, children }: Props) {
  return (
    <nav class={className} aria-label={label}>
      <button type="button" class="btn" disabled={!loaded || page === 0} onClick={() => onGo(page - 1)}>上一页</button>
      <span role="status">{children}</span>
      <button type="button" class="btn" disabled={!loaded || page >= pages - 1} onClick={() => onGo(page + 1)}>下一页</button>
    </nav>
  );
}
