// Retention: rates, survivor curves and projections, the Fader & Hardie cohorts. Re-exports only.
export * from './retention-rate';
export * from './retention-from-survivors';
export * from './constant-retention-projection';
export * from './mixture-retention';
export * from './pooled-cohort-retention';
export * from './fader-hardie-cohorts';
export * from './compare-retention-projections';
export * from './clv-from-survivors';
