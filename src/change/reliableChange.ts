import { finiteResult, optionsObject } from '../_internal/validate';
import type { Interval } from '../stats/interval';
import { readPairs, readRange } from './_internal/pairs';
import { reliableChangeFromPairs } from './_internal/reliableCore';
import type { ScoreRange } from './types';

/** Reliable change index methods (names as in R clinicalsignificance). */
export type RciMethod = 'jacobson-truax' | 'gulliksen-lord-novick' | 'hsu-linn-lord' | 'edwards-nunnally' | 'nunnally-kotsch' | 'hageman-arrindell';

/** A reliability coefficient with where it comes from (structurally the `ReliabilityCoefficient` of instrument definitions). */
export interface ReliabilityInput {
  /** The coefficient, in [0, 1). */
  readonly value: number;
  /** Kind of coefficient, e.g. `'alpha'` or `'test-retest'`. */
  readonly kind?: string;
  /** Publication the value comes from. */
  readonly source?: string;
}

/** The part of an instrument definition that reliableChange reads (an `InstrumentDefinition` fits). */
export interface InstrumentReliabilitySource {
  /** Instrument id, echoed in errors. */
  readonly id: string;
  /** Published reliability coefficients; empty for the Outcomes Stars. */
  readonly reliability: ReadonlyArray<ReliabilityInput>;
  /** The instrument's scale: gives `range` and `higherIsBetter` when not supplied. */
  readonly scale?: {
    /** Lowest score of the scale. */
    readonly min: number;
    /** Highest score of the scale. */
    readonly max: number;
    /** `true` when a higher score is better. */
    readonly higherIsBetter: boolean;
  } | null;
}

/** Mean and SD of a reference population. */
export interface PopulationMoments {
  /** Mean. */
  readonly mean: number;
  /** Standard deviation (> 0). */
  readonly sd: number;
}

/** A clinical cut-off: one of Jacobson & Truax's a/b/c from population norms, or a given score. */
export type ClinicalCutoff =
  | {
      /** a: two SDs beyond the clinical mean; b: two SDs inside the functional mean; c: the weighted midpoint. */
      readonly type: 'a' | 'b' | 'c';
      /** Mean and SD of the clinical (dysfunctional) population (M₁, s₁). */
      readonly clinical: PopulationMoments;
      /** Mean and SD of the functional (normative) population (M₀, s₀); required for b and c. */
      readonly functional?: PopulationMoments;
    }
  | {
      /** A cut-off score given directly (e.g. a published screening threshold). */
      readonly value: number;
    };

/** Options of {@link reliableChange}. */
export interface ReliableChangeOptions {
  /** Reliability of the measure (a number in [0, 1) or an object with its source). Required unless `instrument` has exactly one. */
  readonly reliability?: number | ReliabilityInput;
  /** Instrument definition to take the reliability (if it has exactly one), scale range and direction from. */
  readonly instrument?: InstrumentReliabilitySource;
  /**
   * Reliability of the post scores (Nunnally–Kotsch only).
   *
   * @defaultValue the `reliability`
   */
  readonly reliabilityPost?: number;
  /**
   * RCI method.
   *
   * @defaultValue 'jacobson-truax'
   */
  readonly method?: RciMethod;
  /**
   * SD of the baseline (pre) scores, s₁ in SE = s₁√(1 − r); a normative SD may be given instead.
   *
   * @defaultValue the sample SD of `pre`
   */
  readonly sd?: number;
  /**
   * Mean of the baseline scores, used by the regression-based methods (all but Jacobson–Truax).
   *
   * @defaultValue the sample mean of `pre`
   */
  readonly mean?: number;
  /**
   * Critical |RCI|.
   *
   * @defaultValue 1.96 (1.65 for Hageman–Arrindell)
   */
  readonly criticalValue?: number;
  /**
   * Direction of improvement.
   *
   * @defaultValue the instrument's `scale.higherIsBetter`, else true
   */
  readonly higherIsBetter?: boolean;
  /** Clinical cut-off; when given, reliable improvers who move from the clinical to the functional side are `recovered`. */
  readonly cutoff?: ClinicalCutoff;
  /**
   * Confidence level of the Wilson intervals of the proportions.
   *
   * @defaultValue 0.95
   */
  readonly confidence?: number;
  /** Possible scores; a score outside it is an error (default: the instrument's scale). */
  readonly range?: ScoreRange;
}

/** Class of one person's change. */
export type ReliableChangeClass = 'recovered' | 'reliably-improved' | 'no-reliable-change' | 'reliably-deteriorated';

/** One person's reliable change. */
export interface PersonChange {
  /** The reliable change index. */
  readonly rci: number;
  /** The class. */
  readonly class: ReliableChangeClass;
}

