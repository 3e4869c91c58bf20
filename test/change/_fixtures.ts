// Zod schemas of the change fixtures (test/fixtures/change/**), shared by the change tests.
import { z } from 'zod';
import { FixtureNumber } from '../_helpers/fixtures';

const Err = z.object({ error: z.string() });
const Alt = z.enum(['two-sided', 'less', 'greater']);

export const TTestRef = z.union([
  z.object({ statistic: FixtureNumber, df: FixtureNumber, pValue: FixtureNumber, lower: FixtureNumber, upper: FixtureNumber, estimate: FixtureNumber.optional() }),
  Err,
]);
export const WilcoxonRef = z.union([
  z.object({ statistic: FixtureNumber, pValue: FixtureNumber, method: z.string().optional(), z: FixtureNumber.optional() }),
  Err,
]);

export const RCase = z.object({
  id: z.string(),
  pre: z.array(z.number()),
  post: z.array(z.number()),
  alternative: Alt,
  confidence: z.number(),
  tTest: TTestRef,
  wilcoxonDefault: WilcoxonRef,
  wilcoxonNormalNoCorrection: WilcoxonRef,
  wilcoxonExactRequested: WilcoxonRef,
  sign: z.union([z.object({ statistic: FixtureNumber, pValue: FixtureNumber, lower: FixtureNumber, upper: FixtureNumber }), Err]),
});

export const McnemarCase = z.object({
  id: z.string(),
  before: z.array(z.number()),
  after: z.array(z.number()),
  corrected: z.object({ statistic: FixtureNumber, pValue: FixtureNumber, method: z.string() }),
  uncorrected: z.object({ statistic: FixtureNumber, pValue: FixtureNumber, method: z.string() }),
  'exact_two-sided': z.object({ statistic: FixtureNumber, pValue: FixtureNumber }),
  exact_less: z.object({ statistic: FixtureNumber, pValue: FixtureNumber }),
  exact_greater: z.object({ statistic: FixtureNumber, pValue: FixtureNumber }),
});

export const ScipyCase = z.object({
  id: z.string(),
  pre: z.array(z.number()),
  post: z.array(z.number()),
  alternative: Alt,
  confidence: z.number(),
  tTest: TTestRef,
  wilcoxonAuto: WilcoxonRef,
  wilcoxonAsymptoticCorrected: WilcoxonRef,
  wilcoxonAsymptotic: WilcoxonRef,
  wilcoxonPrattAsymptoticCorrected: WilcoxonRef,
  wilcoxonPrattAuto: WilcoxonRef,
  wilcoxonZsplitAsymptotic: WilcoxonRef,
  wilcoxonZsplitAuto: WilcoxonRef,
  wilcoxonExact: WilcoxonRef.optional(),
  effectSizes: z.union([
    z.object({ dz: z.number(), drm: z.number(), davLakens: z.number(), davCumming: z.number(), db: z.number(), r: z.number(), J: z.number(), gav: z.number(), dzLower: z.number(), dzUpper: z.number() }),
    Err,
  ]),
});

export const RciCase = z.object({
  id: z.string(),
  method: z.enum(['jacobson-truax', 'gulliksen-lord-novick', 'hsu-linn-lord', 'edwards-nunnally', 'nunnally-kotsch', 'hageman-arrindell']),
  pre: z.array(z.number()),
  post: z.array(z.number()),
  reliability: z.number(),
  reliabilityPost: z.number().optional(),
  higherIsBetter: z.boolean(),
  cutoffType: z.enum(['a', 'b', 'c']).optional(),
  clinical: z.object({ mean: z.number(), sd: z.number() }).optional(),
  functional: z.object({ mean: z.number(), sd: z.number() }).optional(),
  cutoffValue: z.number().optional(),
  rci: z.array(z.number()).optional(),
  class: z.array(z.enum(['recovered', 'reliably-improved', 'no-reliable-change', 'reliably-deteriorated'])).optional(),
  error: z.string().optional(),
});

/** Relative tolerance for p-values: 1e-10, or 1e-8 below 1e-100 (the acceptance criteria of issue 3). */
export function pTol(expected: number): number {
  return expected < 1e-100 ? 1e-8 : 1e-10;
}
