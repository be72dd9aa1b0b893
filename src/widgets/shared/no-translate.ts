/**
 * Spread on an element whose text is data, not page text (customer ids, a learner's words): `translate="no"`,
 * which browsers' translators honour and which keeps the Traditional-Chinese conversion of /zh-hant/ pages off
 * it (preact-hant.ts). Preact's types only know `translate` as a boolean, hence this cast.
 */
export const NO_TRANSLATE = { translate: 'no' } as unknown as { translate?: boolean };
