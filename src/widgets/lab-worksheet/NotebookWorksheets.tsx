import { localHref } from '../../i18n/locale';
import { worksheetOf, type WorksheetsData } from '../../stores/worksheets';
import { missingItems } from './missing';
import { ownWords, type LabSheet, type LabTitle } from './notebook-sheets';
import { allFields, valueOf } from './values';
import { WorksheetAnswers } from './WorksheetAnswers';

interface Props {
  started: readonly LabSheet[];
  /** Labs with the learner's words whose worksheet is not known: loading, or it could not be loaded. */
  unread: readonly LabTitle[];
  failed: boolean;
  data: WorksheetsData;
}

const labLink = (lab: LabTitle) => (
  <h3 id={`nb-lab-${lab.slug}`}>
    <a href={localHref(`/labs/${lab.slug}/#worksheet`)}>{lab.title}</a>
  </h3>
);

/** 实训报告 in the notebook: each started worksheet, read-only, with what it still lacks and a link to fill it in. */
export function NotebookWorksheets({ started, unread, failed, data }: Props) {
  if (started.length === 0 && unread.length === 0) return null;
  return (
    <section class="notebook-chapter notebook-labs" aria-labelledby="nb-labs">
      <h2 id="nb-labs">实训报告</h2>
      {unread.length > 0 && (
        <p class="hint" role={failed ? 'alert' : undefined}>
          {failed
            ? '实训报告的题目没能载入（可能是网络断了）。下面只列出你填写的内容，导出和打印也只含这些内容；联网后刷新本页即可看到完整的实训报告。'
            : '正在载入实训报告的题目…'}
        </p>
      )}
      {started.map((lab) => {
        const stored = worksheetOf(data, lab.slug);
        const missing = missingItems(lab.sheet, stored).length;
        const fields = Object.fromEntries(allFields(lab.sheet).map(({ field }) => [field.id, valueOf(field, stored)]));
        return (
          <article key={lab.slug} aria-labelledby={`nb-lab-${lab.slug}`}>
            {labLink(lab)}
            <p class="hint">{missing === 0 ? '必填项已全部填写。' : `还缺 ${missing} 项；到实训页面继续填写，或在那里导出 Word 文档交作业。`}</p>
            <WorksheetAnswers sections={lab.sheet.sections} fields={fields} />
          </article>
        );
      })}
      {unread.map((lab) => (
        <article key={lab.slug} aria-labelledby={`nb-lab-${lab.slug}`}>
          {labLink(lab)}
          <ul class="ws-answers" translate={false}>
            {ownWords(worksheetOf(data, lab.slug)).map((line, i) => (
              <li key={i} class="answer-text">
                {line}
              </li>
            ))}
          </ul>
        </article>
      ))}
    </section>
  );
}
