// Chapter 5 (customer information): 5C credit rating and the customer record sheet. Re-exports only.
export * from './credit';
export * from './customer-profile';
