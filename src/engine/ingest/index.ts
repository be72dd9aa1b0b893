// Re-exports only: CSV ingest, one job per module.
export * from './byte-source';
export * from './detect-encoding';
export * from './detect-delimiter';
export * from './normalize-header';
export * from './match-columns';
export * from './guess-mapping';
export * from './parse-amount';
export * from './parse-date';
export * from './resolve-dates';
export * from './read-csv-records';
export * from './read-transactions';
export * from './read-table';
export * from './read-text-columns';
export { MAX_KEPT_ISSUES } from './issue-log';
export * from './width';
export * from './date-outliers';
export * from './encoding-mix';
