import { toCsv, type CsvColumn } from '../core/csv-export';
import type { ColumnSpec, ReadTableResult, TableColumn } from '../ingest/read-table';
import type { CrmCustomer, CrmCustomerKind } from './types';
import { maskIdNumber, maskPhone } from './masking';

const text = (key: string, label: string, labelEn: string, synonyms: string[], required = false): ColumnSpec => ({ key, type: 'string', label, labelEn, synonyms, required });

/**
 * The columns of a customer list, for `readTable`: only the name is required, so both a learner's short list and
 * the bundled `logistics-customers.csv` (客户编号, 客户名称, 行业, 区域) read. The practice CRM's own export uses the
 * first synonym of each, so an exported file reads back.
 */
export const CUSTOMER_COLUMNS: readonly ColumnSpec[] = Object.freeze([
  text('id', '客户编号', 'customer id', ['客户编号', '会员号', '客户ID', '客户代码', 'customer_id', 'CustomerID', 'id']),
  text('name', '客户名称', 'name', ['客户名称', '姓名', '名称', '客户', '公司名称', 'name', 'customer_name'], true),
  text('kind', '客户类型', 'kind', ['客户类型', '类型', 'kind', 'type']),
  text('phone', '手机号', 'phone', ['手机号', '手机', '电话', '联系电话', 'phone', 'mobile']),
  text('idNumber', '证件号', 'ID number', ['证件号', '身份证号', '统一社会信用代码', 'id_number']),
  text('contact', '联系人', 'contact', ['联系人', 'contact']),
  text('industry', '行业', 'industry', ['行业', 'industry']),
  text('region', '区域', 'region', ['区域', '地区', '城市', 'region', 'city']),
  text('source', '来源', 'source', ['来源', '客户来源', 'source']),
  text('owner', '负责人', 'owner', ['负责人', '客户经理', 'owner']),
  text('tier', '客户等级', 'tier', ['客户等级', '等级', 'tier']),
  text('tags', '标签', 'tags', ['标签', 'tags']),
  text('creditGrade', '信用等级', 'credit grade', ['信用等级', 'credit_grade']),
  text('consent', '同意营销联系', 'consent', ['同意营销联系', '同意联系', '营销同意', 'consent']),
  text('note', '备注', 'note', ['备注', 'note']),
]);

const COMPANY_WORDS = /(公司|厂|集团|企业|商行|店|中心|医院|学校|食堂|物业|批发|超市|有限|co\.|ltd|inc)/i;
const YES = new Set(['是', '同意', '已同意', 'y', 'yes', 'true', '1', '√']);

/** 企业 / 公司 / company → company, 个人 / person → person; otherwise guessed from the name. */
export function customerKindOf(kindText: string, name: string): CrmCustomerKind {
  const k = kindText.trim().toLowerCase();
  if (/^(企业|公司|单位|company|b2b)/.test(k)) return 'company';
  if (/^(个人|person|会员|b2c)/.test(k)) return 'person';
  return COMPANY_WORDS.test(name) ? 'company' : 'person';
}

/** One customer read from a row, before it has an id of the CRM's own. */
export type CustomerDraft = Omit<CrmCustomer, 'createdAt' | 'updatedAt'>;

/**
 * Customers from a customer list read by `readTable(…, { columns: CUSTOMER_COLUMNS })`: tags split on `;` `；` `、`
 * `|`, consent read as 是/同意/yes/1, the kind from a 类型 column or the name, a missing id made by `newId(row)`.
 * Rows were already checked by the reader (its issues are the rows it rejected); this keeps every row it kept.
 */
export function customersFromTable(table: ReadTableResult, newId: (row: number) => string): CustomerDraft[] {
  const col = (key: string, i: number) => {
    const column: TableColumn | null = table.columns[key] ?? null;
    return column === null ? '' : String((column as readonly string[])[i] ?? '');
  };
  const out: CustomerDraft[] = [];
  for (let i = 0; i < table.length; i++) {
    const name = col('name', i);
    const contact = col('contact', i);
    out.push({
      id: col('id', i) || newId(i),
      kind: customerKindOf(col('kind', i), name),
      name,
      phone: col('phone', i),
      idNumber: col('idNumber', i),
      contacts: contact === '' ? [] : [{ name: contact, role: '', phone: '' }],
      industry: col('industry', i),
      region: col('region', i),
      source: col('source', i),
      owner: col('owner', i),
      tier: col('tier', i),
      tags: col('tags', i).split(/[;；、|]/).map((t) => t.trim()).filter((t) => t !== ''),
      creditGrade: col('creditGrade', i).toUpperCase(),
      consent: YES.has(col('consent', i).toLowerCase()),
      note: col('note', i),
    });
  }
  return out;
}

const KIND_LABEL: Record<CrmCustomerKind, string> = { company: '企业', person: '个人' };

/**
 * The customer list as CSV for Excel (`toCsv`: BOM, CRLF, cells starting with = + - @ neutralised), in the columns
 * `CUSTOMER_COLUMNS` reads back. Phone and ID numbers are masked unless `masked` is false.
 */
export function customersToCsv(customers: readonly CrmCustomer[], { masked = true } = {}): string {
  const columns: CsvColumn<CrmCustomer>[] = [
    { header: '客户编号', value: 'id' },
    { header: '客户名称', value: 'name' },
    { header: '客户类型', value: (c) => KIND_LABEL[c.kind] },
    { header: '手机号', value: (c) => (masked ? maskPhone(c.phone) : c.phone) },
    { header: '证件号', value: (c) => (masked ? maskIdNumber(c.idNumber) : c.idNumber) },
    { header: '联系人', value: (c) => c.contacts.map((p) => p.name).join('、') },
    { header: '行业', value: 'industry' },
    { header: '区域', value: 'region' },
    { header: '来源', value: 'source' },
    { header: '负责人', value: 'owner' },
    { header: '客户等级', value: 'tier' },
    { header: '标签', value: (c) => c.tags.join('；') },
    { header: '信用等级', value: 'creditGrade' },
    { header: '同意营销联系', value: (c) => (c.consent ? '是' : '否') },
    { header: '备注', value: 'note' },
  ];
  return toCsv(customers, columns);
}
