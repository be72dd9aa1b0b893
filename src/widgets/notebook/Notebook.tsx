import { useStore } from '@nanostores/preact';
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { toBackup } from '../../stores/backup';
import { $identity, identityLine } from '../../stores/identity';
import { $notebook } from '../../stores/notebook';
import { localTimestamp, notebookToMarkdown, type ChapterQuestions } from '../../stores/notebook/markdown';
import { $progress } from '../../stores/progress';
import { openAllStores } from '../../stores/registry';
import { $selfCheck } from '../../stores/self-check';
import { $thinkMarks } from '../../stores/think-marks';
import { $worksheets } from '../../stores/worksheets';
import { NotebookWorksheets } from '../lab-worksheet/NotebookWorksheets';
import { labsMarkdown, labsWithEntries, notebookLabs, readWorksheetFile, type LabTitle } from '../lab-worksheet/notebook-sheets';
import { localHref } from '../../i18n/locale';
import { pageText } from '../../i18n/page-conversion';
import { WidgetFrame } from '../shared/WidgetFrame';
import { downloadText, today } from '../shared/download';
import { loadJsonOnce } from '../shared/load-json-once';
import { useDomId } from '../shared/use-dom-id';
import { IdentityFields } from './IdentityFields';
import { useBackupImport } from './use-backup-import';
import { hasMarks, readKeyPointsFile, withKeyPoints } from './key-points-file';
import { usePageJson } from './use-page-json';
import { useChapterRoots } from './use-chapter-roots';
import './notebook.css';

interface Props {
  /** Without their 参考要点: those are loaded once the learner has self-marked an answer. */
  chapters: ChapterQuestions[];
  /** Every lab with a worksheet; the worksheets themselves are loaded once the learner has written in one. */
  labs?: LabTitle[];
  /** The chapters' answers as the page renders them, `<ChapterRoots>`: hydrated one chapter per task (use-chapter-roots.ts). */
  children?: ComponentChildren;
}

const ALL = 'all';
/** A scope value for one lab's worksheet: `lab:<slug>`. */
const LAB = 'lab:';

