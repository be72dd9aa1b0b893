import type { PracticeResult } from '../../stores/exam-practice';
import { localTimestamp } from '../../stores/notebook/markdown';
import { ScrollBox } from '../shared/ScrollBox';
import { pointsText } from './labels';

/** 练习记录: every finished set, the latest first. */
export function HistoryView({ history }: { history: readonly PracticeResult[] }) {
  if (history.length === 0) return <p>还没有完成过练习。</p>;
  return (
    <ScrollBox label="练习记录">
      <table class="ep-history">
        <thead>
          <tr>
            <th scope="col">完成时间</th>
            <th scope="col">来源</th>
            <th scope="col">题数</th>
            <th scope="col">得分</th>
            <th scope="col">未全对</th>
          </tr>
        </thead>
        <tbody>
          {[...history].reverse().map((r) => (
            <tr key={r.finishedAt}>
              <td>{localTimestamp(new Date(r.finishedAt))}</td>
              <td>{r.source === 'wrong-book' ? '错题本' : '题库'}</td>
              <td>{r.items}</td>
              <td>
                {pointsText(r.score)} / {pointsText(r.points)}
              </td>
              <td>{r.missed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
