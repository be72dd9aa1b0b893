import { describe, expect, it } from 'vitest';
import { loadVersioned, readEnvelope, saveVersioned, type VersionedSpec } from '~/stores/storage/versioned';
import { notebookSpec } from '~/stores/notebook/schema';
import { z } from '~/stores/storage/schema';
import { MemoryStorage } from '../helpers/memory-storage';

const NOW = Date.UTC(2026, 10, 25, 8, 0, 0);
const KEY = notebookSpec.key;

function storageWith(raw: string): MemoryStorage {
  const storage = new MemoryStorage();
  storage.items.set(KEY, raw);
  return storage;
}

describe('loadVersioned', () => {
  it('starts empty when nothing is stored', () => {
    const result = loadVersioned(new MemoryStorage(), notebookSpec, NOW);
    expect(result).toEqual({ value: { answers: {} }, writable: true });
  });

  it('reads the current version as it is', () => {
    const data = { answers: { '01-crm-philosophy': { q1: { text: '答案', updatedAt: '2026-11-20T10:00:00.000Z' } } } };
    const result = loadVersioned(storageWith(JSON.stringify({ v: 2, data })), notebookSpec, NOW);
    expect(result.value).toEqual(data);
    expect(result.notice).toBeUndefined();
  });

  it('migrates version 1 (plain strings) to version 2', () => {
    const v1 = { v: 1, data: { answers: { '01-crm-philosophy': { q1: '电子商务让客户更主动', q2: '' } } } };
    const result = loadVersioned(storageWith(JSON.stringify(v1)), notebookSpec, NOW);
    expect(result.value).toEqual({
      answers: { '01-crm-philosophy': { q1: { text: '电子商务让客户更主动', updatedAt: '' }, q2: { text: '', updatedAt: '' } } },
    });
    expect(result.notice).toBeUndefined();
  });

  it.each([
    ['broken JSON', '{"v":2,"data":{"answers":', 'corrupt'],
    ['a foreign value', '"some other app wrote this"', 'corrupt'],
    ['an envelope without a version', '{"data":{"answers":{}}}', 'corrupt'],
    ['the wrong shape', '{"v":2,"data":{"answers":{"01":{"q1":42}}}}', 'corrupt'],
    ['an unknown key in an answer', '{"v":2,"data":{"answers":{"01-a":{"q1":{"text":"","updatedAt":"","__html":"<b>"}}}}}', 'corrupt'],
    ['an unknown key beside the envelope', '{"v":2,"data":{"answers":{}},"extra":1}', 'corrupt'],
    ['a __proto__ slug', '{"v":2,"data":{"answers":{"__proto__":{"q1":{"text":"x","updatedAt":""}}}}}', 'corrupt'],
    ['a version from the future', '{"v":9,"data":{}}', 'newer'],
  ])('sets %s aside under another key, clears its own key, reports it and starts empty', (_, raw, kind) => {
    const storage = storageWith(raw);
    const result = loadVersioned(storage, notebookSpec, NOW);
    const asideKey = `${KEY}:aside:2026-11-25T08:00:00.000Z`;
    expect(result.value).toEqual({ answers: {} });
    expect(result.notice).toMatchObject({ kind, key: KEY, asideKey });
    expect(result.notice?.message).toContain(asideKey);
    expect(storage.getItem(asideKey)).toBe(raw);
    expect(storage.getItem(KEY)).toBeNull(); // set aside once: the next load finds nothing to copy again
    expect(result.writable).toBe(true);
  });

  it('sets a corrupt value aside once, however often the page loads (three loads of 1.2 MB do not fill a 5 MB quota)', () => {
    const raw = `{"v":2,"data":${'x'.repeat(1_200_000)}`;
    const storage = storageWith(raw);
    storage.quotaAfter = 5_000_000;
    const notices = [0, 1, 2].map((i) => loadVersioned(storage, notebookSpec, NOW + i * 1000).notice);
    expect([...storage.items.keys()]).toEqual([`${KEY}:aside:2026-11-25T08:00:00.000Z`]);
    expect(notices.map((n) => n?.kind)).toEqual(['corrupt', undefined, undefined]);
    expect(saveVersioned(storage, notebookSpec, { answers: {} })).toBeNull(); // saving still works
  });

  it('leaves an unreadable value in place and refuses to overwrite it when it cannot be set aside', () => {
    const raw = '{not json';
    const storage = storageWith(raw);
    storage.quotaAfter = raw.length; // no room for a copy
    const result = loadVersioned(storage, notebookSpec, NOW);
    expect(result.writable).toBe(false);
    expect(result.notice?.kind).toBe('corrupt');
    expect(result.notice?.message).toContain('原数据保持不动');
    expect([...storage.items.keys()]).toEqual([KEY]);
  });

  it('reports storage that cannot be used at all', () => {
    const result = loadVersioned(null, notebookSpec, NOW);
    expect(result.notice?.kind).toBe('unavailable');
    expect(result.writable).toBe(false);
  });

  it('reports a failed migration as unreadable', () => {
    const spec: VersionedSpec<{ n: number }> = {
      key: 'k',
      version: 3,
      empty: () => ({ n: 0 }),
      migrations: { 1: (d) => d, 2: () => { throw new Error('bad'); } },
      label: '测试数据',
      schema: z.strictObject({ n: z.number() }),
    };
    const storage = new MemoryStorage();
    storage.items.set('k', JSON.stringify({ v: 1, data: { n: 1 } }));
    const result = loadVersioned(storage, spec, NOW);
    expect(result.value).toEqual({ n: 0 });
    expect(result.notice?.kind).toBe('corrupt');
    expect(storage.getItem('k:aside:2026-11-25T08:00:00.000Z')).toBe(JSON.stringify({ v: 1, data: { n: 1 } }));
  });
});

