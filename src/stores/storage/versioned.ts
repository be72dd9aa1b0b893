import { issuePath, prototypeKeyPath, type z } from './schema';

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
  /** What the learner calls this data, in messages (学习笔记). */
  readonly label: string;
  /** The version this release writes. */
  readonly version: number;
  /** The value when nothing is stored. */
  readonly empty: () => T;
  /** `migrations[n]` turns version n's data into version n + 1's. */
  readonly migrations: Readonly<Record<number, (data: unknown) => unknown>>;
  /** The current version's shape; strict, so an unknown key makes the value unreadable. */
  readonly schema: z.ZodMiniType<T>;
  /**
   * Combines this tab's value with another's (another tab's write, a value re-read on return to the page), keeping
   * the newer of each part. Without it the other value replaces this one (a device setting: the last choice wins).
   */
  readonly merge?: (mine: T, theirs: T) => T;
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
  /** True when an older version was read and migrated (the caller writes the current version back). */
  readonly migrated?: boolean;
}

/** A `{ v, data }` envelope read against a spec: the value, or why it cannot be used (`where`: the offending path). */
export type EnvelopeResult<T> =
  | { readonly ok: true; readonly value: T; readonly migrated: boolean }
  | { readonly ok: false; readonly kind: 'corrupt' | 'newer'; readonly where: string };

function message(kind: NoticeKind, label: string): string {
  switch (kind) {
    case 'corrupt':
      return `浏览器中保存的${label}无法读取，已原样另存一份备份，这里从空白开始。`;
    case 'newer':
      return `浏览器中保存的${label}来自更新的版本，已原样另存一份备份，这里从空白开始。`;
    case 'quota':
      return `浏览器存储空间已满，${label}最新的修改未能保存。请先导出备份，再清理浏览器存储空间。`;
    case 'unavailable':
      return '浏览器不允许本站保存数据（可能处于无痕模式），关闭页面后修改会丢失。请及时导出。';
  }
}

function notice(kind: NoticeKind, spec: Pick<VersionedSpec<unknown>, 'key' | 'label'>, asideKey?: string, detail = ''): StorageNotice {
  const where = asideKey ? `（备份键名：${asideKey}）` : '';
  return { kind, key: spec.key, ...(asideKey ? { asideKey } : {}), message: message(kind, spec.label) + where + detail };
}

export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && (typeof error !== 'object' || error === null)) return false;
  const { name, code } = error as { name?: string; code?: number };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a `{ v, data }` envelope: older versions are migrated, the result must match the schema (no unknown keys,
 * no `__proto__`). The one reader of versioned data, for localStorage and for every part of a backup file.
 */
export function readEnvelope<T>(spec: VersionedSpec<T>, envelope: unknown): EnvelopeResult<T> {
  const corrupt = (where: string) => ({ ok: false, kind: 'corrupt', where }) as const;
  if (!isPlainObject(envelope)) return corrupt('');
  const extra = Object.keys(envelope).find((key) => key !== 'v' && key !== 'data');
  if (extra !== undefined) return corrupt(extra);
  const version = envelope.v;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return corrupt('v');
  if (version > spec.version) return { ok: false, kind: 'newer', where: 'v' };
  const forbidden = prototypeKeyPath(envelope.data);
  if (forbidden) return corrupt(forbidden.join(' › '));
  let data = envelope.data;
  try {
    for (let v = version; v < spec.version; v += 1) {
      const migrate = spec.migrations[v];
      if (!migrate) return corrupt('v');
      data = migrate(data);
    }
  } catch {
    return corrupt('v');
  }
  const parsed = spec.schema.safeParse(data);
  return parsed.success ? { ok: true, value: parsed.data, migrated: version < spec.version } : corrupt(issuePath(parsed.error));
}

/**
 * Keeps an unreadable value under a new key and then removes it from its own key, so it is set aside once (not on
 * every load) and the learner's next save starts clean. Returns the new key, or null when the copy failed (then
 * the value stays where it was).
 */
function setAside(storage: StorageLike, key: string, raw: string, now: number): string | null {
  const asideKey = `${key}:aside:${new Date(now).toISOString()}`;
  try {
    storage.setItem(asideKey, raw);
  } catch {
    return null;
  }
  try {
    storage.removeItem(key);
  } catch {
    /* the copy is safe; the next save overwrites the original */
  }
  return asideKey;
}

/**
 * Reads a versioned value. Older versions are migrated; a value that cannot be read (broken JSON, a foreign
 * shape, unknown keys, a newer version, a failed migration) is set aside under another key and reported, never dropped.
 */
export function loadVersioned<T>(storage: StorageLike | null, spec: VersionedSpec<T>, now = Date.now()): LoadResult<T> {
  if (!storage) return { value: spec.empty(), notice: notice('unavailable', spec), writable: false };
  let raw: string | null;
  try {
    raw = storage.getItem(spec.key);
  } catch {
    return { value: spec.empty(), notice: notice('unavailable', spec), writable: false };
  }
  if (raw === null) return { value: spec.empty(), writable: true };

  let result: EnvelopeResult<T>;
  try {
    result = readEnvelope(spec, JSON.parse(raw));
  } catch {
    result = { ok: false, kind: 'corrupt', where: '' };
  }
  if (result.ok) return { value: result.value, writable: true, ...(result.migrated ? { migrated: true } : {}) };

  const asideKey = setAside(storage, spec.key, raw, now);
  if (asideKey === null) {
    return { value: spec.empty(), notice: notice(result.kind, spec, undefined, '备份未能写入，原数据保持不动，本页的修改暂不保存。'), writable: false };
  }
  return { value: spec.empty(), notice: notice(result.kind, spec, asideKey), writable: true };
}

/** Writes a versioned value; returns a notice when the browser refused (full quota, storage disabled). */
export function saveVersioned<T>(storage: StorageLike | null, spec: VersionedSpec<T>, value: T): StorageNotice | null {
  if (!storage) return notice('unavailable', spec);
  try {
    storage.setItem(spec.key, JSON.stringify({ v: spec.version, data: value }));
    return null;
  } catch (error) {
    return notice(isQuotaError(error) ? 'quota' : 'unavailable', spec);
  }
}
