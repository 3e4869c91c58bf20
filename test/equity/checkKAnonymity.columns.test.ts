// checkKAnonymity on a column table gives the result it gives on the equivalent records (or the same error).
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkKAnonymity } from 'social-outcomes/equity';
import { InsufficientDataError, InvalidInputError } from 'social-outcomes';
import { thrown } from '../_helpers/thrown';
import { jsonOrErrorCode } from '../_helpers/jsonOrErrorCode';

const rowArb = fc.record({
  age: fc.constantFrom('18-24', '25-34', '65+', 'Unknown', '', null, undefined, 40),
  sex: fc.constantFrom('F', 'M', null),
  pc: fc.constantFrom('B1', 'B2', 'B3', 'B4', 'B5'),
  evicted: fc.constantFrom(true, false, undefined, 'yes'),
});


describe('checkKAnonymity: column tables', () => {
  test.prop([fc.array(rowArb, { minLength: 1, maxLength: 80 }), fc.integer({ min: 1, max: 6 }), fc.boolean(), fc.boolean()], { numRuns: 300 })(
    'records, plain columns and coded columns agree',
    (rows, k, withSensitive, coded) => {
      const qi = ['age', 'sex', 'pc'];
      const options = withSensitive ? { sensitive: 'evicted', l: 2 } : undefined;
      const code = (vals: unknown[]) => {
        const levels: Array<string | number> = [];
        return { codes: Int32Array.from(vals, (v) => (v === null || v === undefined || v === '' ? -1 : (levels.indexOf(v as string) + 1 || levels.push(v as string)) - 1)), levels };
      };
      const cols = Object.fromEntries(['age', 'sex', 'pc', 'evicted'].map((f) => {
        const vals = rows.map((r) => r[f as keyof typeof r]);
        return [f, coded && f !== 'evicted' ? code(vals) : vals];
      }));
      expect(jsonOrErrorCode(() => checkKAnonymity(cols, qi, k, options))).toBe(jsonOrErrorCode(() => checkKAnonymity(rows, qi, k, options)));
    },
  );

  it('reads a typed-array column, first or not, as its numbers (NaN missing)', () => {
    const age = Float64Array.from([1, 1, 2, 2, 2, Number.NaN]);
    const sex = ['F', 'F', 'M', 'M', 'M', 'F'];
    const rows = [1, 1, 2, 2, 2, null].map((a, i) => ({ age: a, sex: sex[i] }));
    const expected = JSON.stringify(checkKAnonymity(rows, ['age', 'sex'], 2));
    expect(JSON.stringify(checkKAnonymity({ age, sex }, ['age', 'sex'], 2))).toBe(expected);
    expect(JSON.stringify(checkKAnonymity({ age: Int8Array.from([1, 1, 2, 2, 2, 3]), sex }, ['sex', 'age'], 2).nRecordsAtRisk)).toBe('1');
    expect(JSON.stringify(checkKAnonymity({ sex, age }, ['sex', 'age'], 2))).toBe(JSON.stringify(checkKAnonymity(rows, ['sex', 'age'], 2)));
  });

  it('names a first column that is neither values nor {codes, levels}', () => {
    expect(thrown(() => checkKAnonymity({ age: 3 } as never, 'age', 2), InvalidInputError).path).toEqual(['columns', 'age']);
    expect(thrown(() => checkKAnonymity({ age: { codes: 'x', levels: [] } } as never, 'age', 2), InvalidInputError).path).toEqual(['columns', 'age', 'codes']);
    expect(thrown(() => checkKAnonymity({ age: new Int32Array(0) }, 'age', 2), InsufficientDataError).code).toBe('empty-input');
  });

  it('names a missing column and refuses columns of different lengths', () => {
    expect(() => checkKAnonymity({ age: ['a', 'b'] }, ['age', 'sex'], 2)).toThrow(/no column "sex"/);
    expect(() => checkKAnonymity({ age: ['a', 'b'], sex: ['F'] }, ['age', 'sex'], 2)).toThrow(InvalidInputError);
  });
});
