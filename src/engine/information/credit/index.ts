// 5C credit rating: the rating, weights, grade distribution, risk ranking, score separation. Re-exports only.
export * from './credit-5c';
export * from './credit-grade-distribution';
export * from './credit-5c-chapter-example';
export * from './credit-weight-percents';
export * from './credit-risk-ranking';
export * from './credit-score-separation';
export * from './credit-default-flag';
