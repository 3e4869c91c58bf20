import { InsufficientDataError, InvalidInputError, ReferenceDataError } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { confidenceLevel, integerInRange, numberInRange, oneOf, optionPath, optionsObject } from '../_internal/validate';
import { chiSquaredGoodnessOfFit, normalSf, pAdjust, wilsonInterval, type ChiSquaredGoodnessOfFitMethod, type Interval, type PAdjustMethod } from '../stats';
import type { BaselineCaveat } from './baseline';

/**
 * Observed counts by category: a record `{ category: count }`, an array of `{ category, count }`, or a
 * profile-like object `{ categories: [{ label, n }] }` (the shape `profile` returns).
 */
export type ObservedCounts =
  | Readonly<Record<string, number>>
  | ReadonlyArray<{
      /** Category label. */
      readonly category: string;
      /** Number of people in the category. */
      readonly count: number;
    }>
  | {
      /** Categories with their counts, as `profile` returns them. */
      readonly categories: ReadonlyArray<{
        /** Category label. */
        readonly label: string;
        /** Number of people in the category. */
        readonly n: number;
      }>;
    };

/**
 * What `compareToBaseline` needs of a baseline: categories with counts and their total. A {@link Baseline}
 * from `baseline` qualifies (its caveats, area and table are carried into the result); so does a
 * hand-made `{ categories: [{ label, count }], total }`.
 */
export interface BaselineInput {
  /** Categories with their population counts (any non-negative numbers). */
  readonly categories: ReadonlyArray<{
    /** Category label. */
    readonly label: string;
    /** Population count. */
    readonly count: number;
  }>;
  /** The population total; the counts must sum to it. */
  readonly total: number;
  /** Caveats to carry into the result. */
  readonly caveats?: ReadonlyArray<BaselineCaveat>;
  /** Area, for the result's description. */
  readonly area?: {
    /** GSS code. */
    readonly code: string;
    /** Area name. */
    readonly name: string;
  };
  /** Table, for the result's description. */
  readonly table?: {
    /** ONS table id. */
    readonly id: string;
    /** ONS table title. */
    readonly title: string;
  };
}

/** Options of {@link compareToBaseline}. */
export interface CompareToBaselineOptions {
  /**
   * Two-sided confidence level of the share and representation-ratio intervals, and of the under / over flags.
   *
   * @defaultValue 0.95
   */
  readonly confidence?: number;
  /**
   * p-value of the overall test: `'asymptotic'` (χ²), `'monte-carlo'` (R's `simulate.p.value`), `'exact'`
   * (multinomial enumeration), or `'auto'`: asymptotic when every expected count is at least 5, otherwise
   * exact when at most `maxOutcomes` outcomes need enumerating, otherwise Monte-Carlo.
   *
   * @defaultValue 'auto'
   */
  readonly method?: 'auto' | ChiSquaredGoodnessOfFitMethod;
  /**
   * Seed of the Monte-Carlo p-value (a safe integer or a string); fixed so results are reproducible.
   *
   * @defaultValue 1
   */
  readonly seed?: number | string;
  /**
   * Number of Monte-Carlo samples (R's `B`).
   *
   * @defaultValue 2000
   */
  readonly simulations?: number;
  /**
   * Largest number of outcomes `'auto'` will enumerate for an exact p-value before falling back to
   * Monte-Carlo (explicit `'exact'` allows 10,000,000).
   *
   * @defaultValue 1000000
   */
  readonly maxOutcomes?: number;
  /**
   * Categories to leave out of the comparison on both sides (e.g. `['Not known', 'Prefer not to say']`
   * from the service data, `['Not answered']` from the census): observed counts are reported in `excluded`
   * and the census shares are renormalised over the categories compared. A category observed but absent
   * from the baseline must be listed here.
   *
   * @defaultValue []
   */
  readonly excludeCategories?: ReadonlyArray<string>;
  /**
   * Multiple-comparison adjustment of the per-category p-values (R `p.adjust`).
   *
   * @defaultValue 'holm'
   */
  readonly adjust?: PAdjustMethod;
}

