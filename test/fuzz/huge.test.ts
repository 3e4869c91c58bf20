// One 1e7-length case per module (issue 10): a huge input must give a typed error or a correct result in
// bounded time, without copying the input into something that exhausts memory and without mutating it.
import { describe, expect, it } from 'vitest';
import { describe as describeValues, InvalidInputError, momentsOf } from 'social-outcomes/stats';
import { pairedTTest } from 'social-outcomes/change';
import { scoreWemwbs } from 'social-outcomes/outcomes';
import { groupCounts } from 'social-outcomes/equity';
import { presentValue } from 'social-outcomes/socialvalue';
import { normaliseRecords } from 'social-outcomes/schema';
import { toJson } from 'social-outcomes/io';

const N = 10_000_000;

function checksum(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s = (s * 31 + (a[i] as number)) % 1_000_000_007;
  return s;
}

describe('1e7-length inputs', () => {
  it('stats: describe rejects a NaN at the very end and momentsOf handles 1e7 values', () => {
    // (huge arrays are not frozen: freezing turns them into slow dictionary arrays; checksums show purity)
    const x = new Array<number>(N).fill(1.5);
    x[N - 1] = Number.NaN;
    expect(() => describeValues(x)).toThrow(/values\[9999999\]|NaN/);
    expect(x[0]).toBe(1.5);
    const y = new Float64Array(N).fill(2);
    const before = checksum(y);
    expect(momentsOf(y)).toEqual({ n: N, mean: 2, m2: 0, min: 2, max: 2 });
    expect(checksum(y)).toBe(before);
  });

  it('change: pairedTTest reports mismatched 1e7 lengths', () => {
    expect(() => pairedTTest(new Float64Array(N), new Float64Array(N - 1))).toThrow(/same length/);
  });

  it('outcomes: scoreWemwbs refuses 1e7 items', () => {
    expect(() => scoreWemwbs(new Array<number>(N).fill(3))).toThrow(InvalidInputError);
  });

  it('equity: groupCounts refuses a sparse array of 1e7 records', () => {
    expect(() => groupCounts(new Array<Record<string, unknown>>(N), 'sex')).toThrow(InvalidInputError);
  });

  it('socialvalue: presentValue refuses 1e7 flows (beyond the 75-year schedule or with a non-finite flow)', () => {
    const flows = new Array<number>(N).fill(100);
    flows[N - 1] = Number.POSITIVE_INFINITY;
    expect(() => presentValue(flows, 0.035)).toThrow(InvalidInputError);
    expect(flows[0]).toBe(100);
  });

  it('schema: normaliseRecords refuses a sparse array of 1e7 records', () => {
    expect(() => normaliseRecords(new Array(N))).toThrow(InvalidInputError);
  });

  it('io: toJson refuses a sparse array of length 1e7 (a hole would be written as null)', () => {
    expect(() => toJson(new Array(N))).toThrow(InvalidInputError);
  });
});
