import { parseExtras, type BackupExtras } from '../backup-extras';
import { NOTEBOOK_VERSION, notebookSpec, type Answer, type NotebookAnswers, type NotebookData } from './schema';

/**
 * A JSON backup of the notebook (what “导出 JSON 备份” downloads): the answers, and as `extras` the learner's
 * progress and self-check results (each with its own schema version; see backup-extras.ts).
 */
export function toBackup(data: NotebookData, now: Date = new Date(), extras?: unknown): string {
  return JSON.stringify({ app: 'crm-lab', kind: 'notebook', v: NOTEBOOK_VERSION, exportedAt: now.toISOString(), data, ...(extras ? { extras } : {}) }, null, 2);
}

export type BackupResult = { ok: true; data: NotebookData; extras: BackupExtras } | { ok: false; message: string };

/** Reads a backup file's text, migrating older versions; a foreign or broken file gets a message, not an exception. */
export function parseBackup(text: string): BackupResult {
  let envelope: { app?: unknown; kind?: unknown; v?: unknown; data?: unknown; extras?: unknown };
  try {
    envelope = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: '文件不是有效的 JSON，无法导入。请选择从“学习笔记”导出的 JSON 备份。' };
  }
  if (typeof envelope !== 'object' || envelope === null || envelope.app !== 'crm-lab' || envelope.kind !== 'notebook') {
    return { ok: false, message: '这个 JSON 文件不是 CRM Lab 的学习笔记备份。' };
  }
  const version = envelope.v;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: '备份文件缺少版本号，无法导入。' };
  }
  if (version > NOTEBOOK_VERSION) {
    return { ok: false, message: `备份来自更新的版本（v${version}），请先更新本站再导入。` };
  }
  let data: unknown = envelope.data;
  for (let v = version; v < NOTEBOOK_VERSION; v += 1) data = notebookSpec.migrations[v]?.(data);
  const parsed = notebookSpec.parse(data);
  return parsed ? { ok: true, data: parsed, extras: parseExtras(envelope.extras) } : { ok: false, message: '备份文件的内容格式不对，无法导入。' };
}

/** An answer present on both sides with different text. */
export interface Conflict {
  readonly slug: string;
  readonly id: string;
  readonly local: Answer;
  readonly incoming: Answer;
}

export interface MergePlan {
  /** Local answers plus every imported answer that replaces nothing. */
  readonly merged: NotebookData;
  readonly added: number;
  readonly unchanged: number;
  /** Answers that differ: nothing is replaced until the learner chooses. */
  readonly conflicts: readonly Conflict[];
}

/** Merges an imported notebook into the local one without replacing any local answer. */
export function planMerge(local: NotebookData, incoming: NotebookData): MergePlan {
  const answers: Record<string, Record<string, Answer>> = {};
  for (const [slug, questions] of Object.entries(local.answers)) answers[slug] = { ...questions };
  let added = 0;
  let unchanged = 0;
  const conflicts: Conflict[] = [];
  for (const [slug, questions] of Object.entries(incoming.answers)) {
    const target = (answers[slug] ??= {});
    for (const [id, answer] of Object.entries(questions)) {
      const mine = target[id];
      if (!mine || mine.text.trim() === '') {
        if (answer.text.trim() !== '') {
          target[id] = answer;
          added += 1;
        }
      } else if (mine.text === answer.text) unchanged += 1;
      else if (answer.text.trim() !== '') conflicts.push({ slug, id, local: mine, incoming: answer });
    }
  }
  return { merged: { answers }, added, unchanged, conflicts };
}

export type Choice = 'local' | 'incoming' | 'both';

const BOTH_SEPARATOR = '\n\n—— 导入的版本 ——\n';

/** Applies the learner's choice for each conflict (default: keep the local answer). */
export function resolveConflicts(plan: MergePlan, choices: ReadonlyMap<string, Choice>, now: Date = new Date()): NotebookData {
  const answers: Record<string, Record<string, Answer>> = {};
  for (const [slug, questions] of Object.entries(plan.merged.answers)) answers[slug] = { ...questions };
  for (const conflict of plan.conflicts) {
    const choice = choices.get(conflictKey(conflict)) ?? 'local';
    const chapter = (answers[conflict.slug] ??= {});
    if (choice === 'incoming') chapter[conflict.id] = conflict.incoming;
    if (choice === 'both') {
      chapter[conflict.id] = { text: conflict.local.text + BOTH_SEPARATOR + conflict.incoming.text, updatedAt: now.toISOString() };
    }
  }
  return { answers: answers as NotebookAnswers };
}

export function conflictKey(conflict: Pick<Conflict, 'slug' | 'id'>): string {
  return `${conflict.slug}/${conflict.id}`;
}
