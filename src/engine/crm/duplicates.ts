import { EngineError } from '../core/errors';
import type { CrmContact, CrmCustomer } from './types';

/** A group of customer records that look like one customer, and why. */
export interface DuplicateGroup {
  /** Record ids, oldest first (the one to keep by default). */
  readonly ids: readonly string[];
  /** 手机号相同, 证件号相同, 名称相同 (each reason found between two of the records). */
  readonly reasons: readonly string[];
}

const COMPANY_SUFFIX = /(股份有限公司|有限责任公司|有限公司|集团|公司)$/;

/** A name as compared for duplicates: NFKC, no spaces or punctuation, lower case, a company suffix dropped. */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase().replace(COMPANY_SUFFIX, '');
}

/** A phone number as compared: digits only, a leading 86 / 0086 country code dropped. */
export function normalisePhone(phone: string): string {
  return phone.normalize('NFKC').replace(/\D/g, '').replace(/^(0086|86)(?=1\d{10}$)/, '');
}

/**
 * Groups customer records that probably describe the same customer (the data-quality lesson of chapter 5): the
 * same phone number, the same ID number, or the same name (after `normaliseName`) where nothing tells them apart
 * (not two different phone numbers, not two different regions). Two 王丽 with different phones stay apart.
 * Records linked through a chain (A~B by phone, B~C by name) form one group. Linear in the number of records.
 *
 * @example
 * findDuplicates([{ id: 'C1', name: '王丽', phone: '138 1234 5678', … }, { id: 'C2', name: '王 丽', phone: '+86 13812345678', … }])
 * // [{ ids: ['C1', 'C2'], reasons: ['手机号相同', '名称相同'] }]
 */
export function findDuplicates(customers: readonly CrmCustomer[]): DuplicateGroup[] {
  const parent = customers.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const reasons = new Map<number, Set<string>>();
  const join = (a: number, b: number, reason: string) => {
    const ra = find(a), rb = find(b);
    const root = Math.min(ra, rb);
    const merged = new Set([...(reasons.get(ra) ?? []), ...(reasons.get(rb) ?? []), reason]);
    parent[ra] = root;
    parent[rb] = root;
    reasons.delete(Math.max(ra, rb));
    reasons.set(root, merged);
  };
  const firstBy = (key: (c: CrmCustomer) => string, reason: string) => {
    const seen = new Map<string, number>();
    customers.forEach((c, i) => {
      const k = key(c);
      if (k === '') return;
      const j = seen.get(k);
      if (j === undefined) seen.set(k, i);
      else join(j, i, reason);
    });
  };
  firstBy((c) => normalisePhone(c.phone), '手机号相同');
  firstBy((c) => c.idNumber.normalize('NFKC').replace(/\s/g, '').toUpperCase(), '证件号相同');
  // Same name, and nothing tells them apart: no two different phones, no two different regions.
  const byName = new Map<string, number[]>();
  customers.forEach((c, i) => {
    const k = normaliseName(c.name);
    if (k !== '') byName.set(k, [...(byName.get(k) ?? []), i]);
  });
  for (const members of byName.values()) {
    for (let x = 1; x < members.length; x++) {
      for (let y = 0; y < x; y++) {
        const a = customers[members[y]!]!, b = customers[members[x]!]!;
        const pa = normalisePhone(a.phone), pb = normalisePhone(b.phone);
        if ((pa === '' || pb === '' || pa === pb) && (a.region === b.region || a.region === '' || b.region === '')) {
          join(members[y]!, members[x]!, '名称相同');
          break;
        }
      }
    }
  }
  const groups = new Map<number, number[]>();
  customers.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  const order = ['手机号相同', '证件号相同', '名称相同'];
  return [...groups.entries()]
    .filter(([, members]) => members.length > 1)
    .map(([root, members]) => ({
      ids: members.map((i) => customers[i]!).sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0)).map((c) => c.id),
      reasons: order.filter((r) => reasons.get(root)?.has(r)),
    }));
}

/** A field whose two values differed: the kept value and the one set aside (written into the note). */
export interface MergeConflict {
  readonly field: string;
  readonly kept: string;
  readonly dropped: string;
}

export interface MergeResult {
  readonly customer: CrmCustomer;
  readonly conflicts: readonly MergeConflict[];
}

const TEXT_FIELDS = ['kind', 'name', 'phone', 'idNumber', 'industry', 'region', 'source', 'owner', 'tier', 'creditGrade'] as const;

/** Chinese names of the customer fields, for the audit log and messages. */
export const CUSTOMER_FIELD_LABELS: Readonly<Record<string, string>> = Object.freeze({
  kind: '类型', name: '名称', phone: '手机号', idNumber: '证件号', contacts: '联系人', industry: '行业', region: '区域',
  source: '来源', owner: '负责人', tier: '客户等级', tags: '标签', creditGrade: '信用等级', consent: '同意营销联系', note: '备注',
});

/**
 * Merges a duplicate into the record kept: each field keeps the kept record's value, or takes the other's when the
 * kept one is empty (or when `prefer` names the other for that field); tags and contacts are united; consent to be
 * contacted stays only when both records had it (merging must not create a consent the customer never gave); the
 * earlier creation time stays. Values that differed and were not kept are listed and added to the note, so nothing
 * is silently lost.
 *
 * @throws EngineError `merge-same-record` when both are the same record.
 */
export function mergeCustomers(keep: CrmCustomer, other: CrmCustomer, at: string, prefer: Readonly<Partial<Record<string, 'keep' | 'other'>>> = {}): MergeResult {
  if (keep.id === other.id) throw new EngineError('merge-same-record', '不能把一条记录与它自己合并(cannot merge a record with itself)');
  const conflicts: MergeConflict[] = [];
  const merged: Record<string, unknown> = { ...keep };
  for (const field of TEXT_FIELDS) {
    const mine = String(keep[field]), theirs = String(other[field]);
    const takeOther = prefer[field] === 'other' ? theirs !== '' : mine === '';
    const kept = takeOther ? theirs : mine, dropped = takeOther ? mine : theirs;
    merged[field] = takeOther ? other[field] : keep[field];
    if (dropped !== '' && dropped !== kept) conflicts.push({ field, kept, dropped });
  }
  const contacts: CrmContact[] = [];
  for (const c of [...keep.contacts, ...other.contacts]) {
    if (!contacts.some((d) => d.name === c.name && normalisePhone(d.phone) === normalisePhone(c.phone))) contacts.push(c);
  }
  const setAside = conflicts.map((c) => `${CUSTOMER_FIELD_LABELS[c.field]}：${c.dropped}`).join('；');
  const notes = [keep.note, other.note, setAside === '' ? '' : `合并自 ${other.id}（${setAside}）`].filter((n) => n.trim() !== '');
  return {
    customer: {
      ...(merged as unknown as CrmCustomer),
      contacts,
      tags: [...new Set([...keep.tags, ...other.tags])],
      consent: keep.consent && other.consent,
      note: [...new Set(notes)].join('\n'),
      createdAt: keep.createdAt < other.createdAt ? keep.createdAt : other.createdAt,
      updatedAt: at,
    },
    conflicts,
  };
}
