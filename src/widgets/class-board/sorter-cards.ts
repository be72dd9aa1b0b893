// The customer file behind a board's sorter codes, fetched as the sorter fetches it (the chapter-3 dataset under
// the site's base path) and read as it reads it, once per page, with the code that deals its decks; a failed load is
// tried again next time.
import { useEffect, useState } from 'preact/hooks';
import type { ResultRecord } from '../../engine/result-code/types';
import { sitePath } from '../../i18n/site-path';
import type { TallyRow } from './tally';

/** The sorter's own file (customer-sorter/state.ts deals its cards from it). */
export const SORTER_DATASET = '/datasets/logistics-customers.csv';

/** Sorter codes read on their cards (null: a code's deck cannot be dealt from the file as it is). */
export type CardTally = (records: readonly ResultRecord[]) => TallyRow[] | null;

export type CardsLoad = { readonly status: 'loading' } | { readonly status: 'ready'; readonly tally: CardTally } | { readonly status: 'error' };

let loading: Promise<CardTally> | null = null;

/**
 * The tally on the sorter's customer file.
 * @throws when the file cannot be fetched or read.
 */
export function loadSorterCards(fetchFile: (url: string) => Promise<Response> = (url) => fetch(url)): Promise<CardTally> {
  loading ??= (async () => {
    // The code is fetched alongside the file, not after it.
    const code = Promise.all([import('../../engine/ingest/read-table'), import('../../engine/selection/sorter/logistics-cards'), import('./sorter-tally')]);
    code.catch(() => undefined); // a failure surfaces below
    const response = await fetchFile(sitePath(SORTER_DATASET));
    if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
    const [{ readTable }, { LOGISTICS_CARD_COLUMNS, cardsFromLogisticsTable }, { sorterTally }] = await code;
    const { cards } = cardsFromLogisticsTable(await readTable(response.body, { columns: LOGISTICS_CARD_COLUMNS }));
    return sorterTally(cards);
  })().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** The tally on the sorter's file, for a sorter activity (`active`); null otherwise (nothing loaded). */
export function useSorterCards(active: boolean): CardsLoad | null {
  const [load, setLoad] = useState<CardsLoad>({ status: 'loading' });
  useEffect(() => {
    if (!active) return;
    let current = true;
    loadSorterCards().then(
      (tally) => current && setLoad({ status: 'ready', tally }),
      () => current && setLoad({ status: 'error' }),
    );
    return () => {
      current = false;
    };
  }, [active]);
  return active ? load : null;
}