/** A file name from the learner's own words: characters Windows refuses become “-”. */
const fileNamePart = (text: string) => text.trim().replace(/[\\/:*?"<>|\s]+/g, '-');

// The island hydrates as soon as this module is evaluated, in the same task; evaluating it (and the stores it brings)
// and hydrating the toolbar were one long task on a slow phone. Waiting one task here splits them.
if (typeof document !== 'undefined') await new Promise((resolve) => setTimeout(resolve, 0));

// Files the build writes beside the page, in its script (the /zh-hant/ twin on a Traditional page); the service
// worker precaches them, so they load offline too.
const loadSheets = () => loadJsonOnce(localHref('/notebook/worksheets.json'), readWorksheetFile);
const loadKeyPoints = () => loadJsonOnce(localHref('/notebook/key-points.json'), readKeyPointsFile);

/** 学习笔记: every chapter's answers in one place, the learner's name line, export (Markdown, JSON), import (merge) and print, of all chapters or one. */
export default function Notebook({ chapters: lessons, labs = [], children }: Props) {
  useEffect(() => openAllStores(), []);
  const notebook = useStore($notebook);
  const identity = useStore($identity);
  const progress = useStore($progress);
  const selfCheck = useStore($selfCheck);
  const thinkMarks = useStore($thinkMarks);
  const worksheets = useStore($worksheets);
  const sheetsFile = usePageJson(labsWithEntries(labs, worksheets).length > 0, loadSheets);
  const pointsFile = usePageJson(hasMarks(thinkMarks), loadKeyPoints);
  const labSheets = notebookLabs(labs, worksheets, sheetsFile.file);
  const listed: LabTitle[] = [...labSheets.started, ...labSheets.unread];
  const chapters = useMemo(() => (pointsFile.file ? withKeyPoints(lessons, pointsFile.file) : lessons), [lessons, pointsFile.file]);
  const [status, setStatus] = useState('');
  const [scope, setScope] = useState(ALL);
  const [printedAt, setPrintedAt] = useState<Date | null>(null);
  const importer = useBackupImport(setStatus);
  const fileInput = useRef<HTMLInputElement>(null);
  const scopeId = useDomId('notebook');
  const chaptersBox = useRef<HTMLDivElement>(null);
  const chaptersLive = useChapterRoots(chaptersBox, chapters, scope === ALL ? null : scope);

  const shown = scope === ALL ? chapters : chapters.filter((c) => c.slug === scope);
  const inScope = (lab: LabTitle) => scope === ALL || `${LAB}${lab.slug}` === scope;
  const shownLabs = listed.filter(inScope);
  const scopeLabel = shown.length === 1 ? shown[0]!.label : shownLabs.length === 1 && shown.length === 0 ? `实训-${shownLabs[0]!.title}` : '全部章节';
  const visited = Object.values(progress.chapters).filter((c) => c.visitedAt).length;
  const quizRuns = Object.values(selfCheck.quizzes).reduce((sum, q) => sum + q.history.length, 0);
  const total = chapters.reduce((sum, c) => sum + c.questions.length, 0);
  const answered = chapters.reduce(
    (sum, c) => sum + c.questions.filter((q) => (notebook.answers[c.slug]?.[q.id]?.text.trim() ?? '') !== '').length,
    0,
  );
  const who = identityLine(identity);

  const exportMarkdown = async () => {
    // The file's own words in the page's script (pageText): a /zh-hant/ page exports Traditional, as it shows.
    const name = [pageText('客户关系管理-思考与实践'), pageText(scopeLabel), identity.studentId, identity.name].map(fileNamePart).filter(Boolean).join('-');
    // The worksheets and 参考要点 this learner needs go into the file: wait for them (or for their failure).
    const [sheets, points] = await Promise.all([sheetsFile.settled(), pointsFile.settled()]);
    const settled = notebookLabs(labs, worksheets, sheets);
    const labsNow = { started: settled.started.filter(inScope), unread: settled.unread.filter(inScope) };
    const hasLabs = labsNow.started.length + labsNow.unread.length > 0;
    const chaptersNow = points ? withKeyPoints(shown, points) : shown;
    const parts = [
      shown.length > 0 ? notebookToMarkdown(notebook, chaptersNow, { identity, marks: thinkMarks, words: pageText }) : '',
      hasLabs ? labsMarkdown(labsNow, worksheets, identity, pageText) : '',
    ];
    downloadText(`${name}-${today()}.md`, parts.filter(Boolean).join('\n\n'), 'text/markdown;charset=utf-8');
    setStatus(`已导出 Markdown 文件（${scopeLabel}）。${labsNow.unread.length > 0 ? '实训报告的题目没能载入，文件里只有你填写的内容。' : ''}`);
  };
  const exportJson = () => {
    downloadText(`crm-lab-notebook-${today()}.json`, toBackup(), 'application/json');
    setStatus('已导出 JSON 备份。换设备时在这里“导入 JSON 备份”即可恢复。');
  };
  const onFile = (file: File | undefined) => {
    if (fileInput.current) fileInput.current.value = '';
    if (file) void importer.onFile(file);
  };
  // The dialog held the focus: give it back to the import button.
  const closeImport = (close: () => void) => {
    close();
    fileInput.current?.focus();
  };
  const print = async () => {
    // Started worksheets print with their questions: wait for the file (or its failure) first.
    // Every chapter must be live too, to print its answers.
    await Promise.all([sheetsFile.settled(), pointsFile.settled(), chaptersLive]);
    setPrintedAt(new Date());
    // The print header must be on the page before the dialog opens.
    setTimeout(() => window.print(), 0);
  };

  return (
    <WidgetFrame name="notebook" title="我的学习笔记">
      <p class="status no-print" role="status" aria-live="polite">
        已回答 {answered} / {total} 题。{status}
      </p>
      <p class="points no-print">
        学习进度：已打开 {visited} 章，完成自测 {quizRuns} 次。JSON 备份包含回答及其自评、实训报告、姓名学号、学习进度、自测成绩、题库练习记录和错题本、客户档案设计草稿和实训评分。
      </p>
      {pointsFile.status === 'failed' && (
        <p class="hint no-print" role="alert">
          参考要点没能载入（可能是网络断了），所以暂不显示你的自评，导出的文件也不含自评；联网后刷新本页即可。
        </p>
      )}
      <IdentityFields />
      <div class="tool-row no-print nb-scope">
        <label for={scopeId}>导出和打印的范围</label>
        <select id={scopeId} value={scope} onChange={(e) => setScope(e.currentTarget.value)}>
          <option value={ALL}>全部章节</option>
          {chapters.map((chapter) => (
            <option value={chapter.slug} key={chapter.slug}>
              {chapter.label} {chapter.title}
            </option>
          ))}
          {listed.map((lab) => (
            <option value={`${LAB}${lab.slug}`} key={lab.slug}>
              实训：{lab.title}
            </option>
          ))}
        </select>
      </div>
      <div class="tool-row no-print">
        <button type="button" class="btn primary" onClick={() => void exportMarkdown()}>导出 Markdown（提交作业）</button>
        <button type="button" class="btn" onClick={() => void print()}>打印</button>
        <button type="button" class="btn" onClick={exportJson}>导出 JSON 备份</button>
        <label class="btn file-button">
          导入 JSON 备份
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            class="visually-hidden"
            onClick={importer.prepare}
            onChange={(e) => onFile(e.currentTarget.files?.[0])}
          />
        </label>
      </div>
      {importer.pending && (
        <importer.pending.code.ImportDialog
          plan={importer.pending.plan}
          chapters={chapters}
          onCancel={() => closeImport(importer.cancel)}
          onConfirm={(choices) => closeImport(() => importer.confirm(choices))}
        />
      )}
      <div class="print-only nb-print-head">
        {who && <p>{who}</p>}
        {printedAt && <p>打印时间：{localTimestamp(printedAt)}</p>}
      </div>
      <div ref={chaptersBox} class="nb-chapters">
        {children}
      </div>
      <NotebookWorksheets started={labSheets.started.filter(inScope)} unread={labSheets.unread.filter(inScope)} failed={sheetsFile.status === 'failed'} data={worksheets} />
    </WidgetFrame>
  );
}
