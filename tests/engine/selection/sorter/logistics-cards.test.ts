import { describe, expect, it } from 'vitest';
import { readTable } from '~/engine/ingest/read-table';
import { LOGISTICS_CARD_COLUMNS, cardsFromLogisticsTable } from '~/engine/selection/sorter';
import { bundledCards, bundledRows } from './fixtures';

async function read(csv: string) {
  const bytes = new TextEncoder().encode(csv);
  return readTable((async function* () { yield bytes; })(), { columns: LOGISTICS_CARD_COLUMNS });
}

const HEAD = '客户编号,客户名称,行业,区域,合作年限,年营收(万元),毛利率,年发货票数,特殊要求次数,服务成本(万元),平均回款天数,付款记录,年增长率,与定位匹配度,状态,备注';

describe('cardsFromLogisticsTable', () => {
  it('turns 万元 into 元 and keeps the words', async () => {
    const table = await read(`${HEAD}\nKH001,华东某电子科技公司,电子元器件,华东,4,195.0,0.196,11093,11,11.1,29,按时,0.09,0.71,合作中,\n`);
    const { cards, issues } = cardsFromLogisticsTable(table);
    expect(issues).toEqual([]);
    expect(cards).toEqual([
      {
        id: 'KH001', name: '华东某电子科技公司', industry: '电子元器件', region: '华东', years: 4, revenue: 1_950_000, marginRate: 0.196,
        shipments: 11093, specialRequests: 11, serviceCost: 111_000, paymentDays: 29, growth: 0.09, fit: 0.71, status: '合作中', note: '',
      },
    ]);
  });

  it('reads a file with only the required columns: unknowns are null or empty', async () => {
    const table = await read('客户编号,客户名称,年营收(万元),毛利率,服务成本(万元),平均回款天数\nA,甲,10,0.2,1,30\n');
    expect(cardsFromLogisticsTable(table).cards[0]).toMatchObject({ id: 'A', revenue: 100_000, serviceCost: 10_000, years: null, growth: null, fit: null, status: '', note: '' });
  });

  it('leaves out rows the profitability check cannot take, and says why; the good rows stay', async () => {
    const table = await read(
      '客户编号,客户名称,年营收(万元),毛利率,服务成本(万元),平均回款天数,年增长率,与定位匹配度\n' +
        'A,甲,10,0.2,1,30,0.1,0.5\nB,乙,10,18.5,1,30,0.1,0.5\nA,丙,10,0.2,1,30,0.1,0.5\nC,丁,10,0.2,1,30,-1,0.5\nD,戊,10,0.2,1,30,0,1.5\nE,己,10,0.2,-1,30,0,0.5\n',
    );
    const { cards, issues } = cardsFromLogisticsTable(table);
    expect(cards.map((c) => c.id)).toEqual(['A']);
    expect(issues).toEqual([
      { customer: 'B', column: '毛利率', message: '毛利率应是 −1 到 1 之间的小数（0.185 即 18.5%）' },
      { customer: 'A', column: '客户编号', message: '客户编号 A 重复，只用第一行' },
      { customer: 'C', column: '年增长率', message: '年增长率应大于 −1（−0.2 即下降 20%）' },
      { customer: 'D', column: '与定位匹配度', message: '与定位匹配度应在 0 到 1 之间' },
      { customer: 'E', column: '服务成本(万元)', message: '服务成本不能为负数' },
    ]);
  });

  it('reads every row of the bundled file', async () => {
    const cards = await bundledCards();
    const rows = bundledRows();
    expect(cards).toHaveLength(rows.length);
    expect(cards.map((c) => c.id)).toEqual(rows.map((r) => r['客户编号']));
    cards.forEach((c, i) => {
      expect(c.revenue).toBeCloseTo(Number(rows[i]!['年营收(万元)']) * 10_000, 6);
      expect(c.serviceCost).toBeCloseTo(Number(rows[i]!['服务成本(万元)']) * 10_000, 6);
    });
  });
});
