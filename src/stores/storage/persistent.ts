import { atom, onMount, type WritableAtom } from 'nanostores';
import { reportNotice } from './notices';
import { loadVersioned, saveVersioned, type StorageLike, type VersionedSpec } from './versioned';

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

/**
 * A nanostores atom kept in localStorage under a versioned envelope. It loads when first listened to,
 * writes on every change, follows changes made in other tabs, and reports problems through `$storageNotices`.
 */
export function persistentAtom<T>(spec: VersionedSpec<T>): WritableAtom<T> {
  const $store = atom<T>(spec.empty());
  let writable = true;
  let loading = false;

  const load = () => {
    const result = loadVersioned(storageEngine(), spec);
    writable = result.writable;
    if (result.notice) reportNotice(result.notice);
    loading = true;
    $store.set(result.value);
    loading = false;
  };

  onMount($store, () => {
    load();
    const stopSaving = $store.listen((value) => {
      if (loading || !writable) return;
      const problem = saveVersioned(storageEngine(), spec, value);
      if (problem) reportNotice(problem);
    });
    const onOtherTab = (event: StorageEvent) => {
      if (event.key === spec.key) load();
    };
    if (typeof window !== 'undefined') window.addEventListener('storage', onOtherTab);
    return () => {
      stopSaving();
      if (typeof window !== 'undefined') window.removeEventListener('storage', onOtherTab);
    };
  });
  return $store;
}
