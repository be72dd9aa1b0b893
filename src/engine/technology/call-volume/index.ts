// Re-exports only: call-centre volume analyses.
export * from './busiest-interval';
export * from './weekday';
export * from './day-volumes';
