import { optionsObject } from '../_internal/validate';
import { readPairs, readRange } from './_internal/pairs';
import type { ZeroMethod } from './_internal/signedRanks';
import { wilcoxonFromPairs } from './_internal/wilcoxonCore';
import type { Alternative, ScoreRange } from './types';

export type { ZeroMethod } from './_internal/signedRanks';

/** Which reference implementation's defaults and decisions to follow. */
export type WilcoxonCompat = 'R-4.2' | 'scipy';

/** Options of {@link wilcoxonSignedRank}. */
export interface WilcoxonSignedRankOptions {
  /**
   * Alternative hypothesis about post − pre: `'greater'` means scores tend to rise.
   *
   * @defaultValue 'two-sided'
   */
  readonly alternative?: Alternative;
  /**
   * Whose rules to follow when choosing between exact and normal p-values and for the default `correction`:
   * `'R-4.2'` reproduces `wilcox.test(post, pre, paired = TRUE)` of R 4.2.2 (and every R up to 4.5.x);
   * `'scipy'` reproduces `scipy.stats.wilcoxon(post, pre)` of scipy 1.17.1. See the remarks.
   *
   * @defaultValue 'R-4.2'
   */
  readonly compat?: WilcoxonCompat;
  /**
   * `'auto'` lets `compat` decide; `true` asks for the exact null distribution, `false` for the normal approximation
   * (scipy `method='asymptotic'`).
   *
   * @defaultValue 'auto'
   */
  readonly exact?: 'auto' | boolean;
  /**
   * Continuity correction of the normal approximation (±0.5 on the statistic).
   *
   * @defaultValue true with `compat: 'R-4.2'`, false with `compat: 'scipy'`
   */
  readonly correction?: boolean;
  /**
   * How zero changes are treated: `'wilcox'` drops them (R, scipy default), `'pratt'` ranks them and then drops
   * their ranks (Pratt 1959; normal approximation adjusted as in Cureton 1967), `'zsplit'` splits their ranks
   * between T+ and T−.
   *
   * @defaultValue 'wilcox'
   */
  readonly zeroMethod?: ZeroMethod;
  /** Possible scores of the instrument; a score outside it is an error. */
  readonly range?: ScoreRange;
}

/** How the p-value was obtained. */
export type WilcoxonMethod = 'exact' | 'permutation' | 'normal';

/** Result of {@link wilcoxonSignedRank}. */
export interface WilcoxonSignedRankResult {
  /** Number of pairs. */
  readonly n: number;
  /** Number of non-zero changes (R's n after dropping zeros). */
  readonly nNonZero: number;
  /** Number of zero changes. */
  readonly zeros: number;
  /** Number of non-zero changes that share their absolute value with another (tied values). */
  readonly ties: number;
  /** Number of groups of tied non-zero absolute changes. */
  readonly tieGroups: number;
  /**
   * The reported statistic: with `compat: 'R-4.2'` R's V = T+; with `compat: 'scipy'` scipy's statistic, min(T+, T−)
   * for a two-sided test and T+ otherwise.
   */
  readonly statistic: number;
  /** Sum of the ranks of positive changes (plus half the zero ranks with `'zsplit'`). */
  readonly tPlus: number;
  /** Sum of the ranks of negative changes (plus half the zero ranks with `'zsplit'`). */
  readonly tMinus: number;
  /** Standardised statistic (T+ − mean − correction)/sd, present only when `method` is `'normal'`. */
  readonly z?: number;
  /** The p-value. */
  readonly pValue: number;
  /** How the p-value was computed: exact null distribution, exact conditional (permutation) distribution, or normal approximation. */
  readonly method: WilcoxonMethod;
  /** Whether the continuity correction was applied (only ever with `method: 'normal'`). */
  readonly correction: boolean;
  /** The alternative tested. */
  readonly alternative: Alternative;
  /** The zero method used. */
  readonly zeroMethod: ZeroMethod;
  /** The rules followed. */
  readonly compat: WilcoxonCompat;
  /**
   * Present when the exact test was asked for (or would be chosen by `'auto'`) but ties or zeros made `compat`
   * fall back or approximate: `'ties-or-zeros-normal'` (R warns "cannot compute exact p-value with ties/zeroes"),
   * `'ties-or-zeros-rounded'` (scipy's `method='exact'` with ties: statistic rounded, conservative).
   */
  readonly note?: 'ties-or-zeros-normal' | 'ties-or-zeros-rounded';
}