/** Comparison of one category with the baseline. */
export interface CompareToBaselineCategory {
  /** Category label (the baseline's). */
  readonly category: string;
  /** Observed count x. */
  readonly observed: number;
  /** Observed share x/n with its Wilson score interval. */
  readonly share: Interval;
  /** Census share π, renormalised over the categories compared. */
  readonly expectedShare: number;
  /** Expected count E = n·π. */
  readonly expected: number;
  /** Difference of shares p − π (a proportion; × 100 for percentage points). */
  readonly difference: number;
  /** Representation ratio p/π = x/E with limits: the Wilson limits of p divided by π (π treated as fixed). */
  readonly representationRatio: {
    /** p/π. */
    readonly estimate: number;
    /** Lower Wilson limit of p divided by π. */
    readonly lower: number;
    /** Upper Wilson limit of p divided by π. */
    readonly upper: number;
  };
  /** Pearson residual (x − E)/√E. */
  readonly residual: number;
  /** Adjusted (standardised) residual (x − E)/√(n·π·(1 − π)), R's `stdres`: approximately N(0, 1) under the baseline. */
  readonly standardisedResidual: number;
  /** Two-sided p-value of the score test of p = π, 2·(1 − Φ(|standardisedResidual|)). */
  readonly pValue: number;
  /** `pValue` adjusted across the categories compared (`adjust`). */
  readonly pAdjusted: number;
  /**
   * `'over'` when the representation ratio's lower limit exceeds 1, `'under'` when its upper limit is below 1,
   * otherwise `'as-expected'` (equivalently |standardisedResidual| > z, i.e. `pValue` < 1 − confidence,
   * unadjusted).
   */
  readonly flag: 'under' | 'over' | 'as-expected';
}

/** A category left out of the comparison. */
export interface CompareToBaselineExclusion {
  /** Category label. */
  readonly category: string;
  /** Observed count (0 when it was not observed). */
  readonly observed: number;
  /** Baseline count, when the baseline has the category. */
  readonly baselineCount?: number;
  /**
   * `'excluded'`: listed in `excludeCategories`; `'not-in-baseline'`: observed with count 0 and absent from the
   * baseline; `'zero-baseline'`: the baseline count is 0 and nothing was observed.
   */
  readonly reason: 'excluded' | 'not-in-baseline' | 'zero-baseline';
}

/** The overall goodness-of-fit test. */
export interface CompareToBaselineTest {
  /** Pearson's X². */
  readonly statistic: number;
  /** Degrees of freedom k − 1. */
  readonly df: number;
  /** The p-value by `method`. */
  readonly pValue: number;
  /** The χ² approximation's p-value, for comparison. */
  readonly asymptoticPValue: number;
  /** How `pValue` was computed (after resolving `'auto'`). */
  readonly method: ChiSquaredGoodnessOfFitMethod;
  /** R-style description. */
  readonly methodDescription: string;
  /** Smallest expected count. */
  readonly minExpected: number;
  /** Number of categories with an expected count below 5. */
  readonly smallExpected: number;
  /** Monte-Carlo samples, when used. */
  readonly simulations?: number;
  /** Monte-Carlo seed, when used. */
  readonly seed?: number | string;
  /** Outcomes enumerated, when exact. */
  readonly outcomes?: number;
}

