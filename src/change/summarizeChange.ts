import { optionsObject } from '../_internal/validate';
import type { Interval } from '../stats/interval';
import { readSummaryPairs, summarizeFromPairs } from './_internal/summaryCore';
import type { Alternative, Outcome, ScoreRange } from './types';
import type { PairedTTestResult } from './pairedTTest';
import type { WilcoxonSignedRankOptions, WilcoxonSignedRankResult } from './wilcoxonSignedRank';
import type { SignTestResult } from './signTest';
import type { EffectSizesResult } from './effectSizes';
import type { InstrumentReliabilitySource, ReliableChangeOptions, ReliableChangeResult } from './reliableChange';

/** Level of measurement, which decides the headline figures. */
export type MeasurementScale = 'ordinal' | 'interval';

/** Instrument information summarizeChange can use (an `InstrumentDefinition` fits). */
export interface SummaryInstrument extends InstrumentReliabilitySource {
  /** `'outcomes-star'` → ordinal; `'wellbeing-scale'` → interval. */
  readonly kind?: string;
}

/** Counts of how baselines were taken, for the caveats (Triangle; Birmingham review §6.3). */
export interface BaselineCounts {
  /** Baselines completed retrospectively (Star Online "retrospective" readings). */
  readonly retrospective?: number;
  /** Baselines taken after the person had engaged with the service (e.g. because they were in crisis at entry). */
  readonly afterEngagement?: number;
  /** People left out because no baseline could be taken (e.g. in crisis at entry). */
  readonly excludedNoBaseline?: number;
}

/** Options of {@link summarizeChange}. */
export interface SummarizeChangeOptions {
  /**
   * Level of measurement. `'ordinal'` (Outcomes Stars, Triangle's guidance) leads with medians, IQR, Wilcoxon and
   * sign tests; `'interval'` (WEMWBS/SWEMWBS, Warwick's guidance) leads with means, SDs and the paired t-test.
   * Both sets are always computed.
   *
   * @defaultValue `'interval'` for an instrument of kind `'wellbeing-scale'`, otherwise `'ordinal'`
   */
  readonly scale?: MeasurementScale;
  /** Instrument definition: gives the range, direction, level of measurement and (if it has exactly one) the reliability. */
  readonly instrument?: SummaryInstrument;
  /** Possible scores; a score outside it is an error (default: the instrument's scale). */
  readonly range?: ScoreRange;
  /**
   * Direction of improvement for the improved/same/worse counts and reliable change.
   *
   * @defaultValue the instrument's `scale.higherIsBetter`, else true
   */
  readonly higherIsBetter?: boolean;
  /**
   * Alternative hypothesis of the tests (about post − pre).
   *
   * @defaultValue 'two-sided'
   */
  readonly alternative?: Alternative;
  /**
   * Confidence level of every interval.
   *
   * @defaultValue 0.95
   */
  readonly confidence?: number;
  /** Options passed to {@link wilcoxonSignedRank} (compat, exact, correction, zeroMethod). */
  readonly wilcoxon?: Pick<WilcoxonSignedRankOptions, 'compat' | 'exact' | 'correction' | 'zeroMethod'>;
  /** Options passed to {@link reliableChange}; without a reliability here or in the instrument, reliable change is not computed. */
  readonly reliableChange?: Omit<ReliableChangeOptions, 'range' | 'confidence' | 'instrument' | 'higherIsBetter'>;
  /** How many baselines were retrospective or late, for the caveats. */
  readonly baselines?: BaselineCounts;
}

/** Location and spread of one set of scores. */
export interface ScoreSummary {
  /** Mean. */
  readonly mean: number;
  /** Standard deviation (divisor n − 1). */
  readonly sd: number;
  /** Median. */
  readonly median: number;
  /** Lower quartile (type 7, as R and numpy). */
  readonly q1: number;
  /** Upper quartile (type 7). */
  readonly q3: number;
  /** Smallest value. */
  readonly min: number;
  /** Largest value. */
  readonly max: number;
}

