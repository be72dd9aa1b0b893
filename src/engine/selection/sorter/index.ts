// Re-exports only: the chapter-3 good/bad customer sorter (deck building, sorting, class mode, scoring).
export * from './types';
export * from './logistics-cards';
export * from './card-profitability';
export * from './describe-card';
export * from './traps';
export * from './build-deck';
export * from './sorting';
export * from './class-session';
export * from './score-sorting';
export * from './sorting-insights';
export * from './format';
