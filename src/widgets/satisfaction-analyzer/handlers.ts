// The satisfaction analyzer's analysis, run in its worker on the questionnaire the picker read (every column as
// text). Glue only: every number comes from the engine.
import { EngineError } from '../../engine/core/errors';
import type { TextColumns } from '../../engine/ingest/read-text-columns';
import {
  analyseSurvey, compareSurveySegments, guessSurveyLayout, readCsat, readNps, surveyFromColumns,
  type ScoreReading, type SegmentComparison, type SegmentFilter, type SurveyAnalysis, type SurveyData, type SurveyLayout,
} from '../../engine/satisfaction';
import type { RowIssue } from '../../engine/core/types';
import type { HostContext } from '../shared/dataset-picker/host';
import { packSurvey, unpackSurvey, type PackedSurvey } from './survey-transfer';

/** What the file holds, for the column mapping: the headers and the layout guessed from them. */
export interface LayoutView {
  readonly headers: readonly string[];
  readonly guess: SurveyLayout;
}

export interface SurveyArgs {
  readonly layout: SurveyLayout;
  readonly segment: SegmentFilter | null;
  readonly ipaCut: 'mean' | 'midpoint';
  readonly expectations: PackedSurvey | null;
}

/** A segment column and its values with how many respondents have each (largest first). */
export interface SegmentChoices {
  readonly column: string;
  readonly values: readonly { readonly value: string; readonly count: number }[];
}

export interface SurveyView {
  readonly analysis: SurveyAnalysis;
  /** What the CSAT and NPS say in words (and the mean overall score); null without the question. */
  readonly csatReading: (ScoreReading & { readonly mean: number | null }) | null;
  readonly npsReading: ScoreReading | null;
  /** Respondents in the whole file. */
  readonly respondents: number;
  readonly scale: SurveyLayout['scale'];
  readonly segments: readonly SegmentChoices[];
  readonly hasItems: boolean;
  readonly hasIds: boolean;
  /** Cells counted as blanks because they could not be used (line, column, why): the first 20. */
  readonly issues: readonly RowIssue[];
  readonly issueCount: number;
}

export interface CompareArgs {
  readonly layout: SurveyLayout;
  readonly column: string;
  readonly expectations: PackedSurvey | null;
}

const DATA = 'survey:data';

function columnsOf(ctx: HostContext): TextColumns {
  const columns = ctx.dataset?.columns;
  if (!columns) throw new EngineError('no-dataset', '还没有可分析的问卷数据，请先选择数据(no questionnaire loaded)');
  return columns;
}

/** The answers under a layout, read once per layout and dataset. */
function dataFor(ctx: HostContext, layout: SurveyLayout): SurveyData {
  const key = JSON.stringify(layout);
  const cached = ctx.memo.get(DATA) as { key: string; data: SurveyData } | undefined;
  if (cached?.key === key) return cached.data;
  const data = surveyFromColumns(columnsOf(ctx), layout);
  ctx.memo.set(DATA, { key, data });
  return data;
}

function segmentChoices(data: SurveyData): SegmentChoices[] {
  return data.segments.map(({ column, values }) => {
    const counts = new Map<string, number>();
    for (const v of values) if (v !== '') counts.set(v, (counts.get(v) ?? 0) + 1);
    return { column, values: [...counts].sort((a, b) => b[1] - a[1]).map(([value, count]) => ({ value, count })) };
  });
}

export const satisfactionHandlers = {
  surveyLayout(ctx: HostContext): LayoutView {
    const columns = columnsOf(ctx);
    return { headers: columns.headers, guess: guessSurveyLayout(columns.headers, columns.columns) };
  },

  survey(ctx: HostContext, args: SurveyArgs): SurveyView {
    const data = dataFor(ctx, args.layout);
    const segment = args.segment && data.segments.some((s) => s.column === args.segment!.column) ? args.segment : null;
    const analysis = analyseSurvey(data, { segment, ipaCut: args.ipaCut, expectations: args.expectations && unpackSurvey(args.expectations) });
    return {
      analysis,
      csatReading: analysis.csat ? readCsat(analysis.csat) : null,
      npsReading: analysis.nps ? readNps(analysis.nps) : null,
      respondents: data.respondents,
      scale: data.scale,
      segments: segmentChoices(data),
      hasItems: data.items.length > 0,
      hasIds: data.ids !== null,
      issues: data.issues,
      issueCount: data.issueCount,
    };
  },

  compare(ctx: HostContext, args: CompareArgs): SegmentComparison {
    return compareSurveySegments(dataFor(ctx, args.layout), args.column, { expectations: args.expectations && unpackSurvey(args.expectations) });
  },

  /** The expectations file's answers (its own guessed layout, the survey's scale), to pass to `survey`. */
  expectationData(ctx: HostContext, args: { readonly scale: SurveyLayout['scale'] }): PackedSurvey {
    const columns = columnsOf(ctx);
    const guess = guessSurveyLayout(columns.headers, columns.columns);
    return packSurvey(dataFor(ctx, { columns: guess.columns, scale: args.scale }));
  },
};
