import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { rubricSchema } from '~/content-schema/rubric-schema';
import { RESULT_SOURCES } from '~/content-schema/result-sources';
import { worksheetSchema } from '~/content-schema/worksheet-schema';
import { loadMdx } from './load';

/*
 * Every lab has a worksheet (content/labs/worksheets/<slug>.yaml) in place of its template tables: the definition
 * passes its schema, each rubric criterion is marked on at least one section, and the lab's MDX renders it once.
 */

const labs = loadMdx<{ rubric: unknown }>('content/labs');
const files = readdirSync('content/labs/worksheets').filter((f) => f.endsWith('.yaml'));
const sheetOf = (slug: string) => worksheetSchema.parse(yaml.load(readFileSync(`content/labs/worksheets/${slug}.yaml`, 'utf8')));
const byLab = labs.map((lab) => [lab.slug, lab] as const);

describe('lab worksheets', () => {
  it('one worksheet per lab and no other', () => {
    expect(files.map((f) => f.replace(/\.yaml$/, '')).sort()).toEqual(labs.map((l) => l.slug).sort());
  });

  it.each(byLab)('%s: the worksheet passes its schema and marks every rubric criterion on a section', (slug, lab) => {
    const sheet = sheetOf(slug);
    const criteria = rubricSchema.parse(lab.data.rubric).map((c) => c.id);
    const named = sheet.sections.flatMap((s) => s.criteria);
    expect(named.filter((id) => !criteria.includes(id)), 'sections name criteria the rubric does not have').toEqual([]);
    expect(criteria.filter((id) => !named.includes(id)), 'criteria no section is marked on').toEqual([]);
    expect(sheet.sections.some((s) => s.fields.some((f) => f.required))).toBe(true);
  });

  it.each(byLab)('%s: the MDX renders its own worksheet once, and no template tables remain', (slug, lab) => {
    expect([...lab.body.matchAll(/<Worksheet lab="([^"]+)" \/>/g)].map((m) => m[1])).toEqual([slug]);
    expect(lab.body).not.toMatch(/^## 模板/m);
  });

  it('the labs that analyse data fill from the widgets that make the figures', () => {
    const sources = (slug: string) => sheetOf(slug).sections.flatMap((s) => s.fields.flatMap((f) => ('fill' in f && f.fill ? [f.fill.source] : [])));
    expect(sources('crm-implementation')).toContain('rfm-segments');
    expect(sources('key-accounts')).toEqual(expect.arrayContaining(['abc-classes', 'clv-result']));
    expect(sources('logistics-key-accounts')).toContain('abc-classes');
    expect(sources('customer-records')).toContain('credit-rating');
    expect(sources('satisfaction-survey')).toContain('satisfaction-summary');
    expect(sources('loyalty-programme')).toContain('cohort-retention');
    for (const slug of labs.map((l) => l.slug)) for (const source of sources(slug)) expect(Object.keys(RESULT_SOURCES)).toContain(source);
  });
});

describe('a worksheet definition that is wrong fails with a message saying why', () => {
  const field = { id: 'x', type: 'number', label: '数字' };
  const sheet = (fields: object[]) => ({ sections: [{ id: 's', title: '任务一', fields }] });
  const message = (input: unknown) => {
    const result = worksheetSchema.safeParse(input);
    return result.success ? '' : result.error.issues.map((i) => i.message).join('；');
  };

  it.each([
    ['an unknown fill source', sheet([{ ...field, fill: { source: 'no-such-widget', value: 'x' } }]), /未知的结果来源/],
    ['a key the source does not publish', sheet([{ ...field, fill: { source: 'clv-result', value: 'nps' } }]), /来源 clv-result 没有 nps/],
    ['a fill column the table does not have', sheet([{ id: 't', type: 'table', label: '表格', columns: [{ id: 'a', label: 'A' }], fill: { source: 'abc-classes', columns: { b: 'class' } } }]), /表格没有列 b/],
    ['two fields with one id', sheet([field, { ...field, label: '又一个' }]), /字段 id 重复：x/],
    ['a choice column without options', sheet([{ id: 't', type: 'table', label: '表格', columns: [{ id: 'a', label: 'A', type: 'choice' }] }]), /选择列须给出 options/],
    ['an unknown key', sheet([{ ...field, colour: 'red' }]), /colour|Unrecognized/],
  ])('%s', (_, input, expected) => {
    expect(message(input)).toMatch(expected);
  });
});
