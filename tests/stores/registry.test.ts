// One home for learner data: every store kept in localStorage is in src/stores/registry.ts, and nothing else in
// the site writes localStorage. (tests/e2e/learner-data.e2e.ts checks the keys a real browser ends up with.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRegisteredKey, STORES } from '~/stores/registry';
import { persistentKeys } from '~/stores/storage/persistent';

const ROOT = join(__dirname, '../..');
const STORAGE_LAYER = 'src/stores/storage/';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|astro|mjs|js)$/.test(name) ? [relative(ROOT, path)] : [];
  });
}
const files = sourceFiles(join(ROOT, 'src')).map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }));
const modules = import.meta.glob('/src/**/*.{ts,tsx}');

describe('the store registry', () => {
  it('holds every persistent store the site makes', async () => {
    const makers = files.filter((f) => !f.path.startsWith(STORAGE_LAYER) && /persistentAtom\s*(<[^>]*>)?\(/.test(f.text));
    expect(makers.length).toBeGreaterThan(0);
    for (const maker of makers) await modules[`/${maker.path}`]!();
    const unregistered = persistentKeys().filter((key) => !STORES.some((store) => store.key === key));
    expect(unregistered).toEqual([]);
    expect(new Set(STORES.map((s) => s.key)).size).toBe(STORES.length);
  });

  it('nothing outside the storage layer writes localStorage', () => {
    const writers = files.filter((f) => !f.path.startsWith(STORAGE_LAYER) && /localStorage\s*\.\s*(setItem|removeItem|clear)|localStorage\s*\[/.test(f.text));
    expect(writers.map((f) => f.path)).toEqual([]);
  });

  it('knows a store’s key and the keys its unreadable values are set aside under, and nothing else', () => {
    expect(isRegisteredKey('crm-lab:notebook')).toBe(true);
    expect(isRegisteredKey('crm-lab:profile-builder:aside:2026-11-25T08:00:00.000Z')).toBe(true);
    expect(isRegisteredKey('crm-lab:notebook-old')).toBe(false);
    expect(isRegisteredKey('crm-lab:grades')).toBe(false);
  });
});
