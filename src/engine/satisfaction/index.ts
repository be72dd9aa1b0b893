// Re-exports only: satisfaction measures (CSAT, NPS, survey means, IPA, SERVQUAL gaps).
export type { Answers } from './answers';
export * from './csat';
export * from './nps';
export * from './survey-means';
export * from './ipa';
export * from './servqual';
export * from './servqual-weighted-gap';
