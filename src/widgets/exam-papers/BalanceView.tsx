import type { PaperBalance, PaperPair } from '../../engine/exam';
import { ScrollBox } from '../shared/ScrollBox';

interface Props {
  pair: PaperPair;
  balance: { readonly A: PaperBalance; readonly B: PaperBalance };
  chapterName: (slug: string) => string;
  overlapLimit: number;
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

function Rows({ caption, head, rows }: { caption: string; head: string; rows: readonly (readonly [string, number | null, number, number])[] }) {
  return (
    <ScrollBox label={caption}>
      <table class="xp-balance">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            <th scope="col">目标（分）</th>
            <th scope="col">A 卷（分）</th>
            <th scope="col">B 卷（分）</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, target, a, b]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>{target === null ? '不限' : fmt(target)}</td>
              <td>{fmt(a)}</td>
              <td>{fmt(b)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

/** 组卷说明: how A and B meet the blueprint (chapters, difficulty, objectives, knowledge points) and what they share. */
export function BalanceView({ pair, balance, chapterName, overlapLimit }: Props) {
  const { A, B } = balance;
  return (
    <div class="xp-balance-view">
      <p>
        A、B 卷共有 {pair.shared.length} 道相同的题，共 {fmt(pair.sharedPoints)} 分，重复率 {fmt(pair.overlapPercent)}%（上限 {fmt(overlapLimit)}%）。A 卷覆盖 {A.knowledgePoints} 个知识点，B 卷覆盖 {B.knowledgePoints} 个。
        {A.missingChapters.length > 0 && ` 题库中还没有这些章节的题目，它们的比重已按比例分给其他章节：${A.missingChapters.map(chapterName).join('、')}。`}
      </p>
      <Rows caption="各章分值" head="章节" rows={A.chapters.map((c, i) => [chapterName(c.chapter), c.target, c.points, B.chapters[i]?.points ?? 0] as const)} />
      <Rows caption="难度分布" head="难度" rows={A.difficulty.map((d, i) => [d.difficulty, d.target, d.points, B.difficulty[i]!.points] as const)} />
      <Rows caption="课程目标分值" head="课程目标" rows={A.objectives.map((o) => [`课程目标${o.objective}`, o.target, o.points, B.objectives.find((x) => x.objective === o.objective)?.points ?? 0] as const)} />
      {(A.repeatedKnowledge.length > 0 || B.repeatedKnowledge.length > 0) && (
        <p>
          同一知识点出了两道以上题的：
          {[...A.repeatedKnowledge.map((k) => `A 卷“${k.knowledge}”${k.count} 道`), ...B.repeatedKnowledge.map((k) => `B 卷“${k.knowledge}”${k.count} 道`)].join('；')}。
        </p>
      )}
    </div>
  );
}
