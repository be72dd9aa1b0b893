// The JSON backup (“导出 JSON 备份”): every registered store that holds learner data, each as its own `{ v, data }`
// envelope, read back with the stores' own envelope reader. The file is checked whole before anything is imported:
// an unknown key, a `__proto__`, a store this release does not know or a part in the wrong shape refuses the file
// with a message saying where, and this browser's data stays as it was.
import { BACKUP_STORES, type RegisteredStore } from './registry';
import { prototypeKeyPath } from './storage/schema';

/** The file's layout version. 1 and 2 (the notebook's own versions then) carried `data` (answers) and `extras`. */
export const BACKUP_VERSION = 3;

/** The backup file's text: every backed-up store's current value. */
export function toBackup(now: Date = new Date()): string {
  const stores = Object.fromEntries([...BACKUP_STORES.values()].map((store) => [store.name, store.envelope()]));
  return JSON.stringify({ app: 'crm-lab', kind: 'notebook', v: BACKUP_VERSION, exportedAt: now.toISOString(), stores }, null, 2);
}

/** Each store's part read from the file, by store name. */
export type BackupParts = ReadonlyMap<string, unknown>;
export type BackupResult = { ok: true; parts: BackupParts } | { ok: false; message: string };

const UNCHANGED = '本机的数据没有任何改变。';
const fail = (message: string): BackupResult => ({ ok: false, message: `${message}${UNCHANGED}` });
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const unknownKey = (value: Record<string, unknown>, allowed: readonly string[]) => Object.keys(value).find((key) => !allowed.includes(key));

/** The raw `{ v, data }` of each store in the file, by store name (versions 1 and 2 laid out the old way). */
function rawParts(file: Record<string, unknown>, version: number): Map<string, unknown> | string {
  if (version >= 3) {
    const extra = unknownKey(file, ['app', 'kind', 'v', 'exportedAt', 'stores']);
    if (extra !== undefined) return extra;
    if (!isObject(file.stores)) return 'stores';
    const unknownStore = Object.keys(file.stores).find((name) => !BACKUP_STORES.has(name));
    if (unknownStore !== undefined) return `stores › ${unknownStore}`;
    return new Map(Object.entries(file.stores));
  }
  const extra = unknownKey(file, ['app', 'kind', 'v', 'exportedAt', 'data', 'extras']);
  if (extra !== undefined) return extra;
  const parts = new Map<string, unknown>([['notebook', { v: version, data: file.data }]]);
  if (file.extras !== undefined) {
    if (!isObject(file.extras)) return 'extras';
    const extraPart = unknownKey(file.extras, ['progress', 'selfCheck']);
    if (extraPart !== undefined) return `extras › ${extraPart}`;
    for (const [name, part] of Object.entries(file.extras)) parts.set(name, part);
  }
  return parts;
}

/** Reads a backup file's text; a foreign, damaged or crafted file gets a message, never an exception. */
export function parseBackup(text: string): BackupResult {
  let file: unknown;
  try {
    file = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('文件不是有效的 JSON，无法导入。请选择从“学习笔记”导出的 JSON 备份。');
  }
  if (!isObject(file) || file.app !== 'crm-lab' || file.kind !== 'notebook') return fail('这个 JSON 文件不是 CRM Lab 的学习笔记备份。');
  const version = file.v;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('备份文件缺少版本号，无法导入。');
  if (version > BACKUP_VERSION) return fail(`备份来自更新的版本（v${version}），请先更新本站再导入。`);
  const forbidden = prototypeKeyPath(file);
  if (forbidden) return fail(`备份文件含有不允许的键（${forbidden.join(' › ')}），无法导入。`);

  const raw = rawParts(file, version);
  if (typeof raw === 'string') return fail(`备份文件含有本站不认识的内容（${raw}），无法导入。`);
  const parts = new Map<string, unknown>();
  for (const [name, part] of raw) {
    const store = BACKUP_STORES.get(name) as RegisteredStore;
    const result = store.read(part);
    if (!result.ok && result.kind === 'newer') return fail(`备份中的${store.label}来自更新的版本，请先更新本站再导入。`);
    if (!result.ok) return fail(`备份中的${store.label}格式不对${result.where ? `（${result.where}）` : ''}，无法导入。`);
    parts.set(name, result.value);
  }
  return { ok: true, parts };
}
