import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { z } from 'zod';
import { suppressSmallCounts, type SuppressedTable2D } from '../../src/equity/suppressSmallCounts';
import { feasibleInterval, intervalsOf, oneWayNetwork, protect, reachesWidth, twoWayNetwork, type CellState } from '../../src/equity/_internal/suppressionNetwork';
import { referenceIntervals } from './suppressionFlowReference';
import { InsufficientDataError, InvalidInputError } from '../../src/errors';
import { deepFreeze } from '../_helpers/deepFreeze';
import { loadFixture } from '../_helpers/fixtures';
import { intruderIntervals, type PublishedTable } from './suppressionLp';

const cellValue = (c: { value: number | null }): number | null => c.value;

function published(r: SuppressedTable2D): PublishedTable {
  return {
    cells: r.cells.map((row) => row.map(cellValue)),
    rowTotals: r.rowTotals.map(cellValue),
    colTotals: r.colTotals.map(cellValue),
    grandTotal: r.grandTotal.value,
  };
}

function suppressedSet(r: SuppressedTable2D): Set<string> {
  return new Set(r.suppressedCells.map((c) => `${c.row},${c.col}`));
}

const posKey = (R: number, C: number, c: { row: number | 'total'; col: number | 'total' }): string => `${c.row === 'total' ? R : c.row},${c.col === 'total' ? C : c.col}`;

// Tables that mix small counts (to trigger suppression) with large ones.
const count = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 12 }) }, { weight: 2, arbitrary: fc.integer({ min: 10, max: 80 }) });
const table2d = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 5 }))
  .chain(([R, C]) => fc.array(fc.array(count, { minLength: C, maxLength: C }), { minLength: R, maxLength: R }));

