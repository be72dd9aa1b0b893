// The whole practice CRM as one JSON file, and back. The file is checked whole before anything is written; a restore
// replaces everything in one transaction, so a damaged file leaves this browser's data as it was.
import { CRM_SCHEMA_VERSION, CRM_TABLES, customerFromV1, type CrmDatabase, type CrmTableName } from './database';

export interface CrmBackup {
  readonly app: 'crm-lab';
  readonly kind: 'crm';
  /** The database schema version the rows follow. */
  readonly v: number;
  readonly exportedAt: string;
  readonly tables: Readonly<Record<CrmTableName, readonly unknown[]>>;
}

/** Every table's rows, as the JSON backup carries them. */
export async function exportCrmDatabase(db: CrmDatabase, now: Date = new Date()): Promise<CrmBackup> {
  return db.transaction('r', CRM_TABLES.map((t) => db.table(t)), async () => {
    const entries = await Promise.all(CRM_TABLES.map(async (t) => [t, await db.table(t).toArray()] as const));
    return { app: 'crm-lab', kind: 'crm', v: CRM_SCHEMA_VERSION, exportedAt: now.toISOString(), tables: Object.fromEntries(entries) as unknown as CrmBackup['tables'] };
  });
}

export type CrmBackupResult = { ok: true; backup: CrmBackup } | { ok: false; message: string };

const UNCHANGED = '本机的客户数据没有任何改变。';
const KEY_OF: Record<CrmTableName, string> = { customers: 'id', interactions: 'id', opportunities: 'id', tickets: 'id', revisits: 'id', orders: 'id', audit: 'id', views: 'id', meta: 'key' };
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks a backup (the parsed JSON, or its text) before anything is written: the app and kind, a version this release
 * reads (version 1 rows are upgraded as the database would), known tables only, rows as objects with their key, no
 * `__proto__`. Returns a message saying what is wrong otherwise.
 */
export function parseCrmBackup(input: unknown): CrmBackupResult {
  let file = input;
  if (typeof input === 'string') {
    try {
      file = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch {
      return { ok: false, message: `文件不是有效的 JSON，无法恢复。${UNCHANGED}` };
    }
  }
  if (!isObject(file) || file.app !== 'crm-lab' || file.kind !== 'crm') return { ok: false, message: `这个文件不是练习版 CRM 的备份。${UNCHANGED}` };
  if (typeof file.v !== 'number' || !Number.isInteger(file.v) || file.v < 1) return { ok: false, message: `备份文件缺少版本号，无法恢复。${UNCHANGED}` };
  if (file.v > CRM_SCHEMA_VERSION) return { ok: false, message: `备份来自本站更新的版本（v${file.v}），请先刷新页面更新本站再恢复。${UNCHANGED}` };
  if (!isObject(file.tables)) return { ok: false, message: `备份文件里没有数据表，无法恢复。${UNCHANGED}` };
  if (JSON.stringify(file).includes('"__proto__"')) return { ok: false, message: `备份文件含有不允许的键（__proto__），无法恢复。${UNCHANGED}` };
  const tables = {} as Record<CrmTableName, unknown[]>;
  for (const name of Object.keys(file.tables)) {
    if (!(CRM_TABLES as readonly string[]).includes(name)) return { ok: false, message: `备份文件含有本站不认识的数据表（${name}），无法恢复。${UNCHANGED}` };
  }
  for (const name of CRM_TABLES) {
    const rows = file.tables[name] ?? [];
    if (!Array.isArray(rows)) return { ok: false, message: `备份中的数据表 ${name} 格式不对，无法恢复。${UNCHANGED}` };
    const bad = rows.findIndex((row) => !isObject(row) || (name !== 'audit' && typeof row[KEY_OF[name]] !== 'string'));
    if (bad >= 0) return { ok: false, message: `备份中数据表 ${name} 的第 ${bad + 1} 条记录格式不对，无法恢复。${UNCHANGED}` };
    tables[name] = file.v === 1 && name === 'customers' ? rows.map((row) => customerFromV1(row as never)) : rows;
  }
  return { ok: true, backup: { app: 'crm-lab', kind: 'crm', v: CRM_SCHEMA_VERSION, exportedAt: String(file.exportedAt ?? ''), tables } };
}

/** Replaces the whole database with a checked backup, in one transaction (all or nothing). */
export async function restoreCrmDatabase(db: CrmDatabase, backup: CrmBackup): Promise<void> {
  await db.transaction('rw', CRM_TABLES.map((t) => db.table(t)), async () => {
    for (const t of CRM_TABLES) await db.table(t).clear();
    for (const t of CRM_TABLES) await db.table(t).bulkAdd([...backup.tables[t]]);
  });
}
