/**
 * The widgets a deck can put live on a slide: their import paths under src/widgets/, as the chapters import them.
 * `SlideWidget.astro` renders each one; a widget missing here gets a slide that links to the chapter instead.
 */
export const SLIDE_WIDGET_SOURCES = [
  'abc-analysis/AbcAnalysis.tsx',
  'churn-winback/ChurnWinback.tsx',
  'clv-calculator/ClvCalculator.tsx',
  'cohort-retention/CohortRetention.tsx',
  'complaint-roleplay/ComplaintRoleplayIsland.astro',
  'credit-5c-rater/Credit5cRater.tsx',
  'customer-profile-builder/ProfileBuilder.tsx',
  'customer-sorter/CustomerSorter.tsx',
  'erlang-c-staffing/ErlangCStaffing.tsx',
  'loyalty-matrix/LoyaltyMatrix.tsx',
  'retention-projection/RetentionProjection.tsx',
  'rfm-calculator/RfmCalculator.tsx',
  'satisfaction-analyzer/SatisfactionAnalyzer.tsx',
  'self-check/SelfCheckIsland.astro',
] as const;

export type SlideWidgetSource = (typeof SLIDE_WIDGET_SOURCES)[number];

export function isSlideWidget(source: string): source is SlideWidgetSource {
  return (SLIDE_WIDGET_SOURCES as readonly string[]).includes(source);
}
