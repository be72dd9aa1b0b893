/** The learner's local date as `YYYY-MM-DD` (follow-ups are due on a calendar day where the learner is). */
export function localDay(date: Date = new Date()): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** An ISO time as the learner reads it: `5月7日 09:30` (local time), or `—` when empty. */
export function shortTime(iso: string): string {
  if (iso === '') return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getMonth() + 1}月${d.getDate()}日 ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** `datetime-local` input value ↔ ISO. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localDay(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
export function fromLocalInput(value: string): string {
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

/** Minutes as “2 小时 15 分钟”. */
export function durationText(minutes: number): string {
  const m = Math.abs(Math.round(minutes));
  const h = Math.floor(m / 60);
  if (h >= 48) return `${Math.floor(h / 24)} 天 ${h % 24} 小时`;
  return h > 0 ? `${h} 小时 ${m % 60} 分钟` : `${m} 分钟`;
}

/** A new record id: a prefix, the time and a random tail (readable in the list, unique across tabs). */
export function newId(prefix: string): string {
  return `${prefix}${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 1296).toString(36).toUpperCase().padStart(2, '0')}`;
}
