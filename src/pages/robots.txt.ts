import type { APIRoute } from 'astro';

/**
 * robots.txt naming the sitemap in full (SITE_URL + BASE_PATH: README “部署”). Crawlers read robots.txt at a host's
 * root only: under a base path the host's own robots.txt has to carry the Sitemap line.
 */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap-index.xml`, site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