describe('suppressSmallCounts: worked examples', () => {
  it('suppresses 3 and a rectangle of partners in a 2×3 table (line rule), each with its intruder interval', () => {
    const r = suppressSmallCounts([[3, 40, 25], [12, 30, 22]]);
    expect(r.cells.map((row) => row.map(cellValue))).toEqual([[null, 40, null], [null, 30, null]]);
    expect(r.rowTotals.map(cellValue)).toEqual([68, 64]);
    expect(r.colTotals.map(cellValue)).toEqual([15, 70, 47]);
    expect(r.grandTotal).toEqual({ value: 132, suppressed: false });
    expect(r.suppressedCells).toEqual([
      // Row 0: x00 + x02 = 28; column 0: x00 + x10 = 15; so x00 ∈ [0, 15].
      { row: 0, col: 0, reason: 'primary', lower: 0, upper: 15, protected: true },
      { row: 0, col: 2, reason: 'secondary', lower: 13, upper: 28, protected: true },
      { row: 1, col: 0, reason: 'secondary', lower: 0, upper: 15, protected: true },
      { row: 1, col: 2, reason: 'secondary', lower: 19, upper: 34, protected: true },
    ]);
    expect(r.nSuppressed).toEqual({ primary: 1, secondary: 3 });
    expect(r.rule).toMatchObject({ preset: 'ons-srs-10', threshold: 10, rounding: 'none', secondary: true, zeroIsSafe: true, protectionLevel: 1 });
    expect(r.audit).toEqual({ protected: true, unprotectedCells: 0, narrowestWidth: 15 });
  });

  it('a one-way table: the smallest other cell is suppressed with the small one', () => {
    const r = suppressSmallCounts([4, 30, 18, 51]);
    expect(r.dimensions).toBe(1);
    expect(r.cells.map(cellValue)).toEqual([null, 30, null, 51]);
    expect(r.total).toEqual({ value: 103, suppressed: false });
    expect(r.suppressedCells).toEqual([
      { index: 0, reason: 'primary', lower: 0, upper: 22, protected: true },
      { index: 2, reason: 'secondary', lower: 0, upper: 22, protected: true },
    ]);
  });

  it('a small total is itself suppressed, and then one more cell is needed', () => {
    // Row 1 totals 7 (< 10): the total is primary; its cells 2 and 5 are primary too.
    const r = suppressSmallCounts([[20, 30], [2, 5]]);
    expect(r.rowTotals.map(cellValue)).toEqual([null, null]);
    expect(r.cells.map((row) => row.map(cellValue))).toEqual([[null, null], [null, null]]);
    expect(r.audit.protected).toBe(true);
  });

  it('zeros are published (zeroIsSafe) and never chosen as secondary cells', () => {
    const r = suppressSmallCounts([[0, 3, 40], [0, 25, 12]]);
    expect(r.cells[0]?.[0]).toEqual({ value: 0, suppressed: false });
    expect(r.cells[1]?.[0]).toEqual({ value: 0, suppressed: false });
    expect(r.audit.protected).toBe(true);
  });

  it('zeroIsSafe: false suppresses zeros as primary cells', () => {
    const r = suppressSmallCounts([[0, 30, 40], [20, 25, 12]], { zeroIsSafe: false });
    expect(r.cells[0]?.[0]).toEqual({ value: null, suppressed: 'primary' });
    expect(r.audit.protected).toBe(true);
  });

  it('the audit catches a bridge the line rule misses: two suppressed rectangles joined by one suppressed cell', () => {
    // Hand-built pattern: every line has 0 or ≥ 2 suppressed cells, yet cell (1,2) joins two separate cycles.
    const inner = [
      [50, 50, 0, 0],
      [50, 50, 50, 0],
      [0, 0, 50, 50],
      [0, 0, 50, 50],
    ];
    const rowTotals = inner.map((r) => r.reduce((s, v) => s + v, 0));
    const colTotals = [0, 1, 2, 3].map((j) => inner.reduce((s, r) => s + (r[j] as number), 0));
    const net = twoWayNetwork(inner, rowTotals, colTotals, 400);
    const states: CellState[] = net.cells.map(() => 'exact');
    const at = (i: number, j: number): number => i * 5 + j;
    for (const [i, j] of [[0, 0], [0, 1], [1, 0], [1, 1], [1, 2], [2, 2], [2, 3], [3, 2], [3, 3]] as const) states[at(i, j)] = 'suppressed';
    // Rows 0..3 have 2, 3, 2, 2 suppressed; columns 2, 2, 3, 2: the line rule is satisfied,
    // but the bridge (1,2) is determined exactly: row 1 and column 2 fix it through the two closed blocks.
    expect(feasibleInterval(net, states, at(1, 2))).toEqual({ lower: 50, upper: 50, width: 0 });
    expect(feasibleInterval(net, states, at(0, 0)).width).toBeGreaterThan(0);
    // The repair step adds the cheapest cells that put the bridge on a cycle, and nothing is left exposed.
    const trace = protect(net, states, 1);
    expect(trace.byLineRule).toEqual([]);
    expect(trace.byAudit.length).toBeGreaterThan(0);
    states.forEach((s, k) => {
      if (s === 'suppressed') expect(feasibleInterval(net, states, k).width, `cell ${k}`).toBeGreaterThanOrEqual(1);
    });
  });

  it('suppressSmallCounts protects such a table end to end', () => {
    const r = suppressSmallCounts([[5, 50, 0, 0], [50, 5, 50, 0], [0, 0, 5, 50], [0, 0, 50, 5]]);
    expect(r.audit.protected).toBe(true);
    const lp = intruderIntervals(published(r), false);
    for (const c of r.suppressedCells) {
      const iv = lp.get(posKey(4, 4, c));
      expect(iv?.upper === null || (iv?.upper as number) > (iv?.lower as number)).toBe(true);
    }
  });

  it('NHS Digital 2018 preset: 1–7 suppressed, others rounded to 5, totals from unrounded counts', () => {
    const r = suppressSmallCounts([[3, 41, 27], [12, 33, 8]], { preset: 'nhs-digital-2018' });
    expect(r.cells.map((row) => row.map(cellValue))).toEqual([[null, 40, 25], [10, 35, 10]]);
    expect(r.rowTotals.map(cellValue)).toEqual([70, 55]); // 71 → 70, 53 → 55
    expect(r.colTotals.map(cellValue)).toEqual([15, 75, 35]); // 15, 74, 35
    expect(r.grandTotal.value).toBe(125); // 124 → 125
    expect(r.nSuppressed).toEqual({ primary: 1, secondary: 0 });
    // Rounding alone hides the 3. Each published p is known only within [p − 2, p + 2]: row 0 gives
    // x ∈ [68 − 42 − 29, 72 − 38 − 25] = [−3, 9], column 0 gives x ∈ [13 − 12, 17 − 8] = [1, 9].
    expect(r.suppressedCells[0]).toEqual({ row: 0, col: 0, reason: 'primary', lower: 1, upper: 9, protected: true });
    expect(r.rule.description).toMatch(/NHS Digital 2018/);
  });

  it('Ofqual and OpenSAFELY presets', () => {
    expect(suppressSmallCounts([4, 5, 60], { preset: 'ofqual' }).cells.map(cellValue)).toEqual([null, 5, 60]);
    expect(suppressSmallCounts([7, 8, 60], { preset: 'opensafely' }).cells.map(cellValue)).toEqual([null, 10, 60]);
  });

  it('without secondary suppression, a lone small cell is recoverable and the audit says so', () => {
    const r = suppressSmallCounts([3, 40, 25], { secondary: false });
    expect(r.suppressedCells).toEqual([{ index: 0, reason: 'primary', lower: 3, upper: 3, protected: false }]);
    expect(r.audit).toEqual({ protected: false, unprotectedCells: 1, narrowestWidth: 0 });
    expect(r.warnings[0]).toMatch(/recovered exactly/);
  });

  it('a larger protection level widens the intervals', () => {
    const r = suppressSmallCounts([[3, 40, 25, 33], [12, 30, 22, 41], [15, 16, 70, 11]], { protectionLevel: 20 });
    expect(r.audit.protected).toBe(true);
    for (const c of r.suppressedCells) expect(c.upper === null || c.upper - c.lower >= 20).toBe(true);
  });

  it('accepts a crossTab-like object and checks its totals', () => {
    const r = suppressSmallCounts({ counts: [[3, 40], [30, 25]], rowTotals: [43, 55], colTotals: [33, 65], grandTotal: 98 });
    expect(r.dimensions).toBe(2);
    expect(() => suppressSmallCounts({ counts: [[3, 40], [30, 25]], rowTotals: [44, 55] })).toThrow(/inconsistent|equal the sum/);
    try {
      suppressSmallCounts({ counts: [[3, 40], [30, 25]], grandTotal: 97 });
    } catch (e) {
      expect((e as InvalidInputError).code).toBe('inconsistent-total');
    }
  });

  it('is pure and deterministic', () => {
    const t = deepFreeze([[3, 40, 25], [12, 30, 22]]);
    const a = JSON.stringify(suppressSmallCounts(t));
    expect(JSON.stringify(suppressSmallCounts(t))).toBe(a);
  });
});

