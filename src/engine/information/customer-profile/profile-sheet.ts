import { toCsv } from '../../core/csv-export';
import { EngineError } from '../../core/errors';
import { PROFILE_CATEGORIES, PROFILE_FIELDS, profileField } from './field-catalogue';
import type { DesignedField, ProfileDesign, ProfileField, ProfileScenario } from './types';

/** One row of the sheet: the field, its category, required or not, the reason, and a sensitivity note. */
export interface ProfileSheetRow {
  readonly category: string;
  readonly field: string;
  readonly required: '必填' | '选填';
  readonly note: string;
  /** e.g. “敏感个人信息（生物识别信息），须单独同意”, or ''. */
  readonly caution: string;
}

/**
 * The rows of a designed record sheet in the order a sheet is read: by category (基本信息 … 关系信息), within a
 * category in catalogue order (not the order the learner picked them), each with 必填/选填, the learner's reason
 * and, for sensitive personal information, a reminder that it needs separate consent.
 *
 * Source: the record sheet layout of chapter 5 (栏目, 字段, 填写说明).
 * @throws EngineError `unknown-field` for a field id the catalogue does not have.
 * @example profileSheetRows({ fields: [{ id: 'mobile', required: true, note: '积分' }, { id: 'customer-id', required: true, note: '识别' }] })
 *   // [{ category: '基本信息', field: '客户编号', required: '必填', note: '识别', caution: '' }, { … field: '手机号' … }]
 */
export function profileSheetRows(design: ProfileDesign): ProfileSheetRow[] {
  const chosen = new Map<string, DesignedField>();
  for (const d of design.fields) {
    if (!profileField(d.id)) throw new EngineError('unknown-field', `字段库里没有“${d.id}”(unknown field ${d.id})`, { field: d.id });
    chosen.set(d.id, d);
  }
  const categoryName = new Map(PROFILE_CATEGORIES.map((c) => [c.key, c.name]));
  const order = new Map(PROFILE_CATEGORIES.map((c, i) => [c.key, i]));
  return PROFILE_FIELDS.filter((f) => chosen.has(f.id))
    .sort((a, b) => order.get(a.category)! - order.get(b.category)!)
    .map((f: ProfileField) => {
      const d = chosen.get(f.id)!;
      return {
        category: categoryName.get(f.category)!,
        field: f.name,
        required: d.required ? '必填' : '选填',
        note: d.note.trim(),
        caution: f.sensitive ? `敏感个人信息（${f.sensitive}），须单独同意` : '',
      };
    });
}

const SHEET_COLUMNS = [
  { header: '栏目', value: 'category' },
  { header: '字段', value: 'field' },
  { header: '必填/选填', value: 'required' },
  { header: '用途说明', value: 'note' },
  { header: '提示', value: 'caution' },
  { header: '填写内容', value: () => '' },
] as const;

/**
 * The sheet as a blank template in Excel CSV: one row per field with 栏目, 字段, 必填/选填, 用途说明, 提示 and an
 * empty 填写内容 column (UTF-8 with BOM; text starting with = + - @ neutralised by `toCsv`).
 *
 * Source: as `profileSheetRows`; CSV per RFC 4180 (`toCsv`).
 * @throws EngineError `unknown-field` as `profileSheetRows`.
 * @example profileSheetCsv({ fields: [{ id: 'customer-id', required: true, note: '识别' }] })
 *   // '\uFEFF栏目,字段,必填/选填,用途说明,提示,填写内容\r\n基本信息,客户编号,必填,识别,,\r\n'
 */
export function profileSheetCsv(design: ProfileDesign): string {
  return toCsv(profileSheetRows(design), SHEET_COLUMNS);
}

const cell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');

/**
 * The sheet as a printable Markdown document: the scenario's title and purposes, a table of the fields
 * (栏目, 字段, 必填/选填, 用途说明, 填写) with `|` in the learner's text escaped, and a note on the sensitive
 * personal information it holds and the consent it needs.
 *
 * Source: as `profileSheetRows`.
 * @throws EngineError `unknown-field` as `profileSheetRows`.
 * @example profileSheetMarkdown(supermarket, { fields: [{ id: 'customer-id', required: true, note: '识别' }] })
 *   // '# 鲜邻超市的会员档案：客户档案信息表\n\n客户类型：个人客户…| 基本信息 | 客户编号 | 必填 | 识别 |  |\n…'
 */
export function profileSheetMarkdown(scenario: ProfileScenario, design: ProfileDesign): string {
  const rows = profileSheetRows(design);
  const lines = [
    `# ${scenario.title}：客户档案信息表`,
    '',
    `客户类型：${scenario.kind === 'person' ? '个人客户' : '企业客户'}`,
    '',
    '用途：',
    ...scenario.purposes.map((p) => `- ${p}`),
    '',
    '| 栏目 | 字段 | 必填/选填 | 用途说明 | 填写 |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${cell(r.category)} | ${cell(r.field)}${r.caution ? '（敏感）' : ''} | ${r.required} | ${cell(r.note)} |  |`),
  ];
  const sensitive = rows.filter((r) => r.caution);
  lines.push('', '填写须知：只收集上表列出的信息，并告知客户用途；选填项客户可以不填，不影响办理业务。');
  if (sensitive.length > 0) {
    lines.push(`敏感个人信息：${sensitive.map((r) => r.field).join('、')}。收集前须取得客户的单独同意（不满十四周岁未成年人的信息须取得父母或其他监护人同意），并限定查看权限。`);
  }
  return `${lines.join('\n')}\n`;
}
