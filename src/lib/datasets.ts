import { readFileSync } from 'node:fs';

/** One entry of public/datasets/manifest.json (docs/contracts.md §3), with the optional extras our generator writes. */
export interface DatasetEntry {
  id: string;
  file: string;
  title: string;
  description: string;
  rows: number;
  columns: { name: string; type: string; meaning: string }[];
  licence: string;
  source: string;
  story?: string;
  chapters?: number[];
  kind?: string;
  bytes?: number;
}

/** The bundled datasets, read at build time. */
export function readManifest(): DatasetEntry[] {
  try {
    return JSON.parse(readFileSync('public/datasets/manifest.json', 'utf8')) as DatasetEntry[];
  } catch {
    return [];
  }
}
