// Re-exports only: ABC classification.
export * from './classify-abc';
export * from './value-per-customer';
export * from './abc-csv';
export * from './chapter-example';
export * from './sum-by-customer';
export * from './pareto-points';
