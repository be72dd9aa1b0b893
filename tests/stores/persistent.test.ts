// @vitest-environment happy-dom
import { cleanStores, type Store } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { notebookSpec, type NotebookData } from '~/stores/notebook/schema';
import { settingsSpec } from '~/stores/settings';
import { clearNotices } from '~/stores/storage/notices';
import { editStamp } from '~/stores/storage/dict';
import { persistentAtom, useTestStorageEngine, type PersistentStore } from '~/stores/storage/persistent';
import { MemoryStorage } from '../helpers/memory-storage';

const SLUG = '01-crm-philosophy';
let storage: MemoryStorage;
const opened: Store[] = [];

beforeEach(() => {
  storage = new MemoryStorage();
  useTestStorageEngine(storage);
  clearNotices();
});
afterEach(() => {
  cleanStores(...opened.splice(0)); // unmounts at once: no listener of an earlier test hears this test's events
  useTestStorageEngine(undefined);
});

/** One browser tab's notebook store: its own atom over the shared storage, listened to as a page would. */
function openTab(): PersistentStore<NotebookData> {
  const tab = persistentAtom(notebookSpec);
  tab.listen(() => undefined);
  opened.push(tab);
  return tab;
}

function type(tab: PersistentStore<NotebookData>, id: string, text: string, at: string): void {
  const current = tab.get();
  tab.set({ answers: { ...current.answers, [SLUG]: { ...current.answers[SLUG], [id]: { text, updatedAt: at } } } });
}

const storedAnswers = () => JSON.parse(storage.getItem(notebookSpec.key)!).data.answers[SLUG];
const otherTabWrote = (key: string | null = notebookSpec.key) => window.dispatchEvent(new StorageEvent('storage', { key }));

describe('two tabs writing the same notebook', () => {
  it('a write merges with what the other tab stored (before its storage event arrives), answer by answer', () => {
    const a = openTab();
    const b = openTab(); // loaded before A wrote: B's copy lacks A's answer
    type(a, 'q1', 'A 写的', '2026-11-25T08:00:01.000Z');
    type(b, 'q2', 'B 写的', '2026-11-25T08:00:02.000Z');
    expect(Object.keys(storedAnswers()).sort()).toEqual(['q1', 'q2']);
    expect(b.get().answers[SLUG]?.q1?.text).toBe('A 写的'); // B took A's answer in while saving
  });

  it('the newer answer wins when both tabs edited the same question', () => {
    const a = openTab();
    const b = openTab();
    type(b, 'q1', 'B 先写', '2026-11-25T08:00:01.000Z');
    type(a, 'q1', 'A 后改', '2026-11-25T08:00:05.000Z');
    expect(storedAnswers().q1.text).toBe('A 后改');
    type(b, 'q2', 'B 又写一题', '2026-11-25T08:00:06.000Z'); // B's stale q1 must not overwrite A's newer one
    expect(storedAnswers().q1.text).toBe('A 后改');
  });

  it('a storage event merges the other tab’s answers into this tab without dropping its own', () => {
    const a = openTab();
    type(a, 'q1', 'A 写的', '2026-11-25T08:00:01.000Z');
    const stored = JSON.parse(storage.getItem(notebookSpec.key)!);
    stored.data.answers[SLUG].q2 = { text: '别的标签页写的', updatedAt: '2026-11-25T08:00:02.000Z' };
    delete stored.data.answers[SLUG].q1; // the other tab never saw q1
    storage.items.set(notebookSpec.key, JSON.stringify(stored));
    otherTabWrote();
    expect(a.get().answers[SLUG]?.q1?.text).toBe('A 写的');
    expect(a.get().answers[SLUG]?.q2?.text).toBe('别的标签页写的');
  });

  it.each([
    ['pageshow (back to a page kept in memory)', () => window.dispatchEvent(new Event('pageshow'))],
    ['visibilitychange (the tab shown again)', () => document.dispatchEvent(new Event('visibilitychange'))],
    ['a storage event for every key (localStorage.clear in another tab)', () => otherTabWrote(null)],
  ])('re-reads on %s', (_, event) => {
    const a = openTab();
    storage.items.set(notebookSpec.key, JSON.stringify({ v: 2, data: { answers: { [SLUG]: { q3: { text: '后来写的', updatedAt: '2026-11-25T09:00:00.000Z' } } } } }));
    event();
    expect(a.get().answers[SLUG]?.q3?.text).toBe('后来写的');
  });

  it('a device setting follows the other tab (the last choice wins, no merge)', () => {
    const settings = persistentAtom(settingsSpec);
    settings.listen(() => undefined);
    opened.push(settings);
    settings.set({ teacher: true, projector: true, course: null });
    storage.items.set(settingsSpec.key, JSON.stringify({ v: 1, data: { teacher: false, projector: false, course: 'logistics' } }));
    otherTabWrote(settingsSpec.key);
    expect(settings.get()).toEqual({ teacher: false, projector: false, course: 'logistics' });
  });
});

