// Re-exports only: every analysis lives in its own module.
export * from './core';
export * from './ingest';
export * from './models';
export * from './technology';
export * from './selection';
export * from './information';
export * from './tiering';
export * from './communication';
export * from './satisfaction';
export * from './loyalty';
export * from './quiz';
export * from './generate';
export * from './answer-key';
export * from './crm';
export * from './exam';
export * from './result-code';