/** Improved / same / worse counts with proportions and Wilson intervals. */
export interface DirectionCounts {
  /** People whose score moved in the better direction. */
  readonly improved: number;
  /** People whose score did not change. */
  readonly same: number;
  /** People whose score moved in the worse direction. */
  readonly worse: number;
  /** Proportion improved with its Wilson interval. */
  readonly improvedProportion: Interval;
  /** Proportion unchanged with its Wilson interval. */
  readonly sameProportion: Interval;
  /** Proportion worse with its Wilson interval. */
  readonly worseProportion: Interval;
}

/** Reliable change in a summary: {@link ReliableChangeResult} without the per-person list. */
export type ReliableChangeSummary = Omit<ReliableChangeResult, 'people'>;

/** Stable identifiers of the caveats a summary can carry. */
export type ChangeCaveatCode = 'not-causal' | 'low-power' | 'wemwbs-sample-size' | 'ordinal-means' | 'no-reliability' | 'retrospective-baselines' | 'late-baselines';

/** A caveat attached to a change summary. */
export interface ChangeCaveat {
  /** Stable identifier. */
  readonly code: ChangeCaveatCode;
  /** Plain-English statement for the report. */
  readonly message: string;
}

/** Result of {@link summarizeChange}. */
export interface SummarizeChangeResult {
  /** Number of pairs. */
  readonly n: number;
  /** Level of measurement used. */
  readonly scale: MeasurementScale;
  /** Which figures lead: median and Wilcoxon for ordinal data, mean and paired t for interval data. */
  readonly primary: {
    /** Location that leads: the median (ordinal) or the mean (interval). */
    readonly location: 'median' | 'mean';
    /** Test that leads: Wilcoxon signed-rank (ordinal) or paired t (interval). */
    readonly test: 'wilcoxon' | 'paired-t';
  };
  /** Direction of improvement used. */
  readonly higherIsBetter: boolean;
  /** Pre scores. */
  readonly pre: ScoreSummary;
  /** Post scores. */
  readonly post: ScoreSummary;
  /** Changes post − pre. */
  readonly change: ScoreSummary;
  /** Improved / same / worse counts. */
  readonly direction: DirectionCounts;
  /** The paired t-test, Wilcoxon signed-rank test and sign test. */
  readonly tests: {
    /** Paired t-test ({@link pairedTTest}); its `ci` is the interval of the mean change. */
    readonly pairedT: Outcome<PairedTTestResult>;
    /** Wilcoxon signed-rank test ({@link wilcoxonSignedRank}). */
    readonly wilcoxon: Outcome<WilcoxonSignedRankResult>;
    /** Sign test ({@link signTest}). */
    readonly sign: Outcome<SignTestResult>;
  };
  /** Standardised effect sizes ({@link effectSizes}). */
  readonly effectSizes: Outcome<EffectSizesResult>;
  /** Reliable change counts ({@link reliableChange}); not computed without a reliability. */
  readonly reliableChange: Outcome<ReliableChangeSummary>;
  /** Caveats for the report, in a fixed order. */
  readonly caveats: ReadonlyArray<ChangeCaveat>;
}