/** Counts per class. */
export interface ReliableChangeCounts {
  /** Reliably improved and moved from the clinical to the functional side of the cut-off (0 without a cut-off). */
  readonly recovered: number;
  /** Reliably improved (and not recovered). */
  readonly reliablyImproved: number;
  /** |RCI| not beyond the critical value. */
  readonly noReliableChange: number;
  /** Reliably deteriorated. */
  readonly reliablyDeteriorated: number;
}

/** Proportions per class with Wilson intervals. */
export interface ReliableChangeProportions {
  /** Proportion recovered. */
  readonly recovered: Interval;
  /** Proportion reliably improved (and not recovered). */
  readonly reliablyImproved: Interval;
  /** Proportion with no reliable change. */
  readonly noReliableChange: Interval;
  /** Proportion reliably deteriorated. */
  readonly reliablyDeteriorated: Interval;
}

/** Result of {@link reliableChange}. */
export interface ReliableChangeResult {
  /** Number of people (pairs). */
  readonly n: number;
  /** RCI method. */
  readonly method: RciMethod;
  /** Reliability used. */
  readonly reliability: number;
  /** Where the reliability came from (`'supplied'`, or the instrument id and the coefficient's source). */
  readonly reliabilitySource: string;
  /** Reliability of post scores used (Nunnally–Kotsch only). */
  readonly reliabilityPost?: number;
  /** Baseline SD used. */
  readonly sd: number;
  /** `'sample-pre'` when the SD is the sample SD of pre, `'supplied'` otherwise. */
  readonly sdSource: 'sample-pre' | 'supplied';
  /** Baseline mean used by the regression-based methods. */
  readonly mean: number;
  /** The denominator of the RCI: S_diff for Jacobson–Truax, the SE of prediction or measurement for the others. */
  readonly standardError: number;
  /** Critical |RCI|. */
  readonly criticalValue: number;
  /** Jacobson–Truax only: the smallest raw change that counts as reliable, criticalValue × S_diff. */
  readonly reliableChangeThreshold?: number;
  /** Hageman–Arrindell only: reliability of the difference scores r_dd. */
  readonly rdd?: number;
  /** Direction of improvement used. */
  readonly higherIsBetter: boolean;
  /** The cut-off used, when one was given. */
  readonly cutoff?: {
    /** Jacobson–Truax cut-off `a`, `b` or `c`, or `value` for one given directly. */
    readonly type: 'a' | 'b' | 'c' | 'value';
    /** The cut-off score. */
    readonly value: number;
  };
  /** Per person, in input order. */
  readonly people: ReadonlyArray<PersonChange>;
  /** Counts per class. */
  readonly counts: ReliableChangeCounts;
  /** Proportions per class with Wilson score intervals. */
  readonly proportions: ReliableChangeProportions;
}

