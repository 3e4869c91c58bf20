import type { DeflatorSeries } from '../data/deflators';
import { finiteResult } from '../_internal/validate';
import { buildValuation } from './_internal/buildValuation';
import { resolveClaims } from './_internal/resolveClaims';
import type {
  AdjustmentOption,
  DiscountingTrace,
  ValueLocation,
  OutcomeClaim,
  UpratingTrace,
  ValueBank,
  ValueType,
  YearFlow,
} from './types';

/** Where an adjustment's value came from. */
export type AdjustmentSource =
  | 'claim'
  | 'options'
  | 'bank-entry'
  | 'bank-category'
  | 'comparison-group'
  | 'default'
  | 'not-applicable';

/** Kinds of warning a valuation can raise. */
export type ValueWarningCode =
  | 'not-additive'
  | 'duplicate-claim'
  | 'not-sustained'
  | 'location-mismatch'
  | 'age-band-mismatch'
  | 'deadweight-override';

/** A problem with a valuation that does not stop it, reported rather than hidden. */
export interface ValueWarning {
  /** Kind of warning. */
  readonly code: ValueWarningCode;
  /** What happened, in words, naming the claims and outcomes. */
  readonly message: string;
  /** Positions of the claims concerned in the `claims` array. */
  readonly claimIndices: ReadonlyArray<number>;
  /** Outcome ids concerned. */
  readonly outcomeIds: ReadonlyArray<string>;
}

/** Options of {@link valueOutcomes}. Adjustments are fractions in [0, 1], given once or per outcome id. */
export interface ValueOutcomesOptions {
  /**
   * Deadweight (what would have happened anyway). A claim's own value wins, then this option,
   * then the bank entry's deadweight, then the bank's deadweight for the entry's category.
   *
   * @defaultValue the bank's deadweight; a claim with none anywhere is an error
   */
  readonly deadweight?: AdjustmentOption;
  /**
   * Displacement (value moved from elsewhere rather than created).
   *
   * @defaultValue none: required on the claim or here (use 0 to state there is none)
   */
  readonly displacement?: AdjustmentOption;
  /**
   * Attribution (share of the outcome due to other people or organisations).
   *
   * @defaultValue none: required on the claim or here
   */
  readonly attribution?: AdjustmentOption;
  /**
   * Annual drop-off, applied from year 2.
   *
   * @defaultValue none: required when an outcome lasts more than one year
   */
  readonly dropOff?: AdjustmentOption;
  /**
   * Whole years each outcome lasts (1–75).
   *
   * @defaultValue 1 (bank values are per person per year)
   */
  readonly durationYears?: AdjustmentOption;
  /**
   * Annual discount rate in [0, 1), or `'green-book'` for 3.5 % (years 1–30) then 3.0 % (31–75).
   *
   * @defaultValue 'green-book'
   */
  readonly discountRate?: number | 'green-book';
  /**
   * Discount year 1 by a full year (SROI Guide convention) rather than treating it as the
   * undiscounted present (Green Book year 0).
   *
   * @defaultValue true
   */
  readonly discountFirstYear?: boolean;
  /**
   * Price year of every figure in the result; values priced in other years are uprated.
   *
   * @defaultValue the price year of the claimed entries (an error when they differ)
   */
  readonly priceYear?: string;
  /**
   * Deflator series used for uprating.
   *
   * @defaultValue the bundled HM Treasury GDP deflator matching `priceYear` (financial or calendar years)
   */
  readonly deflators?: DeflatorSeries;
  /**
   * Age band of the people claimed (a claim's own `ageBand` wins).
   *
   * @defaultValue 'all'
   */
  readonly ageBand?: string;
  /**
   * Location of the people claimed (a claim's own `location` wins).
   *
   * @defaultValue 'all'
   */
  readonly location?: ValueLocation;
  /**
   * What to do when two claims about the same cohort use outcomes the bank marks as not additive.
   *
   * @defaultValue 'warn'
   */
  readonly doubleCounting?: 'warn' | 'error';
  /**
   * What to do with a claim whose outcome lasted 6 months or less: warn and value it, or exclude it
   * (counted in `excluded`).
   *
   * @defaultValue 'warn'
   */
  readonly notSustained?: 'warn' | 'exclude';
}

/** The proxy used for a claim: the bank value as published. */
export interface ProxyTrace {
  /** Annual value per person, £, as published (not uprated). */
  readonly value: number;
  /** Price year of `value`. */
  readonly priceYear: string;
  /** Source of the value. */
  readonly source: string;
  /** Edition of the source, when given. */
  readonly edition?: string;
  /** Licence of the value. */
  readonly licence: string;
  /** Name of the bank it was taken from. */
  readonly bank: string;
  /** Wellbeing, fiscal or economic, when the bank says. */
  readonly valueType?: ValueType;
  /** The variant used, and the age band and location asked for. */
  readonly variant: {
    /** Age band of the value used. */
    readonly ageBand: string;
    /** Location of the value used. */
    readonly location: ValueLocation;
    /** Age band asked for. */
    readonly requestedAgeBand: string;
    /** Location asked for. */
    readonly requestedLocation: ValueLocation;
  };
}

