import { EngineError } from '../core/errors';
import { LOGISTICS_INDUSTRIES, LOGISTICS_REGIONS } from '../generate/logistics-names';
import { createRandom, type Random } from '../generate/random';
import { FUNNEL_STAGES } from './funnel';
import { advanceTicket, openTicket, TICKET_SEVERITIES } from './ticket-flow';
import type { WorkspaceId } from './workspaces';
import type { CrmCustomer, CrmInteraction, CrmOpportunity, CrmOrder, CrmRevisit, CrmTicket, InteractionKind } from './types';

/** Everything a workspace holds. */
export interface CrmWorkspaceData {
  readonly customers: readonly CrmCustomer[];
  readonly interactions: readonly CrmInteraction[];
  readonly opportunities: readonly CrmOpportunity[];
  readonly tickets: readonly CrmTicket[];
  readonly revisits: readonly CrmRevisit[];
  readonly orders: readonly CrmOrder[];
}


const DAY = 86_400_000;
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高'];
const GIVEN = ['丽', '伟', '芳', '敏', '静', '磊', '洋', '艳', '勇', '军', '杰', '娟', '涛', '明', '超', '霞', '平', '刚', '桂英', '建华', '晓东', '雨欣', '子涵', '浩然'];
const STORES = ['上海1店', '上海2店', '杭州店', '南京店', '苏州店', '宁波店'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const phoneOf = (r: Random) => `1${r.pick(['3', '5', '7', '8', '9'])}${pad(r.int(0, 999_999_999), 9)}`;
const creditCode = (r: Random) => `91${pad(r.int(0, 9999), 4)}${pad(r.int(0, 99_999_999), 8)}${pad(r.int(0, 9999), 4)}`;
const isoAt = (ms: number) => new Date(ms).toISOString();
const dayOf = (ms: number) => isoAt(ms).slice(0, 10);

function customer(fields: Partial<CrmCustomer> & Pick<CrmCustomer, 'id' | 'name' | 'kind'>, createdAt: string): CrmCustomer {
  return {
    phone: '', idNumber: '', contacts: [], industry: '', region: '', source: '', owner: '', tier: '', tags: [], creditGrade: '', consent: false, note: '',
    ...fields, createdAt, updatedAt: createdAt,
  };
}

/**
 * A small practice workspace for a case company, generated from a seed: the same `(id, seed, now)` gives the same
 * records in every browser (SFC32, as the teaching datasets). Dates are laid out around `now` so that follow-ups
 * fall due today and one complaint step is overdue, and a few planted duplicates wait for the data-quality lesson.
 *
 * - `retail` (鲜邻超市): 120 members in the five cities with about a year and a half of orders, 4 月结团购 companies,
 *   follow-ups, group-buying opportunities, 4 complaints (one overdue in 调查核实, one archived with a revisit), 3 duplicates.
 * - `logistics` (迅达物流): 40 enterprise clients (invented “城市 + 某 + 行业” names), monthly freight invoices, quarterly
 *   revisit calls, contract opportunities, 5 complaints (延误, 破损…; one overdue), 2 duplicates.
 * - `empty`: nothing.
 *
 * @throws EngineError `unknown-workspace`.
 */
export function seedWorkspace(id: WorkspaceId, { seed = 1, now }: { seed?: number; now: number }): CrmWorkspaceData {
  if (id === 'empty') return { customers: [], interactions: [], opportunities: [], tickets: [], revisits: [], orders: [] };
  if (id !== 'retail' && id !== 'logistics') throw new EngineError('unknown-workspace', `没有这个工作区：${String(id)}(unknown workspace)`);
  const r = createRandom(seed * 7919 + (id === 'retail' ? 1 : 2));
  const today = Math.floor(now / DAY) * DAY;
  const created = isoAt(today - 400 * DAY);
  return id === 'retail' ? retail(r, now, today, created) : logistics(r, now, today, created);
}

function interactionsFor(r: Random, customers: readonly CrmCustomer[], today: number, count: number, kinds: InteractionKind[], topics: readonly [string, string][]): CrmInteraction[] {
  return Array.from({ length: count }, (_, i) => {
    const c = customers[r.int(0, customers.length - 1)]!;
    const [content, nextStep] = r.pick(topics);
    // The first two are due today, the next two overdue, some done, the rest later.
    const next = i < 2 ? today : i < 4 ? today - r.int(1, 5) * DAY : today + r.int(1, 20) * DAY;
    return {
      id: `I${pad(i + 1, 4)}`, customerId: c.id, kind: r.pick(kinds), date: dayOf(today - r.int(1, 30) * DAY), content, nextStep,
      nextDate: dayOf(next), done: i >= 4 && r.chance(0.3),
    };
  });
}

function ticketsFor(r: Random, customers: readonly CrmCustomer[], now: number, specs: readonly { title: string; category: string }[]): { tickets: CrmTicket[]; revisits: CrmRevisit[] } {
  const tickets: CrmTicket[] = [];
  const revisits: CrmRevisit[] = [];
  specs.forEach((spec, i) => {
    const c = customers[r.int(0, customers.length - 1)]!;
    const id = `T${pad(i + 1, 4)}`;
    const severity = i === 0 ? '较重' : r.pick(TICKET_SEVERITIES);
    if (i === 0) {
      // Overdue: received 40 hours ago, 调查核实 (24 h for 较重) began 38 hours ago.
      let t = openTicket({ id, customerId: c.id, title: spec.title, category: spec.category, severity }, isoAt(now - 40 * 3_600_000));
      t = advanceTicket(t, isoAt(now - 39.5 * 3_600_000), '已致歉并记录诉求，告知投诉编号');
      t = advanceTicket(t, isoAt(now - 38 * 3_600_000), `${spec.category}，较重，转客服主管`);
      tickets.push(t);
    } else if (i === 1) {
      // Archived with a satisfaction revisit.
      let t = openTicket({ id, customerId: c.id, title: spec.title, category: spec.category, severity }, isoAt(now - 9 * DAY));
      const notes = ['记录诉求并致歉', `${spec.category}，${severity}`, '调取记录，确认属实', '补发并退还运费', '电话告知结果，客户表示满意', '录入原因：高峰期人手不足'];
      notes.forEach((note, k) => (t = advanceTicket(t, isoAt(now - (9 - k) * DAY + 3_600_000), note)));
      tickets.push(t);
      revisits.push({ id: 'R0001', ticketId: id, customerId: c.id, date: dayOf(now - 2 * DAY), satisfaction: 4, comment: '处理及时，希望以后不再发生' });
    } else {
      tickets.push(openTicket({ id, customerId: c.id, title: spec.title, category: spec.category, severity }, isoAt(now - r.int(10, 50) * 60_000)));
    }
  });
  return { tickets, revisits };
}

function retail(r: Random, now: number, today: number, created: string): CrmWorkspaceData {
  const cities = ['上海', '上海', '杭州', '南京', '苏州', '宁波'];
  const customers: CrmCustomer[] = [];
  const names = new Set<string>();
  for (let i = 1; i <= 120; i++) {
    const store = r.int(0, STORES.length - 1);
    let name = `${r.pick(SURNAMES)}${r.pick(GIVEN)}`;
    while (names.has(name)) name = `${r.pick(SURNAMES)}${r.pick(GIVEN)}${r.pick(GIVEN)}`;
    names.add(name);
    customers.push(customer({
      id: `M${pad(10000 + i * 37, 5)}`, kind: 'person', name, phone: phoneOf(r), region: cities[store]!,
      source: r.pick(['门店', '门店', '小程序', '小程序', '外卖', '团购']), owner: STORES[store]!, consent: r.chance(0.7),
    }, isoAt(Date.parse(created) + i * 3_600_000)));
  }
  const groupBuyers = ['苏州某小学食堂', '上海某电子厂食堂', '杭州某物业公司', '南京某科技公司'];
  groupBuyers.forEach((name, k) => customers.push(customer({
    id: `G${pad(k + 1, 3)}`, kind: 'company', name, idNumber: creditCode(r), phone: phoneOf(r), region: name.slice(0, 2), industry: k === 2 ? '物业管理' : '团餐',
    source: '团购', owner: '小孟', tier: k < 2 ? '关键客户' : '普通客户', creditGrade: r.pick(['AA', 'A', 'B']), consent: true,
    contacts: [{ name: `${r.pick(SURNAMES)}老师`, role: '采购负责人', phone: phoneOf(r) }],
  }, created)));
  // Planted duplicates: a re-registration with the phone written with spaces, the same name in the same city without a phone.
  const a = customers[3]!, b = customers[10]!, c = customers[20]!;
  customers.push(customer({ id: 'M90001', kind: 'person', name: a.name, phone: `${a.phone.slice(0, 3)} ${a.phone.slice(3, 7)} ${a.phone.slice(7)}`, region: a.region, source: '小程序', consent: false }, isoAt(today - 30 * DAY)));
  customers.push(customer({ id: 'M90002', kind: 'person', name: ` ${b.name}`, region: b.region, source: '门店', note: '收银台手工登记' }, isoAt(today - 20 * DAY)));
  customers.push(customer({ id: 'M90003', kind: 'person', name: c.name, phone: `+86 ${c.phone}`, region: c.region, source: '外卖' }, isoAt(today - 10 * DAY)));

  const orders: CrmOrder[] = [];
  let n = 0;
  for (const m of customers.slice(0, 124)) {
    const count = m.kind === 'company' ? r.int(12, 18) : 1 + r.poisson(r.chance(0.3) ? 14 : 4);
    const lastSeen = r.chance(0.25) ? r.int(120, 400) : r.int(1, 60);
    for (let k = 0; k < count; k++) {
      const day = today - (lastSeen + r.int(0, 180)) * DAY;
      const amount = m.kind === 'company' ? Math.round(r.logNormal(3200, 0.4)) : Math.round(r.logNormal(85, 0.6) * 100) / 100;
      orders.push({ id: `D${pad(++n, 6)}`, customerId: m.id, date: dayOf(day), amount });
    }
  }
  const interactions = interactionsFor(r, customers.slice(0, 124), today, 16, ['call', 'wechat', 'visit'], [
    ['会员日活动邀请，客户表示有兴趣', '活动前一天微信提醒'], ['询问生鲜配送时段', '回复配送时间表'], ['团购月结对账', '寄送对账单'],
    ['投诉处理后回访', '下周再确认一次'], ['沉睡会员唤醒：赠送满减券', '核对是否使用'],
  ]);
  const opportunities: CrmOpportunity[] = groupBuyers.flatMap((name, k) => [0, 1].map((j) => ({
    id: `O${pad(k * 2 + j + 1, 3)}`, customerId: `G${pad(k + 1, 3)}`, title: j === 0 ? `${name.slice(2)}季度团购` : `${name.slice(2)}节日福利采购`,
    stage: FUNNEL_STAGES[r.int(0, FUNNEL_STAGES.length - 1)]!, amount: r.int(8, 60) * 1000, expectedDate: dayOf(today + r.int(-10, 90) * DAY),
  })));
  const { tickets, revisits } = ticketsFor(r, customers.slice(0, 124), now, [
    { title: '买到的草莓有霉变', category: '质量' }, { title: '外卖送达超时一小时', category: '时效' },
    { title: '收银员态度生硬', category: '服务态度' }, { title: '会员积分没有到账', category: '收费' },
  ]);
  return { customers, interactions, opportunities, tickets, revisits, orders };
}

function logistics(r: Random, now: number, today: number, created: string): CrmWorkspaceData {
  const customers: CrmCustomer[] = [];
  const used = new Set<string>();
  for (let i = 1; customers.length < 40; i++) {
    const region = LOGISTICS_REGIONS[r.weightedIndex(LOGISTICS_REGIONS.map((x) => x.weight))]!;
    const industry = r.pick(LOGISTICS_INDUSTRIES);
    const name = `${r.pick(region.places)}某${r.pick(industry.nouns)}`;
    if (used.has(name)) continue;
    used.add(name);
    customers.push(customer({
      id: `KH${pad(customers.length + 1, 3)}`, kind: 'company', name, idNumber: creditCode(r), phone: phoneOf(r), industry: industry.industry, region: region.region,
      source: r.pick(['招投标', '转介绍', '展会', '电话开发', '官网咨询']), owner: r.pick(['小林', '小陈', '王经理', '赵经理']),
      tier: '', creditGrade: r.pick(['AAA', 'AA', 'A', 'A', 'B', 'C']), consent: r.chance(0.8),
      contacts: [{ name: `${r.pick(SURNAMES)}经理`, role: r.pick(['物流主管', '采购经理', '仓储主管']), phone: phoneOf(r) }],
    }, isoAt(Date.parse(created) + i * DAY)));
  }
  const a = customers[2]!, b = customers[7]!;
  customers.push(customer({ id: 'KH901', kind: 'company', name: `${a.name}有限公司`, idNumber: a.idNumber, region: a.region, industry: a.industry, source: '展会', note: '展会名片录入' }, isoAt(today - 15 * DAY)));
  customers.push(customer({ id: 'KH902', kind: 'company', name: b.name, phone: b.phone, region: b.region, owner: '小陈' }, isoAt(today - 5 * DAY)));

  const orders: CrmOrder[] = [];
  let n = 0;
  for (const c of customers.slice(0, 40)) {
    const monthly = r.logNormal(60_000, 1.1);
    const months = r.chance(0.15) ? r.int(2, 6) : 12; // a few stopped shipping months ago
    for (let k = 0; k < months; k++) {
      const day = today - (12 - months + k + 1) * 30 * DAY + r.int(0, 5) * DAY;
      orders.push({ id: `F${pad(++n, 5)}`, customerId: c.id, date: dayOf(day), amount: Math.round(monthly * r.uniform(0.7, 1.3)) });
    }
  }
  const interactions = interactionsFor(r, customers.slice(0, 40), today, 14, ['call', 'visit', 'email', 'wechat'], [
    ['季度回访：询问时效和服务满意程度', '整理意见交运营部'], ['客户反映旺季揽收不及时', '请客户经理回电说明改进安排'],
    ['合同续签沟通', '准备续签报价'], ['上门拜访，了解发货量下降原因', '提交挽留方案'], ['对账与回款提醒', '确认回款日期'],
  ]);
  const opportunities: CrmOpportunity[] = Array.from({ length: 12 }, (_, i) => {
    const c = customers[r.int(0, 39)]!;
    return {
      id: `O${pad(i + 1, 3)}`, customerId: c.id, title: r.pick(['年度零担运输合同', '仓储配送外包', '城际专线', '电商大促仓配']),
      stage: FUNNEL_STAGES[r.int(0, FUNNEL_STAGES.length - 1)]!, amount: r.int(10, 300) * 10_000, expectedDate: dayOf(today + r.int(-15, 120) * DAY),
    };
  });
  const { tickets, revisits } = ticketsFor(r, customers.slice(0, 40), now, [
    { title: '投标文件快件未按时送达', category: '延误' }, { title: '家电外包装破损', category: '破损' }, { title: '整箱货物丢失一件', category: '丢件' },
    { title: '快递员上门态度差', category: '服务态度' }, { title: '运费与报价不符', category: '费用争议' },
  ]);
  return { customers, interactions, opportunities, tickets, revisits, orders };
}
