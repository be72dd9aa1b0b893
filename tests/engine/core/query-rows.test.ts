import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { queryRows, rowQuerier, type RowQuery } from '~/engine/core/query-rows';
import { expectEngineError } from '../expect-engine-error';

interface Row { id: string; seg: string; v: number | null }
const ROWS: readonly Row[] = Object.freeze([
  { id: 'C10', seg: 'x', v: 640 },
  { id: 'C9', seg: 'y', v: 520 },
  { id: 'a01', seg: 'x', v: null },
  { id: 'B2', seg: 'x', v: 520 },
  { id: '100', seg: 'y', v: 1 },
  { id: '99', seg: 'y', v: 2 },
].map((r) => Object.freeze(r)));
const ids = (rows: Row[]) => rows.map((r) => r.id);

describe('queryRows, by hand', () => {
  it.each([
    // query, ids expected (worked out by reading the six rows above)
    [{}, ['C10', 'C9', 'a01', 'B2', '100', '99']],
    [{ sortBy: 'v' }, ['100', '99', 'C9', 'B2', 'C10', 'a01']], // ties (520) keep input order; null last
    [{ sortBy: 'v', descending: true }, ['C10', 'C9', 'B2', '99', '100', 'a01']], // null last either way
    [{ sortBy: 'id' }, ['99', '100', 'B2', 'C10', 'C9', 'a01']], // digits by number; other text by code point
    [{ where: { seg: 'x' } }, ['C10', 'a01', 'B2']],
    [{ search: ' c1 ', searchIn: ['id'] }, ['C10']],
    [{ search: 'c', searchIn: ['id'], sortBy: 'v', descending: true }, ['C10', 'C9']],
    [{ sortBy: 'v', offset: 2, limit: 2 }, ['C9', 'B2']],
  ] as const)('%j', (query, expected) => {
    const page = queryRows(ROWS, query as never);
    expect(ids(page.rows)).toEqual(expected);
    expect(page.total).toBe(6);
  });

  it('counts matches beyond the page', () => {
    expect(queryRows(ROWS, { where: { seg: 'y' }, limit: 1 })).toMatchObject({ matched: 3, total: 6, offset: 0, limit: 1 });
  });

  it.each([{ offset: -1 }, { limit: 0 }, { limit: 10_001 }, { offset: 1.5 }, { search: 'x' }])('refuses %j', (query) => {
    expectEngineError(() => queryRows(ROWS, query as never), 'invalid-page');
  });
});

describe('queryRows invariants (property)', () => {
  const row = fc.record({ id: fc.string({ maxLength: 4 }), seg: fc.constantFrom('x', 'y', 'z'), v: fc.option(fc.integer({ min: -50, max: 50 }), { nil: null }) });
  it('pages through exactly the filtered rows, sorted, without losing or repeating any', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 80 }), fc.constantFrom('x', 'y', undefined), fc.boolean(), fc.integer({ min: 1, max: 15 }), (rows, seg, descending, limit) => {
        const where = seg === undefined ? undefined : { seg };
        const expected = rows.filter((r) => seg === undefined || r.seg === seg);
        const seen: Row[] = [];
        for (let offset = 0; offset < expected.length + limit; offset += limit) {
          const page = queryRows(rows, { where, sortBy: 'v', descending, offset, limit });
          expect(page.matched).toBe(expected.length);
          seen.push(...page.rows);
        }
        expect(seen).toHaveLength(expected.length);
        expect(new Set(seen).size).toBe(seen.length);
        const values = seen.map((r) => r.v);
        const present = values.filter((v): v is number => v !== null);
        expect(values.slice(present.length).every((v) => v === null)).toBe(true); // nulls last
        for (let i = 1; i < present.length; i++) {
          if (descending) expect(present[i]!).toBeLessThanOrEqual(present[i - 1]!);
          else expect(present[i]!).toBeGreaterThanOrEqual(present[i - 1]!);
        }
      }),
    );
  });
});

describe('rowQuerier: page after page of one table', () => {
  /** ROWS whose `v` counts its reads, to see when the table is sorted again. */
  function countingRows() {
    const reads = { v: 0 };
    const rows = ROWS.map((r) => ({ id: r.id, seg: r.seg, get v() { reads.v++; return r.v; } }));
    return { rows, reads };
  }

  it('sorts once for the pages of one query, and again when the query changes', () => {
    const { rows, reads } = countingRows();
    const query = rowQuerier(rows);
    expect(ids(query({ sortBy: 'v', limit: 2 }).rows)).toEqual(['100', '99']);
    const afterFirst = reads.v;
    expect(afterFirst).toBeGreaterThan(0);
    expect(ids(query({ sortBy: 'v', offset: 2, limit: 2 }).rows)).toEqual(['C9', 'B2']);
    expect(ids(query({ sortBy: 'v', offset: 4, limit: 10 }).rows)).toEqual(['C10', 'a01']);
    expect(reads.v).toBe(afterFirst);
    expect(ids(query({ sortBy: 'v', descending: true, limit: 2 }).rows)).toEqual(['C10', 'C9']);
    expect(reads.v).toBeGreaterThan(afterFirst);
  });

  it('refuses a bad page even when the order is kept', () => {
    const query = rowQuerier(ROWS);
    query({ sortBy: 'v' });
    expectEngineError(() => query({ sortBy: 'v', offset: -1 }), 'invalid-page');
  });

  it('gives what queryRows gives, whatever the order of the queries (property)', () => {
    const queryOf = fc.record({
      where: fc.constantFrom(undefined, { seg: 'x' }, { seg: 'y' }),
      search: fc.constantFrom(undefined, 'c', '9'),
      sortBy: fc.constantFrom(undefined, 'v', 'id'),
      descending: fc.boolean(),
      offset: fc.integer({ min: 0, max: 7 }),
      limit: fc.integer({ min: 1, max: 4 }),
    }).map((q) => ({ ...q, searchIn: ['id'] }) as RowQuery<Row>);
    fc.assert(
      fc.property(fc.array(queryOf, { minLength: 1, maxLength: 12 }), (queries) => {
        const query = rowQuerier(ROWS);
        for (const q of queries) expect(query(q)).toEqual(queryRows(ROWS, q));
      }),
    );
  });
});
