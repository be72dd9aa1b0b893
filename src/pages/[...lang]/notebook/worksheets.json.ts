import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { hantWords } from '../../../i18n/hant-html';
import { SCRIPT_PARAMS } from '../../../i18n/locale';
import type { Worksheet } from '../../../lib/worksheet-schema';

/** Every string of a worksheet in Traditional Chinese, as the middleware converts the pages (no quotation marks). */
const inHant = (value: unknown): unknown =>
  typeof value === 'string' ? hantWords(value) : Array.isArray(value) ? value.map(inHant) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inHant(v)])) : value;

/**
 * /notebook/worksheets.json (and its /zh-hant/ twin): every lab's worksheet by slug, which the notebook page loads only
 * once the learner has written in one (docs/contracts.md §2). Precached with the site's other JSON for offline use.
 */
export const getStaticPaths = (() => SCRIPT_PARAMS.map(({ lang, script }) => ({ params: { lang }, props: { script } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const sheets: Record<string, Worksheet> = Object.fromEntries((await getCollection('worksheets')).map((w) => [w.id, w.data]));
  const file = props.script === 'hant' ? inHant(sheets) : sheets;
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
