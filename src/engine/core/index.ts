// Shared pieces: engine errors, argument guards, transaction types, dates, number text, CSV export, paged rows. Re-exports only.
export * from './errors';
export * from './types';
export * from './dates';
export * from './csv-export';
export * from './transactions-from-records';
export * from './number-text';
export * from './query-rows';
export * from './transaction-date-range';
export * from './pass-mark';
