import type { Worksheet } from '../../lib/worksheet-schema';
import { localHref } from '../../i18n/locale';
import type { Identity } from '../../stores/identity';
import { worksheetOf, type WorksheetsData } from '../../stores/worksheets';
import { worksheetToMarkdown } from './markdown';
import { missingItems } from './missing';
import { allFields, isStarted, valueOf } from './values';
import { WorksheetAnswers } from './WorksheetAnswers';

/** A lab's worksheet as the notebook page knows it. */
export interface LabSheet {
  readonly slug: string;
  readonly title: string;
  readonly sheet: Worksheet;
}

/** The labs whose worksheet the learner has started. */
export const startedLabs = (labs: readonly LabSheet[], data: WorksheetsData) => labs.filter((lab) => isStarted(lab.sheet, worksheetOf(data, lab.slug)));

/** The started worksheets as Markdown, one after another (for the notebook's export). */
export function worksheetsMarkdown(labs: readonly LabSheet[], data: WorksheetsData, identity: Identity): string {
  return labs.map((lab) => worksheetToMarkdown(lab.title, lab.sheet, worksheetOf(data, lab.slug), { identity })).join('\n\n');
}

/** 实训报告 in the notebook: each started worksheet, read-only, with what it still lacks and a link to fill it in. */
export function NotebookWorksheets({ labs, data }: { labs: readonly LabSheet[]; data: WorksheetsData }) {
  if (labs.length === 0) return null;
  return (
    <section class="notebook-chapter notebook-labs" aria-labelledby="nb-labs">
      <h2 id="nb-labs">实训报告</h2>
      {labs.map((lab) => {
        const stored = worksheetOf(data, lab.slug);
        const missing = missingItems(lab.sheet, stored).length;
        const fields = Object.fromEntries(allFields(lab.sheet).map(({ field }) => [field.id, valueOf(field, stored)]));
        return (
          <article key={lab.slug} aria-labelledby={`nb-lab-${lab.slug}`}>
            <h3 id={`nb-lab-${lab.slug}`}>
              <a href={localHref(`/labs/${lab.slug}/#worksheet`)}>{lab.title}</a>
            </h3>
            <p class="hint">{missing === 0 ? '必填项已全部填写。' : `还缺 ${missing} 项；到实训页面继续填写，或在那里导出 Word 文档交作业。`}</p>
            <WorksheetAnswers sections={lab.sheet.sections} fields={fields} />
          </article>
        );
      })}
    </section>
  );
}
