// IndexedDB failures as calm Chinese messages: a full disk, a blocked or missing database (private browsing), a
// database from a newer release. The learner is told what happened and what to do; their data is never touched.

/** The error names met in an error and the errors it wraps (Dexie keeps the browser's error in `inner`). */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current = error as { name?: unknown; inner?: unknown; message?: unknown } | null | undefined;
  for (let depth = 0; current && depth < 5; depth++) {
    if (typeof current.name === 'string') names.push(current.name);
    current = current.inner as typeof current;
  }
  return names;
}

export const CRM_MESSAGES = {
  quota: '浏览器的存储空间已满，这次修改没有保存。请先导出 JSON 备份，再删除不需要的订单或重置工作区；也可以在浏览器设置中为本站清理其他数据。',
  unavailable: '无法打开浏览器数据库：浏览器可能处于隐私（无痕）模式，或禁止了本站保存数据。练习版 CRM 需要在普通窗口中使用；请换用普通窗口，或允许本站存储数据后刷新页面。',
  blocked: '练习版 CRM 正在其他标签页中使用旧版本的数据库，升级被挡住了。请关闭本站的其他标签页，然后刷新这一页；你的数据不会丢失。',
  newer: '这台设备上的客户数据来自本站更新的版本，当前页面无法读取。请刷新页面（或清除缓存后刷新）以加载最新版本；数据没有被改动。',
  closed: '数据库连接已关闭（可能在其他标签页中被升级或删除）。请刷新页面。',
} as const;

/**
 * The message for an IndexedDB or Dexie failure: quota, unavailable (no IndexedDB, private mode, security), blocked
 * upgrade, newer version, closed connection; otherwise a general sentence naming the browser's own error name.
 */
export function crmErrorMessage(error: unknown): string {
  const names = errorNames(error);
  const has = (...wanted: string[]) => names.some((n) => wanted.includes(n));
  if (has('QuotaExceededError')) return CRM_MESSAGES.quota;
  if (has('VersionError')) return CRM_MESSAGES.newer;
  if (has('MissingAPIError', 'InvalidStateError', 'SecurityError', 'UnknownError')) return CRM_MESSAGES.unavailable;
  if (has('DatabaseClosedError')) return CRM_MESSAGES.closed;
  if (has('OpenFailedError')) return CRM_MESSAGES.unavailable;
  return `保存或读取客户数据时出了问题（${names[names.length - 1] ?? '未知错误'}）。数据没有被改动，请刷新页面后再试。`;
}
