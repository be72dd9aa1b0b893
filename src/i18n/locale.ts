import { sitePath } from './site-path';

/** The two scripts the site is published in. */
export type Script = 'hans' | 'hant';

export const HANT_PREFIX = '/zh-hant/';

/** `lang` attribute for each script (Pagefind builds one index per language). */
export const LANG: Record<Script, string> = { hans: 'zh-CN', hant: 'zh-Hant' };

/** Route params for `[...lang]` pages: the root (Simplified) and `zh-hant`. */
export const SCRIPT_PARAMS = [
  { lang: undefined, script: 'hans' as Script },
  { lang: 'zh-hant', script: 'hant' as Script },
];

export function scriptOfParam(lang: string | undefined): Script {
  return lang === 'zh-hant' ? 'hant' : 'hans';
}

/** The same page in the other script: `/chapters/x/` ↔ `/zh-hant/chapters/x/`. */
export function twinPath(pathname: string): string {
  return pathname.startsWith(HANT_PREFIX) ? pathname.slice(HANT_PREFIX.length - 1) : `/zh-hant${pathname}`;
}

/** The page's script, read from `<html lang>` (in the browser). */
export function pageScript(): Script {
  return typeof document !== 'undefined' && document.documentElement.lang === LANG.hant ? 'hant' : 'hans';
}

/** A same-site page link for client-rendered markup: `/notebook/` on Simplified pages, `/zh-hant/notebook/` on Traditional ones. */
export function localHref(path: string): string {
  return sitePath(pageScript() === 'hant' ? `/zh-hant${path}` : path);
}
