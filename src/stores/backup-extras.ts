import { progressSpec, type ChapterProgress, type ProgressData } from './progress';
import { HISTORY_LIMIT, selfCheckSpec, type QuizRecord, type SelfCheckData } from './self-check';
import type { VersionedSpec } from './storage/versioned';

/** What a notebook backup carries besides the answers: progress and self-check results. */
export interface BackupExtras {
  readonly progress?: ProgressData;
  readonly selfCheck?: SelfCheckData;
}

const versioned = <T>(spec: VersionedSpec<T>, data: T) => ({ v: spec.version, data });

/** The extras as they are written into a backup, each with its own schema version. */
export function extrasForBackup(progress: ProgressData, selfCheck: SelfCheckData) {
  return { progress: versioned(progressSpec, progress), selfCheck: versioned(selfCheckSpec, selfCheck) };
}

function readPart<T>(raw: unknown, spec: VersionedSpec<T>): T | undefined {
  const part = raw as { v?: unknown; data?: unknown } | null;
  if (typeof part !== 'object' || part === null || typeof part.v !== 'number' || part.v > spec.version) return undefined;
  let data = part.data;
  for (let v = part.v; v < spec.version; v += 1) data = spec.migrations[v]?.(data);
  return spec.parse(data) ?? undefined;
}

/** Reads a backup's extras; a missing or unreadable part is left out (the answers still import). */
export function parseExtras(raw: unknown): BackupExtras {
  const extras = raw as { progress?: unknown; selfCheck?: unknown } | null;
  if (typeof extras !== 'object' || extras === null) return {};
  const progress = readPart(extras.progress, progressSpec);
  const selfCheck = readPart(extras.selfCheck, selfCheckSpec);
  return { ...(progress ? { progress } : {}), ...(selfCheck ? { selfCheck } : {}) };
}

const earliest = (a?: string, b?: string) => (a && b ? (a < b ? a : b) : (a ?? b));

/** Progress of both: a chapter counts as visited since the earlier visit, with every widget used on either side. */
export function mergeProgress(local: ProgressData, incoming: ProgressData): ProgressData {
  const chapters: Record<string, ChapterProgress> = { ...local.chapters };
  for (const [slug, theirs] of Object.entries(incoming.chapters)) {
    const mine = chapters[slug];
    const visitedAt = earliest(mine?.visitedAt, theirs.visitedAt);
    chapters[slug] = { ...(visitedAt ? { visitedAt } : {}), widgets: [...new Set([...(mine?.widgets ?? []), ...theirs.widgets])] };
  }
  return { chapters };
}

/** Self-check results of both: every finished attempt once (by time and seed), the local attempt in progress first. */
export function mergeSelfCheck(local: SelfCheckData, incoming: SelfCheckData): SelfCheckData {
  const quizzes: Record<string, QuizRecord> = { ...local.quizzes };
  for (const [key, theirs] of Object.entries(incoming.quizzes)) {
    const mine = quizzes[key];
    const seen = new Set<string>();
    const history = [...(mine?.history ?? []), ...theirs.history]
      .filter((result) => {
        const id = `${result.finishedAt}/${result.seed}`;
        if (seen.has(id)) return false;
        seen.add(id);
        return true;
      })
      .sort((a, b) => a.finishedAt.localeCompare(b.finishedAt))
      .slice(-HISTORY_LIMIT);
    quizzes[key] = { attempt: mine?.attempt ?? theirs.attempt, history };
  }
  return { quizzes };
}
