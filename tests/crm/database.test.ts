import 'fake-indexeddb/auto';
import { IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CRM_MESSAGES, crmErrorMessage } from '~/crm/errors';
import { CrmDatabase, openCrmDatabase, SCHEMA_V1 } from '~/crm/database';
import { saveCustomer } from '~/crm/repository';
import type { CrmCustomer } from '~/engine/crm';

let names = 0;
const fresh = () => `crm-test-${++names}-${Date.now()}`;
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
});

const AT = '2024-05-01T00:00:00.000Z';
const customer = (fields: Partial<CrmCustomer> = {}): CrmCustomer => ({
  id: 'C1', kind: 'person', name: '王丽', phone: '13812345678', idNumber: '', contacts: [], industry: '', region: '上海', source: '门店', owner: '', tier: '',
  tags: [], creditGrade: '', consent: true, note: '', createdAt: AT, updatedAt: AT, ...fields,
});

describe('schema migration', () => {
  it('upgrades a version 1 database with data to version 2: tags text becomes a list, new fields get empty values, nothing is lost', async () => {
    const name = fresh();
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('customers').bulkAdd([
      { id: 'M1', kind: 'person', name: '王丽', phone: '13812345678', idNumber: '', industry: '', region: '上海', source: '门店', owner: '小孟', tier: '关键客户', tags: '生鲜, 会员日，生鲜', note: '老会员', createdAt: AT, updatedAt: AT },
      { id: 'M2', kind: 'person', name: '张伟', phone: '', idNumber: '', industry: '', region: '杭州', source: '小程序', owner: '', tier: '', tags: '', note: '', createdAt: AT, updatedAt: AT },
    ]);
    await v1.table('tickets').add({ id: 'T1', customerId: 'M1', title: '草莓霉变', category: '质量', severity: '一般', step: 0, history: [], createdAt: AT, closedAt: '' });
    await v1.table('audit').add({ table: 'customers', recordId: 'M1', at: AT, action: 'create', changes: [], reason: '' });
    v1.close();

    const db = new CrmDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.customers.get('M1')).toEqual({
      id: 'M1', kind: 'person', name: '王丽', phone: '13812345678', idNumber: '', industry: '', region: '上海', source: '门店', owner: '小孟', tier: '关键客户',
      tags: ['生鲜', '会员日'], contacts: [], consent: false, creditGrade: '', note: '老会员', createdAt: AT, updatedAt: AT,
    });
    expect((await db.customers.get('M2'))!.tags).toEqual([]);
    // The new multi-entry index finds customers by tag; the old tables kept their rows.
    expect((await db.customers.where('tags').equals('会员日').toArray()).map((c) => c.id)).toEqual(['M1']);
    expect(await db.tickets.count()).toBe(1);
    expect(await db.audit.count()).toBe(1);
    expect(await db.orders.count()).toBe(0);
  });
});

describe('failures the learner is told about in Chinese', () => {
  it('a browser without IndexedDB (private mode) gets the “cannot open” message, not an exception', async () => {
    const result = await openCrmDatabase({ name: fresh(), dexie: { indexedDB: undefined as never, IDBKeyRange } });
    expect(result).toEqual({ ok: false, message: CRM_MESSAGES.unavailable });
    const refusing = { open: () => { throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'); } };
    expect(await openCrmDatabase({ name: fresh(), dexie: { indexedDB: refusing as never, IDBKeyRange } })).toEqual({ ok: false, message: CRM_MESSAGES.unavailable });
  });

  it('an upgrade blocked by another tab holding version 1 says so, and goes on once that tab closes', async () => {
    const name = fresh();
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 10); // Dexie stores version n as 10n
      request.onupgradeneeded = () => request.result.createObjectStore('customers', { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    }); // another tab: it does not close on versionchange
    const messages: string[] = [];
    const opening = openCrmDatabase({ name, onBlocked: (m) => messages.push(m) });
    await new Promise((r) => setTimeout(r, 200));
    expect(messages).toEqual([CRM_MESSAGES.blocked]);
    raw.close();
    const result = await opening;
    expect(result.ok).toBe(true);
    if (result.ok) opened.push(result.db);
  });

  it('a full quota fails the write with the quota message, and the record stays as it was', async () => {
    const db = new CrmDatabase(fresh());
    opened.push(db);
    await saveCustomer(db, customer(), AT);
    db.customers.hook('updating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    let error: unknown;
    await saveCustomer(db, customer({ name: '王丽丽' }), AT).catch((e) => (error = e));
    expect(crmErrorMessage(error)).toBe(CRM_MESSAGES.quota);
    expect((await db.customers.get('C1'))!.name).toBe('王丽');
    expect(await db.audit.count()).toBe(1);
  });

  it.each([
    [{ name: 'VersionError' }, CRM_MESSAGES.newer],
    [{ name: 'OpenFailedError', inner: { name: 'UnknownError' } }, CRM_MESSAGES.unavailable],
    [{ name: 'AbortError', inner: { name: 'QuotaExceededError' } }, CRM_MESSAGES.quota],
    [{ name: 'DatabaseClosedError' }, CRM_MESSAGES.closed],
  ])('%j → its message', (error, message) => expect(crmErrorMessage(error)).toBe(message));
  it('anything else names the error and says nothing changed', () => expect(crmErrorMessage(new TypeError('x'))).toMatch(/TypeError.*数据没有被改动/));
});
