import { useStore } from '@nanostores/preact';

import type { PageQuestion } from '../../content-schema/quiz-schema';
import { useDomId } from '../shared/use-dom-id';
import { AnswerReview } from './AnswerReview';
import { KIND_LABELS, letter } from './labels';
import { QuestionContext } from './Prompt';
import type { SelfCheckModel } from './state';

interface Props {
  model: SelfCheckModel;
  question: PageQuestion;
  index: number;
  teacher: boolean;
}

const HINTS: Partial<Record<PageQuestion['kind'], string>> = {
  multiple: '可选多项：选出所有正确的选项。有选错的得 0 分；没有选错时按选对的比例得分。',
  number: '算出结果后只填数字，单位可以不写。',
};

/** One question in practice: the form until it is answered, then the answer opened with its explanation. */
export function QuestionView({ model, question, index, teacher }: Props) {
  const attempt = useStore(model.$attempt);
  const order = useStore(model.$order)[question.id] ?? [];
  const score = useStore(model.$score);
  const drafts = useStore(model.$drafts);
  const errors = useStore(model.$inputError);
  const keyShown = useStore(model.$keyShown)[question.id] ?? false;
  const id = useDomId();
  const response = attempt.responses[question.id];
  const answerScore = score.ok ? score.value.answers[question.id] : undefined;
  const total = model.quiz.questions.length;
  const last = index === total - 1;
  const complete = score.ok && score.value.complete;

  return (
    <section class="sc-question" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`} tabIndex={-1} data-focus="question">
        第 {index + 1} / {total} 题 · {KIND_LABELS[question.kind]}
      </h4>
      <QuestionContext question={question} />
      {response && answerScore ? (
        <>
          <p class="sc-prompt">{question.prompt}</p>
          <AnswerReview question={question} order={order} response={response} score={answerScore} focusKey={`feedback:${question.id}`} />
        </>
      ) : (
        <>
          <AnswerForm model={model} question={question} order={order} draft={drafts[question.id]} error={errors[question.id] ?? ''} formId={id} />
          {teacher && (
            <div class="sc-teacher">
              <button type="button" class="btn" aria-expanded={keyShown} aria-controls={`${id}-key`} onClick={() => model.toggleKey(question.id)}>
                {keyShown ? '收起答案（教师）' : '显示答案（教师）'}
              </button>
              <div id={`${id}-key`} hidden={!keyShown}>
                {keyShown && <AnswerReview question={question} order={order} heading="h5" />}
              </div>
            </div>
          )}
        </>
      )}
      <div class="tool-row sc-nav">
        <button type="button" class="btn" disabled={index === 0} onClick={() => model.go(index - 1)}>
          上一题
        </button>
        {last ? (
          <button type="button" class={`btn${complete ? ' primary' : ''}`} onClick={() => model.go('summary')}>
            {complete ? '查看总分' : '查看答题情况'}
          </button>
        ) : (
          <button type="button" class={`btn${response ? ' primary' : ''}`} onClick={() => model.go(index + 1)}>
            {response ? '下一题' : '跳过，下一题'}
          </button>
        )}
      </div>
    </section>
  );
}

interface FormProps {
  model: SelfCheckModel;
  question: PageQuestion;
  order: readonly string[];
  draft: unknown;
  error: string;
  formId: string;
}

function AnswerForm({ model, question, order, draft, error, formId }: FormProps) {
  const hint = HINTS[question.kind];
  const hintId = `${formId}-hint`;
  const errorId = `${formId}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const name = `${model.quiz.widget}-${question.id}`;
  const choices = Array.isArray(draft) ? (draft as string[]) : [];
  const onSubmit = (event: Event) => {
    event.preventDefault();
    model.submit(question.id);
  };

  let fields;
  if (question.kind === 'single' || question.kind === 'multiple') {
    const multiple = question.kind === 'multiple';
    fields = (
      <fieldset class="sc-options" aria-describedby={describedBy}>
        <legend class="sc-prompt">{question.prompt}</legend>
        {hint && <p id={hintId} class="sc-hint">{hint}</p>}
        {order.map((optionId, i) => {
          const option = question.options.find((o) => o.id === optionId)!;
          const checked = choices.includes(optionId);
          return (
            <label key={optionId} class="sc-option">
              <input type={multiple ? 'checkbox' : 'radio'} name={name} value={optionId} checked={checked} onChange={() => model.toggleChoice(question.id, optionId, multiple)} data-focus={i === 0 ? `input:${question.id}` : undefined} />
              <span class="sc-letter">{letter(i)}.</span>
              <span>{option.text}</span>
            </label>
          );
        })}
      </fieldset>
    );
  } else if (question.kind === 'true-false') {
    fields = (
      <fieldset class="sc-options sc-tf" aria-describedby={describedBy}>
        <legend class="sc-prompt">{question.prompt}</legend>
        {([true, false] as const).map((value) => (
          <label key={String(value)} class="sc-option">
            <input type="radio" name={name} value={String(value)} checked={draft === value} onChange={() => model.setDraft(question.id, value)} data-focus={value ? `input:${question.id}` : undefined} />
            <span>{value ? '正确' : '错误'}</span>
          </label>
        ))}
      </fieldset>
    );
  } else {
    const inputId = `${formId}-input`;
    fields = (
      <div class="sc-number">
        <p class="sc-prompt" id={`${formId}-prompt`}>
          {question.prompt}
        </p>
        {hint && <p id={hintId} class="sc-hint">{hint}</p>}
        <label for={inputId}>你的答案{question.unit ? `（单位：${question.unit}）` : ''}</label>
        <span class="sc-number-row">
          <input
            id={inputId}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            data-focus={`input:${question.id}`}
            aria-describedby={[`${formId}-prompt`, describedBy].filter(Boolean).join(' ')}
            aria-invalid={error ? true : undefined}
            value={typeof draft === 'string' ? draft : ''}
            onInput={(e) => model.setDraft(question.id, e.currentTarget.value)}
          />
          {question.unit && <span aria-hidden="true">{question.unit}</span>}
        </span>
      </div>
    );
  }

  return (
    <form class="sc-form" onSubmit={onSubmit} noValidate>
      {fields}
      {error && (
        <p id={errorId} class="sc-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="btn primary">
        提交答案
      </button>
    </form>
  );
}