/** Where each adjustment of a line came from. */
export interface AdjustmentSources {
  /** Source of the deadweight. */
  readonly deadweight: AdjustmentSource;
  /** Source of the displacement. */
  readonly displacement: AdjustmentSource;
  /** Source of the attribution. */
  readonly attribution: AdjustmentSource;
  /** Source of the drop-off. */
  readonly dropOff: AdjustmentSource;
  /** Source of the duration. */
  readonly durationYears: AdjustmentSource;
}

/** One valued claim, traceable from the published proxy to its present value. */
export interface ValuedOutcome {
  /** Position of the claim in `claims`. */
  readonly claimIndex: number;
  /** Bank entry id. */
  readonly outcomeId: string;
  /** Outcome wording from the bank. */
  readonly label: string;
  /** Category of the bank entry. */
  readonly category: string;
  /** Cohort of the claim (`''` when not given). */
  readonly cohort: string;
  /** People. */
  readonly quantity: number;
  /** The published value used. */
  readonly proxy: ProxyTrace;
  /** How the proxy was brought to the result's price year. */
  readonly uprated: UpratingTrace;
  /** Proxy in the result's price year: `proxy.value × uprated.factor`, £ per person per year. */
  readonly unitValue: number;
  /** `quantity × unitValue`, £. */
  readonly gross: number;
  /** Deadweight applied. */
  readonly deadweight: number;
  /** `gross × (1 − deadweight)`. */
  readonly afterDeadweight: number;
  /** Displacement applied. */
  readonly displacement: number;
  /** `afterDeadweight × (1 − displacement)`. */
  readonly afterDisplacement: number;
  /** Attribution applied. */
  readonly attribution: number;
  /** `afterDisplacement × (1 − attribution)`: the year-1 impact. */
  readonly afterAttribution: number;
  /** Annual drop-off applied from year 2. */
  readonly dropOff: number;
  /** Years valued. */
  readonly durationYears: number;
  /** Where each adjustment came from. */
  readonly adjustmentSources: AdjustmentSources;
  /** The deadweight the bank gives for this outcome, when it gives one (shows an override). */
  readonly bankDeadweight?: number;
  /** Impact, discount factor and present value by year. */
  readonly byYear: ReadonlyArray<YearFlow>;
  /** Sum of `byYear[].presentValue`, £. */
  readonly presentValue: number;
}

/** Totals across lines. */
export interface ValueTotals {
  /** Sum of gross values. */
  readonly gross: number;
  /** Sum after deadweight. */
  readonly afterDeadweight: number;
  /** Sum after displacement. */
  readonly afterDisplacement: number;
  /** Sum after attribution (year-1 impact). */
  readonly afterAttribution: number;
  /** Undiscounted impact over all years. */
  readonly undiscounted: number;
  /** Present value. */
  readonly presentValue: number;
  /** Total impact, discount factor and present value by year (feed `byYear[].impact` to `sroi`). */
  readonly byYear: ReadonlyArray<YearFlow>;
}

/** Present value by kind of value. */
export interface ValueTypeTotal {
  /** Wellbeing, fiscal, economic, or `'unspecified'` when the bank does not say. */
  readonly valueType: ValueType | 'unspecified';
  /** Present value, £. */
  readonly presentValue: number;
}

/** Result of {@link valueOutcomes}. */
export interface ValueOutcomesResult {
  /** One line per valued claim, in claim order. */
  readonly lines: ReadonlyArray<ValuedOutcome>;
  /** Totals. */
  readonly total: ValueTotals;
  /** Present value by kind of value, in the order wellbeing, fiscal, economic, unspecified (zero kinds omitted). */
  readonly byValueType: ReadonlyArray<ValueTypeTotal>;
  /** Price year of every money figure. */
  readonly priceYear: string;
  /** Discounting used. */
  readonly discounting: DiscountingTrace;
  /** Warnings (double counting, unsustained outcomes, variant mismatches, overridden deadweight). */
  readonly warnings: ReadonlyArray<ValueWarning>;
  /** Claims valued. */
  readonly n: number;
  /** Claims not valued, by reason. */
  readonly excluded: {
    /** Claims of outcomes that lasted 6 months or less, with `notSustained: 'exclude'`. */
    readonly notSustained: number;
  };
  /** Standing caveats for any report of these figures. */
  readonly caveats: ReadonlyArray<string>;
}

