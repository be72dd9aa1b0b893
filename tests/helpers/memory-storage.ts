import type { StorageLike } from '~/stores/storage/versioned';

/** An in-memory Web Storage for tests; `quotaAfter` makes writes fail once the total size passes it. */
export class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  quotaAfter = Infinity;

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    let size = value.length;
    for (const [k, v] of this.items) if (k !== key) size += v.length;
    if (size > this.quotaAfter) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }
}
