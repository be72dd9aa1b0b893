// `node --import ./scripts/bench/peak-rss.mjs …`: on exit, writes the process's peak resident memory (MB) to the
// file named by BENCH_RSS_FILE, so `npm run bench` can report the command line's memory without touching its output.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS / 1024));
});