/** Result of {@link compareToBaseline}. */
export interface CompareToBaselineResult {
  /** Observed count compared (after exclusions). */
  readonly n: number;
  /** One entry per baseline category compared, in baseline order. */
  readonly categories: CompareToBaselineCategory[];
  /** The overall chi-squared goodness-of-fit test. */
  readonly test: CompareToBaselineTest;
  /** Categories left out, and the observed count they held (`n` + `excluded.n` = all observed). */
  readonly excluded: {
    /** Observed count in excluded categories. */
    readonly n: number;
    /** The excluded categories, with reasons. */
    readonly categories: CompareToBaselineExclusion[];
  };
  /** Warnings: `small-expected` (χ² approximation doubtful), `small-baseline-counts` (perturbed census cells). */
  readonly warnings: Array<{
    /** Stable code. */
    readonly code: 'small-expected' | 'small-baseline-counts';
    /** The warning in words. */
    readonly message: string;
  }>;
  /** Caveats carried from the baseline, plus the method's own. */
  readonly caveats: BaselineCaveat[];
  /** Confidence level of intervals and flags. */
  readonly confidence: number;
  /** Adjustment of per-category p-values. */
  readonly adjust: PAdjustMethod;
  /** Methods, in words for a footnote. */
  readonly methods: {
    /** Interval method of the shares. */
    readonly share: string;
    /** Interval method of the representation ratios. */
    readonly representationRatio: string;
    /** Residual and per-category test. */
    readonly residual: string;
    /** The overall test. */
    readonly test: string;
  };
  /** Baseline used: total of the categories compared, and the area and table when the baseline carried them. */
  readonly baseline: {
    /** Census total of the categories compared (the denominator of the renormalised shares). */
    readonly total: number;
    /** Area of the baseline, when it carried one. */
    readonly area?: {
      /** GSS code. */
      readonly code: string;
      /** Area name. */
      readonly name: string;
    };
    /** Table of the baseline, when it carried one. */
    readonly table?: {
      /** ONS table id. */
      readonly id: string;
      /** ONS table title. */
      readonly title: string;
    };
  };
}

const FIXED_SHARE_CAVEAT: BaselineCaveat = {
  id: 'baseline-share-fixed',
  text: 'Intervals and tests treat the census shares as known constants: census sampling error is nil, but perturbation noise is ignored, which is reasonable for local authority counts and not for small cells.',
};

interface ObservedEntry {
  readonly category: string;
  readonly count: number;
}

/**
 * Compares observed counts by category (a service's users) with a census baseline: per category the share
 * with a Wilson interval, the expected share and count, the representation ratio with its interval, the
 * adjusted residual and an under / over flag; overall, Pearson's chi-squared goodness-of-fit test as R's
 * `chisq.test(x, p = π)`, with an exact or Monte-Carlo p-value when expected counts are small.
 *
 * @remarks
 * Census shares π are renormalised over the categories compared (so excluding `Not answered` gives shares of
 * those who answered). The representation ratio is p/π = x/E (equity.md §1.1), the observed-over-expected
 * ratio of an indirectly standardised comparison; its limits are the Wilson score limits of p divided by π,
 * treating the census share as fixed, which is reasonable at local authority level where the census count is
 * the whole population (equity.md §1.1 option (i); OHID uses Wilson for proportions). Because the Wilson
 * interval inverts the score test, its limits exclude π exactly when |standardised residual| > z, so the
 * flags, the residuals and the per-category p-values agree. Per-category p-values are also adjusted across
 * categories (Holm by default).
 *
 * The overall test equals `chisq.test(x, p = π)` in R: statistic, df = k − 1, residuals and `stdres`. With
 * `method: 'auto'` (default) the p-value is the χ² approximation when every expected count is at least 5;
 * otherwise a warning is given (R's "Chi-squared approximation may be incorrect") and the p-value is exact
 * (multinomial enumeration) when feasible, else Monte-Carlo with R's algorithm and a fixed `seed`.
 *
 * Categories: every baseline category is compared (count 0 if not observed). An observed category absent
 * from the baseline (e.g. `Not known`) with a positive count is an error unless listed in
 * `excludeCategories`, so that nothing is dropped silently; excluded counts are reported in `excluded`.
 *
 * **Formula**
 * ```tex
 * n = \sum_g x_g,\; p_g = \frac{x_g}{n},\; \pi_g = \frac{P_g}{\sum_h P_h},\; E_g = n\pi_g,\;
 * RR_g = \frac{p_g}{\pi_g},\; \Big[\frac{L^{W}_g}{\pi_g}, \frac{U^{W}_g}{\pi_g}\Big]\\
 * d_g = \frac{x_g - E_g}{\sqrt{n\pi_g(1 - \pi_g)}},\; p^{(g)} = 2\,(1 - \Phi(|d_g|)),\;
 * X^2 = \sum_g \frac{(x_g - E_g)^2}{E_g} \sim \chi^2_{k-1}
 * ```
 *
 * **References**
 * - Wilson EB (1927). Probable inference, the law of succession, and statistical inference. *JASA* 22:209–212.
 *   https://doi.org/10.1080/01621459.1927.10502953
 * - Agresti A (2013). *Categorical Data Analysis*, 3rd ed., Wiley, §1.5 (goodness of fit) and §2.4.5
 *   (standardised residuals).
 * - Office for Health Improvement and Disparities. Fingertips technical guidance: proportions (Wilson) and
 *   indirectly standardised ratios (observed / expected). https://fingertips.phe.org.uk/profile/guidance
 * - R Core Team (2022). `chisq.test` and `p.adjust`, R 4.2.2, package stats.
 *
 * @param observed - counts by category (non-negative integers)
 * @param baseline - a baseline from `baseline`, or `{ categories: [{ label, count }], total }`
 * @param options - confidence, test method, seed, simulations, exclusions, p-value adjustment
 * @returns per-category comparisons, the overall test, exclusions, warnings and caveats
 * @throws {InvalidInputError} when a count is negative, fractional or not finite, a category appears twice, an
 *   observed category is not in the baseline (and not excluded), an excluded category exists on neither
 *   side, a category observed has a baseline count of 0, or an option is invalid
 * @throws {ReferenceDataError} when the baseline's counts do not sum to its total, or a count is invalid
 * @throws {InsufficientDataError} when nothing is observed or fewer than two categories remain
 * @example
 * ```ts
 * import { compareToBaseline } from 'social-outcomes/equity';
 * const census = { categories: [{ label: 'A', count: 700 }, { label: 'B', count: 100 }, { label: 'C', count: 100 }, { label: 'D', count: 60 }, { label: 'E', count: 40 }], total: 1000 };
 * const r = compareToBaseline({ A: 120, B: 30, C: 25, D: 15, E: 10 }, census);
 * r.test.statistic //=> 10.357
 * r.test.pValue //=> 0.03482
 * r.categories[0] //=> { category: 'A', expected: 140, standardisedResidual: -3.086, flag: 'under' }
 * r.categories[1]?.representationRatio.estimate //=> 1.5
 * compareToBaseline({ A: 1, Unknown: 3 }, census) //=> throws InvalidInputError
 * compareToBaseline({ A: 1, Unknown: 3 }, census, { excludeCategories: ['Unknown'] }).excluded.n //=> 3
 * ```
 */
