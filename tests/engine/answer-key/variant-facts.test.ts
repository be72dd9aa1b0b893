import { describe, expect, it } from 'vitest';
import { datasetFacts, variantDifferences } from '~/engine/answer-key';
import { generateDataset, generateVariant } from '~/engine/generate';

describe('datasetFacts', () => {
  it('the committed retail file: the facts its data dictionary states (manifest.json)', () => {
    // manifest: 45,256 rows, 3,750 members, 2023-01-01 … 2024-12-31 (两年,截至 2024-12-31), stores in 上海、杭州、南京、苏州、宁波
    const facts = Object.fromEntries(datasetFacts(generateDataset('retail')).map((f) => [f.label, f.value]));
    expect(facts['行数']).toBe('45,256');
    expect(facts['会员数']).toBe('3,750');
    expect(facts['时间范围']).toBe('2023-01-01 至 2024-12-31');
    expect(facts['门店']!.split('、').sort()).toEqual(['上海1店', '上海2店', '南京店', '宁波店', '杭州店', '苏州店'].sort());
  });

  it('every dataset has facts, none empty (a renamed column would show up here)', () => {
    for (const id of ['retail', 'logistics', 'survey', 'expectations', 'complaints', 'calls', 'credit']) {
      for (const fact of datasetFacts(generateDataset(id))) expect(fact.value, `${id}: ${fact.label}`).not.toMatch(/^(0|)$/);
    }
  });

  it('the committed call-centre file: 672 rows from Monday 2024-10-14 to Sunday 2024-11-10 (its description)', () => {
    const facts = datasetFacts(generateDataset('calls'));
    expect(facts.slice(0, 2)).toEqual([
      { label: '行数（天数 × 24 个时段）', value: '672' },
      { label: '日期范围', value: '2024-10-14 至 2024-11-10' },
    ]);
  });
});

describe('variantDifferences', () => {
  it('a student’s file beside the public one: what differs is marked', () => {
    const rows = variantDifferences(generateVariant('calls', '2023123456'), generateDataset('calls'));
    expect(rows.map((r) => r.label)).toEqual(['行数（天数 × 24 个时段）', '日期范围', '来电总量']);
    expect(rows[0]).toMatchObject({ yours: '672', common: '672', differs: false }); // always 4 weeks × 7 days × 24 slots
    expect(rows[1]!.differs).toBe(true);
    expect(rows[1]!.common).toBe('2024-10-14 至 2024-11-10');
  });

  it('the public file beside itself differs in nothing', () => {
    const credit = generateDataset('credit');
    expect(variantDifferences(credit, credit).every((r) => !r.differs)).toBe(true);
  });
});
