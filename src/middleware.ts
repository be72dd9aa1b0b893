import { defineMiddleware } from 'astro:middleware';
import { hantPage } from './i18n/hant-html';
import { HANT_PREFIX } from './i18n/locale';
import { pageUnderBase } from './i18n/page-paths';
import { BASE, withoutBase } from './i18n/site-path';

/**
 * Every page, at build time: one under /zh-hant/ is rendered in Simplified Chinese and converted here; then the
 * root paths its markup names (`/notebook/`) go under the base path the site is built for (BASE_PATH).
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const hant = withoutBase(context.url.pathname).startsWith(HANT_PREFIX);
  if (!hant && BASE === '/') return response;
  const html = await response.text();
  if (!/^\s*<!DOCTYPE html>/i.test(html)) return new Response(html, response);
  return new Response(pageUnderBase(hant ? hantPage(html) : html, BASE), { status: response.status, headers: response.headers });
});
