// A questionnaire's answers in a form that crosses between the page and the workers cheaply: answers as
// Float64Arrays (NaN = blank) and ids and segment values as one joined string each, so a large expectations file
// is copied as a few blocks of memory instead of millions of small values (the page's main thread stays free).
import type { SurveyData, SurveyQuestion } from '../../engine/satisfaction';

const SEP = '\u0000';

type Packed<Q extends SurveyQuestion> = Omit<Q, 'answers'> & { readonly answers: Float64Array };

export interface PackedSurvey extends Omit<SurveyData, 'ids' | 'segments' | 'items' | 'importance' | 'overall' | 'nps'> {
  readonly ids: string | null;
  readonly segments: readonly { readonly column: string; readonly values: string }[];
  readonly items: readonly Packed<SurveyData['items'][number]>[];
  readonly importance: readonly Packed<SurveyData['importance'][number]>[];
  readonly overall: Packed<SurveyQuestion> | null;
  readonly nps: Packed<SurveyQuestion> | null;
}

const pack = <Q extends SurveyQuestion>(q: Q): Packed<Q> => ({ ...q, answers: Float64Array.from(q.answers, (a) => (a === null ? Number.NaN : a)) });
const unpack = <Q extends SurveyQuestion>(q: Packed<Q>): Q => ({ ...q, answers: Array.from(q.answers, (a) => (Number.isNaN(a) ? null : a)) }) as unknown as Q;
const split = (text: string, count: number) => (count === 0 ? [] : text.split(SEP));

export function packSurvey(data: SurveyData): PackedSurvey {
  return {
    ...data,
    ids: data.ids === null ? null : data.ids.join(SEP),
    segments: data.segments.map((s) => ({ column: s.column, values: s.values.join(SEP) })),
    items: data.items.map(pack),
    importance: data.importance.map(pack),
    overall: data.overall && pack(data.overall),
    nps: data.nps && pack(data.nps),
  };
}

export function unpackSurvey(packed: PackedSurvey): SurveyData {
  return {
    ...packed,
    ids: packed.ids === null ? null : split(packed.ids, packed.respondents),
    segments: packed.segments.map((s) => ({ column: s.column, values: split(s.values, packed.respondents) })),
    items: packed.items.map(unpack),
    importance: packed.importance.map(unpack),
    overall: packed.overall && unpack(packed.overall),
    nps: packed.nps && unpack(packed.nps),
  };
}
