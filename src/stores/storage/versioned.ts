/** The part of the Web Storage API we use; tests pass an in-memory one. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A stored value with a schema version: `{ "v": 2, "data": … }`. */
export interface VersionedSpec<T> {
  /** localStorage key, e.g. `crm-lab:notebook`. */
  readonly key: string;
  /** The version this release writes. */
  readonly version: number;
  /** The value when nothing is stored. */
  readonly empty: () => T;
  /** `migrations[n]` turns version n's data into version n + 1's. */
  readonly migrations: Readonly<Record<number, (data: unknown) => unknown>>;
  /** Returns the value when `data` has the current shape, else null. */
  readonly parse: (data: unknown) => T | null;
}

export type NoticeKind = 'corrupt' | 'newer' | 'quota' | 'unavailable';

/** Something the learner must be told about their stored data. */
export interface StorageNotice {
  readonly kind: NoticeKind;
  readonly key: string;
  /** Where the unreadable value was set aside, when it could be. */
  readonly asideKey?: string;
  readonly message: string;
}

export interface LoadResult<T> {
  readonly value: T;
  readonly notice?: StorageNotice;
  /** False when the stored value could not be set aside: then it must not be overwritten. */
  readonly writable: boolean;
}

const MESSAGES: Record<NoticeKind, string> = {
  corrupt: '浏览器中保存的数据无法读取，已原样另存一份备份，这里从空白开始。',
  newer: '浏览器中保存的数据来自更新的版本，已原样另存一份备份，这里从空白开始。',
  quota: '浏览器存储空间已满，最新的修改未能保存。请先导出笔记备份，再清理浏览器存储空间。',
  unavailable: '浏览器不允许本站保存数据（可能处于无痕模式），关闭页面后修改会丢失。请及时导出。',
};

function notice(kind: NoticeKind, key: string, asideKey?: string, detail = ''): StorageNotice {
  const where = asideKey ? `（备份键名：${asideKey}）` : '';
  return { kind, key, ...(asideKey ? { asideKey } : {}), message: MESSAGES[kind] + where + detail };
}

export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && (typeof error !== 'object' || error === null)) return false;
  const { name, code } = error as { name?: string; code?: number };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** Keeps an unreadable value under a new key, never deleting it. Returns that key, or null when it could not. */
function setAside(storage: StorageLike, key: string, raw: string, now: number): string | null {
  const asideKey = `${key}:aside:${new Date(now).toISOString()}`;
  try {
    storage.setItem(asideKey, raw);
    return asideKey;
  } catch {
    return null;
  }
}

function upgrade<T>(spec: VersionedSpec<T>, from: number, data: unknown): T | null {
  let current = data;
  for (let version = from; version < spec.version; version += 1) {
    const migrate = spec.migrations[version];
    if (!migrate) return null;
    current = migrate(current);
  }
  return spec.parse(current);
}

/**
 * Reads a versioned value. Older versions are migrated; a value that cannot be read (broken JSON, a foreign
 * shape, a newer version, a failed migration) is set aside under another key and reported, never dropped.
 */
export function loadVersioned<T>(storage: StorageLike | null, spec: VersionedSpec<T>, now = Date.now()): LoadResult<T> {
  if (!storage) return { value: spec.empty(), notice: notice('unavailable', spec.key), writable: false };
  let raw: string | null;
  try {
    raw = storage.getItem(spec.key);
  } catch {
    return { value: spec.empty(), notice: notice('unavailable', spec.key), writable: false };
  }
  if (raw === null) return { value: spec.empty(), writable: true };

  let value: T | null = null;
  let kind: NoticeKind = 'corrupt';
  try {
    const envelope = JSON.parse(raw) as { v?: unknown; data?: unknown } | null;
    const version = envelope?.v;
    if (typeof version === 'number' && Number.isInteger(version)) {
      if (version > spec.version) kind = 'newer';
      else value = upgrade(spec, version, envelope?.data);
    }
  } catch {
    value = null;
  }
  if (value !== null) return { value, writable: true };

  const asideKey = setAside(storage, spec.key, raw, now);
  if (asideKey === null) {
    return { value: spec.empty(), notice: notice(kind, spec.key, undefined, '备份未能写入，原数据保持不动，本页的修改暂不保存。'), writable: false };
  }
  return { value: spec.empty(), notice: notice(kind, spec.key, asideKey), writable: true };
}

/** Writes a versioned value; returns a notice when the browser refused (full quota, storage disabled). */
export function saveVersioned<T>(storage: StorageLike | null, spec: VersionedSpec<T>, value: T): StorageNotice | null {
  if (!storage) return notice('unavailable', spec.key);
  try {
    storage.setItem(spec.key, JSON.stringify({ v: spec.version, data: value }));
    return null;
  } catch (error) {
    return notice(isQuotaError(error) ? 'quota' : 'unavailable', spec.key);
  }
}
