import { InsufficientDataError, InvalidInputError } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { atLeast, booleanOption, finiteArray, integerInRange, numberInRange, oneOf, optionPath, optionsObject } from '../_internal/validate';
import { chiSquaredSf } from './chiSquared';
import { seededRandom } from './seededRandom';
import { logGamma } from './_internal/gamma';

/** How the p-value of {@link chiSquaredGoodnessOfFit} is computed. */
export type ChiSquaredGoodnessOfFitMethod = 'asymptotic' | 'monte-carlo' | 'exact';

/** Options of {@link chiSquaredGoodnessOfFit}. */
export interface ChiSquaredGoodnessOfFitOptions {
  /**
   * Probabilities of the categories under the null hypothesis, aligned with `observed`; all positive.
   * They must sum to 1 within √ε (R's rule) unless `rescale` is set.
   *
   * @defaultValue equal probabilities 1/k
   */
  readonly p?: ArrayLike<number>;
  /**
   * Divide `p` by its sum first (R `rescale.p`), e.g. to pass census counts directly.
   *
   * @defaultValue false
   */
  readonly rescale?: boolean;
  /**
   * `'asymptotic'`: upper tail of χ² with k − 1 − ddof degrees of freedom (R's default);
   * `'monte-carlo'`: R's `simulate.p.value = TRUE` algorithm with `simulations` multinomial samples;
   * `'exact'`: the exact multinomial tail probability of the same statistic, by full enumeration.
   *
   * @defaultValue 'asymptotic'
   */
  readonly method?: ChiSquaredGoodnessOfFitMethod;
  /**
   * Number of simulated samples for `'monte-carlo'` (R's `B`).
   *
   * @defaultValue 2000
   */
  readonly simulations?: number;
  /**
   * Seed of the random number generator for `'monte-carlo'` ({@link seededRandom}: a safe integer or a
   * string); the same seed gives the same p-value.
   *
   * @defaultValue 1
   */
  readonly seed?: number | string;
  /**
   * Delta degrees of freedom: parameters estimated from the data (scipy's `ddof`); df = k − 1 − ddof.
   * Only the asymptotic p-value uses df.
   *
   * @defaultValue 0
   */
  readonly ddof?: number;
  /**
   * Largest number of outcomes (compositions of n into k parts, C(n + k − 1, k − 1)) that `'exact'` may
   * enumerate; beyond it the function throws rather than run for minutes.
   *
   * @defaultValue 10000000
   */
  readonly maxOutcomes?: number;
}

/** Result of {@link chiSquaredGoodnessOfFit}; field names follow R's `htest` object. */
export interface ChiSquaredGoodnessOfFitResult {
  /** Pearson's statistic X² = Σ (x − E)² / E. */
  readonly statistic: number;
  /** Degrees of freedom k − 1 − ddof (reported for every method; only `'asymptotic'` uses it). */
  readonly df: number;
  /** The p-value, computed by `method`. */
  readonly pValue: number;
  /** The upper χ² tail probability, whatever `method` is, for comparison. */
  readonly asymptoticPValue: number;
  /** How `pValue` was computed. */
  readonly method: ChiSquaredGoodnessOfFitMethod;
  /** R-style description of the test. */
  readonly methodDescription: string;
  /** Sample size n = Σ x. */
  readonly n: number;
  /** The observed counts. */
  readonly observed: number[];
  /** The null probabilities actually used (after rescaling). */
  readonly p: number[];
  /** Expected counts E = n·p. */
  readonly expected: number[];
  /** Pearson residuals (x − E)/√E (R `residuals`). */
  readonly residuals: number[];
  /** Standardised residuals (x − E)/√(n·p·(1 − p)), each approximately N(0, 1) under the null (R `stdres`). */
  readonly stdres: number[];
  /** Smallest expected count. */
  readonly minExpected: number;
  /** Number of categories with an expected count below 5. */
  readonly smallExpected: number;
  /**
   * R's warnings: `'Chi-squared approximation may be incorrect'` when an expected count is below 5 and the
   * p-value is asymptotic (exactly when R's `chisq.test` warns); empty otherwise.
   */
  readonly warnings: string[];
  /** Number of simulated samples (`'monte-carlo'` only). */
  readonly simulations?: number;
  /** Seed used (`'monte-carlo'` only). */
  readonly seed?: number | string;
  /** Number of outcomes enumerated (`'exact'` only). */
  readonly outcomes?: number;
}

