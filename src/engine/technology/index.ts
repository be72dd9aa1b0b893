// Chapter 2 (CRM technology): Erlang C staffing, call volumes, association rules. Re-exports only.
export * from './erlang-c';
export * from './association-rule';
export * from './call-volume';
