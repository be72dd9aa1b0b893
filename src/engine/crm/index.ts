// Re-exports only: the practice CRM's pure rules (the data layer is src/widgets/crm-sandbox/db/).
export * from './types';
export * from './ticket-flow';
export * from './duplicates';
export * from './masking';
export * from './audit-diff';
export * from './funnel';
export * from './reminders';
export * from './customer-csv';
export * from './analyse';
export * from './seed-workspace';
export * from './tasks';
