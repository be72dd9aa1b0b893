import { atom } from 'nanostores';
import type { ExamBankItem } from '../../engine/exam/types';
import { sitePath } from '../../i18n/site-path';

/** A chapter (or supplement) with a bank, as the exam pages list it (bankChapters, at build time). */
export interface BankChapterInfo {
  readonly slug: string;
  readonly label: string;
  readonly title: string;
  /** The id prefix of its items (06, lg). */
  readonly prefix: string;
  readonly items: number;
}

/** The banks loaded so far, by chapter slug (each fetched once from /exam/bank/<slug>.json, precached offline). */
export const $bank = atom<Readonly<Record<string, readonly ExamBankItem[]>>>({});
const loading = new Map<string, Promise<void>>();

/** Loads the banks of these chapters (those not loaded yet); throws a Chinese message when one cannot be read. */
export function loadBanks(slugs: readonly string[], fetcher: typeof fetch = fetch): Promise<void> {
  return Promise.all(
    slugs.map((slug) => {
      if ($bank.get()[slug]) return Promise.resolve();
      const pending =
        loading.get(slug) ??
        fetcher(sitePath(`/exam/bank/${encodeURIComponent(slug)}.json`))
          .then(async (response) => {
            if (!response.ok) throw new Error(`HTTP ${response.status}`);
            const file = (await response.json()) as { chapter: string; items: ExamBankItem[] };
            $bank.set({ ...$bank.get(), [slug]: file.items });
          })
          .catch((error: unknown) => {
            loading.delete(slug);
            throw new Error(`题库没有载入（${error instanceof Error ? error.message : String(error)}）。请联网后刷新页面；访问过一次后可离线使用。`);
          });
      loading.set(slug, pending);
      return pending;
    }),
  ).then(() => undefined);
}

/** The chapter an item id belongs to, by its prefix (06-mc-001 → the chapter whose prefix is 06). */
export function chapterOfId(chapters: readonly BankChapterInfo[], id: string): string | undefined {
  const prefix = id.split('-')[0];
  return chapters.find((c) => c.prefix === prefix)?.slug;
}

/** Every loaded item by id. */
export function itemsById(bank: Readonly<Record<string, readonly ExamBankItem[]>>): Map<string, ExamBankItem> {
  return new Map(Object.values(bank).flatMap((items) => items.map((item) => [item.id, item] as const)));
}
