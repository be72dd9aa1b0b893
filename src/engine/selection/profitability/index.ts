// Re-exports only: customer profitability and the good/bad customer rules.
export * from './types';
export * from './options';
export * from './bad-debt';
export * from './rules';
export * from './customer-profitability';
export * from './profitability-inputs';
