/**
 * Bundled instrument definitions — Outcomes Stars, WEMWBS, SWEMWBS, ONS4 and the Carers Wellbeing
 * Check — with their areas, scales, journey-of-change stages, item counts, published reliability,
 * norms and provenance (what was verified, where, and under which licence).
 *
 * Data licence: each instrument belongs to its publisher (see `provenance.licence` of each
 * definition). The library ships only area names, scales, stage names with their score bands and
 * scoring tables — never scale descriptors, ladder text or item wording. The code is MIT.
 *
 * A user can replace or extend any definition: every function of `social-outcomes/outcomes` that
 * looks an instrument up accepts `options.instruments`.
 *
 * @packageDocumentation
 */
import { CARERS_STAR } from './carersStar';
import { CARERS_WELLBEING_CHECK } from './carersWellbeingCheck';
import { EMPOWERMENT_STAR } from './empowermentStar';
import { HOME_STAR } from './homeStar';
import { HOMELESSNESS_STAR } from './homelessnessStar';
import { ONS4 } from './ons4';
import { RECOVERY_STAR } from './recoveryStar';
import { SWEMWBS } from './swemwbs';
import type { InstrumentDefinition } from './types';
import { WELLBEING_STAR } from './wellbeingStar';
import { WEMWBS } from './wemwbs';
import { YOUNG_PERSONS_STAR } from './youngPersonsStar';
import { deepFreeze, RETRIEVED } from './_internal/shared';

export type {
  InstrumentArea,
  InstrumentDefinition,
  InstrumentItems,
  InstrumentKind,
  InstrumentProvenance,
  InstrumentScale,
  JourneyStage,
  MeasurementError,
  PopulationNorm,
  ProvenanceClaim,
  ReliabilityCoefficient,
  ReliabilityKind,
  ScoreBand,
  SourceReference,
  VerificationStatus,
} from './types';
export { HOMELESSNESS_STAR } from './homelessnessStar';
export { EMPOWERMENT_STAR } from './empowermentStar';
export { YOUNG_PERSONS_STAR } from './youngPersonsStar';
export { CARERS_WELLBEING_CHECK } from './carersWellbeingCheck';
export { CARERS_STAR } from './carersStar';
export { HOME_STAR } from './homeStar';
export { RECOVERY_STAR } from './recoveryStar';
export { WELLBEING_STAR } from './wellbeingStar';
export { WEMWBS, WEMWBS_LICENCE } from './wemwbs';
export { SWEMWBS, SWEMWBS_METRIC_TABLE, SWEMWBS_METRIC_TABLE_CLAIM } from './swemwbs';
export type { SwemwbsMetricRow } from './swemwbs';
export { ONS4 } from './ons4';

/** Ids of the bundled instruments. */
export type BundledInstrumentId =
  | 'homelessness-star'
  | 'empowerment-star'
  | 'young-persons-star'
  | 'carers-wellbeing-check'
  | 'carers-star'
  | 'home-star'
  | 'recovery-star'
  | 'wellbeing-star'
  | 'wemwbs'
  | 'swemwbs'
  | 'ons4';

/** A registry of instrument definitions keyed by instrument id. */
export type InstrumentRegistry = Readonly<Record<string, InstrumentDefinition>>;

/**
 * Every bundled instrument, keyed by id (the registry the outcomes functions use by default).
 *
 * @example
 * ```ts
 * import { INSTRUMENTS } from 'social-outcomes/data/instruments';
 * Object.keys(INSTRUMENTS).length //=> 11
 * INSTRUMENTS['homelessness-star'].name //=> 'Homelessness Star'
 * ```
 */
export const INSTRUMENTS: Readonly<Record<BundledInstrumentId, InstrumentDefinition>> = Object.freeze({
  'homelessness-star': HOMELESSNESS_STAR,
  'empowerment-star': EMPOWERMENT_STAR,
  'young-persons-star': YOUNG_PERSONS_STAR,
  'carers-wellbeing-check': CARERS_WELLBEING_CHECK,
  'carers-star': CARERS_STAR,
  'home-star': HOME_STAR,
  'recovery-star': RECOVERY_STAR,
  'wellbeing-star': WELLBEING_STAR,
  wemwbs: WEMWBS,
  swemwbs: SWEMWBS,
  ons4: ONS4,
});

/**
 * Ids of the bundled instruments, in registry order.
 *
 * @example
 * ```ts
 * import { INSTRUMENT_IDS } from 'social-outcomes/data/instruments';
 * INSTRUMENT_IDS[0] //=> 'homelessness-star'
 * ```
 */
export const INSTRUMENT_IDS: ReadonlyArray<BundledInstrumentId> = Object.freeze(Object.keys(INSTRUMENTS) as BundledInstrumentId[]);

/** Provenance of the instrument table as a whole (STYLE rule 20); each definition has its own too. */
export interface InstrumentsTableProvenance {
  /** The research notes the definitions were built from. */
  readonly researchNotes: string;
  /** ISO date on which the sources were read. */
  readonly retrieved: string;
  /** Licence of the data (not of the code). */
  readonly licence: string;
  /** Every change made to the published information. */
  readonly transformations: ReadonlyArray<string>;
  /** Known errors and corrections. */
  readonly errata: ReadonlyArray<string>;
}

/**
 * Provenance of the instrument table: sources, licence, transformations.
 *
 * @example
 * ```ts
 * import { instrumentsProvenance } from 'social-outcomes/data/instruments';
 * instrumentsProvenance.errata.length //=> 0
 * ```
 */
export const instrumentsProvenance: InstrumentsTableProvenance = deepFreeze({
  researchNotes: 'shared/reference/measures.md §1–2 (sources read from stored copies of public pages and repositories)',
  retrieved: RETRIEVED,
  licence:
    'Each instrument belongs to its publisher (Triangle Consulting Social Enterprise; NHS Health Scotland, University of ' +
    'Warwick and University of Edinburgh; ONS under the Open Government Licence). Only area names, scales, stage names ' +
    'and bands and scoring tables are included; see provenance.licence of each definition.',
  transformations: [
    'area ids (kebab-case) were assigned by this library; official names are kept verbatim in `name`',
    'shortened names used by the Birmingham review (Table 3) are kept as `aliases`',
    'stage score bands of 10-point Stars are two points per stage (Stuck 1–2 … Self-reliance 9–10)',
  ],
  errata: [],
});
