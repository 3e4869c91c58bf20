/**
 * The `report` module.
 *
 * @packageDocumentation
 */
export { SocialOutcomesError, InvalidInputError, InsufficientDataError, ReferenceDataError } from '../errors';

// --- report model (owner: report model half, issue 8) ---
export { REPORT_MODEL_VERSION } from './reportModel';
export { generateCohort, DEFAULT_COHORT_PROVIDERS } from './generateCohort';
export type { GenerateCohortOptions, CohortProvider } from './generateCohort';
export { buildReport } from './buildReport';
export type { BuildReportConfig, AdjustmentWithSource, AvoidedEventRule, ReportPeriod } from './buildReport';
export type {
  Breakdown,
  CategoryCount,
  ChangeFigure,
  ChangeSection,
  CharacteristicComparison,
  DataQualitySection,
  DataSource,
  Disparity,
  DisparityGroup,
  EquitySection,
  ExclusionCount,
  FigureBasis,
  MaybeNumber,
  OutcomeChange,
  ProfileSection,
  ReachSection,
  ReliableChangeRow,
  ReliableChangeSection,
  ReportCaveat,
  ReportCount,
  ReportInterval,
  ReportMeta,
  ReportModel,
  ReportSummary,
  RepresentationRow,
  SocialValueComputed,
  SocialValueNotComputed,
  SocialValueSection,
  SuppressionInfo,
  TornadoBar,
  ValuedOutcomeRow,
  WaterfallStep,
  WellbeingSection,
} from './reportModel';

// --- charts and renderers (owner: report rendering + CLI half, issue 8) ---
export type { ChartSpec } from './charts/chartSpec';
export { renderChartSvg } from './charts/renderChartSvg';
export { starProfileChart } from './charts/starProfileChart';
export type { StarProfileChartOptions } from './charts/starProfileChart';
export { representationChart } from './charts/representationChart';
export type { RepresentationChartOptions } from './charts/representationChart';
export { forestPlot } from './charts/forestPlot';
export type { ForestPlotOptions } from './charts/forestPlot';
export { valueWaterfall } from './charts/valueWaterfall';
export type { ValueWaterfallOptions } from './charts/valueWaterfall';
export { tornadoChart } from './charts/tornadoChart';
export type { TornadoChartOptions } from './charts/tornadoChart';
export { renderHtml } from './renderHtml';
export type { RenderHtmlOptions } from './renderHtml';
export { renderMarkdown } from './renderMarkdown';
export type { RenderMarkdownOptions, RenderMarkdownResult } from './renderMarkdown';