describe('suppressSmallCounts: bad input', () => {
  it.each([
    [[1.5, 2], 'not-an-integer'],
    [[-1, 2], 'out-of-range'],
    [[Number.NaN, 2], 'not-a-number'],
    [[Number.POSITIVE_INFINITY], 'non-finite'],
    [['3', 2], 'not-a-number'],
    [[[1, 2], [3]], 'length-mismatch'],
    [[[1, 2], 3], 'not-an-array'],
  ])('%j → %s', (table, code) => {
    let err: unknown;
    try {
      suppressSmallCounts(table as number[]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InvalidInputError);
    expect((err as InvalidInputError).code).toBe(code);
  });

  it('names the cell', () => {
    expect(() => suppressSmallCounts([[1, 2], [3, -4]])).toThrow(/table\[1\]\[1\]/);
  });

  it('empty tables', () => {
    expect(() => suppressSmallCounts([])).toThrow(InsufficientDataError);
    expect(() => suppressSmallCounts([[], []])).toThrow(InsufficientDataError);
  });

  it.each([
    [{ threshold: 0 }],
    [{ threshold: 2.5 }],
    [{ rounding: 'nearest-10' }],
    [{ secondary: 'yes' }],
    [{ preset: 'ons' }],
    [{ protectionLevel: 0 }],
  ])('option %j', (opts) => {
    expect(() => suppressSmallCounts([1, 2], opts as never)).toThrow(InvalidInputError);
  });
});

describe('suppressSmallCounts: feasible intervals agree with scipy linprog (HiGHS)', () => {
  const Case = z.object({
    label: z.string(),
    kind: z.enum(['one-way', 'two-way']),
    inner: z.array(z.array(z.number())),
    states: z.array(z.enum(['exact', 'rounded', 'suppressed'])),
    intervals: z.array(z.object({ cell: z.number(), lower: z.number(), upper: z.number().nullable() })),
  });
  const fx = loadFixture('equity/suppressSmallCounts/feasible-intervals.json', Case);
  it.each(fx.cases.map((c) => [c.label, c] as const))('%s', (_label, c) => {
    let net;
    if (c.kind === 'one-way') {
      const v = c.inner[0] as number[];
      net = oneWayNetwork(v, v.reduce((s, x) => s + x, 0));
    } else {
      const rowTotals = c.inner.map((r) => r.reduce((s, x) => s + x, 0));
      const colTotals = (c.inner[0] as number[]).map((_, j) => c.inner.reduce((s, r) => s + (r[j] as number), 0));
      net = twoWayNetwork(c.inner, rowTotals, colTotals, rowTotals.reduce((s, x) => s + x, 0));
    }
    for (const iv of c.intervals) {
      // Integer bounds of a network LP: exact equality (linprog's values are rounded to integers by the generator
      // after checking they are within 1e-6 of one).
      const got = feasibleInterval(net, c.states, iv.cell);
      expect({ cell: iv.cell, lower: got.lower, upper: got.upper }).toEqual(iv);
      expect(intervalsOf(net, c.states)(iv.cell)).toEqual(got);
    }
  });
});

describe('intervalsOf: the closed form of a one-way table equals the max-flow', () => {
  const oneWay = fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.constantFrom<CellState>('exact', 'rounded', 'suppressed')), { minLength: 1, maxLength: 25 });
  fcTest.prop([oneWay, fc.constantFrom<CellState>('exact', 'rounded', 'suppressed')], { numRuns: 300, seed: 20261123 })(
    'every cell and the total, under every mix of states',
    (cells, totalState) => {
      const v = cells.map(([x]) => x);
      const net = oneWayNetwork(v, v.reduce((s, x) => s + x, 0));
      const states = [...cells.map(([, s]) => s), totalState];
      const interval = intervalsOf(net, states);
      for (let k = 0; k < states.length; k++) expect(interval(k), `cell ${k}`).toEqual(feasibleInterval(net, states, k));
    },
  );
});

