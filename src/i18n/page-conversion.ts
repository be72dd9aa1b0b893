import { pageScript } from './locale';

type Convert = (text: string) => string;

const same: Convert = (text) => text;
let convert: Convert = same;
let loading: Promise<Convert> | null = null;

/**
 * On a Traditional page (`<html lang="zh-Hant">`), loads the Simplified → Traditional runtime table once and makes every
 * Preact element convert its text as it is created (preact-hant.ts); on a Simplified page it loads nothing (the table is
 * 10 KB gzipped). Islands hydrate only once this has resolved (preact-client.ts), so a widget's first render is already
 * Traditional. If the table cannot load, text stays as written.
 */
export function loadPageConversion(): Promise<Convert> {
  if (pageScript() !== 'hant') return Promise.resolve(same);
  loading ??= Promise.all([import('./hant-runtime'), import('./preact-hant')]).then(
    ([{ toHantRuntime }, { installPreactConversion }]) => {
      installPreactConversion(toHantRuntime);
      return (convert = toHantRuntime);
    },
    () => same,
  );
  return loading;
}

/**
 * Text a widget makes at run time outside its markup (chart labels, ids it searches for), in the page's script:
 * Traditional on a Traditional page (loaded before any island renders), as written otherwise.
 */
export function pageText(text: string): string {
  return convert(text);
}
