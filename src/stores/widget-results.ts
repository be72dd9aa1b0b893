// The latest result of each widget a lab worksheet can fill from (src/content-schema/result-sources.ts): the RFM segment
// counts, the ABC classes, a CLV … A widget publishes it when it has computed one; the worksheet on a lab page copies
// it into a field on the learner's click. Kept on this device (a figure the learner can make again, not their work),
// so it is not in the JSON backup.
import { mergeMaps, newer } from './storage/dict';
import { persistentAtom } from './storage/persistent';
import { kebabId, z } from './storage/schema';
import type { VersionedSpec } from './storage/versioned';

export type ResultCell = string | number;
export type ResultRecord = Readonly<Record<string, ResultCell>>;

export interface PublishedResult {
  /** What was analysed, in the learner's words (a dataset id, a file name, 第一份申请). */
  readonly dataset: string;
  /** A record source's values, or a table source's rows. */
  readonly value: ResultRecord | readonly ResultRecord[];
  readonly updatedAt: string;
}

export interface WidgetResults {
  readonly results: Readonly<Record<string, PublishedResult>>;
}

const cell = z.union([z.string(), z.number().check(z.refine(Number.isFinite))]);
const record = z.record(z.string().check(z.regex(/^[a-zA-Z0-9]+$/)), cell);
const resultsSchema: z.ZodMiniType<WidgetResults> = z.strictObject({
  results: z.record(kebabId, z.strictObject({ dataset: z.string(), value: z.union([record, z.array(record)]), updatedAt: z.string() })),
});

export const widgetResultsSpec: VersionedSpec<WidgetResults> = {
  key: 'crm-lab:widget-results',
  label: '分析结果（供实训报告填入）',
  version: 1,
  empty: () => ({ results: {} }),
  migrations: {},
  schema: resultsSchema,
  merge: (mine, theirs) => ({ results: mergeMaps(mine.results, theirs.results, newer) }),
};

export const $widgetResults = persistentAtom<WidgetResults>(widgetResultsSpec);

/**
 * Records a widget's latest result for the lab worksheets. Saved even when nothing on the page listens to the store
 * (a chapter page has no worksheet): the store is held open for the write.
 */
export function publishResult(source: string, dataset: string, value: PublishedResult['value'], now: Date = new Date()): void {
  const stop = $widgetResults.listen(() => undefined);
  const current = $widgetResults.get();
  const before = Object.hasOwn(current.results, source) ? current.results[source] : undefined;
  if (!before || before.dataset !== dataset || JSON.stringify(before.value) !== JSON.stringify(value)) {
    $widgetResults.set({ results: { ...current.results, [source]: { dataset, value, updatedAt: now.toISOString() } } });
  }
  stop();
}
