import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExamBankItem } from '../../engine/exam';
import type { PracticeSet } from '../../stores/exam-practice';
import { useFocusRequest } from '../shared/use-focus-request';
import { ItemView } from './ItemView';
import { pointsText, VERDICT_TEXT } from './labels';
import { closeSet, finishSet, goTo } from './state';

interface Props {
  set: PracticeSet;
  items: ReadonlyMap<string, ExamBankItem>;
  /** 第六章 for an item's chapter. */
  chapterLabel: (item: ExamBankItem) => string;
  variant?: (text: string) => string;
  onShowWrongBook: () => void;
}

/** A practice set: one item at a time with 上一题 / 下一题, then the summary once finished. */
export function SetView({ set, items, chapterLabel, variant, onShowWrongBook }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<{ target: string; seq: number } | null>(null);
  useFocusRequest(root, focus);
  const ask = (target: string) => setFocus((f) => ({ target, seq: (f?.seq ?? 0) + 1 }));
  useEffect(() => {
    if (set.finishedAt) ask('summary');
  }, [set.finishedAt]);
  const answered = set.ids.filter((id) => set.answers[id]?.verdict).length;
  const total = set.ids.length;

  if (set.finishedAt) {
    const score = set.ids.reduce((sum, id) => sum + (set.answers[id]?.score ?? 0), 0);
    const points = set.ids.reduce((sum, id) => sum + (items.get(id)?.points ?? 0), 0);
    const missed = set.ids.filter((id) => set.answers[id]?.verdict !== 'right').length;
    return (
      <div class="ep-summary" ref={root}>
        <h4 tabIndex={-1} data-focus="summary">
          本组练习完成：得 {pointsText(score)} / {pointsText(points)} 分
        </h4>
        <p>{missed > 0 ? `有 ${missed} 题没有全对，已放进错题本：之后在“错题本”里再练，连续答对两次才会移出。` : '全部答对！'}</p>
        <ol class="ep-result-list">
          {set.ids.map((id) => {
            const item = items.get(id);
            const answer = set.answers[id];
            return (
              <li key={id}>
                {item ? `${item.type} · ${chapterLabel(item)}` : id}：{answer?.verdict ? `${VERDICT_TEXT[answer.verdict]}，${pointsText(answer.score ?? 0)} 分` : '未作答'}
              </li>
            );
          })}
        </ol>
        <div class="tool-row">
          <button type="button" class="btn primary" onClick={closeSet}>
            再练一组
          </button>
          {missed > 0 && (
            <button type="button" class="btn" onClick={onShowWrongBook}>
              查看错题本
            </button>
          )}
        </div>
      </div>
    );
  }

  const position = Math.min(set.position, total - 1);
  const id = set.ids[position]!;
  const item = items.get(id);
  const move = (to: number) => {
    goTo(to);
    ask('question');
  };
  return (
    <div class="ep-set" ref={root}>
      <p class="ep-progress" aria-live="polite">
        {set.source === 'wrong-book' ? '错题本练习' : '题库练习'}：已作答 {answered} / {total} 题
      </p>
      <h4 tabIndex={-1} data-focus="question">
        第 {position + 1} / {total} 题{item ? ` · ${item.type} · ${chapterLabel(item)} · ${item.difficulty}` : ''}
      </h4>
      {item ? <ItemView key={id} item={item} answer={set.answers[id]} variant={variant} onAnswered={() => ask('feedback')} /> : <p>正在载入题目……</p>}
      <div class="tool-row ep-nav">
        <button type="button" class="btn" disabled={position === 0} onClick={() => move(position - 1)}>
          上一题
        </button>
        {position < total - 1 && (
          <button type="button" class="btn" onClick={() => move(position + 1)}>
            下一题
          </button>
        )}
        <button type="button" class={`btn${answered === total ? ' primary' : ''}`} onClick={() => finishSet(items)}>
          {answered === total ? '完成练习' : `结束练习（还有 ${total - answered} 题未作答）`}
        </button>
      </div>
    </div>
  );
}
