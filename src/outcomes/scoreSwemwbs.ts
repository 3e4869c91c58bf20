import { SWEMWBS, SWEMWBS_METRIC_TABLE, SWEMWBS_METRIC_TABLE_CLAIM } from '../data/instruments';
import { scoreItems } from './_internal/scoreItems';

/** Options of {@link scoreSwemwbs}. */
export interface ScoreSwemwbsOptions {
  /**
   * Missing items: `none` requires all 7 answers; `prorate-person-mean` replaces each missing item
   * by the mean of the person's answered items, rescales the total to 7 items and rounds it half up
   * to a whole raw score before conversion, for at most `maxMissing` items. No published rule for
   * missing SWEMWBS items could be checked, so prorating is opt-in and you state the limit.
   * @defaultValue 'none'
   */
  readonly missing?: 'none' | 'prorate-person-mean';
  /**
   * Most missing items accepted with `prorate-person-mean` (0–3); required with that policy.
   * @defaultValue none: required with `prorate-person-mean`, refused otherwise
   */
  readonly maxMissing?: number;
}

/** Result of {@link scoreSwemwbs}. */
export interface ScoreSwemwbsResult {
  /** Always `swemwbs`. */
  readonly instrumentId: 'swemwbs';
  /** Raw total 7–35 (prorated and rounded when items were missing). */
  readonly raw: number;
  /** Metric score from the conversion table. */
  readonly metric: number;
  /** The score to analyse: the metric score (the value readings hold in area `total`). */
  readonly score: number;
  /** The prorated raw total before rounding (equal to `raw` when nothing is missing). */
  readonly rawUnrounded: number;
  /** Number of items (7). */
  readonly nItems: number;
  /** Items answered. */
  readonly nAnswered: number;
  /** Items missing. */
  readonly nMissing: number;
  /** 1-based numbers of the missing items (SWEMWBS numbering). */
  readonly missingItems: ReadonlyArray<number>;
  /** `true` when missing items were prorated. */
  readonly prorated: boolean;
  /** Missing-item policy applied. */
  readonly missing: 'none' | 'prorate-person-mean';
  /** Whether the conversion table is verified against the official Warwick table (`false` in this edition). */
  readonly metricTableVerified: boolean;
}

/**
 * Scores the 7-item Short Warwick–Edinburgh Mental Wellbeing Scale: raw total (7–35) and its
 * Rasch-based metric score.
 *
 * @remarks
 * Items are the integers 1–5 in SWEMWBS order (WEMWBS items 1, 2, 3, 6, 7, 9, 11); `null` or
 * `undefined` marks a missing answer. Warwick requires the transformation for comparisons across
 * studies; analyse `metric` (the `score` field).
 *
 * **Formula**
 * ```tex
 * \text{raw} = \sum_{i=1}^{7} x_i,\qquad \text{metric} = T(\text{raw})
 * ```
 *
 * **References** Stewart-Brown S et al. (2009) *Health Qual Life Outcomes* 7:15.
 * https://doi.org/10.1186/1477-7525-7-15 ; Warwick Medical School, "Guidance on scoring",
 * https://warwick.ac.uk/fac/med/research/platform/wemwbs/researchers/guidance/ ; conversion table
 * provenance in `SWEMWBS_METRIC_TABLE_CLAIM`.
 *
 * @param items - the 7 responses (1–5), `null`/`undefined` for missing
 * @param options - missing-item policy
 * @returns raw and metric scores, with counts of answered and missing items
 * @throws {InvalidInputError} when items is not an array of 7, a response is not an integer 1–5,
 *   or an option is invalid
 * @throws {InsufficientDataError} when more items are missing than the policy accepts
 * @example
 * ```ts
 * import { scoreSwemwbs } from 'social-outcomes/outcomes';
 * scoreSwemwbs([3, 3, 3, 3, 3, 3, 3]) //=> { raw: 21, metric: 19.25, score: 19.25 }
 * scoreSwemwbs([5, 5, 5, 5, 5, 5, null], { missing: 'prorate-person-mean', maxMissing: 1 }) //=> { raw: 35, metric: 35, prorated: true }
 * scoreSwemwbs([3, 3, 3, 3, 3, 3]) //=> throws InvalidInputError
 * ```
 */
export function scoreSwemwbs(items: ReadonlyArray<number | null | undefined>, options?: ScoreSwemwbsOptions): ScoreSwemwbsResult {
  const t = scoreItems('scoreSwemwbs', SWEMWBS, items, options);
  const metric = (SWEMWBS_METRIC_TABLE[t.raw - 7] as { metric: number }).metric;
  return {
    instrumentId: 'swemwbs',
    raw: t.raw,
    metric,
    score: metric,
    rawUnrounded: t.rawUnrounded,
    nItems: t.nItems,
    nAnswered: t.nAnswered,
    nMissing: t.nMissing,
    missingItems: t.missingItems,
    prorated: t.prorated,
    missing: t.missing,
    metricTableVerified: SWEMWBS_METRIC_TABLE_CLAIM.verified,
  };
}
