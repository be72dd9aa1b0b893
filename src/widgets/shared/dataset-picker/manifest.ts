// The bundled datasets (public/datasets/manifest.json, docs/contracts.md §3), fetched once per page when a picker needs them.
import { sitePath } from '../../../i18n/site-path';

/** What a picker needs of a manifest entry. */
export interface DatasetEntry {
  readonly id: string;
  readonly file: string;
  readonly title: string;
  readonly kind: string;
  readonly rows: number;
  readonly bytes?: number;
  readonly generated?: boolean;
}

let manifest: Promise<DatasetEntry[]> | null = null;

/** The manifest's entries (id, file, title, kind, rows); fetched once, shared by every widget on the page. */
export function loadManifest(url = sitePath('/datasets/manifest.json')): Promise<DatasetEntry[]> {
  manifest ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<DatasetEntry[]>;
    })
    .then((entries) => entries.map(({ id, file, title, kind, rows, bytes, generated }) => ({ id, file, title, kind, rows, bytes, generated })))
    .catch((error: unknown) => {
      manifest = null;
      throw error;
    });
  return manifest;
}

/** The URL a bundled dataset is served at. */
export function datasetUrl(entry: Pick<DatasetEntry, 'file'>): string {
  return sitePath(`/datasets/${entry.file}`);
}
