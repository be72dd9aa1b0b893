// Re-exports only: the customer record-sheet designer (chapter 5, 设计客户档案信息表).
export * from './types';
export * from './field-catalogue';
export * from './scenarios';
export * from './check-profile-design';
export * from './profile-sheet';
