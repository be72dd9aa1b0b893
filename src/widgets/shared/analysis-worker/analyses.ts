// Every analysis the shared analysis worker can run, by the widget's name. Each is loaded with a dynamic import
// inside the worker, so each widget's handlers are their own chunk, and the ingest and papaparse they all use are
// one chunk shared by every widget (before, each widget's worker was its own bundle with its own copy of them).
import type { Handlers } from '../dataset-picker/host';

const ANALYSES = {
  'abc-analysis': () => import('../../abc-analysis/handlers').then((m) => m.abcHandlers),
  'churn-winback': () => import('../../churn-winback/handlers').then((m) => m.churnHandlers),
  'cohort-retention': () => import('../../cohort-retention/handlers').then((m) => m.cohortHandlers),
  'credit-5c-rater': () => import('../../credit-5c-rater/handlers').then((m) => m.creditHandlers),
  'erlang-c-staffing': () => import('../../erlang-c-staffing/handlers').then((m) => m.erlangHandlers),
  'rfm-calculator': () => import('../../rfm-calculator/handlers').then((m) => m.rfmHandlers),
  'satisfaction-analyzer': () => import('../../satisfaction-analyzer/handlers').then((m) => m.satisfactionHandlers),
  'student-dataset': () => import('../../student-dataset/handlers').then((m) => m.studentDatasetHandlers),
} satisfies Record<string, () => Promise<Handlers>>;

/** The name of a widget whose analysis runs in the shared worker. */
export type AnalysisName = keyof typeof ANALYSES;

export function isAnalysisName(name: string): name is AnalysisName {
  return Object.hasOwn(ANALYSES, name);
}

/** The handlers of one widget's analysis, loaded on first use. */
export function loadAnalysis(name: AnalysisName): Promise<Handlers> {
  return ANALYSES[name]();
}
