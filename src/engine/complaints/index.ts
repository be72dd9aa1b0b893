// Re-exports only: complaint analyses (frequency by type, first-contact resolution).
export * from './count-by-category';
export * from './first-contact-resolution';
