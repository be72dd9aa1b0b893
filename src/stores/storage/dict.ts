/**
 * A null-prototype object for maps keyed by something a file, another tab or a link supplies (chapter slugs,
 * question ids, link keys): there `__proto__` and `constructor` are ordinary keys, never the prototype, so an
 * assignment `map[key] = value` cannot reach `Object.prototype`. JSON.stringify writes it like any object.
 */
export function dict<V>(entries: Iterable<readonly [string, V]> = []): Record<string, V> {
  const map = Object.create(null) as Record<string, V>;
  for (const [key, value] of entries) map[key] = value;
  return map;
}

/** A copy of a record as a null-prototype object (own enumerable keys only). */
export function dictOf<V>(record: Readonly<Record<string, V>>): Record<string, V> {
  return dict(Object.entries(record));
}

/**
 * The `updatedAt` for an edit made `now`: strictly later than the value's previous one, so two edits in the same
 * millisecond still order (another tab's merge must never mistake the older text for a tie).
 */
export function editStamp(previous: string | undefined, now: Date): string {
  const before = previous ? Date.parse(previous) : Number.NaN;
  return new Date(Number.isNaN(before) || now.getTime() > before ? now.getTime() : before + 1).toISOString();
}

/** The newer of two values by an ISO `updatedAt` (the first on a tie: this tab's own work wins a draw). */
export function newer<T extends { readonly updatedAt: string }>(mine: T | undefined, theirs: T | undefined): T | undefined {
  if (!mine) return theirs;
  if (!theirs) return mine;
  return theirs.updatedAt > mine.updatedAt ? theirs : mine;
}

/** Two maps combined key by key with `pick` (keys of either side; the result is a null-prototype object). */
export function mergeMaps<V>(mine: Readonly<Record<string, V>>, theirs: Readonly<Record<string, V>>, pick: (a: V | undefined, b: V | undefined) => V | undefined): Record<string, V> {
  const merged = dictOf(mine);
  for (const [key, value] of Object.entries(theirs)) {
    const chosen = pick(Object.hasOwn(mine, key) ? mine[key] : undefined, value);
    if (chosen !== undefined) merged[key] = chosen;
  }
  return merged;
}
