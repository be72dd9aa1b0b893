// Re-exports only: retention and churn rates, projections and what churn costs.
export * from './retention-rate';
export * from './churn-rate';
export * from './churn-cost';
export * from './retention-from-survivors';
export * from './constant-retention-projection';
export * from './mixture-retention';
export * from './pooled-cohort-retention';
export * from './fader-hardie-cohorts';
export * from './compare-retention-projections';
export * from './clv-from-survivors';
