// Re-exports only: the exam bank's practice, papers and 课程目标达成度.
export * from './types';
export * from './responses';
export * from './fill-blank';
export * from './score-objective';
export * from './self-mark';
export * from './wrong-book';
export * from './draw-practice';
export * from './blueprint';
export * from './draw-paper';
export * from './paper-pair';
export * from './paper-balance';
export * from './scale-points';
export * from './sheet-layout';
export * from './read-score-sheet';
export * from './attainment';
