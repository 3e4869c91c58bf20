/**
 * The `equity` module.
 *
 * @packageDocumentation
 */
export { SocialOutcomesError, InvalidInputError, InsufficientDataError, ReferenceDataError } from '../errors';

// --- counts, profiles, outcome disparities, disclosure control (owner: equity second half) ---
export { groupCounts } from './groupCounts';
export type { GroupCountsOptions, GroupCountsResult, GroupCountRow, CategoryKey, CategoryValue } from './groupCounts';
export { profile } from './profile';
export type { ProfileOptions, ProfileResult, ProfileCategory } from './profile';
export { crossTab } from './crossTab';
export type { CrossTabOptions, CrossTabResult } from './crossTab';
export { outcomeByGroup } from './outcomeByGroup';
export type {
  OutcomeByGroupOptions,
  OutcomeColumns,
  CodedCategoryColumn,
  CodedNumberColumn,
  OutcomeByGroupResult,
  OutcomeMetric,
  OutcomeAdjustMethod,
  GroupOutcome,
  GroupEstimate,
  GroupComparison,
  EffectInterval,
  RatioEstimate,
  RatioAvailable,
  RatioUnavailable,
  PairwiseTest,
  DisparityFlag,
  OmnibusTest,
} from './outcomeByGroup';
export { checkKAnonymity } from './checkKAnonymity';
export type { CheckKAnonymityOptions, CheckKAnonymityResult, KAnonymityClass, KAnonymityColumns, LDiversityClass, LDiversityResult } from './checkKAnonymity';
export { suppressSmallCounts } from './suppressSmallCounts';
export type {
  SuppressSmallCountsOptions,
  SuppressionPreset,
  PublishedCell,
  SuppressionRule,
  SuppressionAudit,
  SuppressedCell1D,
  SuppressedCell2D,
  SuppressedTable1D,
  SuppressedTable2D,
  CountTable,
} from './suppressSmallCounts';

// --- census baselines, harmonisation, comparison with the census (owner: equity first half) ---
export { baseline } from './baseline';
export type { BaselineOptions, Baseline, BaselineCategory, BaselineCaveat, BaselineDenominator, BaselineProvenance } from './baseline';
export { compareToBaseline } from './compareToBaseline';
export type {
  CompareToBaselineOptions,
  CompareToBaselineResult,
  CompareToBaselineCategory,
  CompareToBaselineExclusion,
  CompareToBaselineTest,
  ObservedCounts,
  BaselineInput,
} from './compareToBaseline';
export type { HarmonisedValues, HarmoniseMapping, UnrecognisedPolicy, NonResponsePolicy } from './harmoniseTypes';
export { harmoniseEthnicity, ethnicGroups2021, ethnicHighLevelGroups2021 } from './harmoniseEthnicity';
export type { HarmoniseEthnicityOptions, EthnicGroup2021, EthnicHighLevelGroup2021 } from './harmoniseEthnicity';
export { harmoniseAgeBand, ageBands } from './harmoniseAgeBand';
export type { HarmoniseAgeBandOptions, AgeBanding, AgeBand } from './harmoniseAgeBand';
export { harmoniseGender } from './harmoniseGender';
export type { HarmoniseGenderOptions } from './harmoniseGender';
export { harmoniseGenderIdentity } from './harmoniseGenderIdentity';
export type { HarmoniseGenderIdentityOptions, GenderIdentityAnswers } from './harmoniseGenderIdentity';
export { harmoniseSexualOrientation } from './harmoniseSexualOrientation';
export type { HarmoniseSexualOrientationOptions } from './harmoniseSexualOrientation';
export { harmoniseDisability } from './harmoniseDisability';
export type { HarmoniseDisabilityOptions, DisabilityAnswers } from './harmoniseDisability';