describe('the two-way max-flows against a reference (Ford–Fulkerson on a capacity matrix)', () => {
  // Tables up to 9 × 8 with many suppressed cells in one connected block, so flows take several augmenting paths
  // of different lengths (Dinic's phases) and the limits at the source and sink matter.
  const stateOf = fc.constantFrom<CellState>('exact', 'rounded', 'suppressed', 'suppressed');
  const table = fc
    .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 8 }))
    .chain(([R, C]) => fc.tuple(
      fc.array(fc.array(fc.integer({ min: 0, max: 25 }), { minLength: C, maxLength: C }), { minLength: R, maxLength: R }),
      fc.array(stateOf, { minLength: (R + 1) * (C + 1), maxLength: (R + 1) * (C + 1) }),
    ));
  const networkOf = (inner: number[][]) => {
    const rowTotals = inner.map((r) => r.reduce((a, b) => a + b, 0));
    const colTotals = (inner[0] as number[]).map((_, j) => inner.reduce((a, r) => a + (r[j] as number), 0));
    return twoWayNetwork(inner, rowTotals, colTotals, rowTotals.reduce((a, b) => a + b, 0));
  };
  fcTest.prop([table], { numRuns: 250, seed: 20261124 })('feasibleInterval and intervalsOf give the reference interval of every cell', ([inner, states]) => {
    const net = networkOf(inner);
    const want = referenceIntervals(inner, states);
    const interval = intervalsOf(net, states);
    want.forEach((w, k) => {
      const got = interval(k);
      expect({ lower: got.lower, upper: got.upper }, `cell ${k}`).toEqual(w);
      expect(got.width).toBe(w.upper === null ? Number.POSITIVE_INFINITY : w.upper - w.lower);
      expect(feasibleInterval(net, states, k), `cell ${k}`).toEqual(got);
    });
  });
  // Tall tables: a column with more than 32 suppressed cells has more than 64 arcs, so the depth-first paths look
  // for such a sink from the nodes with few arcs instead of marking its neighbours.
  const tall = fc
    .tuple(fc.integer({ min: 36, max: 60 }), fc.integer({ min: 1, max: 3 }))
    .chain(([R, C]) => fc.tuple(
      fc.array(fc.array(fc.integer({ min: 0, max: 25 }), { minLength: C, maxLength: C }), { minLength: R, maxLength: R }),
      fc.array(fc.constantFrom<CellState>('exact', 'rounded', 'suppressed', 'suppressed', 'suppressed', 'suppressed'), { minLength: (R + 1) * (C + 1), maxLength: (R + 1) * (C + 1) }),
    ));
  fcTest.prop([tall], { numRuns: 30, seed: 20261126 })('feasibleInterval gives the reference interval of every cell of a tall table', ([inner, states]) => {
    const net = networkOf(inner);
    const want = referenceIntervals(inner, states);
    const interval = intervalsOf(net, states);
    want.forEach((w, k) => expect({ lower: interval(k).lower, upper: interval(k).upper }, `cell ${k}`).toEqual(w));
  });
  fcTest.prop([table, fc.integer({ min: 0, max: 30 })], { numRuns: 250, seed: 20261125 })('reachesWidth answers width ≥ level as the full interval does, at every level', ([inner, states], level) => {
    const net = networkOf(inner);
    const interval = intervalsOf(net, states);
    const reaches = reachesWidth(net, states, level);
    for (let k = 0; k < states.length; k++) expect(reaches(k), `cell ${k} at level ${level}`).toBe(interval(k).width >= level);
  });
  it('reachesWidth on a one-way table follows the closed form', () => {
    const v = [1, 2, 0, 7, 3];
    const net = oneWayNetwork(v, 13);
    const states: CellState[] = ['suppressed', 'suppressed', 'exact', 'rounded', 'exact', 'exact'];
    const interval = intervalsOf(net, states);
    for (const level of [0, 1, 2, 3, 5, 8]) for (let k = 0; k < states.length; k++) expect(reachesWidth(net, states, level)(k)).toBe(interval(k).width >= level);
    // Cell 0 (a 1) can take 0–7: the suppressed 2 can shrink by 2 and the 7, published as 5 (3–7), by 4.
    expect(interval(0)).toEqual({ lower: 0, upper: 7, width: 7 });
    expect([reachesWidth(net, states, 7)(0), reachesWidth(net, states, 8)(0)]).toEqual([true, false]);
  });
});

