// What stored values and backups may look like: zod's tree-shakable “mini” build (shipped in the zod package Astro
// already depends on), strict objects that refuse unknown keys, and key patterns for every map keyed by something a
// file or a link supplies (chapter slugs, question ids).

import * as z from 'zod/v4-mini';

export { z };

/** Keys that would reach an object's prototype when used as a property name; refused anywhere in stored data. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The path to the first prototype-reaching key (`__proto__`, `constructor`, `prototype`) in parsed JSON, or null. */
export function prototypeKeyPath(value: unknown, path: readonly string[] = []): string[] | null {
  if (typeof value !== 'object' || value === null) return null;
  for (const key of Object.keys(value)) {
    if (PROTOTYPE_KEYS.has(key)) return [...path, key];
    const found = prototypeKeyPath((value as Record<string, unknown>)[key], [...path, key]);
    if (found) return found;
  }
  return null;
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A kebab-case id, the form of every key the site makes: chapter slugs (`06-customer-tiering`), widget names, scenario cards. */
export const kebabId = z.string().check(z.regex(KEBAB));
/** A self-check set's key: `<chapter slug>/<set id>`. */
export const quizKey = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/));

/** Where a value failed its schema, as a readable path (`answers › 01-crm-philosophy › q1 › text`). */
export function issuePath(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return '';
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') path.push(...issue.keys);
  return path.join(' › ');
}