/**
 * One summary of paired change with every figure an evaluator reports: n, location and spread of pre, post and
 * change, improved/same/worse counts, the paired t, Wilcoxon and sign tests, effect sizes, reliable change when a
 * reliability is known, and the caveats to print beside them.
 *
 * @remarks
 * The level of measurement decides what leads (`primary`), following the instruments' own guidance: Outcomes Star
 * scores are ordinal (Triangle: "statistical tests … should be non-parametric"), so Star summaries lead with the
 * median, IQR and Wilcoxon/sign tests and show means, t and d as secondary; WEMWBS/SWEMWBS lead with means, SDs and
 * the paired t-test (Warwick), with a warning below 30 people. Every figure is computed either way.
 *
 * A part that cannot be computed for these data (all changes equal → no t-test; no reliability → no reliable
 * change) is reported as `{ status: 'not-computed', reason, message }` rather than failing the whole summary;
 * invalid input still throws. Quartiles use R's default (type 7). The one pass over the data, one sort (or a
 * counting pass for integer scores) and the closed-form tests make this fast enough for a million pairs.
 *
 * Caveats always include that change is not causal impact (Birmingham review 2022 §6.3); others are added for
 * small n, ordinal means, a missing reliability, retrospective baselines (Triangle: may be exaggerated low) and
 * baselines taken late or missing at crisis (review §6.3: bias, probably downwards).
 *
 * **Formula**
 * ```tex
 * d_i = \text{post}_i - \text{pre}_i;\quad
 * \text{improved} = \#\{s\,d_i > 0\},\ \text{same} = \#\{d_i = 0\},\ \text{worse} = \#\{s\,d_i < 0\},\ s = \pm 1 \text{ (direction)};\quad
 * Q(p) = x_{(\lfloor h \rfloor + 1)} + (h - \lfloor h \rfloor)(x_{(\lfloor h \rfloor + 2)} - x_{(\lfloor h \rfloor + 1)}),\ h = (n-1)p
 * ```
 *
 * **References**
 * - Birmingham City Council / prevention framework review (2022), §6.3 "Lack of causal identification", §6.4.
 * - Triangle Consulting (2016). *The Outcomes Star: Guidelines for Researchers* (non-parametric data).
 * - Warwick Medical School. WEMWBS: how to use — analysis (parametric tests; at least 30 people).
 *   https://warwick.ac.uk/fac/sci/med/research/platform/wemwbs/using/howto/
 * - Hyndman RJ, Fan Y (1996). Sample quantiles in statistical packages. *The American Statistician* 50(4):361–365
 *   (type 7). https://doi.org/10.1080/00031305.1996.10473566
 *
 * @param pre - scores before (finite numbers)
 * @param post - scores after, paired by position with `pre`
 * @param options - scale, instrument, range, higherIsBetter, alternative, confidence, wilcoxon, reliableChange, baselines
 * @returns the summary with its caveats
 * @throws {InvalidInputError} when an input is not an array of finite numbers, the lengths differ, a score is
 *   outside the range, or an option is invalid
 * @throws {InsufficientDataError} when there are fewer than 2 pairs
 * @example
 * ```ts
 * import { summarizeChange } from 'social-outcomes/change';
 * const pre = [3, 4, 2, 5, 6, 3, 4, 2, 5, 3, 4, 4];
 * const post = [5, 4, 3, 7, 6, 6, 5, 4, 6, 3, 5, 6];
 * const s = summarizeChange(pre, post, { range: { min: 1, max: 10 } });
 * s.primary //=> { location: 'median', test: 'wilcoxon' }
 * s.change //=> { median: 1, mean: 1.25 }
 * s.direction //=> { improved: 9, same: 3, worse: 0 }
 * s.reliableChange //=> { status: 'not-computed', reason: 'no-reliability' }
 * s.caveats.map((c) => c.code) //=> ['not-causal', 'ordinal-means', 'no-reliability']
 * summarizeChange([3], [4]) //=> throws InsufficientDataError
 * ```
 */
export function summarizeChange(pre: ReadonlyArray<number> | Float64Array, post: ReadonlyArray<number> | Float64Array, options?: SummarizeChangeOptions): SummarizeChangeResult {
  const fn = 'summarizeChange';
  const opts = optionsObject(fn, options, ['scale', 'instrument', 'range', 'higherIsBetter', 'alternative', 'confidence', 'wilcoxon', 'reliableChange', 'baselines']);
  const s = readSummaryPairs(fn, pre, post, opts);
  return summarizeFromPairs(fn, s, pre as ArrayLike<number>, post as ArrayLike<number>, opts);
}
