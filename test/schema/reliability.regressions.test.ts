// Regression tests for the schema bugs found by the fuzz suite (test/fuzz, issue 10).
import { describe, expect, it } from 'vitest';
import { InvalidInputError, normaliseRecords, parseValueBank, ReferenceDataError } from 'social-outcomes/schema';

const base = { gender: 'woman', genderSameAsBirth: 'yes', disability: 'no', ethnicity: 'white-irish', ageBand: '25-34' } as const;
const rec = (score: number): Record<string, unknown> => ({ ...base, clientId: 'C1', readings: [{ clientId: 'C1', instrumentId: 'wemwbs', date: '2023-09-01', scores: { total: score } }] });
const row = { id: 'v', label: 'V', category: 'c', value: '1000', priceYear: '2023/24', source: 's', licence: 'CC0' };

/* eslint-disable no-sparse-arrays */
describe('schema regressions (fuzz)', () => {
  it('normaliseRecords checks each record against the record standard (NaN or Infinity used to pass through)', () => {
    expect(() => normaliseRecords([rec(Number.POSITIVE_INFINITY)] as never)).toThrow(InvalidInputError);
    expect(() => normaliseRecords([{ ...rec(50), gender: Number.NaN }] as never)).toThrow(InvalidInputError);
    expect(() => normaliseRecords([rec(50), , rec(41)] as never)).toThrow(InvalidInputError);
    expect(normaliseRecords([rec(50)] as never).stats.readings).toBe(1);
  });
  it('parseValueBank refuses a sparse row list and keeps an own "__proto__" cell from becoming the row prototype', () => {
    expect(() => parseValueBank([row, , row])).toThrow(ReferenceDataError);
    expect(() => parseValueBank([JSON.parse(JSON.stringify({ ...row, __x: 1 }).replace('"__x"', '"__proto__"')) as unknown])).toThrow(ReferenceDataError);
  });
});
