/**
 * PairRows (the report's compact pair store) gives back exactly the pairs pushed into it: as decoded pre and post
 * columns, as change scores, as a dictionary-encoded change column and as gathered record attributes, whether it
 * keeps codes (few distinct scores) or, past 65,535 distinct scores, the doubles themselves; and a store rebuilt from
 * its data (structured-cloned, as a worker thread receives it) gives the same.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { PairRows, reserveScratch } from '../../src/report/_internal/pairRows';

/** Pushes every pair (alternating the two push methods) and returns the store. */
function store(pairs: ReadonlyArray<readonly [number, number, number]>, capacity: number): PairRows {
  const rows = new PairRows(capacity);
  const buf = new Float64Array(4);
  pairs.forEach(([i, a, b], k) => {
    if (k % 2 === 0) rows.push(i, a, b);
    else {
      buf[2] = a;
      buf[3] = b;
      rows.pushMapped(i, buf, 2);
    }
  });
  return rows;
}

function expectSame(rows: PairRows, pairs: ReadonlyArray<readonly [number, number, number]>): void {
  expectSameOnce(rows, pairs);
  // A store rebuilt from its data (as a worker thread receives it) gives the same pairs.
  expectSameOnce(PairRows.from(structuredClone(rows.data())), pairs);
}

function expectSameOnce(rows: PairRows, pairs: ReadonlyArray<readonly [number, number, number]>): void {
  expect(rows.n).toBe(pairs.length);
  expect(Array.from(rows.client.subarray(0, rows.n))).toEqual(pairs.map((p) => p[0]));
  const [pre, post] = rows.views();
  expect(Array.from(pre)).toEqual(pairs.map((p) => p[1]));
  expect(Array.from(post)).toEqual(pairs.map((p) => p[2]));
  const want = pairs.map((p) => p[2] - p[1]);
  expect(Array.from(rows.change())).toEqual(want);
  const col = rows.changeColumn();
  const decoded = col instanceof Float64Array ? Array.from(col) : Array.from(col.codes, (c) => col.values[c] as number);
  expect(decoded).toEqual(want);
  const attribute = Int32Array.from({ length: 1 + Math.max(0, ...pairs.map((p) => p[0])) }, (_, i) => 3 * i + 1);
  expect(Array.from(rows.gather(attribute))).toEqual(pairs.map((p) => 3 * p[0] + 1));
}

const score = fc.oneof(fc.integer({ min: 0, max: 23 }).map((k) => k / 23), fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }));

describe('PairRows', () => {
  test.prop([fc.array(fc.tuple(fc.nat(500), score, score), { maxLength: 300 }), fc.nat(40)], { numRuns: 200 })(
    'returns the pairs pushed, in order, bit for bit (−0 as 0), from any starting capacity',
    (raw, capacity) => {
      const pairs = raw.map(([i, a, b]) => [i, a === 0 ? 0 : a, b === 0 ? 0 : b] as const);
      const rows = store(pairs, capacity);
      reserveScratch([rows]);
      expectSame(rows, pairs);
    },
  );

  it('keeps codes for few distinct scores: the change column is dictionary-encoded', () => {
    const pairs = Array.from({ length: 1000 }, (_, j) => [j, (j % 7) / 6, ((j * 3) % 7) / 6] as const);
    const rows = store(pairs, 1000);
    const col = rows.changeColumn();
    expect(col instanceof Float64Array).toBe(false);
    expect((col as { values: Float64Array }).values.length).toBeLessThanOrEqual(49);
    expectSame(rows, pairs);
  });

  it('switches to doubles past 65,535 distinct scores, keeping the pairs before and after', () => {
    const pairs = Array.from({ length: 40000 }, (_, j) => [j, j + 0.25, -j - 0.5] as const);
    const rows = store(pairs, 16);
    expect(rows.changeColumn() instanceof Float64Array).toBe(true);
    expectSame(rows, pairs);
  });
});
