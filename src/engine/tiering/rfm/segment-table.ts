import type { RfmSegmentDefinition, RfmSegmentModel } from './types';
import { CN8_SEGMENTS } from './segments-cn8';
import { RFM10_OTHERS, RFM10_SEGMENTS } from './segments-rfm10';

const RFM10_TABLE: readonly RfmSegmentDefinition[] = Object.freeze([...RFM10_SEGMENTS, RFM10_OTHERS]);

/**
 * Every segment of a model in the model's order: the eight cn8 classes, or the ten rfm10
 * segments followed by `Others`.
 * @example rfmSegmentTable('rfm10').length // 11
 */
export function rfmSegmentTable(model: RfmSegmentModel): readonly RfmSegmentDefinition[] {
  return model === 'cn8' ? CN8_SEGMENTS : RFM10_TABLE;
}
