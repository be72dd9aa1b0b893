import { useState } from 'preact/hooks';
import { parseBackup, type BackupParts } from '../../stores/backup';
import { $notebook, replaceNotebook } from '../../stores/notebook';
import { planMerge, resolveConflicts, type Choice, type MergePlan } from '../../stores/notebook/import-plan';
import type { NotebookData } from '../../stores/notebook/schema';
import { BACKUP_STORES } from '../../stores/registry';

export interface PendingImport {
  readonly plan: MergePlan;
  readonly parts: BackupParts;
}

/**
 * Everything but the answers only adds up (progress, self-check results, drafts: the newer of each part wins), so it
 * is merged without a question; returns what was merged, for the status line.
 */
function addOtherParts(parts: BackupParts): string {
  const labels: string[] = [];
  for (const [name, value] of parts) {
    const store = BACKUP_STORES.get(name);
    if (!store || name === 'notebook') continue;
    store.add(value);
    labels.push(store.label);
  }
  return labels.length ? `同时合并了${labels.join('、')}。` : '';
}

/** Reading a backup file, asking about answers that differ, and merging it into this browser's data. */
export function useBackupImport(setStatus: (status: string) => void) {
  const [pending, setPending] = useState<PendingImport | null>(null);

  const onFile = async (file: File) => {
    const result = parseBackup(await file.text());
    if (!result.ok) {
      setStatus(`导入失败：${result.message}`);
      return;
    }
    const incoming = (result.parts.get('notebook') as NotebookData | undefined) ?? { answers: {} };
    const plan = planMerge($notebook.get(), incoming);
    if (plan.conflicts.length > 0) {
      setPending({ plan, parts: result.parts });
      setStatus(`有 ${plan.conflicts.length} 道题需要你确认。`);
      return;
    }
    replaceNotebook(plan.merged);
    const others = addOtherParts(result.parts);
    setStatus(`导入完成：新增 ${plan.added} 条回答，${plan.unchanged} 条与本机相同，没有替换任何内容。${others}`);
  };

  const confirm = (choices: ReadonlyMap<string, Choice>) => {
    if (!pending) return;
    const { plan, parts } = pending;
    replaceNotebook(resolveConflicts(plan, choices));
    const others = addOtherParts(parts);
    const replaced = [...choices.values()].filter((c) => c !== 'local').length;
    setPending(null);
    setStatus(`导入完成：新增 ${plan.added} 条，按你的选择处理了 ${plan.conflicts.length} 道不同的题（改动 ${replaced} 道）。${others}`);
  };

  const cancel = () => {
    setPending(null);
    setStatus('已取消导入，本机的回答没有任何改变。');
  };

  return { pending, onFile, confirm, cancel };
}
