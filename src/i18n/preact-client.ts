// The client side of every Preact island (astro.config.mjs puts it in place of @astrojs/preact's own): hydrates as
// @astrojs/preact does, once the page's script conversion is ready, so a Traditional page's widgets render Traditional
// text from the first render and a Simplified page never loads the conversion table.
import hydrateIsland from '@astrojs/preact/client.js';
import { loadPageConversion } from './page-conversion';

type Hydrate = ReturnType<typeof hydrateIsland>;

export default function preactClient(element: HTMLElement): Hydrate {
  const hydrate = hydrateIsland(element);
  return async (...args) => {
    if (import.meta.env.DEV) await import('preact/debug');
    await loadPageConversion();
    return hydrate(...args);
  };
}
