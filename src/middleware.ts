import { defineMiddleware } from 'astro:middleware';
import { hantPage } from './i18n/hant-html';
import { HANT_PREFIX } from './i18n/locale';

/** Every page under /zh-hant/ is rendered in Simplified Chinese, then converted here, at build time. */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!context.url.pathname.startsWith(HANT_PREFIX)) return response;
  const html = await response.text();
  if (!/^\s*<!DOCTYPE html>/i.test(html)) return new Response(html, response);
  return new Response(hantPage(html), { status: response.status, headers: response.headers });
});
