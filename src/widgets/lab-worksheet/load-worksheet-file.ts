import { localHref } from '../../i18n/locale';
import { readWorksheetFile, type WorksheetFile } from './notebook-sheets';

let loading: Promise<WorksheetFile> | null = null;

/**
 * /notebook/worksheets.json in the page's script (under the base path; precached for offline use), loaded once per page.
 * A failed load is forgotten, so the next call tries again.
 */
export function loadWorksheetFile(fetchFile: (url: string) => Promise<Response> = (url) => fetch(url)): Promise<WorksheetFile> {
  loading ??= fetchFile(localHref('/notebook/worksheets.json'))
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    })
    .then(readWorksheetFile)
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
