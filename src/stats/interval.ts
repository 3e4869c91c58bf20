/**
 * The method that produced an {@link Interval}, spelled as in the function that computes it.
 *
 * @remarks
 * - `'wilson'`, `'wilson-cc'`: Wilson score interval for a proportion, without / with continuity correction
 *   ({@link wilsonInterval}).
 * - `'clopper-pearson'`: exact (Clopper–Pearson) interval ({@link clopperPearsonInterval}).
 * - `'agresti-coull'`: Agresti–Coull interval ({@link agrestiCoullInterval}).
 * - `'newcombe-hybrid-score'`, `'newcombe-hybrid-score-cc'`: Newcombe (1998) methods 10 and 11 for a difference
 *   of proportions ({@link newcombeInterval}).
 * - `'t'`: Student t interval for a mean ({@link tInterval}, {@link tIntervalFromSummary}).
 * - `'poisson-exact'`, `'poisson-byar'`: exact (Garwood) and Byar intervals for a count or rate ({@link poissonInterval}).
 */
export type IntervalMethod =
  | 'wilson'
  | 'wilson-cc'
  | 'clopper-pearson'
  | 'agresti-coull'
  | 'newcombe-hybrid-score'
  | 'newcombe-hybrid-score-cc'
  | 't'
  | 'poisson-exact'
  | 'poisson-byar';

/**
 * A two-sided confidence interval: a point estimate with its lower and upper limits, the confidence level
 * and the method. Every interval function of the kernel returns this plain, JSON-serialisable shape.
 *
 * @remarks
 * `lower <= estimate <= upper` always holds. The interval is not necessarily symmetric about the estimate
 * (score, exact and Poisson intervals are not).
 */
export interface Interval {
  /** The point estimate (a proportion, a difference of proportions, a mean or a rate). */
  readonly estimate: number;
  /** Lower confidence limit. */
  readonly lower: number;
  /** Upper confidence limit. */
  readonly upper: number;
  /** Two-sided confidence level in (0, 1), e.g. 0.95. */
  readonly confidence: number;
  /** How the limits were computed; see {@link IntervalMethod}. */
  readonly method: IntervalMethod;
}

/** Options shared by the interval functions that take only a confidence level. */
export interface ConfidenceOptions {
  /**
   * Two-sided confidence level, strictly between 0 and 1.
   *
   * @defaultValue 0.95
   */
  readonly confidence?: number;
}
