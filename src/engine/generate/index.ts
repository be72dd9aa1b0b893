// Re-exports only: the seeded teaching-data generators (see README.md, "Teaching datasets").
export * from './generate-dataset';
export * from './catalogue';
export * from './table';
export * from './generated-table-to-csv';
export { createRandom, type Random } from './random';
export { hashText } from './hash-text';
export { detExp, detLog, detSqrt, detPow } from './det-math';
export { generateRetailTransactions, varyRetailParams, defaultRetailParams, RETAIL_COLUMNS, type RetailParams, type RetailStory } from './retail-transactions';
export { generateLogisticsCustomers, varyLogisticsParams, defaultLogisticsParams, LOGISTICS_COLUMNS, type LogisticsParams, type LogisticsStory } from './logistics-customers';
export { generateSatisfactionSurvey, varySurveyParams, defaultSurveyParams, SERVQUAL_ITEMS, SURVEY_ITEM_COLUMNS, type SurveyParams, type SurveyTables } from './satisfaction-survey';
export { generateComplaintTickets, varyComplaintParams, defaultComplaintParams, COMPLAINT_COLUMNS, type ComplaintParams } from './complaint-tickets';
export { generateCallCentreVolumes, varyCallCentreParams, defaultCallCentreParams, CALL_CENTRE_COLUMNS, type CallCentreParams } from './call-centre-volumes';
export { generateCreditApplications, varyCreditParams, defaultCreditParams, CREDIT_COLUMNS, type CreditParams } from './credit-applications';
