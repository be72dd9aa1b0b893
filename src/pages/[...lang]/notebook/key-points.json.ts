import type { APIRoute, GetStaticPaths } from 'astro';
import { hantData } from '../../../i18n/hant-data';
import { SCRIPT_PARAMS } from '../../../i18n/locale';
import { notebookLessons } from '../../../lib/supplements';
import { keyPointsFile } from '../../../widgets/notebook/key-points-file';

/**
 * /notebook/key-points.json (and its /zh-hant/ twin): each 思考与实践 question's 参考要点, which the notebook page loads
 * only once the learner has self-marked an answer against them (docs/contracts.md §2).
 */
export const getStaticPaths = (() => SCRIPT_PARAMS.map(({ lang, script }) => ({ params: { lang }, props: { script } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const file = keyPointsFile(await notebookLessons());
  return Response.json(props.script === 'hant' ? hantData(file) : file);
};
