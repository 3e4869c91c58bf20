// k-anonymity at the sizes a report reaches: a million records as dictionary-coded columns of four quasi-identifiers
// (the report's shape: 7 age bands, 6 genders, 22 ethnicities, 39 postcode districts, skewed, about 5,000 classes),
// a 100,000-record slice of the same codes as record objects (one key string per record), and the same million
// rows with 12,000 postcodes (more than 2^22 combinations: keys renumbered field by field).
// Run with `npm run bench`. Speed is measured here, never asserted in unit tests.
import { bench, describe } from 'vitest';
import { checkKAnonymity } from '../../src/equity/checkKAnonymity';
import { seededRandom } from '../../src/stats/seededRandom';

const rand = seededRandom('k-anonymity-bench');
const n = 1_000_000;
const fields = ['ageBand', 'gender', 'ethnicity', 'postcodeDistrict'];
function column(field: string, levels: number): { codes: Int8Array | Int16Array; levels: string[] } {
  const codes = levels < 128 ? new Int8Array(n) : new Int16Array(n);
  for (let i = 0; i < n; i++) codes[i] = Math.floor(rand() ** 2 * levels);
  return { codes, levels: Array.from({ length: levels }, (_, k) => `${field} ${k}`) };
}
const sizes = [7, 6, 22, 39];
const columns = Object.fromEntries(fields.map((f, j) => [f, column(f, sizes[j] as number)]));
const wide = { ...columns, postcodeDistrict: column('postcodeDistrict', 12_000) };
const records = Array.from({ length: 100_000 }, (_, i) => Object.fromEntries(fields.map((f) => {
  const c = columns[f] as { codes: Int8Array; levels: string[] };
  return [f, c.levels[c.codes[i] as number]];
})));
let sink = 0;

describe('checkKAnonymity', () => {
  bench('1,000,000 records as coded columns, 4 quasi-identifiers', () => {
    sink += checkKAnonymity(columns, fields, 5).nClasses;
  }, { iterations: 10 });
  bench('the same with 12,000 postcodes (more than 2^22 combinations)', () => {
    sink += checkKAnonymity(wide, fields, 5).nClasses;
  }, { iterations: 5 });
  bench('100,000 record objects, 4 quasi-identifiers', () => {
    sink += checkKAnonymity(records, fields, 5).nClasses;
  }, { iterations: 10 });
});

export { sink };
