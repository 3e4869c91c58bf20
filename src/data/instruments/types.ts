/**
 * Types of the bundled instrument definitions (Outcomes Stars, WEMWBS, SWEMWBS, ONS4 and local
 * tools). A definition holds what is needed to validate and score readings — area ids and official
 * names, the numeric scale, journey-of-change stage bands, item ids and counts — and never the
 * licensed text of an instrument (scale descriptors, ladder text, question wording).
 *
 * @packageDocumentation
 */

/** What sort of instrument a definition describes. */
export type InstrumentKind = 'outcomes-star' | 'wellbeing-scale' | 'local';

/**
 * How far a stated fact was checked, following the markers of the team's research notes
 * (`shared/reference/measures.md`): `verified` (seen in the cited source), `secondary` (seen only in
 * a secondary or third-party source, or only partly), `unverified` (from general knowledge or an
 * inference), `not-found` (no source found; the field is left empty or must be supplied by the user).
 */
export type VerificationStatus = 'verified' | 'secondary' | 'unverified' | 'not-found';

/** The numeric scale of an area score. */
export interface InstrumentScale {
  /** Lowest possible score. */
  readonly min: number;
  /** Highest possible score. */
  readonly max: number;
  /**
   * Distance between adjacent possible scores (1 for Star points), or `null` when scores are not on
   * an even grid; then {@link InstrumentScale.values} lists the possible scores.
   */
  readonly step: number | null;
  /** `true` when a higher score is the better outcome (false for ONS4 anxiety). */
  readonly higherIsBetter: boolean;
  /** Every possible score, ascending, when `step` is `null` (SWEMWBS metric scores). */
  readonly values?: ReadonlyArray<number>;
}

/** A named band of scores that is not a journey-of-change stage (e.g. the ONS4 thresholds). */
export interface ScoreBand {
  /** Band name as published. */
  readonly label: string;
  /** Lowest score in the band (inclusive). */
  readonly min: number;
  /** Highest score in the band (inclusive). */
  readonly max: number;
}

/** One outcome area (scale) of an instrument. */
export interface InstrumentArea {
  /** Stable identifier, used as the key of `scores` in readings and of mappings. */
  readonly id: string;
  /** The official area name, as the instrument's publisher writes it. */
  readonly name: string;
  /**
   * Other names seen for the same area, e.g. the Birmingham review's shortened wording in Table 3
   * ("Managing money & administration"). Match readings by `id`, never by name.
   */
  readonly aliases?: ReadonlyArray<string>;
  /** The area's own scale where it differs from the instrument's (ONS4 anxiety: lower is better). */
  readonly scale?: InstrumentScale;
  /** Published score bands of this area, where any (ONS4 thresholds). */
  readonly bands?: ReadonlyArray<ScoreBand>;
}

/** One journey-of-change stage: its name and the band of scores that belong to it. */
export interface JourneyStage {
  /** 1-based position of the stage, from the first (least progress) to the last. */
  readonly index: number;
  /** Stage name as published (names only; the ladder descriptions are licensed and not shipped). */
  readonly label: string;
  /** Lowest score in the stage (inclusive). */
  readonly min: number;
  /** Highest score in the stage (inclusive). */
  readonly max: number;
}

/** Item structure of a multi-item scale (ids and counts only; no item wording is shipped). */
export interface InstrumentItems {
  /** Number of items. */
  readonly count: number;
  /** Item ids in the official order (`item1` …). */
  readonly ids: ReadonlyArray<string>;
  /** Lowest item response value. */
  readonly responseMin: number;
  /** Highest item response value. */
  readonly responseMax: number;
  /**
   * For a short form: the position of each item in the parent scale (SWEMWBS items are WEMWBS
   * items 1, 2, 3, 6, 7, 9 and 11).
   */
  readonly parentItemNumbers?: ReadonlyArray<number>;
}

/** The kinds of reliability coefficient an RCI can use. */
export type ReliabilityKind = 'alpha' | 'test-retest' | 'inter-rater';

/** A published reliability coefficient, with its source. */
export interface ReliabilityCoefficient {
  /** The coefficient (0–1). */
  readonly value: number;
  /** Cronbach's alpha, test–retest (ICC) or inter-rater. */
  readonly kind: ReliabilityKind;
  /** Sample the coefficient was estimated in. */
  readonly population: string;
  /** Author, year, title, journal and where in it the value is stated. */
  readonly source: string;
  /** `true` when the value was seen in the cited source. */
  readonly verified: boolean;
  /** Caveats. */
  readonly note?: string;
}