export function compareToBaseline(observed: ObservedCounts, baseline: BaselineInput, options?: CompareToBaselineOptions): CompareToBaselineResult {
  const fn = 'compareToBaseline';
  const opts = optionsObject(fn, options, ['confidence', 'method', 'seed', 'simulations', 'maxOutcomes', 'excludeCategories', 'adjust']);
  const confidence = opts.confidence === undefined ? 0.95 : confidenceLevel(fn, opts.confidence);
  const method = opts.method === undefined ? 'auto' : oneOf(fn, 'method', opts.method, ['auto', 'asymptotic', 'monte-carlo', 'exact'] as const);
  const adjust = opts.adjust === undefined ? 'holm' : oneOf(fn, 'adjust', opts.adjust, ['holm', 'hochberg', 'hommel', 'bonferroni', 'BH', 'BY', 'none'] as const);
  const simulations = opts.simulations === undefined ? 2000 : integerInRange(fn, 'simulations', opts.simulations, { min: 1, max: 1e9 }, optionPath('simulations'));
  const maxOutcomes = opts.maxOutcomes === undefined ? 1e6 : numberInRange(fn, 'maxOutcomes', opts.maxOutcomes, { min: 1 }, optionPath('maxOutcomes'));
  const seed = readSeed(fn, opts.seed);
  const exclude = readLabels(fn, opts.excludeCategories);

  const obs = readObserved(fn, observed);
  const base = readBaseline(fn, baseline);
  const baseLabels = new Set(base.map((b) => b.label));
  const obsMap = new Map(obs.map((o) => [o.category, o.count]));
  exclude.forEach((label, i) => {
    if (!baseLabels.has(label) && !obsMap.has(label)) {
      throw new InvalidInputError({ code: 'unknown-category', message: `${fn} cannot exclude ${describeValue(label)}: it is neither observed nor in the baseline`, path: [...optionPath('excludeCategories'), i] });
    }
  });
  const excludedSet = new Set(exclude);
  const exclusions: CompareToBaselineExclusion[] = [];
  for (const o of obs) {
    if (baseLabels.has(o.category)) continue;
    if (excludedSet.has(o.category)) {
      exclusions.push({ category: o.category, observed: o.count, reason: 'excluded' });
    } else if (o.count === 0) {
      exclusions.push({ category: o.category, observed: 0, reason: 'not-in-baseline' });
    } else {
      const where = baseline.table === undefined ? 'the baseline' : `the baseline (${baseline.table.id} ${baseline.table.title})`;
      throw new InvalidInputError({
        code: 'unknown-category',
        message: `${fn} found ${o.count} observed in ${describeValue(o.category)}, which ${where} does not have; harmonise the data to the census categories or pass excludeCategories: [${JSON.stringify(o.category)}] to report it as excluded`,
        path: ['observed', o.category],
      });
    }
  }
  const compared: Array<{ label: string; x: number; pop: number }> = [];
  for (const b of base) {
    const x = obsMap.get(b.label) ?? 0;
    if (excludedSet.has(b.label)) {
      exclusions.push({ category: b.label, observed: x, baselineCount: b.count, reason: 'excluded' });
      continue;
    }
    if (b.count === 0) {
      if (x > 0) {
        throw new InvalidInputError({
          code: 'out-of-range',
          message: `${fn} cannot compare ${describeValue(b.label)}: ${x} observed but its baseline count is 0; exclude it or compare at a coarser level`,
          path: ['observed', b.label],
        });
      }
      exclusions.push({ category: b.label, observed: 0, baselineCount: 0, reason: 'zero-baseline' });
      continue;
    }
    compared.push({ label: b.label, x, pop: b.count });
  }
  const k = compared.length;
  if (k < 2) {
    throw new InsufficientDataError({ code: 'too-few-observations', message: `${fn} requires at least 2 categories to compare (got ${k} after exclusions)`, path: ['baseline', 'categories'] });
  }
  const n = compared.reduce((s, c) => s + c.x, 0);
  if (n === 0) {
    throw new InsufficientDataError({ code: 'empty-input', message: `${fn} requires at least one observation in the categories compared (got 0)`, path: ['observed'] });
  }
  const popTotal = compared.reduce((s, c) => s + c.pop, 0);
  const pi = compared.map((c) => c.pop / popTotal);
  const x = compared.map((c) => c.x);

  // ---- overall test ------------------------------------------------------------------------------
  let resolved: ChiSquaredGoodnessOfFitMethod = method === 'auto' ? 'asymptotic' : method;
  const minE = Math.min(...pi.map((p) => n * p));
  if (method === 'auto' && minE < 5) resolved = logOutcomes(n, k) <= Math.log(maxOutcomes) ? 'exact' : 'monte-carlo';
  const gof = chiSquaredGoodnessOfFit(x, { p: pi, rescale: true, method: resolved, simulations, seed });
  const warnings: CompareToBaselineResult['warnings'] = [];
  if (gof.smallExpected > 0) {
    const what = resolved === 'asymptotic'
      ? "the chi-squared approximation may be incorrect (R's warning); use method 'exact' or 'monte-carlo'"
      : `so the p-value is ${resolved === 'exact' ? 'exact (multinomial enumeration)' : `Monte-Carlo (${simulations} samples, seed ${JSON.stringify(seed)})`}`;
    warnings.push({
      code: 'small-expected',
      message: `${gof.smallExpected} of ${k} expected counts are below 5 (smallest ${round(gof.minExpected)}); ${what}. Residuals and flags of those categories rest on a normal approximation that is poor at small expected counts.`,
    });
  }
  const smallCells = compared.filter((c) => Number.isInteger(c.pop) && c.pop < 10).map((c) => c.label);
  if (smallCells.length > 0) {
    warnings.push({ code: 'small-baseline-counts', message: `Baseline counts below 10 (${smallCells.join(', ')}) are noisy after census perturbation; consider aggregating categories.` });
  }

  // ---- per category --------------------------------------------------------------------------------
  const pValues = gof.stdres.map((d) => Math.min(1, 2 * normalSf(Math.abs(d))));
  const adjusted = pAdjust(pValues, adjust);
  const categories: CompareToBaselineCategory[] = compared.map((c, i) => {
    const p = pi[i] as number;
    const share = wilsonInterval(c.x, n, { confidence });
    const lower = share.lower / p;
    const upper = share.upper / p;
    return {
      category: c.label,
      observed: c.x,
      share,
      expectedShare: p,
      expected: gof.expected[i] as number,
      difference: share.estimate - p,
      representationRatio: { estimate: share.estimate / p, lower, upper },
      residual: gof.residuals[i] as number,
      standardisedResidual: gof.stdres[i] as number,
      pValue: pValues[i] as number,
      pAdjusted: adjusted[i] as number,
      flag: lower > 1 ? 'over' : upper < 1 ? 'under' : 'as-expected',
    };
  });

  const caveats: BaselineCaveat[] = [...(baseline.caveats ?? []).map((c) => ({ id: c.id, text: c.text })), FIXED_SHARE_CAVEAT];
  const test: CompareToBaselineTest = {
    statistic: gof.statistic,
    df: gof.df,
    pValue: gof.pValue,
    asymptoticPValue: gof.asymptoticPValue,
    method: gof.method,
    methodDescription: gof.methodDescription,
    minExpected: gof.minExpected,
    smallExpected: gof.smallExpected,
    ...(gof.simulations === undefined ? {} : { simulations: gof.simulations }),
    ...(gof.seed === undefined ? {} : { seed: gof.seed }),
    ...(gof.outcomes === undefined ? {} : { outcomes: gof.outcomes }),
  };
  return {
    n,
    categories,
    test,
    excluded: { n: exclusions.reduce((s, e) => s + e.observed, 0), categories: exclusions },
    warnings,
    caveats,
    confidence,
    adjust,
    methods: {
      share: 'Wilson score interval',
      representationRatio: 'observed share / census share, with the Wilson limits divided by the census share (census share treated as fixed)',
      residual: 'adjusted (standardised) residual (x − nπ)/√(nπ(1 − π)), as R chisq.test stdres; p-value from the normal distribution',
      test: gof.methodDescription,
    },
    baseline: {
      total: popTotal,
      ...(baseline.area === undefined ? {} : { area: { code: baseline.area.code, name: baseline.area.name } }),
      ...(baseline.table === undefined ? {} : { table: { id: baseline.table.id, title: baseline.table.title } }),
    },
  };
}

