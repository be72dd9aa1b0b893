// One timed phase of `npm run bench`, run in its own process so its peak memory is its own.
// Usage: tsx scripts/bench/phase.ts baseline|rfm FILE — prints one JSON line.
import { createReadStream } from 'node:fs';
import { statSync } from 'node:fs';
import { readRfmMeasures, rfmSettings, scoreRfmMeasures } from '../../src/engine/tiering/rfm';

const [phase, file] = process.argv.slice(2) as [string, string];

/** The plain single pass: read, decode UTF-8, split every line into fields with `split`. */
async function baseline(): Promise<number> {
  const decoder = new TextDecoder();
  let pending = '';
  let fields = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const text = pending + decoder.decode(chunk as Uint8Array, { stream: true });
    const lines = text.split('\n');
    pending = lines.pop()!;
    for (const line of lines) fields += line.split(',').length;
  }
  if (pending !== '') fields += pending.split(',').length;
  return fields;
}

/** What `crm rfm` does: the file reduced to RFM measures while it is read, then scored. */
async function rfm(): Promise<number> {
  const read = await readRfmMeasures(createReadStream(file, { highWaterMark: 1 << 20 }), { totalBytes: statSync(file).size });
  return scoreRfmMeasures(read.measures, read.customers, rfmSettings()).customers.length;
}

const t0 = performance.now();
const count = phase === 'baseline' ? await baseline() : await rfm();
const ms = performance.now() - t0;
console.log(JSON.stringify({ phase, ms, count, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
