// Re-exports only: Erlang B/C and call-centre staffing.
export * from './erlang-b';
export * from './metrics';
export * from './probability-of-waiting';
export * from './service-level';
export type { ErlangCInput } from './input';
export * from './staffing';
export * from './table';
export * from './neighbourhood';
export * from './pooling';
export * from './interval-staffing';
