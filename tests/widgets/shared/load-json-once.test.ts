import { describe, expect, it, vi } from 'vitest';
import { loadJsonOnce } from '~/widgets/shared/load-json-once';

const ok = (json: unknown) => new Response(JSON.stringify(json), { status: 200 });

// The cache lives for the module (a page): each case uses its own URL.
describe('loadJsonOnce', () => {
  it('fetches and reads a file once for two calls, the second made while the first is loading', async () => {
    const fetchFile = vi.fn(async () => ok({ n: 1 }));
    const read = vi.fn((json: unknown) => (json as { n: number }).n);
    const [first, second] = await Promise.all([loadJsonOnce('/once/a.json', read, fetchFile), loadJsonOnce('/once/a.json', read, fetchFile)]);
    expect(await loadJsonOnce('/once/a.json', read, fetchFile)).toBe(1);
    expect([first, second]).toEqual([1, 1]);
    expect(fetchFile).toHaveBeenCalledTimes(1);
    expect(fetchFile).toHaveBeenCalledWith('/once/a.json');
    expect(read).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['an HTTP error', async () => new Response('missing', { status: 404 }), (json: unknown) => json, 'HTTP 404'],
    ['a file that is not JSON', async () => new Response('<html>', { status: 200 }), (json: unknown) => json, /JSON/],
    [
      'a file its reader refuses',
      async () => ok({}),
      () => {
        throw new Error('not a script');
      },
      'not a script',
    ],
  ])('forgets a failed load (%s) and tries again on the next call', async (_, failure, read, message) => {
    const url = `/once/${String(_).replace(/\W+/g, '-')}.json`;
    const fetchFile = vi.fn(failure);
    await expect(loadJsonOnce(url, read, fetchFile)).rejects.toThrow(message);
    fetchFile.mockImplementation(async () => ok({ n: 2 }));
    expect(await loadJsonOnce(url, (json) => json, fetchFile)).toEqual({ n: 2 });
    expect(fetchFile).toHaveBeenCalledTimes(2);
  });

  it('keeps files of different URLs apart', async () => {
    const fetchFile = vi.fn(async (url: string) => ok({ url }));
    const read = (json: unknown) => (json as { url: string }).url;
    expect(await Promise.all([loadJsonOnce('/once/b.json', read, fetchFile), loadJsonOnce('/once/c.json', read, fetchFile)])).toEqual(['/once/b.json', '/once/c.json']);
  });
});