/**
 * Reliable change index per person (Jacobson & Truax 1991 and its regression-based variants), with classes,
 * counts and proportions with Wilson intervals, and "recovered" when a clinical cut-off (a/b/c) is given.
 *
 * @remarks
 * A change is reliable when it is larger than measurement error would plausibly produce: |RCI| > 1.96 (two-sided 5%).
 * For WEMWBS, 1.96·√2·SEM (= 2.77 SEM) is the threshold Maheswaran et al. (2012) use for important individual change:
 * the same rule. The reliability must be supplied (or taken from an instrument definition with exactly one
 * coefficient): the Outcomes Stars have no published reliability coefficient usable for single areas, so without one
 * this function throws `ReferenceDataError` (`no-reliability`) instead of guessing. The choice matters: for WEMWBS
 * (SD 8.96) the threshold is 7.45 points with α = 0.91 but 10.24 points with test–retest 0.83.
 *
 * Methods (as implemented in R clinicalsignificance 3.0.0, `R/calc_rci.R`, which the fixtures reproduce):
 * `'jacobson-truax'` (default), `'gulliksen-lord-novick'`, `'hsu-linn-lord'`, `'edwards-nunnally'`,
 * `'nunnally-kotsch'`, `'hageman-arrindell'` (critical value 1.65, one-sided).
 *
 * Cut-offs (Jacobson & Truax 1991, p. 13), for higher = better with clinical M₁, s₁ and functional M₀, s₀:
 * a = M₁ + 2s₁, b = M₀ − 2s₀, c = (s₀M₁ + s₁M₀)/(s₀ + s₁); mirrored when lower is better. Note that
 * clinicalsignificance 3.0.0 computes b with the *clinical* SD; this function follows Jacobson & Truax (functional SD),
 * which differs whenever s₀ ≠ s₁. A person is `recovered` when reliably improved, on the clinical side of the cut-off
 * before and on the functional side after (clinicalsignificance's rule).
 *
 * Reliable change is not causal impact: regression to the mean and natural recovery also move scores.
 *
 * **Formula**
 * ```tex
 * SE = s_1\sqrt{1 - r_{xx}},\quad S_{diff} = \sqrt{2\,SE^2},\quad RC_{JT} = \frac{x_2 - x_1}{S_{diff}}\\
 * RC_{GLN} = \frac{(x_2 - M_1) - r_{xx}(x_1 - M_1)}{s_1\sqrt{1 - r_{xx}^2}},\quad
 * RC_{HLL} = \frac{(x_2 - M_2) - r_{xx}(x_1 - M_1)}{s_1\sqrt{1 - r_{xx}^2}},\quad
 * RC_{EN} = \frac{x_2 - [r_{xx}(x_1 - M_1) + M_1]}{SE}\\
 * RC_{NK} = \frac{x_2 - [r_{xx}(x_1 - M_1) + M_1]}{\sqrt{r_{xx}^2 s_1^2 (1 - r_{xx}) + s_1^2(1 - r_{yy})}},\quad
 * RC_{HA} = \frac{(x_2 - x_1) r_{dd} + (M_2 - M_1)(1 - r_{dd})}{\sqrt{r_{dd}}\sqrt{2\,SE^2}}
 * ```
 *
 * **References**
 * - Jacobson NS, Truax P (1991). Clinical significance: a statistical approach to defining meaningful change in
 *   psychotherapy research. *J Consult Clin Psychol* 59(1):12–19, pp. 13–14 (cut-offs a, b, c; RC and S_diff).
 *   https://doi.org/10.1037/0022-006X.59.1.12
 * - Christensen L, Mendoza JL (1986). A method of assessing change in a single subject: an alteration of the RC
 *   index. *Behavior Therapy* 17(3):305–308 (the √2 in S_diff). https://doi.org/10.1016/S0005-7894(86)80060-0
 * - Hageman WJ, Arrindell WA (1999). Establishing clinically significant change: increment of precision and the
 *   distinction between individual and group level of analysis. *Behav Res Ther* 37(12):1169–1193.
 *   https://doi.org/10.1016/S0005-7967(99)00032-7
 * - Claus BB, Wager J, Bonnet U (2023). clinicalsignificance: Clinical Significance Analyses of Intervention Studies
 *   in R. https://github.com/benediktclaus/clinicalsignificance (R/calc_rci.R, R/calc_cutoff.R).
 * - Maheswaran H et al. (2012). Evaluating the responsiveness of the Warwick Edinburgh Mental Well-Being Scale.
 *   *Health Qual Life Outcomes* 10:156. https://doi.org/10.1186/1477-7525-10-156
 *
 * @param pre - scores before (finite numbers)
 * @param post - scores after, paired by position with `pre`
 * @param options - reliability (required), method, sd, mean, criticalValue, higherIsBetter, cutoff, confidence, range
 * @returns per-person RCI and class, counts and proportions with Wilson intervals, and every parameter used
 * @throws {ReferenceDataError} when no reliability is given and the instrument has none or several (`no-reliability`)
 * @throws {InvalidInputError} when an input is not an array of finite numbers, the lengths differ, a score is
 *   outside the range, an option is invalid, or extreme values (near ±1e308, an sd near 5e-324) overflow a result
 * @throws {InsufficientDataError} when there are too few pairs to estimate the SD of pre (fewer than 2 without `sd`)
 * @example
 * ```ts
 * import { reliableChange } from 'social-outcomes/change';
 * const r = reliableChange([40, 42, 38, 45], [52, 41, 37, 60], { reliability: 0.91, sd: 8.96 });
 * r.reliableChangeThreshold //=> 7.45
 * r.people.map((p) => p.class) //=> ['reliably-improved', 'no-reliable-change', 'no-reliable-change', 'reliably-improved']
 * reliableChange([3, 4], [5, 6]) //=> throws ReferenceDataError
 * ```
 */
export function reliableChange(pre: ReadonlyArray<number> | Float64Array, post: ReadonlyArray<number> | Float64Array, options?: ReliableChangeOptions): ReliableChangeResult {
  const fn = 'reliableChange';
  const opts = optionsObject(fn, options, ['reliability', 'instrument', 'reliabilityPost', 'method', 'sd', 'mean', 'criticalValue', 'higherIsBetter', 'cutoff', 'confidence', 'range']);
  const range = opts.range !== undefined ? readRange(fn, opts.range) : opts.instrument?.scale ? { min: opts.instrument.scale.min, max: opts.instrument.scale.max } : undefined;
  const s = readPairs(fn, pre, post, range);
  // finiteResult: scores near ±1e308 or an sd near 5e-324 overflow the means and indices; refuse them
  return finiteResult(fn, reliableChangeFromPairs(fn, s, pre as ArrayLike<number>, post as ArrayLike<number>, opts));
}
