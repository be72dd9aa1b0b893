import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReadTransactionsResult } from '~/engine/ingest';

/** Bytes of a file in tests/fixtures/bad-csv/. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/bad-csv/${name}`, import.meta.url))));
}

/** The bytes as a stream of chunks of `size` bytes (the last may be shorter): tests chunk boundaries. */
export async function* chunked(bytes: Uint8Array, size = bytes.length || 1): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
}

/** The given parts as a stream, one chunk each: tests a boundary at an exact byte. */
export async function* chunksOf(...parts: Uint8Array[]): AsyncGenerator<Uint8Array> {
  yield* parts;
}

/** `bytes` as a stream: the first `first` bytes, then chunks of the `sizes` in turn (the property tests' boundaries). */
export async function* chunksFrom(bytes: Uint8Array, first: number, sizes: readonly number[]): AsyncGenerator<Uint8Array> {
  yield bytes.slice(0, first);
  for (let at = first, k = 0; at < bytes.length; k++) {
    const size = sizes[k % sizes.length]!;
    yield bytes.slice(at, at + size);
    at += size;
  }
}

/** What a read gives, as plain data (the order ids made), or the error it throws: two reads compare with toEqual. */
export async function readOutcome(read: Promise<ReadTransactionsResult>): Promise<unknown> {
  try {
    const r = await read;
    const t = r.transactions;
    return {
      transactions: { ...t, customer: [...t.customer], day: [...t.day], amount: [...t.amount], order: t.order && [...t.order], orders: t.orders && [...t.orders] },
      issues: r.issues,
      issueCount: r.issueCount,
      warnings: r.warnings,
      rowsRead: r.rowsRead,
      dateOutliers: r.dateOutliers,
      mapping: r.mapping,
      encoding: r.encoding,
    };
  } catch (error) {
    return { error: String(error), code: (error as { code?: string }).code };
  }
}

/** UTF-8 bytes of a text. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

let gb18030Table: Map<string, number[]> | null = null;

/**
 * A small GB18030 encoder for tests: TextEncoder only writes UTF-8, so the table is built by decoding
 * every two-byte GBK code (lead 0x81–0xFE, trail 0x40–0xFE) with the platform's own 'gb18030'
 * TextDecoder and inverting it. Covers ASCII and every character GBK has (all common Chinese).
 */
export function gb18030(text: string): Uint8Array {
  if (gb18030Table === null) {
    gb18030Table = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !gb18030Table.has(ch)) gb18030Table.set(ch, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gb18030Table.get(ch);
      if (!bytes) throw new Error(`no GBK code for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