describe('readEnvelope (localStorage and every part of a backup)', () => {
  it('reads, migrates and says where a value is wrong', () => {
    expect(readEnvelope(notebookSpec, { v: 1, data: { answers: { '01-a': { q1: '旧' } } } })).toEqual({
      ok: true,
      value: { answers: { '01-a': { q1: { text: '旧', updatedAt: '' } } } },
      migrated: true,
    });
    expect(readEnvelope(notebookSpec, { v: 2, data: { answers: { '01-a': { q1: { text: 1, updatedAt: '' } } } } })).toEqual({ ok: false, kind: 'corrupt', where: 'answers › 01-a › q1 › text' });
    expect(readEnvelope(notebookSpec, { v: 2, data: { answers: {}, extra: true } })).toEqual({ ok: false, kind: 'corrupt', where: 'extra' });
    expect(readEnvelope(notebookSpec, JSON.parse('{"v":2,"data":{"answers":{"__proto__":{}}}}'))).toEqual({ ok: false, kind: 'corrupt', where: 'answers › __proto__' });
    expect(readEnvelope(notebookSpec, { v: 3, data: {} })).toEqual({ ok: false, kind: 'newer', where: 'v' });
  });
});

describe('saveVersioned', () => {
  it('writes the envelope with the current version', () => {
    const storage = new MemoryStorage();
    expect(saveVersioned(storage, notebookSpec, { answers: {} })).toBeNull();
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual({ v: 2, data: { answers: {} } });
  });

  it('reports a full quota instead of throwing', () => {
    const storage = new MemoryStorage();
    storage.quotaAfter = 10;
    const notice = saveVersioned(storage, notebookSpec, { answers: { x: { q1: { text: '很长的回答'.repeat(10), updatedAt: '' } } } });
    expect(notice?.kind).toBe('quota');
    expect(notice?.message).toMatch(/存储空间已满/);
    expect(storage.getItem(KEY)).toBeNull();
  });
});
