// Re-exports only: result codes (提交码) and what the class board makes of them.
export * from './types';
export * from './crockford-base32';
export * from './crc16';
export * from './class-code';
export * from './activity-names';
export * from './encode-result-code';
export * from './decode-result-code';
export * from './find-result-codes';
