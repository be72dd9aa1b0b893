import type { MissingItem } from './missing';
import { fieldDomId } from './FieldInput';

/** 交作业前还缺: what is still missing, each linking to its field. Saving and exporting go on regardless. */
export function MissingList({ items }: { items: readonly MissingItem[] }) {
  if (items.length === 0) {
    return <p class="ws-missing ws-complete no-print">必填项都已填写，可以导出交作业了。</p>;
  }
  return (
    <details class="ws-missing no-print">
      <summary>交作业前还缺 {items.length} 项（不影响保存和导出）</summary>
      <ul>
        {items.map((item, index) => (
          <li key={`${item.field}-${index}`}>
            <a href={`#${fieldDomId(item.field)}`}>
              {item.section} · {item.label}
            </a>
            ：{item.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}
