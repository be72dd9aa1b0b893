import { atom, onMount, type ReadableAtom, type WritableAtom } from 'nanostores';
import { reportNotice } from './notices';
import { loadVersioned, saveVersioned, type LoadResult, type StorageLike, type StorageNotice, type VersionedSpec } from './versioned';

let testEngine: StorageLike | null | undefined;

/** Swaps localStorage for another engine in tests (null = storage unavailable); `undefined` restores it. */
export function useTestStorageEngine(engine: StorageLike | null | undefined): void {
  testEngine = engine;
}

function storageEngine(): StorageLike | null {
  if (testEngine !== undefined) return testEngine;
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** What became of the last write: an answer box says 已自动保存 only after one that worked. */
export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saved'; readonly at: Date }
  | { readonly kind: 'failed'; readonly notice: StorageNotice };

export interface PersistentStore<T> extends WritableAtom<T> {
  readonly spec: VersionedSpec<T>;
  readonly $saved: ReadableAtom<SaveState>;
}

const keysMade: string[] = [];

/** The localStorage key of every persistent store made so far (a test checks each is in `src/stores/registry.ts`). */
export function persistentKeys(): readonly string[] {
  return keysMade;
}

const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * A nanostores atom kept in localStorage under a versioned envelope. It loads when first listened to and writes on
 * every change. Several tabs share one key, so a write first re-reads what is stored and merges (`spec.merge`: the
 * newer of each answer wins) instead of replacing another tab's work; the store also re-reads on another tab's
 * `storage` event and when the page is shown again (`pageshow`, `visibilitychange`). Problems go to `$storageNotices`.
 */
export function persistentAtom<T>(spec: VersionedSpec<T>): PersistentStore<T> {
  const $store = atom<T>(spec.empty());
  const $saved = atom<SaveState>({ kind: 'idle' });
  let blocked: StorageNotice | null = null;
  let applying = false;
  keysMade.push(spec.key);

  const apply = (value: T) => {
    applying = true;
    $store.set(value);
    applying = false;
  };
  const read = (): LoadResult<T> => {
    const result = loadVersioned(storageEngine(), spec);
    if (result.notice) reportNotice(result.notice);
    blocked = result.writable ? null : (result.notice ?? null);
    return result;
  };
  const save = (value: T) => {
    if (blocked) {
      $saved.set({ kind: 'failed', notice: blocked });
      return;
    }
    const problem = saveVersioned(storageEngine(), spec, value);
    if (problem) reportNotice(problem);
    $saved.set(problem ? { kind: 'failed', notice: problem } : { kind: 'saved', at: new Date() });
  };
  const write = (value: T) => {
    const next = spec.merge ? spec.merge(value, read().value) : value;
    save(next);
    if (!sameJson(next, value)) apply(next);
  };
  /** Takes in what another tab stored; when this tab holds something newer than that, stores it back. */
  const refresh = () => {
    const result = read();
    const current = $store.get();
    const next = spec.merge ? spec.merge(current, result.value) : result.value;
    if (!sameJson(next, current)) apply(next);
    if (!result.notice && !sameJson(next, result.value)) save(next);
  };

  onMount($store, () => {
    const loaded = read();
    apply(loaded.value);
    if (loaded.migrated) write(loaded.value);
    const stopSaving = $store.listen((value) => {
      if (!applying) write(value);
    });
    const onStorage = (event: StorageEvent) => {
      if (event.key === spec.key || event.key === null) refresh();
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    const hasWindow = typeof window !== 'undefined';
    if (hasWindow) {
      window.addEventListener('storage', onStorage);
      window.addEventListener('pageshow', refresh);
      document.addEventListener('visibilitychange', onVisible);
    }
    return () => {
      stopSaving();
      if (hasWindow) {
        window.removeEventListener('storage', onStorage);
        window.removeEventListener('pageshow', refresh);
        document.removeEventListener('visibilitychange', onVisible);
      }
    };
  });
  return Object.assign($store, { spec, $saved });
}
