// Re-exports only: call-centre volume analyses.
export * from './busiest-interval';
