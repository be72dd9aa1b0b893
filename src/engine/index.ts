// Re-exports only: every analysis lives in its own module.
export * from './errors';
export * from './types';
export * from './dates';
export * from './special-functions';
export * from './optimize';
export * from './bgnbd-summary';
export * from './bgnbd';
export * from './gamma-gamma';
export * from './bgnbd-clv';
export * from './sbg';
export * from './loyalty';
