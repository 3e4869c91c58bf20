// Regression tests for the io bugs found by the fuzz suite (test/fuzz, issue 10).
import { describe, expect, it } from 'vitest';
import { flattenRecords, fromDataFrame, InvalidInputError, toCsv, toDataFrame, toJson } from 'social-outcomes/io';

const base = { gender: 'woman', genderSameAsBirth: 'yes', disability: 'no', ethnicity: 'white-irish', ageBand: '25-34' } as const;
const rec = { ...base, clientId: 'C1', readings: [{ clientId: 'C1', instrumentId: 'wemwbs', date: '2023-04-01', scores: { total: 41 } }] };

/* eslint-disable no-sparse-arrays */
describe('io regressions (fuzz)', () => {
  it('flattenRecords, toCsv and toDataFrame check records against the record standard (NaN, Infinity and TypeErrors before)', () => {
    expect(() => flattenRecords([{ ...rec, gender: Number.NaN }] as never)).toThrow(InvalidInputError);
    expect(() => flattenRecords([{ ...rec, readings: ['abc'] }] as never)).toThrow(InvalidInputError);
    expect(() => toCsv([{ ...rec, readings: [{ ...rec.readings[0], scores: null }] }])).toThrow(InvalidInputError);
    expect(() => toDataFrame([{ ...rec, ethnicity: Number.NEGATIVE_INFINITY }])).toThrow(InvalidInputError);
    expect(() => toCsv([rec, , rec])).toThrow(InvalidInputError);
  });
  it('toCsv of sparse plain rows and toJson of sparse arrays refuse the hole instead of dropping it or writing null', () => {
    expect(() => toCsv([{ a: 1 }, , { a: 2 }])).toThrow(InvalidInputError);
    expect(() => toJson({ list: [1, , 2] })).toThrow(InvalidInputError);
  });
  it('fromDataFrame refuses a hole in the column list', async () => {
    await expect(fromDataFrame({ columns: ['clientId', , 'gender'], values: [['C1', 'x', 'woman']] } as never)).rejects.toThrow(InvalidInputError);
  });
});
