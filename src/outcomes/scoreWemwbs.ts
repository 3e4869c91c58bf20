import { WEMWBS } from '../data/instruments';
import { scoreItems } from './_internal/scoreItems';

/** Options of {@link scoreWemwbs}. */
export interface ScoreWemwbsOptions {
  /**
   * Missing items: `none` requires all 14 answers; `prorate-person-mean` replaces each missing
   * item by the mean of the person's answered items (the total is rescaled to 14 items and rounded
   * half up), allowed for at most `maxMissing` items. No published Warwick rule for missing items
   * could be checked (user guides need registration), so prorating is opt-in and you state the limit.
   * @defaultValue 'none'
   */
  readonly missing?: 'none' | 'prorate-person-mean';
  /**
   * Most missing items accepted with `prorate-person-mean` (0–7); required with that policy.
   * @defaultValue none: required with `prorate-person-mean`, refused otherwise
   */
  readonly maxMissing?: number;
}

/** Result of {@link scoreWemwbs}. */
export interface ScoreWemwbsResult {
  /** Always `wemwbs`. */
  readonly instrumentId: 'wemwbs';
  /** Total score 14–70 (prorated and rounded when items were missing). */
  readonly raw: number;
  /** The score to analyse: equal to `raw` for WEMWBS. */
  readonly score: number;
  /** The prorated total before rounding (equal to `raw` when nothing is missing). */
  readonly rawUnrounded: number;
  /** Number of items (14). */
  readonly nItems: number;
  /** Items answered. */
  readonly nAnswered: number;
  /** Items missing. */
  readonly nMissing: number;
  /** 1-based numbers of the missing items. */
  readonly missingItems: ReadonlyArray<number>;
  /** `true` when missing items were prorated. */
  readonly prorated: boolean;
  /** Missing-item policy applied. */
  readonly missing: 'none' | 'prorate-person-mean';
}

/**
 * Scores the 14-item Warwick–Edinburgh Mental Wellbeing Scale: the sum of the item responses (14–70).
 *
 * @remarks
 * Items are the integers 1 ("none of the time") to 5 ("all of the time") in the official item
 * order; `null` or `undefined` marks a missing answer.
 *
 * **Formula**
 * ```tex
 * \text{WEMWBS} = \sum_{i=1}^{14} x_i,\qquad
 * \text{prorated: } \left\lfloor \frac{14}{n_{\text{answered}}} \sum_{i \in \text{answered}} x_i + \tfrac12 \right\rfloor
 * ```
 *
 * **References** Tennant R et al. (2007) The Warwick-Edinburgh Mental Well-being Scale (WEMWBS):
 * development and UK validation. *Health Qual Life Outcomes* 5:63. https://doi.org/10.1186/1477-7525-5-63 ;
 * Warwick Medical School, "Collect, score, analyse and interpret WEMWBS" (scoring: sum of 14 items,
 * 14–70), https://warwick.ac.uk/fac/sci/med/research/platform/wemwbs/using/howto
 *
 * @param items - the 14 responses (1–5), `null`/`undefined` for missing
 * @param options - missing-item policy
 * @returns the total, with counts of answered and missing items
 * @throws {InvalidInputError} when items is not an array of 14, a response is not an integer 1–5,
 *   or an option is invalid (prorating without `maxMissing`)
 * @throws {InsufficientDataError} when more items are missing than the policy accepts
 * @example
 * ```ts
 * import { scoreWemwbs } from 'social-outcomes/outcomes';
 * scoreWemwbs([3, 4, 3, 3, 2, 4, 4, 3, 4, 3, 4, 5, 3, 4]).raw //=> 49
 * scoreWemwbs([3, 4, 3, 3, 2, 4, 4, 3, 4, 3, 4, 5, 3, null], { missing: 'prorate-person-mean', maxMissing: 2 }) //=> { raw: 48, rawUnrounded: 48.4615, nMissing: 1, prorated: true }
 * scoreWemwbs([3, 4, 3, 3, 2, 4, 4, 3, 4, 3, 4, 5, 3, null]) //=> throws InsufficientDataError
 * scoreWemwbs([3, 4, 3, 3, 2, 4, 4, 3, 4, 3, 4, 5, 3, 6]) //=> throws InvalidInputError
 * ```
 */
export function scoreWemwbs(items: ReadonlyArray<number | null | undefined>, options?: ScoreWemwbsOptions): ScoreWemwbsResult {
  const t = scoreItems('scoreWemwbs', WEMWBS, items, options);
  return { instrumentId: 'wemwbs', raw: t.raw, score: t.raw, rawUnrounded: t.rawUnrounded, nItems: t.nItems, nAnswered: t.nAnswered, nMissing: t.nMissing, missingItems: t.missingItems, prorated: t.prorated, missing: t.missing };
}
