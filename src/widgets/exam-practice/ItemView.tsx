import { isObjectiveType, type ExamBankItem, type ObjectiveItem } from '../../engine/exam';
import type { PracticeAnswer } from '../../stores/exam-practice';
import { paragraphs, pointsText } from './labels';
import { ObjectiveForm } from './ObjectiveForm';
import { ObjectiveReview } from './ObjectiveReview';
import { submitObjective } from './state';
import { SubjectiveView, type Subjective } from './SubjectiveView';

interface Props {
  item: ExamBankItem;
  answer: PracticeAnswer | undefined;
  /** The Traditional spelling of a blank's key, on Traditional pages. */
  variant?: (text: string) => string;
  onAnswered: () => void;
}

/** The stem as printed: blanks of a 填空 numbered, a case's text first. */
function Stem({ item }: { item: ExamBankItem }) {
  if (item.type === '案例分析') {
    return (
      <div class="ep-case">
        {paragraphs(item.case).map((p, i) => (
          <p key={i}>{p}</p>
        ))}
        {item.stem && <p class="ep-stem">{item.stem}</p>}
      </div>
    );
  }
  if (item.type === '名词解释') return <p class="ep-stem">名词解释：{item.stem}</p>;
  if (item.type === '填空') {
    let blank = 0;
    return <p class="ep-stem">{item.stem.replace(/_{4,}/g, () => `（${++blank}）______`)}</p>;
  }
  return (
    <>
      {paragraphs(item.stem).map((p, i) => (
        <p class="ep-stem" key={i}>
          {p}
        </p>
      ))}
    </>
  );
}

/** One item of a practice set: its stem, then the form or the review once answered. */
export function ItemView({ item, answer, variant, onAnswered }: Props) {
  const objective = isObjectiveType(item.type);
  return (
    <div class="ep-item">
      <Stem item={item} />
      <p class="ep-points">（{pointsText(item.points)} 分）</p>
      {objective ? (
        answer?.verdict ? (
          <ObjectiveReview item={item as ObjectiveItem} response={answer.response} variant={variant} />
        ) : (
          <ObjectiveForm
            key={item.id}
            item={item as ObjectiveItem}
            onSubmit={(response) => {
              submitObjective(item as ObjectiveItem, response, variant);
              onAnswered();
            }}
          />
        )
      ) : (
        <SubjectiveView item={item as Subjective} answer={answer} />
      )}
    </div>
  );
}
