/**
 * Shared shapes of dated readings and of the exclusions reported by `pairReadings` and
 * `trajectories`.
 *
 * @packageDocumentation
 */

/** One dated reading of an instrument for one client (long form: one row per reading). */
export interface Reading {
  /** Pseudonymous client id. */
  readonly clientId: string;
  /** Instrument id (`homelessness-star`, `swemwbs`, …). */
  readonly instrumentId: string;
  /**
   * Calendar date as `YYYY-MM-DD` (no time, no time zone). For a retrospective reading, the date
   * it stands for (the baseline date), not the date it was filled in.
   */
  readonly date: string;
  /** Scores keyed by area id (`total` for WEMWBS/SWEMWBS), each on the instrument's scale. */
  readonly scores: Readonly<Record<string, number>>;
  /** `true` for a retrospective reading (completed later about an earlier period; Triangle). */
  readonly retrospective?: boolean;
  /** Who completed it (e.g. `worker`, `client`, `together`); carried through, not interpreted. */
  readonly completedBy?: string;
  /** Your id of the reading; results refer to readings by input index and this id. */
  readonly readingId?: string;
}

/** A pointer to an input reading. */
export interface ReadingRef {
  /** 0-based position in the input array. */
  readonly index: number;
  /** The reading's `readingId`, when it has one. */
  readonly readingId?: string;
}

/** A reading as it appears in a result: a copy of its fields plus its input position. */
export interface PlacedReading extends ReadingRef {
  /** Calendar date (`YYYY-MM-DD`). */
  readonly date: string;
  /** A copy of the scores. */
  readonly scores: Readonly<Record<string, number>>;
  /** `true` for a retrospective reading. */
  readonly retrospective: boolean;
  /** Who completed it, when given. */
  readonly completedBy?: string;
}

/**
 * Why readings were left out. Data problems (when `onInvalid: 'exclude'`): `invalid-date`,
 * `unknown-instrument`, `unknown-area`, `off-scale`, `no-scores`, `duplicate-date`. Pairing rules:
 * `outside-window`, `retrospective-baseline`, `no-baseline`, `single-reading`, `too-close`.
 */
export type ExclusionReason =
  | 'invalid-date'
  | 'unknown-instrument'
  | 'unknown-area'
  | 'off-scale'
  | 'no-scores'
  | 'duplicate-date'
  | 'outside-window'
  | 'retrospective-baseline'
  | 'no-baseline'
  | 'single-reading'
  | 'too-close';

/**
 * Every exclusion reason, in the order the rules are applied (results list reasons in this order).
 *
 * @example
 * ```ts
 * import { EXCLUSION_REASONS } from 'social-outcomes/outcomes';
 * EXCLUSION_REASONS.length //=> 11
 * ```
 */
export const EXCLUSION_REASONS: ReadonlyArray<ExclusionReason> = Object.freeze([
  'invalid-date',
  'unknown-instrument',
  'unknown-area',
  'off-scale',
  'no-scores',
  'duplicate-date',
  'outside-window',
  'retrospective-baseline',
  'no-baseline',
  'single-reading',
  'too-close',
]);

/** Readings of one client's series (client × instrument) left out for one reason. */
export interface ExcludedReadings {
  /** The client. */
  readonly clientId: string;
  /** The instrument id as given (may be unknown when the reason is `unknown-instrument`). */
  readonly instrumentId: string;
  /** Why. */
  readonly reason: ExclusionReason;
  /** The readings left out, in input order. */
  readonly readings: ReadonlyArray<ReadingRef>;
  /** What was found, in words (the first few problems when there are several). */
  readonly detail: string;
}

/** Accounting of every input reading: `readings = used + unused + excluded`. */
export interface ReadingCounts {
  /** Input readings. */
  readonly readings: number;
  /** Readings used in the result (two per pair; every point of a trajectory). */
  readonly used: number;
  /** Readings of a paired series that are neither baseline nor follow-up (always 0 for trajectories). */
  readonly unused: number;
  /** Readings in `excluded` entries. */
  readonly excluded: number;
  /** Excluded series entries per reason (every reason present, zeros included). */
  readonly byReason: Readonly<Record<ExclusionReason, number>>;
  /** Excluded readings per reason (every reason present, zeros included). */
  readonly readingsByReason: Readonly<Record<ExclusionReason, number>>;
}

/** What to do with readings that break the data rules (bad date, unknown instrument or area, off-scale score, duplicate date). */
export type OnInvalidReading = 'throw' | 'exclude';
