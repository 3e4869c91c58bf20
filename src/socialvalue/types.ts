/**
 * Plain types shared by the social-value functions. They are what `parseValueBank`
 * (`social-outcomes/schema`) returns, so a validated bank can be passed straight in; the domain
 * functions never import zod. Optional fields accept an explicit `undefined`, as zod produces it.
 */

/** Where a value applies: London, outside London, or everywhere (`'all'`, e.g. a UK-wide value). */
export type ValueLocation = 'london' | 'outside-london' | 'all';

/** One value of a bank entry for an age band and a location. */
export interface ValueVariant {
  /** Age band the value was estimated for, e.g. `'25-49'`; `'all'` when it applies to every age. */
  readonly ageBand: string;
  /** Location the value was estimated for; `'all'` when it applies everywhere. */
  readonly location: ValueLocation;
  /** Annual value per person, £, in the entry's `priceYear` prices. */
  readonly value: number;
  /** Low end of a published range for the value, £ (used by `sensitivity`). */
  readonly valueLow?: number | undefined;
  /** High end of a published range for the value, £ (used by `sensitivity`). */
  readonly valueHigh?: number | undefined;
}

/** Kind of value an entry holds. */
export type ValueType = 'wellbeing' | 'fiscal' | 'economic';

/** One outcome of a value bank: an annual value per person with its variants and provenance. */
export interface ValueBankEntry {
  /** Stable identifier that claims refer to. */
  readonly id: string;
  /** Outcome wording, as in the source. */
  readonly label: string;
  /** Category of activity (deadweight can be set per category). */
  readonly category: string;
  /** Wellbeing, fiscal (savings to the state) or economic value. */
  readonly valueType?: ValueType | undefined;
  /** Price year of every variant value: `'2019'` or `'2023-24'`. */
  readonly priceYear: string;
  /** Source publication of the values. */
  readonly source: string;
  /** Edition or version of the source. */
  readonly edition?: string | undefined;
  /** Licence under which the values are used. */
  readonly licence: string;
  /** Deadweight the bank gives for this outcome, in [0, 1]. */
  readonly deadweight?: number | undefined;
  /** Ids of outcomes this one must not be added to for the same people (double counting). */
  readonly notAdditiveWith?: ReadonlyArray<string> | undefined;
  /** The values by age band and location; at least one. */
  readonly variants: ReadonlyArray<ValueVariant>;
}

/** A value bank: the outcomes a valuation may claim, with their values and provenance. */
export interface ValueBank {
  /** Name of the bank, cited in results. */
  readonly name: string;
  /** The outcomes. Ids must be unique. */
  readonly entries: ReadonlyArray<ValueBankEntry>;
  /** Deadweight by category (HACT-style averages), in [0, 1]; an entry's own deadweight takes precedence. */
  readonly deadweightByCategory?: Readonly<Record<string, number>> | undefined;
}

/** A claim that `quantity` people achieved an outcome of the bank. */
export interface OutcomeClaim {
  /** Id of the bank entry claimed. */
  readonly outcomeId: string;
  /** Number of people who achieved the outcome (may be fractional, e.g. a weighted count). */
  readonly quantity: number;
  /** Age band of the people, overriding the valuation's `ageBand` option. */
  readonly ageBand?: string;
  /** Location of the people, overriding the valuation's `location` option. */
  readonly location?: ValueLocation;
  /** Deadweight for this claim, in [0, 1]; overrides the options and the bank (recorded). */
  readonly deadweight?: number;
  /** Displacement for this claim, in [0, 1]. */
  readonly displacement?: number;
  /** Attribution to others for this claim, in [0, 1]. */
  readonly attribution?: number;
  /** Annual drop-off for this claim, in [0, 1]. */
  readonly dropOff?: number;
  /** Whole years the outcome lasts, 1–75. */
  readonly durationYears?: number;
  /**
   * True when `quantity` is already net of a comparison group: deadweight is then 0, since the
   * comparison group and deadweight both estimate what would have happened anyway (HACT rule).
   */
  readonly netOfComparisonGroup?: boolean;
  /**
   * Months (0–12) the outcome was evidenced as lasting in its first year. HACT values are annual
   * and apply in full only to outcomes that last most of a year (more than 6 months).
   */
  readonly monthsSustained?: number;
  /** The group of people the claim is about; double-counting checks compare claims of one cohort. */
  readonly cohort?: string;
}

/** An adjustment given once for every outcome, or per outcome id. */
export type AdjustmentOption = number | Readonly<Record<string, number>>;

/** How a figure was moved to the target price year. */
export interface UpratingTrace {
  /** Price year of the source value. */
  readonly fromYear: string;
  /** Price year of the result. */
  readonly toYear: string;
  /** Multiplier applied: index[toYear] / index[fromYear] (1 when the years are equal). */
  readonly factor: number;
  /** Id of the deflator series, or `'none'` when no uprating was needed. */
  readonly deflatorId: string;
  /** Name and edition of the deflator series, or a note that none was needed. */
  readonly deflatorSource: string;
}

/** One year of a flow of value. */
export interface YearFlow {
  /** Appraisal year, 1-based. */
  readonly year: number;
  /** Undiscounted value in that year, £. */
  readonly impact: number;
  /** Discount factor applied. */
  readonly discountFactor: number;
  /** `impact × discountFactor`, £. */
  readonly presentValue: number;
}

/** A band of the discount schedule used. */
export interface DiscountBandTrace {
  /** First appraisal year the rate applies to (counted from the present). */
  readonly fromYear: number;
  /** Last year the rate applies to. */
  readonly toYear: number;
  /** Annual rate. */
  readonly rate: number;
}

/** The discounting used for a result. */
export interface DiscountingTrace {
  /** The rate option: a constant rate or `'green-book'` (3.5 % to year 30, 3.0 % to year 75). */
  readonly rate: number | 'green-book';
  /** Whether year 1 was discounted by a full year. */
  readonly firstYearDiscounted: boolean;
  /** The rates by band of years. */
  readonly schedule: ReadonlyArray<DiscountBandTrace>;
  /** The convention in words, with its source. */
  readonly convention: string;
}
