// Re-exports only: the practice CRM's pure rules (the IndexedDB layer is src/crm/).
export * from './types';
export * from './ticket-flow';
export * from './duplicates';
export * from './masking';
export * from './audit-diff';
export * from './funnel';
export * from './reminders';
export * from './customer-csv';
export * from './segment-tags';
export * from './analyse';
export * from './import-plan';
export * from './workspaces';
export * from './seed-workspace';
export * from './tasks';
export * from './figures';
