// Re-exports only: satisfaction measures (CSAT, NPS, survey means, IPA, SERVQUAL gaps).
export type { Answers } from './answers';
export * from './csat';
export * from './nps';
export * from './survey-means';
export * from './ipa';
export * from './servqual';
export * from './servqual-weighted-gap';
export * from './answer-cell';
export * from './survey-layout';
export * from './survey-data';
export * from './analyse-survey';
export * from './compare-segments';
export * from './servqual-mean-gaps';
export * from './servqual-advice';
export * from './score-readings';
export * from './chapter-example';
export * from './priority-guess';
