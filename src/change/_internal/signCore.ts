/**
 * The sign test and exact binomial helpers (shared by signTest, mcnemarTest and summarizeChange).
 *
 * @internal
 */
import { InsufficientDataError } from '../../errors';
import { atLeast } from '../../_internal/validate';
import { binomialCdf, binomialSf } from '../../stats/binomial';
import { betaQuantile } from '../../stats/beta';
import type { PairStats } from './pairs';
import type { Alternative, ConfidenceBounds } from '../types';
import type { SignTestResult } from '../signTest';

/** Exact binomial test of x successes in n trials against p = 1/2, as R's `binom.test(x, n)`. */
export function binomialHalfTest(x: number, n: number, alternative: Alternative): number {
  if (alternative === 'less') return binomialCdf(x, n, 0.5);
  if (alternative === 'greater') return binomialSf(x - 1, n, 0.5);
  if (2 * x === n) return 1;
  return Math.min(1, 2 * (2 * x < n ? binomialCdf(x, n, 0.5) : binomialSf(x - 1, n, 0.5)));
}

/** Clopper–Pearson limits as R's `binom.test` computes them (one-sided for one-sided alternatives). */
export function clopperPearsonBounds(x: number, n: number, alternative: Alternative, confidence: number): ConfidenceBounds {
  const alpha = 1 - confidence;
  let lower: number | null = null;
  let upper: number | null = null;
  if (alternative === 'two-sided') {
    lower = x === 0 ? 0 : betaQuantile(alpha / 2, x, n - x + 1);
    upper = x === n ? 1 : betaQuantile(1 - alpha / 2, x + 1, n - x);
  } else if (alternative === 'less') {
    lower = 0;
    upper = x === n ? 1 : betaQuantile(1 - alpha, x + 1, n - x);
  } else {
    lower = x === 0 ? 0 : betaQuantile(alpha, x, n - x + 1);
    upper = 1;
  }
  return { estimate: x / n, lower, upper, confidence, sided: alternative, method: 'clopper-pearson' };
}

/** Runs the test on already-read pairs (shared with summarizeChange). */
export function signFromPairs(fn: string, s: PairStats, alternative: Alternative, confidence: number): SignTestResult {
  atLeast(fn, 'pairs', s.n, 1, ['pre']);
  const m = s.nPositive + s.nNegative;
  if (m === 0) {
    throw new InsufficientDataError({ code: 'zero-variance', message: `${fn} requires at least one non-zero change (got ${s.n} pairs, all with post equal to pre)`, path: ['post'] });
  }
  return {
    n: s.n,
    nNonZero: m,
    nPositive: s.nPositive,
    nNegative: s.nNegative,
    zeros: s.nZero,
    statistic: s.nPositive,
    pValue: binomialHalfTest(s.nPositive, m, alternative),
    method: 'exact-binomial',
    alternative,
    ci: clopperPearsonBounds(s.nPositive, m, alternative, confidence),
  };
}

