import { pageScript } from '../i18n/locale';

const same = (text: string) => text;

/**
 * Converts text a page script writes at run time to the page's script: Traditional on /zh-hant/ pages, where the
 * build converted everything else. The conversion table loads only there; if it cannot load, the text stays as written.
 */
export async function pageTextConverter(): Promise<(text: string) => string> {
  if (pageScript() !== 'hant') return same;
  try {
    return (await import('../i18n/hant-runtime')).toHantRuntime;
  } catch {
    return same;
  }
}
