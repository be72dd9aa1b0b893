// Chapters 9–10 (loyalty and win-back): repurchase, cohorts, the loyalty matrix, retention, churn and win-back. Re-exports only.
export * from './repurchase-rate';
export * from './cohort-retention';
export * from './churn';
export * from './cohort-example-records';
export * from './retention-drops';
export * from './share-of-wallet';
export * from './retention';
export * from './matrix';
