import { persistentAtom } from './storage/persistent';
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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseProgress(data: unknown): ProgressData | null {
  if (!isRecord(data) || !isRecord(data.chapters)) return null;
  for (const entry of Object.values(data.chapters)) {
    if (!isRecord(entry) || !Array.isArray(entry.widgets) || !entry.widgets.every((w) => typeof w === 'string')) return null;
    if (entry.visitedAt !== undefined && typeof entry.visitedAt !== 'string') return null;
  }
  return data as unknown as ProgressData;
}

export const progressSpec: VersionedSpec<ProgressData> = {
  key: 'crm-lab:progress',
  version: 1,
  empty: () => ({ chapters: {} }),
  migrations: {},
  parse: parseProgress,
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
