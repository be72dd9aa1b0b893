import { EngineError } from '../core/errors';
import { requireAbove } from '../core/guards';

/**
 * Share of wallet (钱包份额, also 客户份额): of what a customer spends on a category over a period, the
 * share spent with us, ourSpend ÷ categorySpend. Null when the customer spent nothing on the category.
 * A customer who buys often but with a small share of wallet is loyal to several firms at once: room to grow.
 *
 * Source: Keiningham, T.L., Perkins-Munn, T., Aksoy, L. & Estrin, D. (2005), "Does customer satisfaction
 * lead to profitability? The mediating role of share-of-wallet", Managing Service Quality 15(2):172–181;
 * course chapter 9 (钱包份额).
 * @throws EngineError `invalid-spend` (negative or not finite), `inconsistent-spend` (our share above the category total).
 * @example shareOfWallet({ categorySpend: 300, ourSpend: 210 }) // 0.7
 */
export function shareOfWallet(input: { readonly categorySpend: number; readonly ourSpend: number }): number | null {
  const category = requireAbove(input.categorySpend, 0, { code: 'invalid-spend', zh: '该品类的总支出', en: 'category spend' }, true);
  const ours = requireAbove(input.ourSpend, 0, { code: 'invalid-spend', zh: '在本企业的支出', en: 'spend with us' }, true);
  if (ours > category) {
    throw new EngineError('inconsistent-spend', `在本企业的支出 ${ours} 不能多于该品类的总支出 ${category}(spend with us cannot exceed the category spend)`, {
      categorySpend: category,
      ourSpend: ours,
    });
  }
  return category > 0 ? ours / category : null;
}
