// Probability models: special functions, the optimiser, BG/NBD, Gamma-Gamma and shifted-beta-geometric fits. Re-exports only.
export * from './special-functions';
export * from './optimize';
export * from './bgnbd-summary';
export * from './bgnbd';
export * from './gamma-gamma';
export * from './bgnbd-clv';
export * from './sbg';
export * from './sbg-fit-table';
