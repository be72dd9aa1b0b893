// Churn and win-back: churn rules, churn rate and cost, P(alive), the win-back list. Re-exports only.
export * from './churn-by-inactivity';
export * from './win-back-priority';
export * from './spend-by-customer';
export * from './win-back-candidates';
export * from './p-alive-histogram';
export * from './p-alive-over-silence';
export * from './churn-rule-agreement';
export * from './win-back-chapter-example';
export * from './churn-rate';
export * from './churn-cost';
