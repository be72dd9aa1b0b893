// Re-exports only: RFM analysis and its building blocks.
export * from './types';
export * from './quantile';
export * from './score-rank';
export * from './score-breaks';
export * from './segments-cn8';
export * from './segments-rfm10';
export * from './segment-table';
export * from './summarise';
export * from './aggregate';
export * from './compute-rfm';
export * from './score-distribution';
export * from './monetary-by-rf';
export * from './segment-reading';
export * from './rfm-csv';
export * from './chapter-example';
export * from './walkthrough';
export * from './walkthrough-state';
