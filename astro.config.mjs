// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import pagefind from 'astro-pagefind';
import AstroPWA from '@vite-pwa/astro';
import { fileURLToPath } from 'node:url';
import { hantTablePlugin } from './scripts/vite-hant-table.mjs';
import { rehypeScrollableTables } from './scripts/rehype-scrollable-tables.mjs';

/**
 * @vite-pwa/astro, writing the service worker into the folder the site is built into. By itself it lists
 * `.astro/` when the build is given `--outDir`, and that build's service worker precached nothing.
 * @param {NonNullable<Parameters<typeof AstroPWA>[0]>} options
 * @returns {import('astro').AstroIntegration}
 */
function pwaInOutDir(options) {
  const integration = AstroPWA(options);
  const setup = integration.hooks['astro:config:setup'];
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:config:setup': (params) => {
        options.outDir = fileURLToPath(params.config.outDir);
        return setup?.(params);
      },
    },
  };
}

/**
 * @astrojs/preact, its islands hydrating through src/i18n/preact-client.ts: that waits for the Traditional conversion on
 * /zh-hant/ pages only, so Simplified pages never load its table and Traditional ones render converted text at once.
 * @returns {import('astro').AstroIntegration}
 */
function preactWithPageScript() {
  const integration = preact();
  const setup = integration.hooks['astro:config:setup'];
  const clientEntrypoint = fileURLToPath(new URL('./src/i18n/preact-client.ts', import.meta.url));
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:config:setup': (params) =>
        setup?.({ ...params, addRenderer: (renderer) => params.addRenderer({ ...renderer, clientEntrypoint }) }),
    },
  };
}

// Where the site is published, read at build time (README “部署”): SITE_URL is the address its canonical and hreflang
// links name (scheme and host, e.g. https://www.example.edu.cn), BASE_PATH the folder it is served from
// (e.g. /crm-lab/). Defaults: the preview server's address and the host's root.
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = `/${process.env.BASE_PATH ?? ''}/`.replace(/\/{2,}/g, '/');

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  prefetch: false,
  devToolbar: { enabled: false },
  markdown: { rehypePlugins: [rehypeScrollableTables] },
  integrations: [
    mdx(),
    preactWithPageScript(),
    // sitemap-index.xml and sitemap-0.xml with absolute addresses (SITE_URL + BASE_PATH), each page with its script
    // twin as hreflang alternates (the same zh-CN / zh-Hant as the pages' own links).
    sitemap({
      i18n: { defaultLocale: 'zh-CN', locales: { 'zh-CN': 'zh-CN', 'zh-hant': 'zh-Hant' } },
    }),
    // Pagefind must index before the service worker lists the files to precache. Left out of the index, as not the
    // page's own text: a glossary term's pop-up definition (it put every term in every chapter's results), buttons,
    // a widget's loading line and its model notes (snippets read “复制链接全屏. 正在准备 RFM 计算器…”).
    pagefind({ indexConfig: { forceLanguage: undefined, excludeSelectors: ['.term-tip', 'button', '.widget-loading', '.model-notes'] } }),
    pwaInOutDir({
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: {
        name: 'CRM Lab 客户关系管理互动课堂',
        short_name: 'CRM Lab',
        description: '客户关系管理课程的互动教材：章节、练习与数据分析工具，离线可用。',
        lang: 'zh-CN',
        start_url: base,
        scope: base,
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f4e79',
        icons: [
          { src: `${base}icons/icon-192.png`, sizes: '192x192', type: 'image/png' },
          { src: `${base}icons/icon-512.png`, sizes: '512x512', type: 'image/png' },
          { src: `${base}icons/icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // `pagefind` is Pagefind's WebAssembly (pagefind/wasm.unknown.pagefind): without it search fails offline.
        globPatterns: ['**/*.{html,js,css,csv,json,svg,png,ico,webmanifest,pf_meta,pf_index,pf_fragment,pf_filter,pagefind,wasm}'],
        globIgnores: ['**/node_modules/**'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: null,
        // Query strings only carry client-side state (teacher=1, a widget's shared settings, a search): every page is static.
        ignoreURLParametersMatching: [/.*/],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  vite: {
    // With inlineStylesheets 'auto', stylesheets under this size go into the page: the widgets' own CSS (4–10 KB
    // each, up to eight on a lecture deck) no longer costs a render-blocking request each on a first visit (Lighthouse
    // mobile FCP); the site-wide stylesheet (16 KB) stays one file, cached across pages and precached for offline use.
    // Not Rollup's output.experimentalMinChunkSize (tried): chapter 6's five widgets loaded 89 scripts instead of 146 at
    // 2,000, 67 at 10,000, but the merged chunks carry code a widget does not use: each weighed 1.7–9 KB gz more.
    build: { assetsInlineLimit: 12 * 1024 },
    plugins: [hantTablePlugin()],
    resolve: { alias: { '~': new URL('./src', import.meta.url).pathname } },
    // ES-module workers, so the one analysis worker can split: each widget's analysis and the shared ingest are
    // chunks it imports on demand (the default, iife, is a single file per worker).
    worker: { format: 'es' },
  },
});
