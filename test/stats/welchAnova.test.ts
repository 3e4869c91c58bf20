import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { welchAnova, welchAnovaFromSummary } from '../../src/stats/welchAnova';
import { welchTTest } from '../../src/stats/welchTTest';
import { InsufficientDataError, InvalidInputError } from '../../src/errors';
import { expectClose } from '../_helpers/expectClose';
import { loadFixture } from '../_helpers/fixtures';

// Issue 5 acceptance: relative error ≤ 1e-10. F and its df are closed-form in the group moments; the p-value
// inherits the kernel's F survival function.
const RTOL = 1e-10;
const Groups = z.array(z.array(z.number()));

describe('welchAnova vs R oneway.test(var.equal = FALSE)', () => {
  const fx = loadFixture('stats/welchAnova/r.json', z.object({ groups: Groups, statistic: z.number(), df1: z.number(), df2: z.number(), pValue: z.number() }));
  it.each(fx.cases.map((c, i) => [i, c] as const))('case %i', (i, c) => {
    const r = welchAnova(c.groups);
    expectClose(r.statistic, c.statistic, { rtol: RTOL, label: `case ${i} F` });
    expect(r.df1).toBe(c.df1);
    expectClose(r.df2, c.df2, { rtol: RTOL, label: `case ${i} df2` });
    expectClose(r.pValue, c.pValue, { rtol: c.pValue < 1e-100 ? 1e-9 : RTOL, label: `case ${i} p` });
  });
});

describe('welchAnova vs scipy f_oneway(equal_var=False)', () => {
  const fx = loadFixture('stats/welchAnova/scipy.json', z.object({ groups: Groups, statistic: z.number(), pValue: z.number() }));
  it.each(fx.cases.map((c, i) => [i, c] as const))('case %i', (i, c) => {
    const r = welchAnova(c.groups);
    expectClose(r.statistic, c.statistic, { rtol: RTOL, label: `case ${i} F` });
    expectClose(r.pValue, c.pValue, { rtol: RTOL, label: `case ${i} p` });
  });
});

describe('welchAnova', () => {
  it('with two groups F = t² and the p-value is Welch’s', () => {
    const x = [19.1, 21.3, 18.2, 24.6, 20.0];
    const y = [15.2, 17.9, 16.4, 14.8];
    const a = welchAnova([x, y]);
    const t = welchTTest(x, y);
    expectClose(a.statistic, t.statistic ** 2, { rtol: 1e-12 });
    expectClose(a.df2, t.df, { rtol: 1e-12 });
    expectClose(a.pValue, t.pValue, { rtol: 1e-10 });
  });

  it('summary form equals data form', () => {
    const groups = [[1, 3, 2, 5], [4, 6, 5, 7, 9], [0, 1, 0.5]];
    const sm = groups.map((g) => {
      const m = g.reduce((s, v) => s + v, 0) / g.length;
      return { n: g.length, mean: m, sd: Math.sqrt(g.reduce((s, v) => s + (v - m) ** 2, 0) / (g.length - 1)) };
    });
    expectClose(welchAnovaFromSummary(sm).pValue, welchAnova(groups).pValue, { rtol: 1e-12 });
  });

  it('bad input', () => {
    expect(() => welchAnova([[1, 2, 3]])).toThrow(InsufficientDataError);
    expect(() => welchAnova([[1, 2], [3]])).toThrow(InsufficientDataError);
    expect(() => welchAnova([[1, 2], [3, 3]])).toThrow(InsufficientDataError);
    expect(() => welchAnova([[1, 2], [3, Number.NaN]])).toThrow(InvalidInputError);
    expect(() => welchAnova({} as never)).toThrow(InvalidInputError);
    expect(() => welchAnovaFromSummary([{ n: 3, mean: 1, sd: 1 }, { n: 3, mean: 1, sd: 0 }])).toThrow(InsufficientDataError);
    expect(() => welchAnovaFromSummary([{ n: 3, mean: 1, sd: 1 }, { n: 2.5, mean: 1, sd: 1 }])).toThrow(InvalidInputError);
    expect(() => welchAnovaFromSummary([{ n: 3, mean: 1, sd: 1 }, null as never])).toThrow(InvalidInputError);
  });
});
