import { dict, dictOf } from '../storage/dict';
import type { Answer, NotebookData } from './schema';

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

/** The answers as null-prototype maps (keys come from a file: `__proto__` must stay an ordinary key). */
function copyAnswers(data: NotebookData): Record<string, Record<string, Answer>> {
  return dict(Object.entries(data.answers).map(([slug, questions]) => [slug, dictOf(questions)] as const));
}

/**
 * Merges an imported notebook into the local one without replacing any local answer. An answer the import places
 * is stamped `now`: it changed in this notebook then, and a later merge with another tab (the newer answer wins)
 * must not undo it.
 */
export function planMerge(local: NotebookData, incoming: NotebookData, now: Date = new Date()): MergePlan {
  const answers = copyAnswers(local);
  const updatedAt = now.toISOString();
  let added = 0;
  let unchanged = 0;
  const conflicts: Conflict[] = [];
  for (const [slug, questions] of Object.entries(incoming.answers)) {
    const target = (answers[slug] ??= dict());
    for (const [id, answer] of Object.entries(questions)) {
      const mine = target[id];
      if (!mine || mine.text.trim() === '') {
        if (answer.text.trim() !== '') {
          target[id] = { ...answer, updatedAt };
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

/** Applies the learner's choice for each conflict (default: keep the local answer); what changes is stamped `now`. */
export function resolveConflicts(plan: MergePlan, choices: ReadonlyMap<string, Choice>, now: Date = new Date()): NotebookData {
  const answers = copyAnswers(plan.merged);
  for (const conflict of plan.conflicts) {
    const choice = choices.get(conflictKey(conflict)) ?? 'local';
    const chapter = (answers[conflict.slug] ??= dict());
    if (choice === 'incoming') chapter[conflict.id] = { ...conflict.incoming, updatedAt: now.toISOString() };
    if (choice === 'both') {
      chapter[conflict.id] = { text: conflict.local.text + BOTH_SEPARATOR + conflict.incoming.text, updatedAt: now.toISOString() };
    }
  }
  return { answers };
}

export function conflictKey(conflict: Pick<Conflict, 'slug' | 'id'>): string {
  return `${conflict.slug}/${conflict.id}`;
}
