/**
 * Result and option types shared by the harmonise* functions (harmoniseEthnicity, harmoniseAgeBand,
 * harmoniseGender, harmoniseGenderIdentity, harmoniseSexualOrientation, harmoniseDisability).
 */

/**
 * What to do with a value a harmoniser does not recognise: `'error'` throws an InvalidInputError naming the
 * value and its index; `'unknown'` counts it as `Not known` and reports it in `unrecognised` and `mappings`.
 */
export type UnrecognisedPolicy = 'error' | 'unknown';

/**
 * How non-response is labelled: `'separate'` keeps `Prefer not to say` (asked, declined) apart from
 * `Not known` (not asked or not recorded); `'not-answered'` merges them into the census category
 * `Not answered`, to compare with a voluntary census question category for category.
 */
export type NonResponsePolicy = 'separate' | 'not-answered';

/** One distinct input value and what it became: the audit trail of a harmonisation. */
export interface HarmoniseMapping {
  /** The input as text (`(null)` and `(undefined)` for those values). */
  readonly input: string;
  /** The harmonised category. */
  readonly category: string;
  /**
   * The rule that matched: e.g. `ons-2021`, `ons-2021-england`, `ons-2021-wales`, `ons-2011`,
   * `nhs-data-dictionary`, `group-only`, `non-response`, `missing`, `unrecognised`, `age`, `derived`.
   */
  readonly rule: string;
  /** How many values had this input. */
  readonly count: number;
  /** Index of the first value with this input. */
  readonly firstIndex: number;
  /** Why this mapping loses or moves information, when it does. */
  readonly caveat?: string;
}

/** Result of a harmoniser: one category per input value, counts, and the audit trail. */
export interface HarmonisedValues {
  /** The harmonised category of each input value, in input order. */
  readonly values: string[];
  /** Number of values (nothing is dropped: missing and unrecognised values are categories). */
  readonly n: number;
  /** Count of each category present, in canonical order (census order, then non-response categories). */
  readonly counts: Record<string, number>;
  /** One entry per distinct input, in order of first appearance. */
  readonly mappings: HarmoniseMapping[];
  /** Values that were missing (undefined, null, NaN, blank) and became `Not known`. */
  readonly missing: number;
  /** Values that were not recognised and became `Not known` (only with `unrecognised: 'unknown'`). */
  readonly unrecognised: number;
  /** Distinct caveats of the mappings used. */
  readonly caveats: string[];
}