/** R's `almost.1`: a simulated or enumerated statistic counts as "at least as extreme" when ≥ (1 − 64ε)·X². */
const ALMOST_ONE = 1 - 64 * Number.EPSILON;

/** Most values `'monte-carlo'` may draw (n × simulations): beyond it the function throws rather than run for minutes. */
const MAX_DRAWS = 1e9;

/**
 * Pearson's chi-squared goodness-of-fit test of counts against given probabilities, with asymptotic,
 * Monte-Carlo (R's `simulate.p.value`) or exact multinomial p-values; equal to R's `chisq.test(x, p = p)`.
 *
 * @remarks
 * The statistic, expected counts, residuals and standardised residuals are R's. The asymptotic p-value is
 * the χ² upper tail with k − 1 − ddof degrees of freedom.
 *
 * `'monte-carlo'` follows R's algorithm: draw `simulations` samples of size n from the multinomial
 * distribution with probabilities p (here by Walker's alias method driven by {@link seededRandom}, so the
 * draws differ from R's but have the same distribution), compute X² for each, and return
 * (1 + #{X²* ≥ (1 − 64ε)X²}) / (B + 1). Its Monte-Carlo standard error is about √(p(1 − p)/B).
 * Cost is O(n·B); more than 10⁹ draws (n × B) is refused with an error.
 *
 * `'exact'` enumerates every outcome y of the multinomial(n, p) distribution and sums the probabilities of
 * those with X²(y) ≥ (1 − 64ε)X², the exact p-value of which the Monte-Carlo one is an estimate (as
 * `XNomial::xmulti(statName = "Chisq")`). The number of outcomes is C(n + k − 1, k − 1), so it is feasible
 * only for small n and k; `maxOutcomes` caps it.
 *
 * Non-integer counts are accepted for the asymptotic test (as R does, e.g. weighted counts); the simulated
 * and exact tests need integer counts.
 *
 * **Formula**
 * ```tex
 * E_i = n p_i,\quad X^2 = \sum_{i=1}^k \frac{(x_i - E_i)^2}{E_i},\quad
 * r_i = \frac{x_i - E_i}{\sqrt{E_i}},\quad d_i = \frac{x_i - E_i}{\sqrt{n p_i (1 - p_i)}}\\
 * p_{\text{asy}} = P(\chi^2_{k-1-\text{ddof}} \ge X^2),\quad
 * p_{\text{MC}} = \frac{1 + \#\{b : X^{2*}_b \ge (1-64\varepsilon) X^2\}}{B + 1},\quad
 * p_{\text{exact}} = \sum_{y:\, X^2(y) \ge (1-64\varepsilon)X^2} \frac{n!}{\prod_i y_i!} \prod_i p_i^{y_i}
 * ```
 *
 * **References**
 * - Pearson K (1900). On the criterion that a given system of deviations from the probable in the case of a
 *   correlated system of variables is such that it can be reasonably supposed to have arisen from random
 *   sampling. *Philosophical Magazine* 50(302):157–175. https://doi.org/10.1080/14786440009463897
 * - Hope ACA (1968). A simplified Monte Carlo significance test procedure. *Journal of the Royal Statistical
 *   Society B* 30(3):582–598 (the (1 + count)/(B + 1) p-value). https://doi.org/10.1111/j.2517-6161.1968.tb00759.x
 * - Agresti A (2013). *Categorical Data Analysis*, 3rd ed., Wiley, §1.5.2 (goodness of fit) and §2.4.5
 *   (standardised residuals).
 * - Walker AJ (1977). An efficient method for generating discrete random variables with general
 *   distributions. *ACM Transactions on Mathematical Software* 3(3):253–256. https://doi.org/10.1145/355744.355749
 * - R Core Team (2022). `chisq.test`, R 4.2.2, package stats (source of the algorithm and of `almost.1`).
 *
 * @param observed - counts of the k ≥ 2 categories, non-negative, not all zero
 * @param options - null probabilities, method, simulations, seed, ddof
 * @returns the statistic, df, p-value, expected counts and residuals
 * @throws {InvalidInputError} when a count is negative or not finite, `p` has the wrong length, a
 *   non-positive entry or does not sum to 1, counts are not integers for `'monte-carlo'` or `'exact'`, an
 *   option is invalid, `'exact'` would enumerate more than `maxOutcomes` outcomes, or `'monte-carlo'` would
 *   draw more than 10⁹ values (n × simulations), or the counts are so large (near 1e308) that X² overflows
 * @throws {InsufficientDataError} when there are fewer than 2 categories or all counts are 0
 * @example
 * ```ts
 * import { chiSquaredGoodnessOfFit } from 'social-outcomes/stats';
 * const r = chiSquaredGoodnessOfFit([120, 30, 25, 15, 10], { p: [0.7, 0.1, 0.1, 0.06, 0.04] });
 * r.statistic //=> 10.357
 * r.pValue //=> 0.03482
 * r.stdres //=> [-3.086, 2.357, 1.179, 0.893, 0.722]
 * chiSquaredGoodnessOfFit([3, 1, 0], { method: 'exact' }).pValue //=> 0.3333
 * chiSquaredGoodnessOfFit([3, -1, 0]) //=> throws InvalidInputError
 * ```
 */
