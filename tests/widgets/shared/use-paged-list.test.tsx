// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { atom } from 'nanostores';
import { afterEach, describe, expect, it } from 'vitest';
import type { RowPage } from '~/engine/core/query-rows';
import type { Outcome } from '~/widgets/shared/outcome';
import { usePagedList } from '~/widgets/shared/use-paged-list';

interface Query {
  readonly search: string;
  readonly page: number;
}

function harness() {
  const $query = atom<Query>({ search: '', page: 0 });
  const $page = atom<Outcome<RowPage<string>> | null>(null);
  const asked: Partial<Query>[] = [];
  let uses = 0;
  let go: (n: number) => void = () => undefined;
  const state = { $query, $page, setQuery: (change: Partial<Query>) => void asked.push(change) };
  function Probe() {
    const list = usePagedList(state, 20, () => uses++);
    go = list.go;
    return <p>{list.rows ? `${list.rows.rows.join(',')} · ${list.pages} 页` : `载入中 · ${list.pages} 页`}</p>;
  }
  render(<Probe />);
  return { $page, asked, go: (n: number) => go(n), uses: () => uses };
}

const page = (matched: number): Outcome<RowPage<string>> => ({ ok: true, value: { rows: ['甲', '乙'], matched, total: 100, offset: 0, limit: 20 } });

afterEach(cleanup);

describe('usePagedList', () => {
  it('shows one page and no rows until a page arrives, and again after a failure', async () => {
    const { $page } = harness();
    expect(screen.getByText('载入中 · 1 页')).toBeTruthy();
    $page.set(page(45));
    // 45 rows, 20 to a page: 3 pages (by hand).
    expect(await screen.findByText('甲,乙 · 3 页')).toBeTruthy();
    $page.set({ ok: false, code: 'aborted', message: '已取消。' });
    expect(await screen.findByText('载入中 · 1 页')).toBeTruthy();
  });

  it('counts going to a page as a use and keeps it within the pages', async () => {
    const { $page, asked, go, uses } = harness();
    $page.set(page(45));
    await screen.findByText('甲,乙 · 3 页');
    go(1);
    go(7);
    go(-2);
    expect(asked).toEqual([{ page: 1 }, { page: 2 }, { page: 0 }]);
    expect(uses()).toBe(3);
  });
});
