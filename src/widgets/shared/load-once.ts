/**
 * `load` run at most once at a time and kept: every call shares its promise, and a failed load (a chunk or file the
 * network did not bring) is forgotten, so the next call runs it again.
 * @example const loadChart = loadOnce(() => import('./chart-setup')); // one download per page, retried after a failure
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}
