/**
 * The `outcomes` module: what the instruments mean. Instrument look-up, WEMWBS/SWEMWBS scoring,
 * journey-of-change stages, the Prevention First Table 3 mapping to primary outcomes, and the
 * choice of baseline and follow-up readings (pairs and 3-monthly trajectories).
 *
 * The instrument definitions and the framework data live in `social-outcomes/data/instruments`
 * and `social-outcomes/data/preventionFirst`; the most used constants are re-exported here.
 *
 * @packageDocumentation
 */
export { SocialOutcomesError, InvalidInputError, InsufficientDataError, ReferenceDataError } from '../errors';

export { getInstrument } from './getInstrument';
export type { GetInstrumentOptions } from './getInstrument';
export { scoreWemwbs } from './scoreWemwbs';
export type { ScoreWemwbsOptions, ScoreWemwbsResult } from './scoreWemwbs';
export { scoreSwemwbs } from './scoreSwemwbs';
export type { ScoreSwemwbsOptions, ScoreSwemwbsResult } from './scoreSwemwbs';
export { swemwbsMetricScore } from './swemwbsMetricScore';
export { journeyStage } from './journeyStage';
export type { JourneyStageOptions, JourneyStageResult } from './journeyStage';
export { mapToPrimaryOutcomes } from './mapToPrimaryOutcomes';
export type { MapToPrimaryOutcomesOptions, MapToPrimaryOutcomesResult, PrimaryOutcomeScore } from './mapToPrimaryOutcomes';
export { mapPairsToPrimaryOutcomes } from './mapPairsToPrimaryOutcomes';
export type { MapPairsToPrimaryOutcomesOptions, MapPairsToPrimaryOutcomesResult, PairToMap, PrimaryOutcomePair } from './mapPairsToPrimaryOutcomes';
export { pairReadings } from './pairReadings';
export type { PairReadingsOptions, PairReadingsResult, PairReadingsSettings, ReadingPair } from './pairReadings';
export { trajectories } from './trajectories';
export type { TrajectoriesOptions, TrajectoriesResult, Trajectory, TrajectoryPoint } from './trajectories';
export { EXCLUSION_REASONS } from './readings';
export type { ExcludedReadings, ExclusionReason, OnInvalidReading, PlacedReading, Reading, ReadingCounts, ReadingRef } from './readings';

// Reference data most callers need alongside the functions (the full tables are in social-outcomes/data/*).
export { INSTRUMENTS, INSTRUMENT_IDS } from '../data/instruments';
export type { BundledInstrumentId, InstrumentDefinition, InstrumentRegistry, InstrumentScale, JourneyStage } from '../data/instruments';
export { PRIMARY_OUTCOMES, PRIMARY_OUTCOME_IDS, TABLE3_MAPPING, PROPOSED_MAPPING } from '../data/preventionFirst';
export type { PrimaryOutcome, PrimaryOutcomeId, PrimaryOutcomeMapping } from '../data/preventionFirst';
