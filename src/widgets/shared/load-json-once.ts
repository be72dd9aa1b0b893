const loading = new Map<string, Promise<unknown>>();

/**
 * The JSON file at `url` (built by the caller, under the base path), read by `read`; fetched once per page, however
 * many widgets ask. A failed load (the fetch, its status, the JSON or `read`) is forgotten, so the next call tries again.
 * The cache is keyed by URL: every caller of one URL must read it the same way.
 */
export function loadJsonOnce<T>(url: string, read: (json: unknown) => T | Promise<T>, fetchFile: (url: string) => Promise<Response> = (url) => fetch(url)): Promise<T> {
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
