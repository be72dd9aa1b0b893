import type { APIRoute, GetStaticPaths } from 'astro';
import { examBankFiles, type BankFile } from '../../../lib/exam-bank';

/**
 * Each chapter's exam bank as a static JSON file (`/exam/bank/<chapter>.json`), fetched by the practice and papers
 * islands and precached by the service worker. Keys travel with it: a static site cannot hide them (README).
 */
export const getStaticPaths = (async () => (await examBankFiles()).map((file) => ({ params: { chapter: file.chapter }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify((props as { file: BankFile }).file), { headers: { 'content-type': 'application/json; charset=utf-8' } });