export function chiSquaredGoodnessOfFit(observed: ArrayLike<number>, options?: ChiSquaredGoodnessOfFitOptions): ChiSquaredGoodnessOfFitResult {
  const fn = 'chiSquaredGoodnessOfFit';
  const opts = optionsObject(fn, options, ['p', 'rescale', 'method', 'simulations', 'seed', 'ddof', 'maxOutcomes']);
  const x = finiteArray(fn, 'observed', observed);
  const k = x.length;
  atLeast(fn, 'categories', k, 2, ['observed']);
  const method = opts.method === undefined ? 'asymptotic' : oneOf(fn, 'method', opts.method, ['asymptotic', 'monte-carlo', 'exact'] as const);
  const needIntegers = method !== 'asymptotic';
  let n = 0;
  for (let i = 0; i < k; i++) {
    const v = x[i] as number;
    if (v < 0) {
      throw new InvalidInputError({ code: 'out-of-range', message: `${fn} requires observed counts to be non-negative (got ${describeValue(v)})`, path: ['observed', i] });
    }
    if (needIntegers && !Number.isInteger(v)) {
      throw new InvalidInputError({ code: 'not-an-integer', message: `${fn} requires integer counts for method '${method}' (got ${describeValue(v)})`, path: ['observed', i] });
    }
    n += v;
  }
  if (n === 0) {
    throw new InsufficientDataError({ code: 'empty-input', message: `${fn} requires at least one observation (all ${k} counts are 0)`, path: ['observed'] });
  }
  const p = readProbabilities(fn, opts, k);
  const ddof = opts.ddof === undefined ? 0 : integerInRange(fn, 'ddof', opts.ddof, { min: 0, max: k - 2 }, optionPath('ddof'));
  const simulations = opts.simulations === undefined ? 2000 : integerInRange(fn, 'simulations', opts.simulations, { min: 1, max: 1e9 }, optionPath('simulations'));
  const seed = opts.seed === undefined ? 1 : readSeed(fn, opts.seed);
  const maxOutcomes = opts.maxOutcomes === undefined ? 1e7 : numberInRange(fn, 'maxOutcomes', opts.maxOutcomes, { min: 1 }, optionPath('maxOutcomes'));

  const expected = new Array<number>(k);
  const residuals = new Array<number>(k);
  const stdres = new Array<number>(k);
  let statistic = 0;
  let minExpected = Number.POSITIVE_INFINITY;
  let smallExpected = 0;
  for (let i = 0; i < k; i++) {
    const pi = p[i] as number;
    const e = n * pi;
    const d = (x[i] as number) - e;
    expected[i] = e;
    statistic += (d * d) / e;
    residuals[i] = d / Math.sqrt(e);
    stdres[i] = d / Math.sqrt(n * pi * (1 - pi));
    if (e < minExpected) minExpected = e;
    if (e < 5) smallExpected++;
  }
  if (!Number.isFinite(statistic) || !Number.isFinite(n)) {
    throw new InvalidInputError({ code: 'out-of-range', message: `${fn} overflows: the counts are too large for the statistic to be a finite double (n = ${n})`, path: ['observed'] });
  }
  const df = k - 1 - ddof;
  const asymptoticPValue = chiSquaredSf(statistic, df);
  let pValue = asymptoticPValue;
  let methodDescription = 'Chi-squared test for given probabilities';
  const extra: { simulations?: number; seed?: number | string; outcomes?: number } = {};
  if (method === 'monte-carlo') {
    if (n * simulations > MAX_DRAWS) {
      throw new InvalidInputError({
        code: 'out-of-range',
        message: `${fn} method 'monte-carlo' would draw ${(n * simulations).toPrecision(3)} values (n = ${n} × ${simulations} simulations; limit ${MAX_DRAWS}); use method 'asymptotic' or fewer simulations`,
        path: optionPath('simulations'),
      });
    }
    pValue = monteCarloPValue(p, expected, n, statistic, simulations, seed);
    methodDescription += ` with simulated p-value (based on ${simulations} replicates)`;
    extra.simulations = simulations;
    extra.seed = seed;
  } else if (method === 'exact') {
    const outcomes = countOutcomes(n, k);
    if (outcomes > maxOutcomes) {
      throw new InvalidInputError({
        code: 'out-of-range',
        message: `${fn} method 'exact' would enumerate ${outcomes.toPrecision(3)} outcomes for n = ${n} in ${k} categories (limit ${maxOutcomes}); use method 'monte-carlo' or raise maxOutcomes`,
        path: optionPath('method'),
      });
    }
    pValue = exactPValue(p, expected, n, statistic);
    methodDescription += ` with exact multinomial p-value (${Math.round(outcomes)} outcomes enumerated)`;
    extra.outcomes = Math.round(outcomes);
  }
  return {
    statistic,
    df,
    pValue,
    asymptoticPValue,
    method,
    methodDescription,
    n,
    observed: Array.from(x),
    p: Array.from(p),
    expected,
    residuals,
    stdres,
    minExpected,
    smallExpected,
    warnings: method === 'asymptotic' && smallExpected > 0 ? ['Chi-squared approximation may be incorrect'] : [],
    ...extra,
  };
}

