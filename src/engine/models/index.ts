// Probability models: special functions, the optimiser, BG/NBD, Pareto/NBD, holdout checks, Gamma-Gamma and shifted-beta-geometric fits. Re-exports only.
export * from './special-functions';
export * from './optimize';
export * from './bgnbd-summary';
export * from './bgnbd';
export * from './fit-customer-groups';
export * from './gamma-gamma';
export * from './bgnbd-clv';
export * from './pnbd';
export * from './sbg';
export * from './sbg-fit-table';
export * from './customer-base-model';
export * from './holdout';
export * from './p-alive-reading';
