// Shared loader for the distribution fixtures written by
// test/fixtures/stats/distributions/generate.py (scipy, checked against mpmath) and generate.R (R's stats).
// Each distribution's test file takes the cases for its own functions and checks them with
// `checkAgainstReference` (values) and `checkRoundTrip` (quantiles).
import { z } from 'zod';
import { expect, it } from 'vitest';
import { InvalidInputError } from '../../../src/errors';
import * as stats from '../../../src/stats';
import { FixtureNumber, loadFixture } from '../../_helpers/fixtures';
import { relativeError } from '../../_helpers/expectClose';

const Case = z.object({
  fn: z.string(),
  args: z.array(FixtureNumber),
  expected: FixtureNumber,
  exact: FixtureNumber.nullable().optional(),
});
export type DistributionCase = z.infer<typeof Case>;

export const SCIPY_FIXTURE = 'stats/distributions/scipy.json';
export const R_FIXTURE = 'stats/distributions/r.json';

const scipy = loadFixture(SCIPY_FIXTURE, Case);
const r = loadFixture(R_FIXTURE, Case);

/** Both fixture files, by source name. */
export const SOURCES = { scipy, R: r } as const;

/** Acceptance tolerances (issue 2): body ≤ 1e-12 relative; tails (reference below 1e-3 or above 1 − 1e-3) ≤ 1e-9 relative. */
export const BODY_RTOL = 1e-12;
export const TAIL_RTOL = 1e-9;
/** Body / tail boundary for probabilities. */
export const TAIL = 1e-3;

type Fn = (...args: number[]) => number;

/** Calls the public function named by a fixture case, mapping the normal's (mean, sd) onto its options object. */
export function call(c: DistributionCase): number {
  if (c.fn.startsWith('normal')) {
    const [x, mean, sd] = c.args as [number, number, number];
    const f = stats[c.fn as 'normalCdf'];
    return f(x, { mean, sd });
  }
  const f = (stats as unknown as Record<string, Fn>)[c.fn];
  if (typeof f !== 'function') throw new Error(`fixture names unknown function ${c.fn}`);
  return f(...c.args);
}

/** The CDF that inverts a quantile function, by name. */
export function cdfFor(quantileFn: string): string {
  return quantileFn.replace('Quantile', 'Cdf');
}

/** The cases of one source for the given functions; fails when there are none. */
export function casesFor(source: keyof typeof SOURCES, fns: readonly string[]): DistributionCase[] {
  const cases = SOURCES[source].cases.filter((c) => fns.includes(c.fn));
  expect(cases.length, `${source} cases for ${fns.join(', ')}`).toBeGreaterThan(0);
  return cases;
}

/** Tolerance for a value whose reference is `expected`: probabilities in the tails get the tail tolerance. */
export function toleranceFor(expected: number, isProbability: boolean): number {
  if (!isProbability) return BODY_RTOL;
  return expected < TAIL || expected > 1 - TAIL ? TAIL_RTOL : BODY_RTOL;
}

export interface Failure { readonly fn: string; readonly args: readonly number[]; readonly expected: number; readonly actual: number; readonly error: number; readonly rtol: number }

/**
 * Compares every non-quantile case to its reference and returns the failures (an empty list passes).
 * Where the scipy fixture carries the 50-digit mpmath value (`exact`) that is the reference.
 */
export function checkAgainstReference(cases: readonly DistributionCase[]): Failure[] {
  const failures: Failure[] = [];
  for (const c of cases) {
    if (c.fn.endsWith('Quantile')) continue;
    const reference = c.exact ?? c.expected;
    const actual = call(c);
    const rtol = toleranceFor(reference, !c.fn.endsWith('Pdf'));
    const error = relativeError(actual, reference);
    if (!(error <= rtol)) failures.push({ fn: c.fn, args: c.args, expected: reference, actual, error, rtol });
  }
  return failures;
}

/**
 * Quantile cases: the result must match the reference x to 1e-9 relative (quantiles are ill-conditioned where
 * the density is small, so x is the weaker check), and the round trip cdf(q(p)) must give back p to the
 * probability tolerance, judged against the reference's own round trip: our |cdf(q(p)) − p| may not exceed
 * the reference's by more than the tolerance.
 */
export function checkQuantiles(cases: readonly DistributionCase[]): Failure[] {
  const failures: Failure[] = [];
  for (const c of cases) {
    if (!c.fn.endsWith('Quantile')) continue;
    const reference = c.exact ?? c.expected;
    const actual = call(c);
    const xError = relativeError(actual, reference);
    if (!(xError <= TAIL_RTOL)) failures.push({ fn: c.fn, args: c.args, expected: reference, actual, error: xError, rtol: TAIL_RTOL });
    const [p, ...params] = c.args as [number, ...number[]];
    const back = call({ fn: cdfFor(c.fn), args: [actual, ...params], expected: p });
    const refBack = call({ fn: cdfFor(c.fn), args: [reference, ...params], expected: p });
    const rtol = toleranceFor(p, true);
    const excess = relativeError(back, p) - relativeError(refBack, p);
    if (!(excess <= rtol)) failures.push({ fn: `${c.fn} round trip`, args: c.args, expected: p, actual: back, error: excess, rtol });
  }
  return failures;
}

/** Largest relative error per function, for the closing note and for diagnosing failures. */
export function worstErrors(cases: readonly DistributionCase[]): Record<string, number> {
  const worst: Record<string, number> = {};
  for (const c of cases) {
    const e = relativeError(call(c), c.exact ?? c.expected);
    worst[c.fn] = Math.max(worst[c.fn] ?? 0, e);
  }
  return worst;
}

/** A call that must throw InvalidInputError, and a call with a documented limit value. */
export type BadCall = readonly [fn: string, args: readonly number[]];
export type LimitCall = readonly [fn: string, args: readonly number[], expected: number];

/**
 * The standard suite for one distribution: both fixtures (values and quantile round trips), the
 * documented limits, the complement identity cdf + sf = 1 on the fixture points, and typed errors for bad input.
 */
export function distributionSuite(fns: readonly string[], bad: readonly BadCall[], limits: readonly LimitCall[]): void {
  for (const source of Object.keys(SOURCES) as Array<keyof typeof SOURCES>) {
    it(`matches ${source} (${SOURCES[source].meta.version.split(',')[0] ?? ''}) at every fixture point`, () => {
      const cases = casesFor(source, fns);
      expect([...checkAgainstReference(cases), ...checkQuantiles(cases)]).toEqual([]);
    });
  }
  const cdf = fns.find((f) => f.endsWith('Cdf'));
  const sf = fns.find((f) => f.endsWith('Sf'));
  if (cdf && sf) {
    it(`${cdf} + ${sf} = 1 at the fixture points`, () => {
      for (const c of casesFor('scipy', [cdf])) {
        const total = call(c) + call({ ...c, fn: sf });
        expect(Math.abs(total - 1), `${c.fn}(${c.args.join(', ')})`).toBeLessThanOrEqual(4e-16 * 8);
      }
    });
  }
  it.each(limits.map(([fn, args, expected]) => ({ fn, args, expected })))('$fn($args) = $expected', ({ fn, args, expected }) => {
    expect(call({ fn, args: [...args], expected })).toBe(expected);
  });
  it.each(bad.map(([fn, args]) => ({ fn, args })))('$fn($args) throws InvalidInputError', ({ fn, args }) => {
    expect(() => call({ fn, args: [...args], expected: 0 })).toThrow(InvalidInputError);
  });
}
