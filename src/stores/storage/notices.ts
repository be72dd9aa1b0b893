import { atom } from 'nanostores';
import type { StorageNotice } from './versioned';

/** Problems with the learner's stored data that the page must show (the layout renders them in an alert). */
export const $storageNotices = atom<readonly StorageNotice[]>([]);

export function reportNotice(notice: StorageNotice): void {
  const current = $storageNotices.get();
  if (current.some((n) => n.kind === notice.kind && n.key === notice.key)) return;
  $storageNotices.set([...current, notice]);
}

export function clearNotices(): void {
  $storageNotices.set([]);
}
