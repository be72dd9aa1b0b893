// What the board knows about the activities whose codes it reads: the self-check sets (from content/quizzes at
// build time), the role-play scripts, the generated datasets. Passed to the island as props; pure helpers only.
import type { QuizQuestion } from '../../engine/quiz/types';
import { DATASET_ACTIVITY, MATRIX_ACTIVITY, ROLEPLAY_ACTIVITY, SORTER_ACTIVITY } from '../../engine/result-code/activity-kinds';

/** A self-check set as the board needs it: its key, a title that names the chapter, and the questions. */
export interface CatalogueQuiz {
  /** `<chapter slug>/<set id>`, the activity name of its codes. */
  readonly key: string;
  /** 第六章 本章自测 */
  readonly title: string;
  readonly questions: readonly QuizQuestion[];
}

export interface BoardCatalogue {
  readonly quizzes: readonly CatalogueQuiz[];
  readonly scenarios: readonly { readonly id: string; readonly title: string }[];
  readonly datasets: readonly { readonly id: string; readonly title: string }[];
  /** Labs with a worksheet: their 交作业前还缺 checklist hands in as `lab-worksheet/<slug>`. */
  readonly labs?: readonly { readonly id: string; readonly title: string }[];
}

/** What kind of activity a code is for, and what the board needs to read its answers. */
export type ActivityInfo =
  | { readonly kind: 'quiz'; readonly label: string; readonly quiz: CatalogueQuiz }
  | { readonly kind: 'sorter'; readonly label: string }
  | { readonly kind: 'roleplay'; readonly label: string; readonly scenario: string }
  | { readonly kind: 'matrix'; readonly label: string }
  | { readonly kind: 'dataset'; readonly label: string; readonly dataset: string }
  | { readonly kind: 'other'; readonly label: string };

const DECKS: Readonly<Record<string, string>> = { intro: '入门卡组', advanced: '进阶卡组', random: '随机卡组' };

/**
 * The activity behind a code's name, with the label the board shows: 第六章 本章自测, 好客户还是坏客户？（入门卡组）…
 * An activity the board does not know (made by a newer release, or exam practice and lab worksheets before the board
 * learns to read them) is `other`, labelled with its name: its scores and answers still count.
 */
export function activityInfo(activity: string, catalogue: BoardCatalogue): ActivityInfo {
  const quiz = catalogue.quizzes.find((q) => q.key === activity);
  if (quiz) return { kind: 'quiz', label: quiz.title, quiz };
  const [widget, part = '', ...rest] = activity.split('/');
  if (rest.length === 0) {
    if (widget === SORTER_ACTIVITY && DECKS[part]) return { kind: 'sorter', label: `好客户还是坏客户？（${DECKS[part]}）` };
    if (widget === ROLEPLAY_ACTIVITY && part) {
      const title = catalogue.scenarios.find((s) => s.id === part)?.title ?? part;
      return { kind: 'roleplay', label: `投诉处理角色扮演：${title}`, scenario: part };
    }
    if (widget === MATRIX_ACTIVITY && part === '') return { kind: 'matrix', label: '满意—忠诚矩阵' };
    if (widget === DATASET_ACTIVITY && part) {
      const title = catalogue.datasets.find((d) => d.id === part)?.title ?? part;
      return { kind: 'dataset', label: `我的专属数据集：${title}`, dataset: part };
    }
    if (widget === 'lab-worksheet' && part) {
      const title = catalogue.labs?.find((l) => l.id === part)?.title ?? part;
      return { kind: 'other', label: `实训报告必填项：${title}` };
    }
  }
  return { kind: 'other', label: activity };
}