/** A published standard error of measurement, in score units. */
export interface MeasurementError {
  /** The SEM in score points. */
  readonly value: number;
  /** Sample the SEM was estimated in. */
  readonly population: string;
  /** Author, year, title, journal. */
  readonly source: string;
  /** `true` when the value was seen in the cited source. */
  readonly verified: boolean;
  /** Caveats. */
  readonly note?: string;
}

/** A published population norm (mean or median), with its source. */
export interface PopulationNorm {
  /** The area the norm describes (`total` for WEMWBS/SWEMWBS). */
  readonly areaId: string;
  /** Survey and population, e.g. "Health Survey for England 2016, adults". */
  readonly population: string;
  /** Survey year or years, as published (`'2016'`, `'2010–2013'`, `'YE Mar 2023'`). */
  readonly year: string;
  /** Which part of the population. */
  readonly group: 'all' | 'men' | 'women';
  /** Which statistic `value` is. */
  readonly statistic: 'mean' | 'median';
  /** The norm. */
  readonly value: number;
  /** Standard deviation, where published. */
  readonly sd?: number;
  /** Sample size, where published. */
  readonly n?: number;
  /** Publication and table. */
  readonly source: string;
  /** `true` when the value was seen in the cited source. */
  readonly verified: boolean;
}

/** A source document of an instrument definition. */
export interface SourceReference {
  /** Title (and authors, year) of the page or publication. */
  readonly title: string;
  /** Address of the page or publication, where it has a public one. */
  readonly url?: string;
  /** Where a source without a public address is held (e.g. the project's copy of the review). */
  readonly location?: string;
}

/** The verification record of one field (or group of fields) of a definition. */
export interface ProvenanceClaim {
  /** The field the claim covers: `areas`, `scale`, `stages`, `stages.bands`, `edition`, `metricTable` …. */
  readonly field: string;
  /** `true` only when `status` is `verified`. */
  readonly verified: boolean;
  /** How far the claim was checked. */
  readonly status: VerificationStatus;
  /** Where the claim comes from. */
  readonly source: string;
  /** What could and could not be checked; required when `verified` is false. */
  readonly note?: string;
}

/** Where an instrument definition comes from, how far it was checked, and its licence. */
export interface InstrumentProvenance {
  /** Source documents (at least one). */
  readonly sources: ReadonlyArray<SourceReference>;
  /** ISO date on which the sources were read (stored copies of public pages, not live fetches). */
  readonly retrieved: string;
  /** The section of the team's research notes the definition was built from. */
  readonly researchNotes: string;
  /** Verification status of each field. */
  readonly claims: ReadonlyArray<ProvenanceClaim>;
  /** Licence of the instrument, and what this definition leaves out because of it. */
  readonly licence: string;
}

/** An instrument definition: areas, scale, stages, items, reliability, norms and provenance. */
export interface InstrumentDefinition {
  /** Stable identifier (`homelessness-star`, `swemwbs`, …). */
  readonly id: string;
  /** Name as the publisher writes it. */
  readonly name: string;
  /** Edition or version the areas belong to; editions differ and are versioned separately. */
  readonly edition: string;
  /** Year the edition was published, where known. */
  readonly publishedYear?: number;
  /** Publisher or owner. */
  readonly publisher: string;
  /** Outcomes Star, wellbeing scale, or a local (bespoke) tool. */
  readonly kind: InstrumentKind;
  /**
   * Scale of the area scores, or `null` when no public source gives it (the Carers Wellbeing
   * Check): functions that need it throw a `ReferenceDataError` unless the caller supplies one.
   */
  readonly scale: InstrumentScale | null;
  /** Outcome areas in the official order (a single `total` area for WEMWBS and SWEMWBS). */
  readonly areas: ReadonlyArray<InstrumentArea>;
  /** Journey-of-change stages where published; empty when none were found. */
  readonly stages: ReadonlyArray<JourneyStage>;
  /** Item ids and counts of a multi-item scale; absent for Stars. */
  readonly items?: InstrumentItems;
  /** Published reliability coefficients; empty for Outcomes Stars (no usable published values). */
  readonly reliability: ReadonlyArray<ReliabilityCoefficient>;
  /** Published standard errors of measurement, where any. */
  readonly measurementError?: ReadonlyArray<MeasurementError>;
  /** Published population norms, where cited. */
  readonly norms: ReadonlyArray<PopulationNorm>;
  /** Sources, verification status per field, licence. */
  readonly provenance: InstrumentProvenance;
}
