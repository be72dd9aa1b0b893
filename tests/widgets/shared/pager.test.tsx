// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Pager, pageCount } from '~/widgets/shared/Pager';

afterEach(cleanup);

describe('pageCount', () => {
  // By hand: 20 rows to a page; 41 rows need a third page for the last one; no rows still show one empty page.
  it.each([
    [0, 20, 1],
    [1, 20, 1],
    [20, 20, 1],
    [21, 20, 2],
    [41, 20, 3],
  ])('%i rows, %i to a page: %i pages', (matched, size, pages) => {
    expect(pageCount(matched, size)).toBe(pages);
  });
});

function show(page: number, pages: number, loaded = true) {
  const asked: number[] = [];
  render(<Pager class="x-pager" label="名单翻页" page={page} pages={pages} loaded={loaded} onGo={(p) => asked.push(p)}>第 {page + 1} / {pages} 页</Pager>);
  const nav = screen.getByRole('navigation', { name: '名单翻页' });
  return { asked, nav, previous: screen.getByRole('button', { name: '上一页' }) as HTMLButtonElement, next: screen.getByRole('button', { name: '下一页' }) as HTMLButtonElement };
}

describe('Pager', () => {
  it('asks for the page before and after the one shown, and says where the list stands', () => {
    const { asked, nav, previous, next } = show(1, 3);
    expect(nav.className).toBe('x-pager');
    expect(screen.getByRole('status').textContent).toBe('第 2 / 3 页');
    fireEvent.click(previous);
    fireEvent.click(next);
    expect(asked).toEqual([0, 2]);
  });

  it.each([
    ['the first page', 0, 3, true, [true, false]],
    ['the last page', 2, 3, true, [false, true]],
    ['the only page', 0, 1, true, [true, true]],
    ['a page still loading', 1, 3, false, [true, true]],
  ])('turns the buttons off on %s', (_, page, pages, loaded, [previousOff, nextOff]) => {
    const { previous, next } = show(page, pages, loaded);
    expect([previous.disabled, next.disabled]).toEqual([previousOff, nextOff]);
  });
});
