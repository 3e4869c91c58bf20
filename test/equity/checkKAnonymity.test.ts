import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { checkKAnonymity } from '../../src/equity/checkKAnonymity';
import { InsufficientDataError, InvalidInputError, SocialOutcomesError } from '../../src/errors';
import { deepFreeze } from '../_helpers/deepFreeze';
import { thrown } from '../_helpers/thrown';

const extract = [
  { id: 'p1', age: '65+', sex: 'F', district: 'B1', evicted: false },
  { id: 'p2', age: '65+', sex: 'F', district: 'B1', evicted: false },
  { id: 'p3', age: '65+', sex: 'F', district: 'B1', evicted: true },
  { id: 'p4', age: '18-64', sex: 'M', district: 'B2', evicted: false },
  { id: 'p5', age: '18-64', sex: 'M', district: 'B2', evicted: false },
  { id: 'p6', age: '18-64', sex: 'F', district: null, evicted: true },
];

describe('checkKAnonymity', () => {
  it('finds the classes below k and the records at risk', () => {
    const r = checkKAnonymity(extract, ['age', 'sex', 'district'], 2);
    expect(r).toEqual({
      k: 2,
      quasiIdentifiers: ['age', 'sex', 'district'],
      satisfied: false,
      nRecords: 6,
      nClasses: 3,
      violatingClasses: [{ key: { age: '18-64', sex: 'F', district: 'Unknown' }, n: 1 }],
      nRecordsAtRisk: 1,
      smallestClass: { key: { age: '18-64', sex: 'F', district: 'Unknown' }, n: 1 },
      achievedK: 1,
    });
  });

  it('never returns records or identifiers', () => {
    const json = JSON.stringify(checkKAnonymity(extract, ['age', 'sex'], 3, { sensitive: 'evicted' }));
    for (const id of ['p1', 'p2', 'p3', 'p4', 'p5', 'p6']) expect(json).not.toContain(id);
    expect(json).not.toContain('"id"');
  });

  it('k = 1 is always satisfied; k above every class fails them all', () => {
    expect(checkKAnonymity(extract, 'age', 1).satisfied).toBe(true);
    const r = checkKAnonymity(extract, 'age', 4);
    expect(r.violatingClasses).toEqual([{ key: { age: '18-64' }, n: 3 }, { key: { age: '65+' }, n: 3 }]);
    expect(r.nRecordsAtRisk).toBe(6);
    expect(r.achievedK).toBe(3);
  });

  it('l-diversity on a sensitive field (booleans allowed)', () => {
    const r = checkKAnonymity(extract, ['age', 'sex'], 2, { sensitive: 'evicted', l: 2 });
    expect(r.lDiversity).toEqual({
      sensitive: 'evicted',
      l: 2,
      satisfied: false,
      // 18-64/M: everyone not evicted, so the class discloses the outcome although it has 2 records.
      violatingClasses: [{ key: { age: '18-64', sex: 'F' }, n: 1, distinct: 1 }, { key: { age: '18-64', sex: 'M' }, n: 2, distinct: 1 }],
      nRecordsAtRisk: 3,
    });
  });

  it('bad input', () => {
    expect(thrown(() => checkKAnonymity(extract, 'age', 0), SocialOutcomesError).code).toBe('out-of-range');
    expect(thrown(() => checkKAnonymity(extract, 'age', 2.5), SocialOutcomesError).code).toBe('not-an-integer');
    expect(thrown(() => checkKAnonymity(extract, 'postcode', 2), SocialOutcomesError).code).toBe('unknown-field');
    expect(thrown(() => checkKAnonymity(extract, 'age', 2, { l: 2 }), SocialOutcomesError).code).toBe('invalid-option');
    expect(thrown(() => checkKAnonymity(extract, 'age', 2, { sensitive: 'age' }), SocialOutcomesError).code).toBe('duplicate');
    expect(thrown(() => checkKAnonymity(extract, 'age', 2, { sensitive: 'nope' }), SocialOutcomesError).code).toBe('unknown-field');
    const e = thrown(() => checkKAnonymity([{ age: 1 }, { age: {} }], 'age', 2), SocialOutcomesError);
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.row).toBe(2);
    expect(() => checkKAnonymity([], 'age', 2)).toThrow(InsufficientDataError);
  });

  it('is pure', () => {
    expect(() => checkKAnonymity(deepFreeze(extract.map((p) => ({ ...p }))), ['age', 'sex'], 2, { sensitive: 'evicted' })).not.toThrow();
  });
});

describe('checkKAnonymity: properties', () => {
  const rec = fc.record({ a: fc.constantFrom('x', 'y', 'z', null), b: fc.integer({ min: 0, max: 3 }) });
  fcTest.prop([fc.array(rec, { minLength: 1, maxLength: 50 }), fc.integer({ min: 1, max: 8 })], { numRuns: 200, seed: 9 })(
    'at-risk records are exactly those in classes below k; satisfied iff the smallest class has ≥ k; monotone in k',
    (rs, k) => {
      const r = checkKAnonymity(rs, ['a', 'b'], k);
      expect(r.nRecordsAtRisk).toBe(r.violatingClasses.reduce((s, c) => s + c.n, 0));
      expect(r.satisfied).toBe(r.achievedK >= k);
      expect(r.violatingClasses.every((c) => c.n < k)).toBe(true);
      const harder = checkKAnonymity(rs, ['a', 'b'], k + 1);
      expect(harder.nRecordsAtRisk).toBeGreaterThanOrEqual(r.nRecordsAtRisk);
    },
  );
});
