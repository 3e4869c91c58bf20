import { SWEMWBS_METRIC_TABLE } from '../data/instruments';
import { integerInRange } from '../_internal/validate';

/**
 * Converts a SWEMWBS raw total (7–35) to its Rasch-based metric score by the conversion table.
 *
 * @remarks
 * The table is `SWEMWBS_METRIC_TABLE` (`social-outcomes/data/instruments`); its rows agree with two
 * independent third-party copies but could not be checked against the official Warwick PDF, so its
 * provenance claim is `verified: false` (see `SWEMWBS_METRIC_TABLE_CLAIM`).
 *
 * **Formula**
 * ```tex
 * \text{metric} = T(\text{raw}),\quad T \text{ the published 29-row table},\ T(7) = 7.00,\ T(35) = 35.00
 * ```
 *
 * **References** Stewart-Brown S et al. (2009) Internal construct validity of the Warwick-Edinburgh
 * Mental Well-being Scale (WEMWBS): a Rasch analysis. *Health Qual Life Outcomes* 7:15.
 * https://doi.org/10.1186/1477-7525-7-15 ; Warwick Medical School, "Guidance on scoring"
 * (SWEMWBS totals are transformed "according to a conversion table").
 *
 * @param raw - the sum of the seven item responses, an integer from 7 to 35
 * @returns the metric score
 * @throws {InvalidInputError} when raw is not an integer from 7 to 35
 * @example
 * ```ts
 * import { swemwbsMetricScore } from 'social-outcomes/outcomes';
 * swemwbsMetricScore(21) //=> 19.25
 * swemwbsMetricScore(35) //=> 35
 * swemwbsMetricScore(36) //=> throws InvalidInputError
 * ```
 */
export function swemwbsMetricScore(raw: number): number {
  const r = integerInRange('swemwbsMetricScore', 'raw', raw, { min: 7, max: 35 }, ['raw']);
  return (SWEMWBS_METRIC_TABLE[r - 7] as { metric: number }).metric;
}
