// The non-central t CDF behind the exact d_z interval (src/change/_internal/noncentralT.ts): the Poisson series for
// |δ| ≤ 1000, a normal mixture of chi-squared tails beyond. Checked against scipy (Boost) and against each other.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { effectSizes } from 'social-outcomes/change';
import { cdfIntegral, cdfSeries, noncentralTCdf, noncentralityInterval, SERIES_MAX_DELTA } from '../../src/change/_internal/noncentralT';
import { expectClose } from '../_helpers/expectClose';
import { FixtureNumber, loadFixture } from '../_helpers/fixtures';

const Case = z.object({ t: z.number(), df: z.number(), delta: z.number(), cdf: z.number(), source: z.enum(['scipy', 'mpmath']), scipy: FixtureNumber });
const fixture = loadFixture('change/noncentralT/reference.json', Case);

describe('noncentralTCdf', () => {
  it(`matches scipy (|δ| ≤ 1000) and 40-digit mpmath (beyond) on ${fixture.cases.length} cases`, () => {
    let worst = 0;
    for (const c of fixture.cases) {
      const got = noncentralTCdf(c.t, c.df, c.delta);
      const label = `t ${c.t} df ${c.df} delta ${c.delta}`;
      if (c.cdf <= 0.5) {
        // Lower tail: relative 1e-9 (both references carry ~1e-14; the deepest tails, near 1e-200, lose digits
        // through the incomplete beta).
        worst = Math.max(worst, Math.abs(got - c.cdf) / c.cdf);
        expectClose(got, c.cdf, { rtol: 1e-9, label });
      } else {
        // Upper part: the CDF is a sum near 1, so it is good to a few ulps of 1, not relative to 1 − F.
        worst = Math.max(worst, Math.abs(got - c.cdf));
        expectClose(got, c.cdf, { rtol: 0, atol: 1e-13, label });
      }
    }
    expect(worst).toBeLessThan(1e-9);
  });

  it('the series and the mixture integral agree where both are cheap', () => {
    for (const df of [4, 29, 999]) {
      for (const delta of [60, 200, 800, SERIES_MAX_DELTA]) {
        for (const rel of [0.97, 1, 1.03]) {
          const t = delta * rel;
          const a = cdfSeries(t, df, delta);
          const b = cdfIntegral(t, df, delta);
          const tail = Math.min(a, 1 - a);
          if (tail < 1e-250) continue;
          expectClose(Math.min(b, 1 - b), tail, { rtol: 1e-10, label: `t ${t} df ${df} delta ${delta}` });
        }
      }
    }
  });

  it('each limit is the root of F(t; ν, δ) = target to the last ulps: the CDF changes sign within a few ulps of it', () => {
    // The solver starts from the normal approximation and stops when the root is known to 2 ulps of max(1, |δ|):
    // 8 ulps either side the CDF straddles the target, up to its own rounding (a few 1e-16).
    for (const t of [-40, -3, 0, 0.5, 2, 6, 15, 40, 300]) {
      for (const df of [2, 9, 30, 200, 1400, 1e5]) {
        for (const conf of [0.9, 0.95, 0.999]) {
          const alpha = 1 - conf;
          const limits = noncentralityInterval(t, df, conf);
          [1 - alpha / 2, alpha / 2].forEach((target, k) => {
            const d = limits[k] as number;
            const h = 8 * Number.EPSILON * Math.max(1, Math.abs(d));
            const below = noncentralTCdf(t, df, d - h) - target;
            const above = noncentralTCdf(t, df, d + h) - target;
            const label = `t ${t} df ${df} conf ${conf} limit ${k}`;
            if (below !== above) {
              expect(below, label).toBeGreaterThanOrEqual(-4e-15);
              expect(above, label).toBeLessThanOrEqual(4e-15);
            }
            expect(Math.abs(noncentralTCdf(t, df, d) - target), label).toBeLessThan(1e-13);
          });
        }
      }
    }
  });

  it('inverts to a finite interval around a huge t without running away (near-constant differences)', () => {
    const [lo, hi] = noncentralityInterval(1e12, 9, 0.95);
    expect(Number.isFinite(lo) && Number.isFinite(hi)).toBe(true);
    expect(lo).toBeLessThan(1e12);
    expect(hi).toBeGreaterThan(1e12);
    // Found by a fast-check run: differences equal to within 1e-13 made d_z about 1e13.
    const pre = [1, 2, 3, 4];
    const post = [1001, 1002 + 1e-10, 1003 - 1e-10, 1004];
    const r = effectSizes(pre, post);
    expect(Number.isFinite(r.dz)).toBe(true);
    expect(r.dzCi.lower).toBeLessThan(r.dz);
    expect(r.dzCi.upper).toBeGreaterThan(r.dz);
  });
});
