import { hantWords } from './hant-html';

/**
 * Every string in a JSON value in Traditional Chinese, as the middleware converts a page's words (the phrase table and
 * OpenCC, no quotation marks): for the JSON files a /zh-hant/ page loads.
 */
export function hantData<T>(value: T): T {
  if (typeof value === 'string') return hantWords(value) as T;
  if (Array.isArray(value)) return value.map(hantData) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hantData(v)])) as T;
  return value;
}
