/**
 * Types shared by the functions of the `change` module.
 *
 * @packageDocumentation
 */
import type { ErrorCode } from '../errors';

/**
 * Direction of the alternative hypothesis, in R and scipy vocabulary, about the change post − pre:
 * `'greater'` means post tends to be larger than pre.
 */
export type Alternative = 'two-sided' | 'less' | 'greater';

/**
 * A confidence interval that may be one-sided: a `null` limit means "unbounded" (−∞ or +∞), which is what
 * R prints as `-Inf` / `Inf` for a one-sided alternative. `null` is used because JSON has no infinity.
 */
export interface ConfidenceBounds {
  /** The point estimate. */
  readonly estimate: number;
  /** Lower limit, or `null` when unbounded below (alternative `'less'`). */
  readonly lower: number | null;
  /** Upper limit, or `null` when unbounded above (alternative `'greater'`). */
  readonly upper: number | null;
  /** Confidence level in (0, 1). */
  readonly confidence: number;
  /** Which limits the interval has: both (`'two-sided'`), only an upper (`'less'`), only a lower (`'greater'`). */
  readonly sided: Alternative;
  /** How the limits were computed, e.g. `'t'`, `'noncentral-t'`, `'clopper-pearson'`. */
  readonly method: string;
}

/**
 * A figure that could not be computed inside a summary (for example a paired t-test when every change is
 * the same): the summary carries the error code and message instead of throwing, so one degenerate part does
 * not hide the rest. Stand-alone functions throw the corresponding typed error.
 */
export interface NotComputed {
  /** Always `'not-computed'`. */
  readonly status: 'not-computed';
  /** The code of the error the stand-alone function throws, e.g. `'zero-variance'` or `'no-reliability'`. */
  readonly reason: ErrorCode;
  /** The error message. */
  readonly message: string;
}

/** A figure that was computed inside a summary. */
export interface Computed<T> {
  /** Always `'ok'`. */
  readonly status: 'ok';
  /** The result of the stand-alone function. */
  readonly result: T;
}

/** Either a computed figure or the reason it could not be computed. */
export type Outcome<T> = Computed<T> | NotComputed;

/** Inclusive bounds of the possible scores of an instrument, used to reject impossible readings. */
export interface ScoreRange {
  /** Lowest possible score. */
  readonly min: number;
  /** Highest possible score. */
  readonly max: number;
}
