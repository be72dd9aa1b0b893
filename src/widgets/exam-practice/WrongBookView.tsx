import { openWrongBookItems, RIGHT_ANSWERS_TO_CLEAR, type ExamBankItem, type WrongBook } from '../../engine/exam';
import { excerpt } from './labels';

interface Props {
  book: WrongBook;
  items: ReadonlyMap<string, ExamBankItem>;
  chapterLabel: (item: ExamBankItem) => string;
  onPractise: () => void;
  /** A set is in progress: starting another replaces it. */
  busy: boolean;
}

/** 错题本: the items missed, how often, and how many right answers in a row they still need to leave. */
export function WrongBookView({ book, items, chapterLabel, onPractise, busy }: Props) {
  const open = openWrongBookItems(book);
  const cleared = Object.values(book).filter((e) => e.clearedAt !== null).length;
  if (open.length === 0) {
    return <p>{cleared > 0 ? `错题本是空的：之前的 ${cleared} 道错题都已连续答对两次，移出了错题本。` : '错题本是空的。练习中没有全对的题会自动放进这里。'}</p>;
  }
  return (
    <div class="ep-book">
      <p>
        错题本中有 {open.length} 道题{cleared > 0 ? `（另有 ${cleared} 道已经移出）` : ''}。每道题要连续答对 {RIGHT_ANSWERS_TO_CLEAR} 次才会移出；答错一次就重新计数。
      </p>
      <button type="button" class="btn primary" onClick={onPractise} disabled={busy}>
        练习错题本（{Math.min(open.length, 20)} 题）
      </button>
      <ol class="ep-book-list">
        {open.map((id) => {
          const entry = book[id]!;
          const item = items.get(id);
          const stem = item ? (item.type === '案例分析' ? item.case : item.stem) : '';
          return (
            <li key={id}>
              <strong>{item ? `${chapterLabel(item)} · ${item.type}` : id}</strong>：答错 {entry.wrongCount} 次，还需连续答对 {RIGHT_ANSWERS_TO_CLEAR - entry.streak} 次
              {stem && <span class="ep-book-stem">{excerpt(stem)}</span>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
