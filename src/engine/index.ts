// Re-exports only: every analysis lives in its own module.
export * from './errors';
export * from './types';
export * from './dates';
