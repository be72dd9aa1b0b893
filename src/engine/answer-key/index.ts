// Re-exports only: instructors' answer keys for the generated datasets (shared by the CLI and the widget).
export * from './types';
export * from './student-number';
export * from './answer-key';
export * from './retail-answer-key';
export * from './logistics-answer-key';
export * from './survey-answer-key';
export * from './complaint-answer-key';
export * from './calls-answer-key';
export * from './credit-answer-key';
export * from './sections';
export * from './answer-key-csv';
export * from './variant-facts';