/**
 * Wilcoxon signed-rank test of paired changes post − pre, reproducing R 4.2's `wilcox.test(paired = TRUE)` by
 * default and scipy 1.17's `wilcoxon` on request, and stating the method actually used.
 *
 * @remarks
 * The changes d = post − pre are ranked by |d| with midranks for ties; T+ (R's V) is the sum of the ranks of
 * positive changes. Outcomes Star changes are small integers full of ties and zeros, so how a tool treats them
 * decides the p-value:
 *
 * - **`compat: 'R-4.2'` (default)** reproduces `wilcox.test(post, pre, paired = TRUE)` of R 4.2.2 (the R on Debian
 *   bookworm, checked in the fixtures; the code is unchanged from R 4.0 to 4.5.x): zeros dropped; exact p-value
 *   (`psignrank`) when fewer than 50 non-zero changes and no ties and no zeros (`exact: 'auto'`), otherwise the
 *   normal approximation with the tie correction and, by default, the continuity correction.
 * - **`compat: 'scipy'`** reproduces `scipy.stats.wilcoxon(post, pre)` of scipy 1.17.1: `correction` defaults to
 *   false; with `exact: 'auto'`, 50 pairs or fewer (zeros counted) and no ties or zeros → exact; ties or zeros and
 *   at most 13 pairs → the exact permutation distribution (`method: 'permutation'`, scipy's exhaustive
 *   `permutation_test`); otherwise normal. `exact: true` is scipy's `method='exact'`, which with ties rounds the
 *   statistic outwards (flagged by `note`). `{ compat: 'scipy', exact: false, correction: true }` is scipy's
 *   `method='asymptotic', correction=True`, which equals R ≤ 4.5's normal approximation.
 * - **R ≥ 4.6.0 differs** (r88748, 2025): its exact test is the exact *conditional* distribution with ties and
 *   zeros (Streitberg–Röhmel shift algorithm), with ranks taken before zeros are dropped, and `correct` may be
 *   0–3 (Edgeworth terms). On Star data R 4.6 therefore reports exact p-values where R 4.2 reports normal ones.
 *   The `'permutation'` method here computes the same kind of exact conditional distribution but is only used
 *   where scipy uses it; R 4.6 itself was not available to check against.
 *
 * With all changes zero no test is possible (R and scipy return NaN); this function throws.
 *
 * **Formula**
 * ```tex
 * T^+ = \sum_{d_i > 0} R_i,\qquad
 * \mu = \frac{m(m+1)}{4},\qquad
 * \sigma^2 = \frac{m(m+1)(2m+1)}{24} - \frac{\sum_g (t_g^3 - t_g)}{48},\qquad
 * z = \frac{T^+ - \mu - c}{\sigma}
 * ```
 * with m the number of non-zero changes ('wilcox'), t_g the tie-group sizes and c = sign(T+ − μ)/2 (two-sided),
 * +1/2 ('greater') or −1/2 ('less') with the continuity correction. For 'pratt', m = n and μ, σ² lose the terms of
 * the z zeros: μ −= z(z+1)/4, σ² −= z(z+1)(2z+1)/24 (Cureton 1967).
 *
 * **References**
 * - Wilcoxon F (1945). Individual comparisons by ranking methods. *Biometrics Bulletin* 1(6):80–83. https://doi.org/10.2307/3001968
 * - Pratt JW (1959). Remarks on zeros and ties in the Wilcoxon signed rank procedures. *JASA* 54(287):655–667.
 *   https://doi.org/10.1080/01621459.1959.10501526
 * - Cureton EE (1967). The normal approximation to the signed-rank sampling distribution when zero differences
 *   are present. *JASA* 62(319):1068–1069. https://doi.org/10.1080/01621459.1967.10500917
 * - R Core Team. `wilcox.test`, R 4.2.2, src/library/stats/R/wilcox.test.R; R 4.6.0 NEWS (exact conditional tests).
 * - SciPy 1.17.1, `scipy.stats.wilcoxon` (scipy/stats/_wilcoxon.py).
 *
 * @param pre - scores before (finite numbers)
 * @param post - scores after, paired by position with `pre`
 * @param options - alternative, compat, exact, correction, zeroMethod, range
 * @returns the statistic, p-value, the method actually used, and counts of zeros and ties
 * @throws {InvalidInputError} when an input is not an array of finite numbers, the lengths differ, a score is
 *   outside `range`, or an option is invalid
 * @throws {InsufficientDataError} when there are no pairs (`empty-input`) or every change is zero (`zero-variance`)
 * @example
 * ```ts
 * import { wilcoxonSignedRank } from 'social-outcomes/change';
 * const pre = [3, 4, 2, 5, 6, 3, 4, 2];
 * const post = [5, 4, 3, 7, 6, 6, 5, 4];
 * wilcoxonSignedRank(pre, post) //=> { n: 8, nNonZero: 6, zeros: 2, statistic: 21, method: 'normal', pValue: 0.03351 }
 * wilcoxonSignedRank(pre, post, { compat: 'scipy' }) //=> { statistic: 0, method: 'permutation', pValue: 0.03125 }
 * wilcoxonSignedRank([1, 2], [1, 2]) //=> throws InsufficientDataError
 * ```
 */
export function wilcoxonSignedRank(pre: ReadonlyArray<number> | Float64Array, post: ReadonlyArray<number> | Float64Array, options?: WilcoxonSignedRankOptions): WilcoxonSignedRankResult {
  const fn = 'wilcoxonSignedRank';
  const opts = optionsObject(fn, options, ['alternative', 'compat', 'exact', 'correction', 'zeroMethod', 'range']);
  const stats = readPairs(fn, pre, post, readRange(fn, opts.range));
  return wilcoxonFromPairs(fn, stats, opts);
}
