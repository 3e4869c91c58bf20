// Regression tests for the equity bugs found by the fuzz suite (test/fuzz, issue 10).
import { describe, expect, it } from 'vitest';
import { ageBands, compareToBaseline, ethnicGroups2021, ethnicHighLevelGroups2021, harmoniseEthnicity, InvalidInputError, outcomeByGroup, suppressSmallCounts } from 'social-outcomes/equity';

/* eslint-disable no-sparse-arrays */
describe('equity regressions (fuzz)', () => {
  it('ageBands refuses a sparse list of breaks (a hole gave a band with min undefined)', () => {
    expect(() => ageBands([0, , 18, 65] as never)).toThrow(InvalidInputError);
  });
  it('suppressSmallCounts refuses sparse tables with a typed error, not a TypeError', () => {
    expect(() => suppressSmallCounts([3, , 40] as never)).toThrow(InvalidInputError);
    expect(() => suppressSmallCounts([[3, 40], , [12, 30]] as never)).toThrow(InvalidInputError);
    expect(() => suppressSmallCounts([[3, , 40], [12, 30, 22]] as never)).toThrow(InvalidInputError);
  });
  it('compareToBaseline refuses a sparse observed list or exclusion list', () => {
    const census = { categories: [{ label: 'A', count: 700 }, { label: 'B', count: 300 }], total: 1000 };
    expect(() => compareToBaseline([{ category: 'A', count: 5 }, , { category: 'B', count: 5 }] as never, census)).toThrow(InvalidInputError);
    expect(() => compareToBaseline({ A: 5, B: 5 }, census, { excludeCategories: ['X', , 'Y'] as never })).toThrow(InvalidInputError);
  });
  it('outcomeByGroup refuses values whose variance overflows instead of returning NaN', () => {
    const rows = [
      ...Array.from({ length: 12 }, (_, i) => ({ g: 'a', y: i === 0 ? -1e308 : i })),
      ...Array.from({ length: 12 }, (_, i) => ({ g: 'b', y: i })),
    ];
    expect(() => outcomeByGroup(rows, { group: 'g', outcome: 'y', metric: 'mean-change' })).toThrow(/overflows/);
  });
});

describe('equity regressions (coverage audit, Nov 2026)', () => {
  it('the exported census ethnicity tables are deeply frozen, so a caller cannot change harmoniseEthnicity for everyone', () => {
    // before: plain arrays of plain objects; `ethnicGroups2021[2].label = 'x'` changed the categories that
    // harmoniseEthnicity reports for every later call in the process (global mutable state)
    for (const table of [ethnicGroups2021, ethnicHighLevelGroups2021]) {
      expect(Object.isFrozen(table)).toBe(true);
      for (const entry of table) expect(Object.isFrozen(entry)).toBe(true);
    }
    const before = JSON.stringify(harmoniseEthnicity(['H', 'A', 'Z'], { unrecognised: 'unknown' }));
    expect(() => { (ethnicGroups2021[2] as { label: string }).label = 'tampered'; }).toThrow(TypeError);
    expect(() => { (ethnicGroups2021 as unknown as unknown[]).pop(); }).toThrow(TypeError);
    expect(JSON.stringify(harmoniseEthnicity(['H', 'A', 'Z'], { unrecognised: 'unknown' }))).toBe(before);
  });
});
