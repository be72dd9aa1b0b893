// Complaint measures: counts by type, first-contact resolution, the complaint iceberg, handling KPIs. Re-exports only.
export * from './count-by-category';
export * from './first-contact-resolution';
export * from './complaint-iceberg';
export * from './complaint-handling-kpis';
