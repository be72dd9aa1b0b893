import type { APIRoute, GetStaticPaths } from 'astro';
import { scenarioOf, scenariosInOrder, type ScenarioEntry } from '../../lib/scenarios';

/** Each role-play script as a static JSON file (`/scenarios/<id>.json`), loaded by the widget when a learner picks it. */
export const getStaticPaths = (async () => (await scenariosInOrder()).map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(scenarioOf((props as { entry: ScenarioEntry }).entry)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
