import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { hantData } from '../../../i18n/hant-data';
import { SCRIPT_PARAMS } from '../../../i18n/locale';

/**
 * /notebook/worksheets.json (and its /zh-hant/ twin): every lab's worksheet by slug, which the notebook page loads only
 * once the learner has written in one (docs/contracts.md §2).
 */
export const getStaticPaths = (() => SCRIPT_PARAMS.map(({ lang, script }) => ({ params: { lang }, props: { script } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const sheets = Object.fromEntries((await getCollection('worksheets')).map((w) => [w.id, w.data]));
  return Response.json(props.script === 'hant' ? hantData(sheets) : sheets);
};
