// Loyalty and win-back analyses on transactions: re-exports only.
export * from './repurchase-rate';
export * from './cohort-retention';
export * from './churn-by-inactivity';
export * from './win-back-priority';
export * from './cohort-example-records';
export * from './retention-drops';
export * from './spend-by-customer';
export * from './win-back-candidates';
export * from './p-alive-histogram';
export * from './p-alive-over-silence';
export * from './churn-rule-agreement';
export * from './win-back-chapter-example';
