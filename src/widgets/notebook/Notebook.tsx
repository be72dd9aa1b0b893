import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import { $notebook, replaceNotebook, setAnswer } from '../../stores/notebook';
import { $progress } from '../../stores/progress';
import { $selfCheck } from '../../stores/self-check';
import { extrasForBackup, mergeProgress, mergeSelfCheck, type BackupExtras } from '../../stores/backup-extras';
import { parseBackup, planMerge, resolveConflicts, toBackup, type MergePlan } from '../../stores/notebook/backup';
import { notebookToMarkdown, type ChapterQuestions } from '../../stores/notebook/markdown';
import { localHref } from '../../i18n/locale';
import { WidgetFrame } from '../shared/WidgetFrame';
import { downloadText, today } from '../shared/download';
import { ImportDialog } from './ImportDialog';

interface Props {
  chapters: ChapterQuestions[];
}

/** 学习笔记: every chapter's answers in one place, with export (Markdown, JSON), import (merge) and print. */
export default function Notebook({ chapters }: Props) {
  const notebook = useStore($notebook);
  const progress = useStore($progress);
  const selfCheck = useStore($selfCheck);
  const [status, setStatus] = useState('');
  const [plan, setPlan] = useState<MergePlan | null>(null);
  const [pendingExtras, setPendingExtras] = useState<BackupExtras>({});
  const visited = Object.values(progress.chapters).filter((c) => c.visitedAt).length;
  const quizRuns = Object.values(selfCheck.quizzes).reduce((sum, q) => sum + q.history.length, 0);

  /** Progress and self-check results only add up: nothing of the learner's is replaced, so no question is asked. */
  const importExtras = (extras: BackupExtras) => {
    if (extras.progress) $progress.set(mergeProgress($progress.get(), extras.progress));
    if (extras.selfCheck) $selfCheck.set(mergeSelfCheck($selfCheck.get(), extras.selfCheck));
  };
  const fileInput = useRef<HTMLInputElement>(null);
  const total = chapters.reduce((sum, c) => sum + c.questions.length, 0);
  const answered = chapters.reduce(
    (sum, c) => sum + c.questions.filter((q) => (notebook.answers[c.slug]?.[q.id]?.text.trim() ?? '') !== '').length,
    0,
  );

  const exportMarkdown = () => {
    downloadText(`客户关系管理-思考与实践-${today()}.md`, notebookToMarkdown(notebook, chapters), 'text/markdown;charset=utf-8');
    setStatus('已导出 Markdown 文件。');
  };
  const exportJson = () => {
    downloadText(`crm-lab-notebook-${today()}.json`, toBackup(notebook, new Date(), extrasForBackup(progress, selfCheck)), 'application/json');
    setStatus('已导出 JSON 备份。换设备时在这里“导入 JSON 备份”即可恢复。');
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const result = parseBackup(await file.text());
    if (fileInput.current) fileInput.current.value = '';
    if (!result.ok) {
      setStatus(`导入失败：${result.message}`);
      return;
    }
    const merge = planMerge(notebook, result.data);
    if (merge.conflicts.length > 0) {
      setPlan(merge);
      setPendingExtras(result.extras);
      setStatus(`有 ${merge.conflicts.length} 道题需要你确认。`);
      return;
    }
    replaceNotebook(merge.merged);
    importExtras(result.extras);
    setStatus(`导入完成：新增 ${merge.added} 条回答，${merge.unchanged} 条与本机相同，没有替换任何内容。`);
  };

  return (
    <WidgetFrame name="notebook" title="我的学习笔记">
      <p class="status" role="status" aria-live="polite">
        已回答 {answered} / {total} 题。{status}
      </p>
      <p class="points">
        学习进度：已打开 {visited} 章，完成自测 {quizRuns} 次。JSON 备份包含回答、学习进度和自测成绩。
      </p>
      <div class="tool-row no-print">
        <button type="button" class="btn primary" onClick={exportMarkdown}>导出 Markdown（提交作业）</button>
        <button type="button" class="btn" onClick={exportJson}>导出 JSON 备份</button>
        <label class="btn file-button">
          导入 JSON 备份
          <input ref={fileInput} type="file" accept=".json,application/json" class="visually-hidden" onChange={(e) => void onFile(e.currentTarget.files?.[0])} />
        </label>
        <button type="button" class="btn" onClick={() => window.print()}>打印</button>
      </div>
      {plan && (
        <ImportDialog
          plan={plan}
          chapters={chapters}
          onCancel={() => {
            setPlan(null);
            setStatus('已取消导入，本机的回答没有任何改变。');
          }}
          onConfirm={(choices) => {
            replaceNotebook(resolveConflicts(plan, choices));
            importExtras(pendingExtras);
            const replaced = [...choices.values()].filter((c) => c !== 'local').length;
            setPlan(null);
            setStatus(`导入完成：新增 ${plan.added} 条，按你的选择处理了 ${plan.conflicts.length} 道不同的题（改动 ${replaced} 道）。`);
          }}
        />
      )}
      {chapters.map((chapter) => (
        <section class="notebook-chapter" key={chapter.slug} aria-labelledby={`nb-${chapter.slug}`}>
          <h2 id={`nb-${chapter.slug}`}>
            <a href={localHref(chapter.href)}>{chapter.label} {chapter.title}</a>
          </h2>
          {chapter.questions.map((question, index) => {
            const id = `nb-${chapter.slug}-${question.id}`;
            const text = notebook.answers[chapter.slug]?.[question.id]?.text ?? '';
            return (
              <div class="field" key={question.id}>
                <label for={id}>
                  {index + 1}. {question.text}
                </label>
                <textarea id={id} value={text} rows={4} onInput={(e) => setAnswer(chapter.slug, question.id, e.currentTarget.value)} />
                <p class="print-only answer-text" translate={false}>{text.trim() || '（未作答）'}</p>
              </div>
            );
          })}
        </section>
      ))}
    </WidgetFrame>
  );
}
