import { useState } from 'preact/hooks';
import { parseBackup, type BackupParts } from '../../stores/backup';
import { $notebook, replaceNotebook } from '../../stores/notebook';
import type { Choice, MergePlan } from '../../stores/notebook/import-plan';
import type { NotebookData } from '../../stores/notebook/schema';
import { BACKUP_STORES } from '../../stores/registry';
import { loadOnce } from '../shared/load-once';

type ImportCode = typeof import('./backup-import');

/** The import's chunk, fetched once; a failed fetch is forgotten, so choosing a file again tries again. */
const loadImportCode = loadOnce((): Promise<ImportCode> => import('./backup-import'));

export interface PendingImport {
  readonly plan: MergePlan;
  readonly parts: BackupParts;
  /** The import's chunk, with the dialog that asks about the differing answers. */
  readonly code: ImportCode;
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

/**
 * Reading a backup file, asking about answers that differ, and merging it into this browser's data. The merge and its
 * dialog are fetched when the file chooser opens (`prepare`); a file chosen before they have arrived is merged once
 * they are there.
 */
export function useBackupImport(setStatus: (status: string) => void) {
  const [pending, setPending] = useState<PendingImport | null>(null);

  const prepare = () => {
    loadImportCode().catch(() => undefined);
  };

  const onFile = async (file: File) => {
    const result = parseBackup(await file.text());
    if (!result.ok) {
      setStatus(`导入失败：${result.message}`);
      return;
    }
    setStatus('正在读取备份……');
    let code: ImportCode;
    try {
      code = await loadImportCode();
    } catch {
      setStatus('导入功能没有加载成功（可能是网络断了），本机的数据没有任何改变。请联网后再选一次文件。');
      return;
    }
    const incoming = (result.parts.get('notebook') as NotebookData | undefined) ?? { answers: {} };
    const plan = code.planMerge($notebook.get(), incoming);
    if (plan.conflicts.length > 0) {
      setPending({ plan, parts: result.parts, code });
      setStatus(`有 ${plan.conflicts.length} 道题需要你确认。`);
      return;
    }
    replaceNotebook(plan.merged);
    const others = addOtherParts(result.parts);
    setStatus(`导入完成：新增 ${plan.added} 条回答，${plan.unchanged} 条与本机相同，没有替换任何内容。${others}`);
  };

  const confirm = (choices: ReadonlyMap<string, Choice>) => {
    if (!pending) return;
    const { plan, parts, code } = pending;
    replaceNotebook(code.resolveConflicts(plan, choices));
    const others = addOtherParts(parts);
    const replaced = [...choices.values()].filter((c) => c !== 'local').length;
    setPending(null);
    setStatus(`导入完成：新增 ${plan.added} 条，按你的选择处理了 ${plan.conflicts.length} 道不同的题（改动 ${replaced} 道）。${others}`);
  };

  const cancel = () => {
    setPending(null);
    setStatus('已取消导入，本机的回答没有任何改变。');
  };

  return { pending, prepare, onFile, confirm, cancel };
}
