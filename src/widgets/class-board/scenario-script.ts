// The role-play script behind a board's role-play codes, fetched as the role-play itself fetches it
// (/scenarios/<id>.json under the site's base path), once per page, with the code that reads paths on it; a failed
// load is tried again next time.
import { useEffect, useState } from 'preact/hooks';
import type { Scenario } from '../../engine/communication/roleplay/types';
import type { ResultRecord } from '../../engine/result-code/types';
import { sitePath } from '../../i18n/site-path';
import { loadJsonOnce } from '../shared/load-json-once';
import type { TallyRow } from './tally';

/** A loaded script: the role-play's codes read on it, path by path in words. */
export type PathTally = (records: readonly ResultRecord[]) => TallyRow[];

export type ScriptLoad = { readonly status: 'loading' } | { readonly status: 'ready'; readonly tally: PathTally } | { readonly status: 'error' };

/**
 * The tally of the script with id `id`, checked playable (a code's path is replayed on it).
 * @throws when the file cannot be fetched or read, or the script cannot be played.
 */
export function loadScenarioScript(id: string, fetchFile?: (url: string) => Promise<Response>): Promise<PathTally> {
  // The code that reads paths is fetched alongside the script, not after it.
  const code = import('./roleplay-tally');
  code.catch(() => undefined); // a failure surfaces through the load below
  return loadJsonOnce(sitePath(`/scenarios/${encodeURIComponent(id)}.json`), async (json) => (await code).roleplayTally(json as Scenario), fetchFile);
}

/** The script for `id` as the view needs it (null id: not a role-play, nothing loaded). */
export function useScenarioScript(id: string | null): ScriptLoad | null {
  const [load, setLoad] = useState<{ id: string; load: ScriptLoad } | null>(null);
  useEffect(() => {
    if (id === null) return;
    let current = true;
    setLoad({ id, load: { status: 'loading' } });
    loadScenarioScript(id).then(
      (tally) => current && setLoad({ id, load: { status: 'ready', tally } }),
      () => current && setLoad({ id, load: { status: 'error' } }),
    );
    return () => {
      current = false;
    };
  }, [id]);
  if (id === null) return null;
  return load?.id === id ? load.load : { status: 'loading' };
}
