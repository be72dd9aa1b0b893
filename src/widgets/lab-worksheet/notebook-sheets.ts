// The notebook page knows each lab by its slug and title only; the worksheets themselves are a static file it loads
// when the learner has written in one (docs/contracts.md §2, /notebook/worksheets.json). Until then, or when the file
// cannot be loaded, a lab is shown and exported with the learner's own words alone.
import type { Worksheet } from '../../content-schema/worksheet-schema';
import { identityLine, type Identity } from '../../stores/identity';
import { worksheetOf, type FieldEntry, type WorksheetsData } from '../../stores/worksheets';
import { localTimestamp } from '../../stores/notebook/markdown';
import { worksheetToMarkdown } from './markdown';
import { isStarted } from './values';

/** A lab as the notebook page's props name it. */
export interface LabTitle {
  readonly slug: string;
  readonly title: string;
}

/** A lab with its worksheet definition. */
export interface LabSheet extends LabTitle {
  readonly sheet: Worksheet;
}

/** /notebook/worksheets.json: each lab's worksheet by its slug. */
export type WorksheetFile = Readonly<Record<string, Worksheet>>;

/** The labs whose worksheet holds anything stored: only these need the file. */
export const labsWithEntries = (labs: readonly LabTitle[], data: WorksheetsData) => labs.filter((lab) => Object.keys(worksheetOf(data, lab.slug)).length > 0);

/** The file's JSON when it is an object of worksheets (each with its sections); otherwise an error. */
export function readWorksheetFile(json: unknown): WorksheetFile {
  const valid =
    typeof json === 'object' && json !== null && !Array.isArray(json) && Object.values(json).every((sheet) => typeof sheet === 'object' && sheet !== null && Array.isArray((sheet as Worksheet).sections));
  if (!valid) throw new Error('not a worksheet file');
  return json as WorksheetFile;
}

/** What the learner wrote, without the questions: each non-empty text, choice list or table row as one line. */
export function ownWords(stored: Readonly<Record<string, FieldEntry>>): string[] {
  return Object.values(stored).flatMap(({ value }) => {
    if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
    if (Array.isArray(value)) return value.length > 0 ? [value.join('、')] : [];
    return (value as { rows: readonly Readonly<Record<string, string>>[] }).rows
      .map((row) => Object.values(row).map((cell) => cell.trim()).filter(Boolean).join(' | '))
      .filter(Boolean);
  });
}

/**
 * The labs the notebook shows: `started`, those whose worksheet is known and started; `unread`, those with words of the
 * learner's own whose worksheet is not known (the file not loaded yet, or not at all).
 */
export function notebookLabs(labs: readonly LabTitle[], data: WorksheetsData, file: WorksheetFile | null): { started: LabSheet[]; unread: LabTitle[] } {
  const started: LabSheet[] = [];
  const unread: LabTitle[] = [];
  for (const lab of labsWithEntries(labs, data)) {
    const stored = worksheetOf(data, lab.slug);
    const sheet = file && Object.hasOwn(file, lab.slug) ? file[lab.slug] : undefined;
    if (sheet) {
      if (isStarted(sheet, stored)) started.push({ ...lab, sheet });
    } else if (ownWords(stored).length > 0) unread.push(lab);
  }
  return { started, unread };
}

/** A worksheet whose questions could not be loaded, as Markdown: its title, the name line and the learner's words. */
export function ownWordsMarkdown(
  lab: LabTitle,
  stored: Readonly<Record<string, FieldEntry>>,
  identity?: Identity,
  now: Date = new Date(),
  words: (text: string) => string = (text) => text,
): string {
  const who = identity ? identityLine(identity, words) : '';
  const lines = [`# ${words('实训报告')}：${lab.title}`, ''];
  if (who) lines.push(who, '');
  lines.push(`${words('导出时间')}：${localTimestamp(now)}`, '', words('（实训报告的题目没能载入，以下只列出你填写的内容。）'), '', ...ownWords(stored).map((line) => `- ${line}`));
  return lines.join('\n');
}

/** The notebook's labs as Markdown, one after another: with their questions when known, else the learner's words alone. */
export function labsMarkdown(
  labs: { started: readonly LabSheet[]; unread: readonly LabTitle[] },
  data: WorksheetsData,
  identity: Identity,
  words: (text: string) => string = (text) => text,
): string {
  return [
    ...labs.started.map((lab) => worksheetToMarkdown(lab.title, lab.sheet, worksheetOf(data, lab.slug), { identity, words })),
    ...labs.unread.map((lab) => ownWordsMarkdown(lab, worksheetOf(data, lab.slug), identity, new Date(), words)),
  ].join('\n\n');
}
