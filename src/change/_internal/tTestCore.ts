/**
 * The paired t-test on already-read pairs (shared by pairedTTest and summarizeChange).
 *
 * @internal
 */
import { InsufficientDataError } from '../../errors';
import { atLeast } from '../../_internal/validate';
import { studentTCdf, studentTQuantile, studentTSf } from '../../stats/studentT';
import { sdOf, type PairStats } from './pairs';
import type { Alternative } from '../types';
import type { PairedTTestResult } from '../pairedTTest';

/** Runs the test on already-read pairs (shared with summarizeChange). */
export function pairedTFromPairs(fn: string, s: PairStats, alternative: Alternative, confidence: number): PairedTTestResult {
  atLeast(fn, 'pairs', s.n, 2, ['pre']);
  const n = s.n;
  const sd = sdOf(s.ssD, n);
  const se = sd / Math.sqrt(n);
  // R's t.test: "data are essentially constant" when stderr < 10 * .Machine$double.eps * abs(mean).
  if (!(se > 10 * Number.EPSILON * Math.abs(s.meanD))) {
    throw new InsufficientDataError({
      code: 'zero-variance',
      message: `${fn} requires the changes to vary (got every change equal to ${s.meanD})`,
      path: ['post'],
    });
  }
  const df = n - 1;
  const t = s.meanD / se;
  const pValue = alternative === 'less' ? studentTCdf(t, df) : alternative === 'greater' ? studentTSf(t, df) : Math.min(1, 2 * studentTSf(Math.abs(t), df));
  let lower: number | null = null;
  let upper: number | null = null;
  if (alternative === 'two-sided') {
    const q = studentTQuantile(1 - (1 - confidence) / 2, df);
    lower = s.meanD - q * se;
    upper = s.meanD + q * se;
  } else {
    const q = studentTQuantile(confidence, df);
    if (alternative === 'less') upper = s.meanD + q * se;
    else lower = s.meanD - q * se;
  }
  return {
    n,
    meanDifference: s.meanD,
    sdDifference: sd,
    standardError: se,
    statistic: t,
    df,
    pValue,
    ci: { estimate: s.meanD, lower, upper, confidence, sided: alternative, method: 't' },
    alternative,
  };
}

