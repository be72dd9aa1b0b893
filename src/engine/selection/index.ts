// Chapters 3–4 (customer selection and acquisition): profitability, the card sorter, scorecards, acquisition cost. Re-exports only.
export * from './profitability';
export * from './sorter';
export * from './weighted-scorecard';
export * from './acquisition-cost';
