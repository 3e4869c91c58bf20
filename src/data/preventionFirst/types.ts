/**
 * Types of the Prevention First framework data (Birmingham City Council Adult Social Care).
 *
 * @packageDocumentation
 */

/** Ids of the primary (citizen-level) outcomes of the review's Table 3. */
export type PrimaryOutcomeId =
  | 'economic-well-being'
  | 'health-and-well-being'
  | 'social-participation'
  | 'independence-in-housing'
  | 'carers-feeling-supported';

/** Ids of the four areas of the Prevention First Outcomes Framework. */
export type PreventionFirstAreaId = 'citizens' | 'communities' | 'behaviour-and-culture' | 'finance-funding-and-demand';

/** Ids of the six citizen outcomes of review section 7.3.1. */
export type CitizenOutcomeId =
  | 'increased-social-participation'
  | 'healthier-lifestyles'
  | 'maximised-income'
  | 'housing-supports-independence'
  | 'carers-more-supported'
  | 'better-care-experience';

/** Where in the review a statement is made. */
export interface ReviewLocation {
  /** Section of the review, e.g. `7.3.1`. */
  readonly section: string;
  /** Line range in the project's copy of the review text (1-based, inclusive). */
  readonly lines: readonly [number, number];
}

/** One outcome listed under a framework area. */
export interface FrameworkOutcome {
  /** Stable identifier. */
  readonly id: string;
  /** Wording as in the review (a final full stop removed). */
  readonly name: string;
}

/** One of the four areas of the Prevention First Outcomes Framework. */
export interface PreventionFirstArea {
  /** Stable identifier. */
  readonly id: PreventionFirstAreaId;
  /** Short name (as in issue and reports). */
  readonly name: string;
  /** Name as the review's section 7 lists it. */
  readonly reviewName: string;
  /** Outcomes the review lists for this area. */
  readonly outcomes: ReadonlyArray<FrameworkOutcome>;
  /** Who reports, how often (review section 7 summary). */
  readonly reporting: string;
  /** Where the review states the area and its outcomes. */
  readonly source: ReviewLocation;
}

/** One of the six citizen-level outcomes. */
export interface CitizenOutcome extends FrameworkOutcome {
  /** Stable identifier. */
  readonly id: CitizenOutcomeId;
}

/** A primary outcome: one row of the review's Table 3. */
export interface PrimaryOutcome {
  /** Stable identifier. */
  readonly id: PrimaryOutcomeId;
  /** Row label exactly as in Table 3. */
  readonly name: string;
  /** Other spellings in the review (Table 2: "Economic Wellbeing", "Health & Wellbeing"). */
  readonly aliases: ReadonlyArray<string>;
  /**
   * The citizen outcome this row measures. The review does not state the correspondence; it is our
   * reading of the matching names (see {@link PrimaryOutcome.citizenOutcomeVerified}).
   */
  readonly citizenOutcomeId: CitizenOutcomeId;
  /** `false`: the link to the citizen outcome is an inference, not a statement of the review. */
  readonly citizenOutcomeVerified: boolean;
  /**
   * One of the "four core outcomes" every provider should cover (review 7.3.1); `false` for carers
   * feeling supported, which applies "if relevant".
   */
  readonly core: boolean;
}

/** A column of Table 3: the review's header and the instrument it names. */
export interface Table3Column {
  /** Column header as printed in Table 3. */
  readonly header: string;
  /** Id of the bundled instrument. */
  readonly instrumentId: string;
}

/** A non-empty cell of Table 3. */
export interface Table3Cell {
  /** Table 3 row. */
  readonly primaryOutcomeId: PrimaryOutcomeId;
  /** Table 3 column (instrument). */
  readonly instrumentId: string;
  /** Areas in the cell, in the review's order. */
  readonly areaIds: ReadonlyArray<string>;
  /** The review's wording of each area, in the same order (kept as aliases of the official names). */
  readonly reviewNames: ReadonlyArray<string>;
}

/**
 * A mapping from instrument areas to primary outcomes: `mapping[instrumentId][areaId] = outcomeId`.
 * An area maps to at most one outcome; several areas may map to the same outcome.
 */
export type PrimaryOutcomeMapping = Readonly<Record<string, Readonly<Record<string, PrimaryOutcomeId>>>>;
