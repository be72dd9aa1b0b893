import { ByteReader, ByteWriter, MalformedBytes } from './bytes';

/**
 * Path segments a result code stores as one byte (0x80 + position) instead of letter by letter: the chapters,
 * the widgets and the ids their activities use. Format 1 of the code reads exactly this list, so it is only ever
 * added to at the end; a code holding a byte beyond it comes from a newer site (`newer-version`).
 */
export const ACTIVITY_SEGMENTS: readonly string[] = Object.freeze([
  '01-crm-philosophy', '02-crm-technology', '03-customer-selection', '04-customer-acquisition', '05-customer-information',
  '06-customer-tiering', '07-customer-communication', '08-customer-satisfaction', '09-customer-loyalty', '10-customer-winback',
  'logistics-customer-service', 'channel-customers',
  'self-check', 'crm-functions-quiz', 'acquisition-strategy-quiz',
  'customer-sorter', 'intro', 'advanced', 'random',
  'complaint-roleplay', 'bank-fee', 'ecommerce-return', 'hotel-overbooking', 'parcel-delay', 'telecom-bill',
  'loyalty-matrix',
  'student-dataset', 'retail-transactions', 'logistics-customers', 'satisfaction-survey', 'satisfaction-expectations',
  'complaint-tickets', 'call-centre-volumes', 'credit-applications',
  'exam-practice', 'lab-worksheet',
]);

/** An activity name: kebab-case segments joined by `/` (`06-customer-tiering/self-check`, `customer-sorter/intro`). */
export const ACTIVITY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;
/** Longest activity name, in characters. */
export const ACTIVITY_MAX_LENGTH = 80;

const SEPARATOR = '/'.charCodeAt(0);

/** Thrown while reading an activity byte this release does not know (a code made by a newer site). */
export class UnknownSegment extends Error {}

/** Writes an activity name: its byte count, then each segment as its one byte or its letters, `/` between. */
export function writeActivity(writer: ByteWriter, activity: string): void {
  const bytes: number[] = [];
  activity.split('/').forEach((segment, i) => {
    if (i > 0) bytes.push(SEPARATOR);
    const known = ACTIVITY_SEGMENTS.indexOf(segment);
    if (known >= 0) bytes.push(0x80 + known);
    else for (const char of segment) bytes.push(char.charCodeAt(0));
  });
  writer.varint(bytes.length);
  writer.raw(Uint8Array.from(bytes));
}

/** Reads what `writeActivity` wrote; a name that breaks `ACTIVITY_PATTERN` is malformed. */
export function readActivity(reader: ByteReader): string {
  const bytes = reader.raw(reader.varint());
  let name = '';
  for (const byte of bytes) {
    if (byte < 0x80) name += String.fromCharCode(byte);
    else if (byte - 0x80 < ACTIVITY_SEGMENTS.length) name += ACTIVITY_SEGMENTS[byte - 0x80];
    else throw new UnknownSegment(String(byte));
  }
  if (!ACTIVITY_PATTERN.test(name) || name.length > ACTIVITY_MAX_LENGTH) throw new MalformedBytes('activity');
  return name;
}