/**
 * Values the outcomes a service achieved with a value bank (output-based social value): gross
 * value, each SROI adjustment in turn, drop-off, discounting and present value, line by line and in
 * total, with the source, price year and adjustments of every figure.
 *
 * @remarks
 * No value is invented: every claim must name an entry of the bank, and the entry must carry a
 * price year, source and licence. HACT values may not be bundled with software, so the library
 * ships no HACT figures — load your licensed bank with `parseValueBank` (`social-outcomes/schema`).
 *
 * *Variant choice.* For age band A and location L the value used is the first of (A, L), (A, all),
 * (all, L), (all, all). Failing those, a single value for another location (warning
 * `location-mismatch`) or another age band (warning `age-band-mismatch`, a proxy used outside its
 * age band) is used; several candidates are an error asking for the claim's age band and location.
 *
 * *Warnings, never silent:* pairs the bank marks as not additive claimed for one cohort
 * (`not-additive`; or an error with `doubleCounting: 'error'`), the same outcome claimed twice for
 * one cohort, outcomes that lasted 6 months or less (`not-sustained`: HACT values are annual and
 * apply in full only to outcomes sustained for most of a year), variant mismatches, and a claim or
 * option overriding the bank's deadweight (`deadweight-override`; the bank value is kept in
 * `bankDeadweight`). A claim net of a comparison group takes deadweight 0 (HACT Value Insight rule).
 *
 * **Formula** (SROI Guide 2012, Stage 4–5; impact map deducts each percentage from the remainder)
 * ```tex
 * \begin{aligned}
 * V &= Q \times P \times \frac{I_{\text{to}}}{I_{\text{from}}} \\
 * \text{Impact}_1 &= V (1 - DW)(1 - DS)(1 - AT) \\
 * \text{Impact}_t &= \text{Impact}_1 (1 - DO)^{t-1}, \quad t = 1 \dots T \\
 * PV &= \sum_{t=1}^{T} \text{Impact}_t \; D(t - 1 + \delta)
 * \end{aligned}
 * ```
 * with D the discount factor (`presentValue`) and δ = 1 when `discountFirstYear` (the default).
 *
 * **References**
 * Cabinet Office / SROI Network (2012) *A Guide to Social Return on Investment*, 2nd ed.,
 * Stage 4 "Establishing impact" (deadweight, displacement, attribution, drop-off) and Stage 5.
 * Trotter L, Vine J, Leach M, Fujiwara D (2014) *Measuring the Social Impact of Community
 * Investment: A Guide to using the Wellbeing Valuation Approach*, HACT (values per person per year;
 * apportioning; double counting).
 * HACT Value Insight help: "Apportioning Values", "Double Counting", "Deadweight",
 * https://valueinsight.zendesk.com/hc/en-us/articles/204582852-Deadweight.
 * HM Treasury (2022) *The Green Book*, Annex A6 (discount rates).
 *
 * @param claims - what was achieved: outcome ids of the bank with the number of people
 * @param bank - the value bank (a licensed bank loaded with `parseValueBank`, or your own)
 * @param options - adjustments, discounting, price year, age band and location; see {@link ValueOutcomesOptions}
 * @returns lines and totals with every intermediate figure, warnings and exclusions
 * @throws {InvalidInputError} when a quantity, adjustment or option is malformed, an adjustment is missing, or entries are priced in different years without `priceYear`, or a total overflows (quantities or values near 1e308)
 * @throws {InsufficientDataError} when there are no claims, or all are excluded
 * @throws {ReferenceDataError} when a claim names an unknown outcome, a claimed entry lacks a price year, source or licence or has a deadweight outside [0, 1], no variant fits, or the deflator series has no value for a year
 * @example
 * ```ts
 * import { valueOutcomes } from 'social-outcomes/socialvalue';
 * const bank = {
 *   name: 'illustrative bank (invented numbers, not HACT values)',
 *   entries: [{ id: 'volunteering', label: 'Regular volunteering', category: 'community', priceYear: '2023-24',
 *     source: 'invented for this example', licence: 'CC0', deadweight: 0.2,
 *     variants: [{ ageBand: 'all', location: 'all', value: 1000 }] }],
 * };
 * const r = valueOutcomes([{ outcomeId: 'volunteering', quantity: 10 }], bank, { displacement: 0, attribution: 0.25 });
 * r.lines[0].afterAttribution //=> 6000
 * r.total.presentValue //=> 5797.10
 * valueOutcomes([{ outcomeId: 'gardening', quantity: 1 }], bank, { displacement: 0, attribution: 0 }) //=> throws ReferenceDataError
 * ```
 */
export function valueOutcomes(claims: ReadonlyArray<OutcomeClaim>, bank: ValueBank, options?: ValueOutcomesOptions): ValueOutcomesResult {
  // finiteResult: quantities or values near 1e308 overflow the totals; refuse rather than return Infinity
  return finiteResult('valueOutcomes', buildValuation(resolveClaims('valueOutcomes', claims, bank, options, ['deadweight', 'displacement', 'attribution', 'dropOff', 'durationYears', 'discountRate', 'discountFirstYear', 'priceYear', 'deflators', 'ageBand', 'location', 'doubleCounting', 'notSustained'])));
}
