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