function round(v: number): string {
  return v >= 1 ? v.toFixed(2) : v.toPrecision(3);
}

/** ln C(n + k − 1, k − 1), the number of multinomial outcomes. */
function logOutcomes(n: number, k: number): number {
  let s = 0;
  for (let j = 1; j < k; j++) s += Math.log((n + j) / j);
  return s;
}

function readSeed(fn: string, value: unknown): number | string {
  if (value === undefined) return 1;
  if (typeof value === 'string' || (typeof value === 'number' && Number.isSafeInteger(value))) return value;
  throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires seed to be a safe integer or a string (got ${describeValue(value)})`, path: optionPath('seed') });
}

function readLabels(fn: string, value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires excludeCategories to be an array of category labels (got ${describeValue(value)})`, path: optionPath('excludeCategories') });
  }
  const out: string[] = [];
  Array.from(value as unknown[]).forEach((v, i) => {
    if (typeof v !== 'string') {
      throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires excludeCategories to hold labels (got ${describeValue(v)})`, path: [...optionPath('excludeCategories'), i] });
    }
    if (!out.includes(v)) out.push(v);
  });
  return out;
}

function checkCount(fn: string, category: string, value: unknown, path: Array<string | number>): number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new InvalidInputError({ code: 'not-a-number', message: `${fn} requires the count of ${describeValue(category)} to be a number (got ${describeValue(value)})`, path });
  }
  if (!Number.isFinite(value)) {
    throw new InvalidInputError({ code: 'non-finite', message: `${fn} requires the count of ${describeValue(category)} to be finite (got ${describeValue(value)})`, path });
  }
  if (value < 0) {
    throw new InvalidInputError({ code: 'out-of-range', message: `${fn} requires the count of ${describeValue(category)} to be non-negative (got ${describeValue(value)})`, path });
  }
  if (!Number.isInteger(value)) {
    throw new InvalidInputError({ code: 'not-an-integer', message: `${fn} requires the count of ${describeValue(category)} to be a whole number of people (got ${describeValue(value)})`, path });
  }
  return value;
}

function readObserved(fn: string, observed: unknown): ObservedEntry[] {
  const out: ObservedEntry[] = [];
  const seen = new Set<string>();
  const push = (category: unknown, count: unknown, path: Array<string | number>): void => {
    if (typeof category !== 'string' || category === '') {
      throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires each observed category to be a non-empty string (got ${describeValue(category)})`, path });
    }
    if (seen.has(category)) {
      throw new InvalidInputError({ code: 'duplicate', message: `${fn} found the observed category ${describeValue(category)} twice`, path });
    }
    seen.add(category);
    out.push({ category, count: checkCount(fn, category, count, path) });
  };
  if (Array.isArray(observed)) {
    Array.from(observed as unknown[]).forEach((e, i) => {
      if (e === null || typeof e !== 'object') {
        throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires observed entries to be { category, count } (got ${describeValue(e)})`, path: ['observed', i] });
      }
      const r = e as { category?: unknown; count?: unknown };
      push(r.category, r.count, ['observed', i]);
    });
  } else if (observed !== null && typeof observed === 'object' && Array.isArray((observed as { categories?: unknown }).categories)) {
    Array.from((observed as { categories: unknown[] }).categories).forEach((e, i) => {
      if (e === null || typeof e !== 'object') {
        throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires observed.categories entries to be { label, n } (got ${describeValue(e)})`, path: ['observed', 'categories', i] });
      }
      const r = e as { label?: unknown; n?: unknown };
      push(r.label, r.n, ['observed', 'categories', i]);
    });
  } else if (observed !== null && typeof observed === 'object') {
    for (const [category, count] of Object.entries(observed as Record<string, unknown>)) push(category, count, ['observed', category]);
  } else {
    throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires observed to be a record of counts, an array of { category, count }, or { categories: [{ label, n }] } (got ${describeValue(observed)})`, path: ['observed'] });
  }
  if (out.length === 0) {
    throw new InsufficientDataError({ code: 'empty-input', message: `${fn} requires at least one observed category (got none)`, path: ['observed'] });
  }
  return out;
}

function readBaseline(fn: string, b: unknown): Array<{ label: string; count: number }> {
  const bad = (message: string, path: Array<string | number> = []): never => {
    throw new ReferenceDataError({ code: 'invalid-reference', message: `${fn} requires ${message}`, path: ['baseline', ...path] });
  };
  if (b === null || typeof b !== 'object' || !Array.isArray((b as BaselineInput).categories)) bad(`a baseline with categories and a total (got ${describeValue(b)})`);
  const base = b as BaselineInput;
  if (base.categories.length === 0) bad('the baseline to have categories (got none)', ['categories']);
  const total = base.total;
  if (typeof total !== 'number' || !Number.isFinite(total) || total <= 0) bad(`the baseline total to be a positive number (got ${describeValue(total)})`, ['total']);
  const seen = new Set<string>();
  let sum = 0;
  const out = base.categories.map((c, i) => {
    if (c === null || typeof c !== 'object' || typeof c.label !== 'string' || c.label === '') bad(`each baseline category to have a label (got ${describeValue(c)})`, ['categories', i]);
    if (seen.has(c.label)) bad(`each baseline category once (got ${describeValue(c.label)} twice)`, ['categories', i]);
    seen.add(c.label);
    if (typeof c.count !== 'number' || !Number.isFinite(c.count) || c.count < 0) bad(`the baseline count of ${describeValue(c.label)} to be a non-negative number (got ${describeValue(c.count)})`, ['categories', i, 'count']);
    sum += c.count;
    return { label: c.label, count: c.count };
  });
  if (Math.abs(sum - total) > 1e-9 * Math.max(total, sum)) {
    bad(`the baseline categories to sum to its total (they sum to ${sum}, the total is ${total})`, ['total']);
  }
  return out;
}
