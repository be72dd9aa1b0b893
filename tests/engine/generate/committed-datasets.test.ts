import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_DATASETS } from '~/engine/generate/catalogue';
import { generateDataset } from '~/engine/generate/generate-dataset';

// The files the site serves, checked against the manifest and against a fresh generation.
const DIR = join(process.cwd(), 'public', 'datasets');
const SLUGS = ['01-crm-philosophy', '02-crm-technology', '03-customer-selection', '04-customer-acquisition', '05-customer-information', '06-customer-tiering', '07-customer-communication', '08-customer-satisfaction', '09-customer-loyalty', '10-customer-winback'];

interface Entry {
  id: string;
  file: string;
  title: string;
  description: string;
  rows: number;
  columns: { name: string; type: string; meaning: string }[];
  licence: string;
  source: string;
  chapters: string[];
  story: string;
  generated: boolean;
  bytes: number;
  sha256: string;
}

const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as Entry[];
const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

describe('public/datasets/manifest.json (docs/contracts.md §3)', () => {
  it('lists every CSV in the folder once', () => {
    const csvs = readdirSync(DIR).filter((f) => f.endsWith('.csv')).sort();
    expect(manifest.map((e) => e.file).sort()).toEqual(csvs);
    expect(new Set(manifest.map((e) => e.id)).size).toBe(manifest.length);
  });

  it.each(manifest.map((e) => [e.id, e] as const))('%s: fields, header, rows, bytes and sha256 match the file', (_, entry) => {
    for (const key of ['id', 'file', 'title', 'description', 'licence', 'source', 'story'] as const) {
      expect(typeof entry[key]).toBe('string');
      expect(entry[key].length).toBeGreaterThan(1);
    }
    expect(entry.file).toBe(`${entry.id}.csv`);
    expect(entry.description).toMatch(/[\u4e00-\u9fff]/);
    for (const chapter of entry.chapters) expect(SLUGS).toContain(chapter);
    const buffer = readFileSync(join(DIR, entry.file));
    expect(buffer.length).toBe(entry.bytes);
    expect(sha256(buffer)).toBe(entry.sha256);
    expect(buffer.length).toBeLessThanOrEqual(3 * 1024 * 1024);
    const text = buffer.toString('utf8');
    expect(Buffer.from(text, 'utf8').equals(buffer)).toBe(true); // valid UTF-8
    expect(text.startsWith('\uFEFF')).toBe(false);
    const lines = text.split('\n');
    if (lines.at(-1) === '') lines.pop();
    expect(lines[0]).toBe(entry.columns.map((c) => c.name).join(','));
    expect(lines.length - 1).toBe(entry.rows);
    for (const column of entry.columns) {
      expect(['string', 'integer', 'number', 'date', 'datetime']).toContain(column.type);
      expect(column.meaning).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it.each(GENERATED_DATASETS.map((d) => [d.id] as const))('%s: a fresh generation is byte for byte the committed file', (id) => {
    const entry = manifest.find((e) => e.id === id)!;
    expect(entry.generated).toBe(true);
    const fresh = generateDataset(id);
    expect(sha256(fresh.csv)).toBe(entry.sha256);
    expect(fresh.table.columns.map(({ name, type, meaning }) => ({ name, type, meaning }))).toEqual(entry.columns);
  });

  it('real datasets carry their licence and credit, and LICENSES.md names them', () => {
    const licences = readFileSync(join(DIR, 'LICENSES.md'), 'utf8');
    const real = manifest.filter((e) => !e.generated);
    expect(real.map((e) => e.id).sort()).toEqual(['cdnow-sample', 'cdnow-summary', 'online-retail-invoices', 'rfm-orders', 'sbg-retention']);
    const expected: Record<string, string> = {
      'cdnow-sample': 'MIT',
      'cdnow-summary': 'MIT',
      'online-retail-invoices': 'CC-BY-4.0',
      'rfm-orders': 'MIT',
      'sbg-retention': 'Apache-2.0',
    };
    for (const entry of real) {
      expect(entry.licence).toBe(expected[entry.id]);
      expect(licences).toContain(entry.file);
    }
    expect(licences).toContain('Chen');
    expect(licences).toContain('Fader & Hardie');
  });
});
