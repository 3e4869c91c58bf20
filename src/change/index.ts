/**
 * The `change` module: pre-post change scores that an evaluator would sign off — paired t, Wilcoxon signed-rank,
 * sign and McNemar tests, standardised effect sizes, reliable change, and summaries (per group, mergeable) with
 * their caveats. Change scores are not causal impact (Birmingham prevention framework review 2022, §6.3).
 *
 * @packageDocumentation
 */
export { SocialOutcomesError, InvalidInputError, InsufficientDataError, ReferenceDataError } from '../errors';
export type { Alternative, ConfidenceBounds, NotComputed, Computed, Outcome, ScoreRange } from './types';
export { pairedTTest } from './pairedTTest';
export type { PairedTTestOptions, PairedTTestResult } from './pairedTTest';
export { wilcoxonSignedRank } from './wilcoxonSignedRank';
export type { WilcoxonSignedRankOptions, WilcoxonSignedRankResult, WilcoxonCompat, WilcoxonMethod, ZeroMethod } from './wilcoxonSignedRank';
export { signTest } from './signTest';
export type { SignTestOptions, SignTestResult } from './signTest';
export { mcnemarTest } from './mcnemarTest';
export type { McnemarTestOptions, McnemarTestResult, BinaryReading } from './mcnemarTest';
export { effectSizes } from './effectSizes';
export type { EffectSizesOptions, EffectSizesResult } from './effectSizes';
export { reliableChange } from './reliableChange';
export type {
  ReliableChangeOptions, ReliableChangeResult, RciMethod, ReliabilityInput, InstrumentReliabilitySource, PopulationMoments,
  ClinicalCutoff, ReliableChangeClass, PersonChange, ReliableChangeCounts, ReliableChangeProportions,
} from './reliableChange';
export { summarizeChange } from './summarizeChange';
export type {
  SummarizeChangeOptions, SummarizeChangeResult, MeasurementScale, SummaryInstrument, BaselineCounts, ScoreSummary,
  DirectionCounts, ReliableChangeSummary, ChangeCaveat, ChangeCaveatCode,
} from './summarizeChange';
export { changeAggregate } from './changeAggregate';
export type { ChangeState, ChangePair, ChangeAggregate } from './changeAggregate';
export { changeStatesBy, mergeChangeStatesBy, summarizeChangeStatesBy, summarizeChangeBy } from './summarizeChangeBy';
export type {
  GroupValue, ChangeRow, ChangeColumns, ChangeStatesByOptions, GroupedChangeStates, SummarizeChangeByOptions, ChangeGroupSummary,
  ExcludedChangeGroup, SummarizeChangeByResult,
} from './summarizeChangeBy';
