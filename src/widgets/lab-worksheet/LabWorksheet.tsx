import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { Worksheet, WorksheetField } from '../../content-schema/worksheet-schema';
import { fromSource, type ResultSourceId } from '../../content-schema/result-sources';
import { $identity, identityLine } from '../../stores/identity';
import { localTimestamp } from '../../stores/notebook/markdown';
import type { PublishedResult } from '../../stores/widget-results';
import { $worksheets, setFieldValue, worksheetOf, type FieldValue } from '../../stores/worksheets';
import { IdentityFields } from '../notebook/IdentityFields';
import { ResultCode } from '../shared/ResultCode';
import { WidgetFrame } from '../shared/WidgetFrame';
import { checklistResult } from './checklist-result';
import { ExportTools } from './ExportTools';
import { FieldInput } from './FieldInput';
import { fillField } from './fill';
import type { LabRef } from './hand-in';
import { MissingList } from './MissingList';
import { missingItems } from './missing';
import { valueOf } from './values';
import './lab-worksheet.css';

interface Props {
  lab: LabRef;
  sheet: Worksheet;
}

/** What the last fill did, with the value before it (so it can be undone). */
interface LastFill {
  readonly field: WorksheetField;
  readonly before: FieldValue;
  readonly message: string;
}

const PRINT_CLASS = 'print-worksheet';

/** 实训报告: the lab's worksheet, filled in on the page, saved as the learner types, exported for hand-in. */
export default function LabWorksheet({ lab, sheet }: Props) {
  const worksheets = useStore($worksheets);
  const saved = useStore($worksheets.$saved);
  const identity = useStore($identity);
  const [edited, setEdited] = useState(false);
  const [lastFill, setLastFill] = useState<LastFill | null>(null);
  const [printedAt, setPrintedAt] = useState<Date | null>(null);
  const stored = worksheetOf(worksheets, lab.slug);
  const missing = missingItems(sheet, stored);

  useEffect(() => {
    const done = () => document.documentElement.classList.remove(PRINT_CLASS);
    window.addEventListener('afterprint', done);
    return () => window.removeEventListener('afterprint', done);
  }, []);

  /** The field's value as stored now (not as this render saw it). */
  const current = (field: WorksheetField) => valueOf(field, worksheetOf($worksheets.get(), lab.slug));
  const change = (field: WorksheetField, value: FieldValue) => {
    setFieldValue(lab.slug, field.id, value);
    setEdited(true);
  };
  const fill = (field: WorksheetField, result: PublishedResult) => {
    if (!('fill' in field) || !field.fill) return;
    const before = current(field);
    change(field, fillField(field, before, result));
    setLastFill({ field, before, message: `已${fromSource(field.fill.source as ResultSourceId)}填入“${field.label}”（${result.dataset}），其他栏目没有改动。` });
  };
  const undo = () => {
    if (!lastFill) return;
    change(lastFill.field, lastFill.before);
    setLastFill(null);
  };
  const print = () => {
    setPrintedAt(new Date());
    document.documentElement.classList.add(PRINT_CLASS);
    setTimeout(() => window.print(), 0);
  };

  const savedText = edited && saved.kind === 'saved' ? `，已自动保存（${saved.at.toTimeString().slice(0, 5)}）` : '';
  const who = identityLine(identity);

  return (
    <WidgetFrame name="lab-worksheet" title={`实训报告：${lab.title}`}>
      <div class="print-only ws-print-head">
        <p>客户关系管理 · 实训报告</p>
        <h2>{lab.title}</h2>
        {who && <p>{who}</p>}
        {printedAt && <p>打印时间：{localTimestamp(printedAt)}</p>}
      </div>
      <p class="hint no-print">在这里直接填写，内容随打随存在这台设备的浏览器里；写完后导出 Word 文档或 JSON 文件交给老师，也可以打印。</p>
      <IdentityFields />
      <MissingList items={missing} />
      {sheet.sections.map((section) => (
        <section class="ws-section" key={section.id} aria-labelledby={`ws-section-${section.id}`}>
          <h4 id={`ws-section-${section.id}`}>{section.title}</h4>
          {section.intro && <p>{section.intro}</p>}
          {section.fields.map((field) => (
            <FieldInput
              key={field.id}
              field={field}
              value={valueOf(field, stored)}
              onChange={(update) => change(field, update(current(field)))}
              onFill={(result) => fill(field, result)}
              filled={lastFill?.field.id === field.id ? { message: lastFill.message, undo } : null}
            />
          ))}
        </section>
      ))}
      {edited && saved.kind === 'failed' && (
        <p class="widget-error" role="alert">
          未能保存：{saved.notice.message} 离开页面前请先导出 Markdown 或 Word 文档。
        </p>
      )}
      <p class="status ws-saved no-print" aria-live="polite">
        {missing.length === 0 ? '必填项已全部填写' : `还缺 ${missing.length} 项`}
        {savedText}
      </p>
      <ExportTools lab={lab} sheet={sheet} stored={stored} identity={identity} missing={missing.length} onPrint={print} />
      <div class="no-print">
        <ResultCode result={checklistResult(lab.slug, sheet, missing)} />
      </div>
    </WidgetFrame>
  );
}
