import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { oddsRatio, riskRatio } from '../../src/stats/riskRatio';
import { InsufficientDataError, InvalidInputError } from '../../src/errors';
import { expectClose } from '../_helpers/expectClose';
import { loadFixture } from '../_helpers/fixtures';

// Issue 5 acceptance: relative error ≤ 1e-10. Closed forms on the log scale; the only special function is
// the normal quantile (kernel accuracy ≤ 1e-15 relative).
const RTOL = 1e-10;

describe('riskRatio / oddsRatio vs R (Epi::twoby2; corrected formula for zero cells)', () => {
  const fx = loadFixture(
    'stats/riskRatio/r.json',
    z.object({ x1: z.number(), n1: z.number(), x2: z.number(), n2: z.number(), confidence: z.number(), corrected: z.boolean(), source: z.string(),
      rr: z.number(), rrLower: z.number(), rrUpper: z.number(), or: z.number(), orLower: z.number(), orUpper: z.number() }),
  );
  it.each(fx.cases.map((c, i) => [i, c] as const))('case %i', (i, c) => {
    const rr = riskRatio(c.x1, c.n1, c.x2, c.n2, { confidence: c.confidence });
    const or = oddsRatio(c.x1, c.n1, c.x2, c.n2, { confidence: c.confidence });
    const label = `case ${i} ${c.x1}/${c.n1} vs ${c.x2}/${c.n2} (${c.source})`;
    expect(rr.corrected).toBe(c.corrected);
    expect(or.corrected).toBe(c.corrected);
    expectClose([rr.estimate, rr.lower, rr.upper], [c.rr, c.rrLower, c.rrUpper], { rtol: RTOL, label: `${label} RR` });
    expectClose([or.estimate, or.lower, or.upper], [c.or, c.orLower, c.orUpper], { rtol: RTOL, label: `${label} OR` });
  });
});

describe('riskRatio / oddsRatio vs scipy relative_risk / odds_ratio(kind="sample")', () => {
  const fx = loadFixture(
    'stats/riskRatio/scipy.json',
    z.object({ x1: z.number(), n1: z.number(), x2: z.number(), n2: z.number(), confidence: z.number(),
      rr: z.number(), rrLower: z.number(), rrUpper: z.number(), or: z.number(), orLower: z.number(), orUpper: z.number() }),
  );
  it.each(fx.cases.map((c, i) => [i, c] as const))('case %i', (i, c) => {
    const rr = riskRatio(c.x1, c.n1, c.x2, c.n2, { confidence: c.confidence });
    const or = oddsRatio(c.x1, c.n1, c.x2, c.n2, { confidence: c.confidence });
    expectClose([rr.estimate, rr.lower, rr.upper], [c.rr, c.rrLower, c.rrUpper], { rtol: RTOL, label: `case ${i} RR` });
    expectClose([or.estimate, or.lower, or.upper], [c.or, c.orLower, c.orUpper], { rtol: RTOL, label: `case ${i} OR` });
  });
});

describe('riskRatio / oddsRatio', () => {
  it('equity.md appendix vectors: 56/70 vs 48/80', () => {
    const rr = riskRatio(56, 70, 48, 80);
    expectClose([rr.estimate, rr.lower, rr.upper], [4 / 3, 1.076626, 1.651249], { rtol: 5e-7, label: 'RR (7 significant digits printed)' });
    const or = oddsRatio(56, 70, 48, 80);
    expectClose([or.estimate, or.lower, or.upper], [8 / 3, 1.276218, 5.57202], { rtol: 5e-7, label: 'OR (7 significant digits printed)' });
    expect(rr.method).toBe('katz-log');
    expect(or.method).toBe('woolf-logit');
  });

  it('0.5 is added to every cell when any cell is zero, or always on request', () => {
    const rr = riskRatio(0, 20, 5, 25);
    expect(rr.corrected).toBe(true);
    expectClose(rr.estimate, (0.5 / 21) / (5.5 / 26), { rtol: 1e-15 });
    expect(riskRatio(3, 20, 5, 25).corrected).toBe(false);
    expect(riskRatio(3, 20, 5, 25, { correction: 'always' }).corrected).toBe(true);
    expect(oddsRatio(20, 20, 5, 25).corrected).toBe(true);
  });

  it('bad input', () => {
    expect(() => riskRatio(3, 2, 1, 10)).toThrow(InvalidInputError);
    expect(() => riskRatio(-1, 2, 1, 10)).toThrow(InvalidInputError);
    expect(() => riskRatio(1.5, 2, 1, 10)).toThrow(InvalidInputError);
    expect(() => oddsRatio(0, 0, 1, 10)).toThrow(InsufficientDataError);
    expect(() => oddsRatio(1, 2, 1, 10, { correction: 'never' as never })).toThrow(InvalidInputError);
    expect(() => oddsRatio(1, 2, 1, 10, { confidence: 95 })).toThrow(InvalidInputError);
  });
});