describe('$saved: what became of the last write', () => {
  it('is saved after a write that worked, failed with the quota notice when the browser refused', () => {
    const a = openTab();
    expect(a.$saved.get().kind).toBe('idle');
    type(a, 'q1', '短', '2026-11-25T08:00:01.000Z');
    expect(a.$saved.get().kind).toBe('saved');
    storage.quotaAfter = 50;
    type(a, 'q1', '一段很长的回答，超过了存储空间的上限。'.repeat(3), '2026-11-25T08:00:02.000Z');
    const saved = a.$saved.get();
    expect(saved.kind === 'failed' && saved.notice.kind).toBe('quota');
  });

  it('writes a migrated value back in the current version as soon as it is loaded', () => {
    storage.items.set(notebookSpec.key, JSON.stringify({ v: 1, data: { answers: { [SLUG]: { q1: '第一版' } } } }));
    openTab();
    expect(JSON.parse(storage.getItem(notebookSpec.key)!)).toEqual({ v: 2, data: { answers: { [SLUG]: { q1: { text: '第一版', updatedAt: '' } } } } });
  });
});

describe('editStamp', () => {
  it('orders two edits made in the same millisecond, so a stale copy never ties with the newer text', () => {
    const now = new Date('2026-11-25T08:00:00.000Z');
    expect(editStamp(undefined, now)).toBe('2026-11-25T08:00:00.000Z');
    expect(editStamp('', now)).toBe('2026-11-25T08:00:00.000Z');
    expect(editStamp('2026-11-25T08:00:00.000Z', now)).toBe('2026-11-25T08:00:00.001Z');
    expect(editStamp('2026-11-25T07:00:00.000Z', now)).toBe('2026-11-25T08:00:00.000Z');
  });

  it('two quick keystrokes in one tab: the other tab’s stale copy of that answer never overwrites the later one', () => {
    const a = openTab();
    const b = openTab();
    const now = new Date('2026-11-25T08:00:00.000Z');
    setAnswerIn(a, 'q1', '甲', now);
    type(b, 'q2', '乙', '2026-11-25T07:59:00.000Z'); // B now holds A's 甲 (merged on save)
    setAnswerIn(a, 'q1', '甲页', now); // same millisecond
    type(b, 'q2', '乙页', '2026-11-25T07:59:01.000Z');
    expect(storedAnswers().q1.text).toBe('甲页');
  });

  it('a tab holding something newer than what another tab stored writes it back', () => {
    const a = openTab();
    type(a, 'q1', '甲页最新', '2026-11-25T08:00:05.000Z');
    storage.items.set(notebookSpec.key, JSON.stringify({ v: 2, data: { answers: { [SLUG]: { q1: { text: '甲', updatedAt: '2026-11-25T08:00:01.000Z' } } } } }));
    otherTabWrote();
    expect(storedAnswers().q1.text).toBe('甲页最新');
  });
});

function setAnswerIn(tab: PersistentStore<NotebookData>, id: string, text: string, now: Date): void {
  const previous = tab.get().answers[SLUG]?.[id]?.updatedAt;
  type(tab, id, text, editStamp(previous, now));
}
