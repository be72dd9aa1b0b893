import { localHref } from '../../i18n/locale';

const loading = new Map<string, Promise<unknown>>();

/**
 * A JSON file the build writes beside a page (`/notebook/worksheets.json`), in the page's script (its /zh-hant/ twin on a
 * Traditional page) and under the base path, checked by `read`; loaded once per page. A failed load is forgotten, so the
 * next call tries again. The service worker precaches these files with the site, so they load offline too.
 */
export function loadPageJson<T>(path: string, read: (json: unknown) => T, fetchFile: (url: string) => Promise<Response> = (url) => fetch(url)): Promise<T> {
  const url = localHref(path);
  const known = loading.get(url) as Promise<T> | undefined;
  if (known) return known;
  const load = fetchFile(url)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    })
    .then(read)
    .catch((error: unknown) => {
      loading.delete(url);
      throw error;
    });
  loading.set(url, load);
  return load;
}
