import { requireFinite } from '../../core/guards';

/**
 * Adds up values per customer id, in order of first appearance: the input to `classifyAbc` from a file with
 * one or more rows per customer (e.g. a customer list with a revenue column).
 *
 * @throws EngineError `invalid-value` for a value that is not finite.
 * @example sumByCustomer(['K1', 'K2', 'K1'], [10, 5, 2.5]) // [{ customer: 'K1', value: 12.5 }, { customer: 'K2', value: 5 }]
 */
export function sumByCustomer(ids: readonly string[], values: ArrayLike<number>): { customer: string; value: number }[] {
  const at = new Map<string, number>();
  const out: { customer: string; value: number }[] = [];
  const n = Math.min(ids.length, values.length);
  for (let i = 0; i < n; i++) {
    const value = requireFinite(values[i]!, { code: 'invalid-value', zh: `第 ${i + 1} 行的数值`, en: `value ${i + 1}` });
    const id = ids[i]!;
    const k = at.get(id);
    if (k === undefined) {
      at.set(id, out.length);
      out.push({ customer: id, value });
    } else out[k]!.value += value;
  }
  return out;
}
