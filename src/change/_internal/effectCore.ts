/**
 * Standardised mean changes on already-read pairs (shared by effectSizes and summarizeChange).
 *
 * @internal
 */
import { InsufficientDataError } from '../../errors';
import { atLeast } from '../../_internal/validate';
import { logBeta } from '../../stats/_internal/gamma';
import { noncentralityInterval } from './noncentralT';
import { sdOf, type PairStats } from './pairs';
import type { EffectSizesResult } from '../effectSizes';

/** Hedges' exact correction J(ν) = Γ(ν/2) / (√(ν/2) Γ((ν − 1)/2)) = √π / (√(ν/2) B((ν − 1)/2, 1/2)). */
export function hedgesJ(df: number): number {
  return Math.exp(0.5 * Math.log(Math.PI) - logBeta((df - 1) / 2, 0.5)) / Math.sqrt(df / 2);
}

export function effectFromPairs(fn: string, s: PairStats, confidence: number): EffectSizesResult {
  atLeast(fn, 'pairs', s.n, 3, ['pre']);
  const n = s.n;
  const sdD = sdOf(s.ssD, n);
  const sdPre = sdOf(s.ssPre, n);
  const sdPost = sdOf(s.ssPost, n);
  const zero = sdD === 0 ? 'the changes' : sdPre === 0 ? 'pre' : sdPost === 0 ? 'post' : '';
  if (zero !== '') {
    throw new InsufficientDataError({
      code: 'zero-variance',
      message: `${fn} requires ${zero} to vary (got a standard deviation of 0)`,
      path: [zero === 'pre' ? 'pre' : 'post'],
    });
  }
  const m = s.meanD;
  const r = s.spPrePost / Math.sqrt(s.ssPre * s.ssPost);
  const dz = m / sdD;
  const drm = dz * Math.sqrt(2 * (1 - r));
  const davLakens = m / ((sdPre + sdPost) / 2);
  const davCumming = m / Math.sqrt((sdPre * sdPre + sdPost * sdPost) / 2);
  const db = m / sdPre;
  const df = n - 1;
  const J = hedgesJ(df);
  const [lo, hi] = noncentralityInterval(dz * Math.sqrt(n), df, confidence);
  const sqrtN = Math.sqrt(n);
  return {
    n,
    meanDifference: m,
    sdDifference: sdD,
    sdPre,
    sdPost,
    r,
    dz,
    drm,
    davLakens,
    davCumming,
    dav: davLakens,
    db,
    J,
    gav: J * davLakens,
    gavLakens: davLakens * (1 - 3 / (8 * n - 9)),
    dzCi: { estimate: dz, lower: lo / sqrtN, upper: hi / sqrtN, confidence, sided: 'two-sided', method: 'noncentral-t' },
  };
}
