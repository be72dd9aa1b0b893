import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { creditText } from '../../engine/quiz';
import type { PageQuiz } from '../../content-schema/quiz-schema';
import { ModelNotes } from '../shared/ModelNotes';
import { ShareLink } from '../shared/ShareLink';
import { readSharedState, sharedStateUrl } from '../shared/share-state';
import { useTeacherMode } from '../shared/teacher';
import { useMounted } from '../shared/use-mounted';
import { WidgetFrame } from '../shared/WidgetFrame';
import { useFocusRequest } from '../shared/use-focus-request';
import { ClassView } from './ClassView';
import { Navigator } from './Navigator';
import { QuestionView } from './QuestionView';
import { fromLinkKeys, toLinkKeys } from './share';
import { createSelfCheck, type SelfCheckModel } from './state';
import { Later } from '../shared/Later';
import './self-check.css';

interface Props {
  /** The set, from content/quizzes/<chapter>.yaml (src/components/islands/SelfCheckIsland.astro reads it at build time). */
  quiz: PageQuiz;
}

/** 本章自测 and the chapters' scenario quizzes: one question at a time, explained once answered, scored, kept in this browser. */
export default function SelfCheck({ quiz }: Props) {
  const model = useMemo(() => createSelfCheck(quiz), [quiz]);
  const mounted = useMounted();
  const { teacher } = useTeacherMode();
  const root = useRef<HTMLDivElement>(null);
  const mode = useStore(model.$mode);
  const announcement = useStore(model.$announcement);
  const focusRequest = useStore(model.$focus);

  useEffect(() => {
    model.start(fromLinkKeys(readSharedState(quiz.widget)), teacher);
  }, [model]);

  useEffect(() => {
    if (!teacher && mode === 'class') model.setMode('practice');
  }, [teacher, mode]);

  useFocusRequest(root, focusRequest);

  return (
    <WidgetFrame name={quiz.widget} title={quiz.title} tools={<ShareLink makeUrl={() => sharedStateUrl(quiz.widget, toLinkKeys(model.linkState()), quiz.widget)} />}>
      <div class={`sc${mode === 'class' ? ' sc-class-mode' : ''}`} id={quiz.widget} data-quiz={quiz.key} ref={root}>
        {!mounted ? (
          <p class="widget-loading">正在准备题目…</p>
        ) : (
          <>
            {quiz.intro && <p class="sc-intro">{quiz.intro}</p>}
            {teacher && (
              <div class="tool-row sc-modes" role="group" aria-label="教师：使用方式">
                <button type="button" class="btn" aria-pressed={mode === 'practice'} onClick={() => model.setMode('practice')}>
                  学生练习
                </button>
                <button type="button" class="btn" aria-pressed={mode === 'class'} onClick={() => model.setMode('class')}>
                  课堂模式（一次投影一题）
                </button>
              </div>
            )}
            {mode === 'class' ? <ClassView model={model} /> : <Practice model={model} teacher={teacher} />}
          </>
        )}
        <p class="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
      </div>
      <ModelNotes load={() => import('./MODEL.md?raw')} />
    </WidgetFrame>
  );
}

const loadSummary = () => import('./Summary').then((m) => m.Summary);

function Practice({ model, teacher }: { model: SelfCheckModel; teacher: boolean }) {
  const step = useStore(model.$step);
  const score = useStore(model.$score);
  const questions = model.quiz.questions;
  return (
    <>
      <p class="sc-progress">
        {score.ok ? `已答 ${score.value.answered} / ${score.value.total} 题 · 得分 ${creditText(score.value.points)}` : ''}
        <span class="sc-saved">（答题记录自动保存在这台设备的浏览器里）</span>
      </p>
      <Navigator model={model} />
      {step === 'summary' ? (
        // The score page and its result code load when first shown: answering the questions needs neither.
        <Later load={loadSummary} props={{ model }} prefix="sc" />
      ) : (
        <QuestionView key={questions[step]!.id} model={model} question={questions[step]!} index={step} teacher={teacher} />
      )}
    </>
  );
}
