/** One customer of a teaching example for ABC analysis: id, what kind of business it is, and its value. */
export interface AbcExampleCustomer {
  readonly customer: string;
  readonly kind: string;
  readonly value: number;
}

/**
 * Chapter 6's worked example 佳味食品批发的十家客户做 ABC 分类: last year's sales in 万元, total 1,000.
 * With the cut-offs 70 % / 90 % the chapter finds A 4 customers 790 (79 %), B 2 customers 120 (12 %),
 * C 4 customers 90 (9 %); K04 is A although its own cumulative share is 79 %.
 * Source: content/chapters/06-customer-tiering.mdx; tests/fixtures/chapter-examples/06-customer-tiering.json.
 */
export const ABC_CHAPTER_EXAMPLE: { readonly title: string; readonly unit: string; readonly customers: readonly AbcExampleCustomer[] } = Object.freeze({
  title: '例题：佳味食品批发的十家客户',
  unit: '万元',
  customers: Object.freeze(
    ([
      ['K01', '连锁超市', 300], ['K02', '连锁餐饮', 220], ['K03', '学校食堂', 160], ['K04', '酒店', 110], ['K05', '企业食堂', 70],
      ['K06', '社区超市', 50], ['K07', '便利店', 35], ['K08', '小餐馆', 25], ['K09', '小餐馆', 20], ['K10', '水果店', 10],
    ] as const).map(([customer, kind, value]) => Object.freeze({ customer, kind, value })),
  ),
});