describe('suppressSmallCounts: properties', () => {
  fcTest.prop([table2d, fc.integer({ min: 1, max: 12 })], { numRuns: 150, seed: 20261122 })(
    'after secondary suppression no suppressed cell is derivable: every LP range from the published table is wider than a point, and equals the audit',
    (inner, threshold) => {
      const r = suppressSmallCounts(inner, { threshold });
      const R = inner.length;
      const C = (inner[0] as number[]).length;
      expect(r.audit.protected).toBe(true);
      const lp = intruderIntervals(published(r), false);
      expect(lp.size).toBe(r.suppressedCells.length);
      for (const c of r.suppressedCells) {
        const iv = lp.get(posKey(R, C, c));
        expect(iv, posKey(R, C, c)).toBeDefined();
        expect(iv?.upper === null || (iv?.upper as number) > (iv?.lower as number)).toBe(true);
        expect({ lower: c.lower, upper: c.upper }).toEqual(iv);
      }
    },
  );

  fcTest.prop([table2d, fc.integer({ min: 1, max: 12 })], { numRuns: 80, seed: 7 })(
    'with rounding to 5, the audit equals the LP over the rounded publication',
    (inner, threshold) => {
      const r = suppressSmallCounts(inner, { threshold, rounding: 'nearest-5' });
      const R = inner.length;
      const C = (inner[0] as number[]).length;
      expect(r.audit.protected).toBe(true);
      const lp = intruderIntervals(published(r), true);
      for (const c of r.suppressedCells) expect({ lower: c.lower, upper: c.upper }).toEqual(lp.get(posKey(R, C, c)));
    },
  );

  fcTest.prop([fc.array(count, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 12 })], { numRuns: 100, seed: 11 })(
    'one-way tables: protected, and the audit equals the LP',
    (cells, threshold) => {
      const r = suppressSmallCounts(cells, { threshold });
      expect(r.audit.protected).toBe(true);
      // A one-way table is a 1×k two-way table whose column totals are the cells themselves.
      const values = r.cells.map(cellValue);
      const lp = intruderIntervals({ cells: [values], rowTotals: [r.total.value], colTotals: values, grandTotal: r.total.value }, false);
      for (const c of r.suppressedCells) {
        const key = c.index === 'total' ? `0,${cells.length}` : `0,${c.index}`;
        expect({ lower: c.lower, upper: c.upper }).toEqual(lp.get(key));
      }
    },
  );

  fcTest.prop([table2d, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 6 }), fc.boolean()], { numRuns: 150, seed: 3 })(
    'monotone in the threshold: every cell suppressed at t is suppressed at t + d',
    (inner, t, d, zeroIsSafe) => {
      const lo = suppressedSet(suppressSmallCounts(inner, { threshold: t, zeroIsSafe }));
      const hi = suppressedSet(suppressSmallCounts(inner, { threshold: t + d, zeroIsSafe }));
      for (const k of lo) expect(hi.has(k), k).toBe(true);
    },
  );

  fcTest.prop([table2d, fc.integer({ min: 1, max: 12 })], { numRuns: 100, seed: 5 })(
    'primary cells are exactly the counts 1..t−1; published cells are the true counts',
    (inner, t) => {
      const r = suppressSmallCounts(inner, { threshold: t });
      inner.forEach((row, i) =>
        row.forEach((v, j) => {
          const cell = r.cells[i]?.[j];
          if (v >= 1 && v < t) expect(cell).toEqual({ value: null, suppressed: 'primary' });
          else if (cell?.suppressed === false) expect(cell.value).toBe(v);
          else expect(cell?.suppressed).toBe('secondary');
        }),
      );
    },
  );
});
