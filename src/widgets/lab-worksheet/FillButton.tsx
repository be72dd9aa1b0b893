import { useStore } from '@nanostores/preact';
import { localHref } from '../../i18n/locale';
import { fromSource, RESULT_SOURCES, type ResultSourceId } from '../../content-schema/result-sources';
import { $widgetResults, type PublishedResult } from '../../stores/widget-results';

interface Props {
  source: ResultSourceId;
  /** The field's label, so the button names what it fills. */
  target: string;
  onFill: (result: PublishedResult) => void;
}

const clock = (iso: string) => {
  const date = new Date(iso);
  return `${date.getMonth() + 1} 月 ${date.getDate()} 日 ${date.toTimeString().slice(0, 5)}`;
};

/** “从 RFM 计算器填入”: copies the widget's latest result into one field, or says where to make one first. */
export function FillButton({ source, target, onFill }: Props) {
  const results = useStore($widgetResults);
  const about = RESULT_SOURCES[source];
  const result = Object.hasOwn(results.results, source) ? results.results[source] : undefined;
  if (!result) {
    return (
      <p class="ws-fill hint no-print">
        可以{fromSource(source).replace(about.label, '')}
        <a href={localHref(about.href)}>{about.label}</a>填入：先在那里算出结果，再回到这里。
      </p>
    );
  }
  return (
    <p class="ws-fill no-print">
      <button type="button" class="btn" onClick={() => onFill(result)} aria-label={`${fromSource(source)}填入“${target}”`}>
        {fromSource(source)}填入
      </button>{' '}
      <span class="hint">
        最近的结果：{result.dataset}（{clock(result.updatedAt)}）
      </span>
    </p>
  );
}