function readSeed(fn: string, value: unknown): number | string {
  if (typeof value === 'string' || (typeof value === 'number' && Number.isSafeInteger(value))) return value;
  throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires seed to be a safe integer or a string (got ${describeValue(value)})`, path: optionPath('seed') });
}

function readProbabilities(fn: string, opts: Partial<ChiSquaredGoodnessOfFitOptions>, k: number): Float64Array {
  if (opts.p === undefined) return new Float64Array(k).fill(1 / k);
  const p = finiteArray(fn, 'p', opts.p, optionPath('p'));
  if (p.length !== k) {
    throw new InvalidInputError({ code: 'length-mismatch', message: `${fn} requires p to have one probability per category (got ${p.length} for ${k} categories)`, path: optionPath('p') });
  }
  let sum = 0;
  for (let i = 0; i < k; i++) {
    const v = p[i] as number;
    if (!(v > 0)) {
      throw new InvalidInputError({ code: 'out-of-range', message: `${fn} requires every probability to be positive (got ${describeValue(v)})`, path: [...optionPath('p'), i] });
    }
    sum += v;
  }
  const rescale = booleanOption(fn, 'rescale', opts.rescale, false);
  if (Math.abs(sum - 1) > Math.sqrt(Number.EPSILON)) {
    if (!rescale) {
      throw new InvalidInputError({ code: 'out-of-range', message: `${fn} requires p to sum to 1 (got ${describeValue(sum)}); pass rescale: true to divide by the sum`, path: optionPath('p') });
    }
    for (let i = 0; i < k; i++) p[i] = (p[i] as number) / sum;
  }
  return p;
}

/** C(n + k − 1, k − 1), as a double (may exceed 2^53; only compared with a limit). */
function countOutcomes(n: number, k: number): number {
  return Math.round(Math.exp(logGamma(n + k) - logGamma(n + 1) - logGamma(k)));
}

/** R's simulated p-value with multinomial samples drawn by Walker's alias method. */
function monteCarloPValue(p: Float64Array, expected: number[], n: number, observedStat: number, b: number, seed: number | string): number {
  const k = p.length;
  // Vose's stable construction of the alias table.
  const prob = new Float64Array(k);
  const alias = new Int32Array(k);
  const scaled = new Float64Array(k);
  const small: number[] = [];
  const large: number[] = [];
  for (let i = 0; i < k; i++) {
    scaled[i] = (p[i] as number) * k;
    if ((scaled[i] as number) < 1) small.push(i);
    else large.push(i);
  }
  while (small.length > 0 && large.length > 0) {
    const s = small.pop() as number;
    const l = large.pop() as number;
    prob[s] = scaled[s] as number;
    alias[s] = l;
    scaled[l] = (scaled[l] as number) + (scaled[s] as number) - 1;
    if ((scaled[l] as number) < 1) small.push(l);
    else large.push(l);
  }
  for (const i of large) prob[i] = 1;
  for (const i of small) prob[i] = 1; // rounding leftovers
  const random = seededRandom(seed);
  const counts = new Int32Array(k);
  const threshold = ALMOST_ONE * observedStat;
  let hits = 0;
  for (let rep = 0; rep < b; rep++) {
    counts.fill(0);
    for (let j = 0; j < n; j++) {
      const u = random() * k;
      const i = Math.floor(u);
      const pick = u - i < (prob[i] as number) ? i : (alias[i] as number);
      counts[pick] = (counts[pick] as number) + 1;
    }
    let stat = 0;
    for (let i = 0; i < k; i++) {
      const d = (counts[i] as number) - (expected[i] as number);
      stat += (d * d) / (expected[i] as number);
    }
    if (stat >= threshold) hits++;
  }
  return (1 + hits) / (b + 1);
}

/**
 * Exact tail probability of X² under multinomial(n, p): depth-first enumeration of all compositions, with
 * the partial statistic and log-probability carried down, summed with Neumaier's compensated sum. The
 * statistic is accumulated in category order, exactly as for the observed table, so ties compare equal.
 */
function exactPValue(p: Float64Array, expected: number[], n: number, observedStat: number): number {
  const k = p.length;
  const logFactorial = new Float64Array(n + 1);
  for (let j = 2; j <= n; j++) logFactorial[j] = logGamma(j + 1);
  const logP = Array.from(p, (v) => Math.log(v));
  // term tables: chi[i][y] = (y − E_i)²/E_i, lp[i][y] = y·ln p_i − ln y!
  const chi: Float64Array[] = [];
  const lp: Float64Array[] = [];
  for (let i = 0; i < k; i++) {
    const c = new Float64Array(n + 1);
    const l = new Float64Array(n + 1);
    const e = expected[i] as number;
    for (let y = 0; y <= n; y++) {
      const d = y - e;
      c[y] = (d * d) / e;
      l[y] = y * (logP[i] as number) - (logFactorial[y] as number);
    }
    chi.push(c);
    lp.push(l);
  }
  const threshold = ALMOST_ONE * observedStat;
  const logNFactorial = logFactorial[n] as number;
  let sum = 0;
  let comp = 0;
  const last = k - 1;
  const chiLast = chi[last] as Float64Array;
  const lpLast = lp[last] as Float64Array;
  const visit = (i: number, remaining: number, stat: number, logProb: number): void => {
    const ci = chi[i] as Float64Array;
    const li = lp[i] as Float64Array;
    if (i === last - 1) {
      for (let y = 0; y <= remaining; y++) {
        const r = remaining - y;
        const s = stat + (ci[y] as number) + (chiLast[r] as number);
        if (s >= threshold) {
          const term = Math.exp(logNFactorial + logProb + (li[y] as number) + (lpLast[r] as number));
          const t = sum + term;
          comp += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
          sum = t;
        }
      }
      return;
    }
    for (let y = 0; y <= remaining; y++) visit(i + 1, remaining - y, stat + (ci[y] as number), logProb + (li[y] as number));
  };
  visit(0, n, 0, 0);
  return Math.min(1, sum + comp);
}
