import { mergeMaps } from './storage/dict';
import { persistentAtom } from './storage/persistent';
import { kebabId, z } from './storage/schema';
import type { VersionedSpec } from './storage/versioned';

export interface ChapterProgress {
  /** ISO time of the first visit. */
  readonly visitedAt?: string;
  /** `data-widget` names the learner has used in this chapter. */
  readonly widgets: readonly string[];
}

export interface ProgressData {
  readonly chapters: Readonly<Record<string, ChapterProgress>>;
}

const progressSchema: z.ZodMiniType<ProgressData> = z.strictObject({
  chapters: z.record(kebabId, z.strictObject({ visitedAt: z.optional(z.string()), widgets: z.array(kebabId) })),
});

const earliest = (a?: string, b?: string) => (a && b ? (a < b ? a : b) : (a ?? b));

/** Progress of both: a chapter counts as visited since the earlier visit, with every widget used on either side. */
export function mergeProgress(mine: ProgressData, theirs: ProgressData): ProgressData {
  return {
    chapters: mergeMaps(mine.chapters, theirs.chapters, (a, b) => {
      const visitedAt = earliest(a?.visitedAt, b?.visitedAt);
      return { ...(visitedAt ? { visitedAt } : {}), widgets: [...new Set([...(a?.widgets ?? []), ...(b?.widgets ?? [])])] };
    }),
  };
}

export const progressSpec: VersionedSpec<ProgressData> = {
  key: 'crm-lab:progress',
  label: '学习进度',
  version: 1,
  empty: () => ({ chapters: {} }),
  migrations: {},
  schema: progressSchema,
  merge: mergeProgress,
};

/** Which chapters the learner has opened and which widgets they have used there. */
export const $progress = persistentAtom<ProgressData>(progressSpec);

function update(slug: string, change: (entry: ChapterProgress) => ChapterProgress): void {
  const current = $progress.get();
  const entry = current.chapters[slug] ?? { widgets: [] };
  const next = change(entry);
  if (next !== entry) $progress.set({ chapters: { ...current.chapters, [slug]: next } });
}

export function markVisited(slug: string, now: Date = new Date()): void {
  update(slug, (entry) => (entry.visitedAt ? entry : { ...entry, visitedAt: now.toISOString() }));
}

/** Records that a widget was used; widgets call this on their first real interaction. */
export function markWidgetUsed(slug: string, widget: string): void {
  update(slug, (entry) => (entry.widgets.includes(widget) ? entry : { ...entry, widgets: [...entry.widgets, widget] }));
}
