/**
 * The widgets a deck can put live on a slide: their paths under src/ as the chapters import them (an island under
 * widgets/, or its .astro wrapper under components/islands/ when the island needs content).
 * `SlideWidget.astro` renders each one; a widget missing here gets a slide that links to the chapter instead.
 */
export const SLIDE_WIDGET_SOURCES = [
  'widgets/abc-analysis/AbcAnalysis.tsx',
  'widgets/churn-winback/ChurnWinback.tsx',
  'widgets/clv-calculator/ClvCalculator.tsx',
  'widgets/cohort-retention/CohortRetention.tsx',
  'components/islands/ComplaintRoleplayIsland.astro',
  'widgets/credit-5c-rater/Credit5cRater.tsx',
  'widgets/customer-profile-builder/ProfileBuilder.tsx',
  'widgets/customer-sorter/CustomerSorter.tsx',
  'widgets/erlang-c-staffing/ErlangCStaffing.tsx',
  'widgets/loyalty-matrix/LoyaltyMatrix.tsx',
  'widgets/retention-projection/RetentionProjection.tsx',
  'widgets/rfm-calculator/RfmCalculator.tsx',
  'widgets/satisfaction-analyzer/SatisfactionAnalyzer.tsx',
  'components/islands/SelfCheckIsland.astro',
] as const;

export type SlideWidgetSource = (typeof SLIDE_WIDGET_SOURCES)[number];

export function isSlideWidget(source: string): source is SlideWidgetSource {
  return (SLIDE_WIDGET_SOURCES as readonly string[]).includes(source);
}
