// Chapter 6 (customer tiering): RFM, ABC and customer lifetime value. Re-exports only.
export * from './rfm';
export * from './abc';
export * from './clv';
export * from './clv-compare';
