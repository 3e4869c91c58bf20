import { InvalidInputError, type ErrorPath } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { integerInRange, optionsObject, optionPath } from '../_internal/validate';
import {
  assignGroups,
  encodeKey,
  keyOf,
  parseGroupingOptions,
  readCategory,
  readFields,
  readRecords,
  recordAt,
  requireRecords,
  type GroupAssignment,
} from './_internal/groupingRecords';
import { assignGroupsFromColumns, codeColumn } from './_internal/groupingColumns';
import type { CategoryKey } from './groupCounts';
import type { CodedCategoryColumn } from './outcomeByGroup';

/**
 * A column table of quasi-identifiers (and the sensitive field): one array, typed array (numeric categories, NaN
 * for missing) or dictionary-encoded `{ codes, levels }` column per field, all of one length; row i is record i.
 * The sensitive field, when given, is a plain array.
 */
export type KAnonymityColumns = Readonly<Record<string, ReadonlyArray<unknown> | ArrayLike<number> | CodedCategoryColumn>>;

/** Options of {@link checkKAnonymity}. */
export interface CheckKAnonymityOptions {
  /**
   * Label of the category that collects missing quasi-identifier values. Missing is treated as one more
   * category (a record with a blank postcode matches only other blank postcodes), which can only make
   * classes smaller than treating blanks as wildcards, so the check errs on the safe side.
   *
   * @defaultValue 'Unknown'
   */
  readonly missingLabel?: string;
  /**
   * A sensitive field (e.g. an outcome such as eviction) for an l-diversity check: each equivalence class
   * should hold at least `l` distinct values of it. Its values may be strings, finite numbers or booleans;
   * missing values count as one value.
   *
   * @defaultValue none (no l-diversity check)
   */
  readonly sensitive?: string;
  /**
   * The l of the l-diversity check (needs `sensitive`).
   *
   * @defaultValue 2
   */
  readonly l?: number;
}

/** An equivalence class that breaks a rule: its quasi-identifier values and size. */
export interface KAnonymityClass {
  /** The quasi-identifier values shared by the class. */
  readonly key: CategoryKey;
  /** Number of records in the class. */
  readonly n: number;
}

/** An equivalence class with too few distinct sensitive values. */
export interface LDiversityClass extends KAnonymityClass {
  /** Number of distinct values of the sensitive field in the class. */
  readonly distinct: number;
}

/** Result of the optional l-diversity check. */
export interface LDiversityResult {
  /** The sensitive field. */
  readonly sensitive: string;
  /** The l asked for. */
  readonly l: number;
  /** True when every class holds at least l distinct sensitive values. */
  readonly satisfied: boolean;
  /** Classes with fewer than l distinct sensitive values, in canonical order. */
  readonly violatingClasses: LDiversityClass[];
  /** Records in those classes. */
  readonly nRecordsAtRisk: number;
}

/** Result of {@link checkKAnonymity}: counts only, never records or identifiers. */
export interface CheckKAnonymityResult {
  /** The k asked for. */
  readonly k: number;
  /** The quasi-identifiers. */
  readonly quasiIdentifiers: string[];
  /** True when every equivalence class has at least k records. */
  readonly satisfied: boolean;
  /** Records checked. */
  readonly nRecords: number;
  /** Number of equivalence classes (distinct quasi-identifier combinations). */
  readonly nClasses: number;
  /** Classes with fewer than k records, in canonical order (see {@link groupCounts}). */
  readonly violatingClasses: KAnonymityClass[];
  /** Records in classes smaller than k (they could be singled out). */
  readonly nRecordsAtRisk: number;
  /** A smallest class (the first in canonical order among those of minimum size). */
  readonly smallestClass: KAnonymityClass;
  /** The largest k the extract satisfies (the smallest class size). */
  readonly achievedK: number;
  /** The l-diversity check, present when `sensitive` is given. */
  readonly lDiversity?: LDiversityResult;
}

/**
 * Checks whether an individual-level extract is k-anonymous on the given quasi-identifiers: every
 * combination of their values is shared by at least k records.
 *
 * @remarks
 * Records are grouped into equivalence classes by their quasi-identifier values (age band, gender,
 * ethnicity, postcode district…). The extract is k-anonymous when the smallest class has at least k records;
 * each record's class size is its f_k. The result holds counts and class keys only, never the records or
 * their identifiers. Missing values form their own class category (safer than wildcards). With `sensitive`,
 * an l-diversity check reports classes whose members share fewer than l distinct sensitive values (where a
 * class of size ≥ k still discloses the attribute).
 *
 * Typical k: 3, 5 or 10. To fix a failing extract, generalise (age to 10-year bands, 19 ethnic groups to 5,
 * postcode district to area) and re-check; the violating classes show where.
 *
 * **Formula**
 * ```tex
 * f_k(i) = \#\{ j : \mathrm{QI}(j) = \mathrm{QI}(i) \}, \qquad
 * \text{k-anonymous} \iff \min_i f_k(i) \ge k, \qquad
 * \text{at risk} = \#\{ i : f_k(i) < k \}
 * ```
 *
 * **References**
 * Sweeney L (2002). k-anonymity: a model for protecting privacy. *International Journal of Uncertainty,
 * Fuzziness and Knowledge-Based Systems* 10(5):557–570. https://doi.org/10.1142/S0218488502001648
 * Machanavajjhala A, Kifer D, Gehrke J, Venkitasubramaniam M (2007). l-diversity: privacy beyond
 * k-anonymity. *ACM Transactions on Knowledge Discovery from Data* 1(1):3. https://doi.org/10.1145/1217299.1217302
 * Templ M, Kowarik A, Meindl B (2015). Statistical disclosure control for micro-data using the R package
 * sdcMicro. *Journal of Statistical Software* 67(4). https://doi.org/10.18637/jss.v067.i04 (`freq`, `kAnon_violations`).
 *
 * @param records - the extract: plain objects; quasi-identifier values must be strings or finite numbers. Or the
 *   same data as a column table ({@link KAnonymityColumns}), which gives the same result without a key per record
 * @param quasiIdentifiers - one field name or several
 * @param k - the minimum class size, an integer ≥ 1
 * @param options - see {@link CheckKAnonymityOptions}
 * @returns whether the extract is k-anonymous, the violating classes with their sizes, and the records at risk
 * @throws {InvalidInputError} when `records` is not an array of objects, a value is not a string or finite number (naming the field and row), a field is on no record, `k` or `l` is not a positive integer, or an option is invalid
 * @throws {InsufficientDataError} when `records` is empty
 * @example
 * ```ts
 * import { checkKAnonymity } from 'social-outcomes/equity';
 * const extract = [
 *   { age: '65+', sex: 'F' }, { age: '65+', sex: 'F' }, { age: '65+', sex: 'F' },
 *   { age: '18-64', sex: 'M' }, { age: '18-64', sex: 'M' }, { age: '18-64', sex: 'F' },
 * ];
 * const r = checkKAnonymity(extract, ['age', 'sex'], 2);
 * r.satisfied //=> false
 * r.violatingClasses //=> [{ key: { age: '18-64', sex: 'F' }, n: 1 }]
 * r.nRecordsAtRisk //=> 1
 * checkKAnonymity(extract, 'age', 3).satisfied //=> true
 * checkKAnonymity({ age: extract.map((x) => x.age), sex: extract.map((x) => x.sex) }, ['age', 'sex'], 2).nRecordsAtRisk //=> 1
 * ```
 */
export function checkKAnonymity(
  records: ReadonlyArray<Readonly<Record<string, unknown>>> | KAnonymityColumns,
  quasiIdentifiers: string | ReadonlyArray<string>,
  k: number,
  options?: CheckKAnonymityOptions,
): CheckKAnonymityResult {
  const fn = 'checkKAnonymity';
  const rowsGiven = Array.isArray(records);
  if (!rowsGiven && (records === null || typeof records !== 'object' || ArrayBuffer.isView(records))) readRecords(fn, records);
  const qi = readFields(fn, 'quasiIdentifiers', quasiIdentifiers);
  const kk = integerInRange(fn, 'k', k, { min: 1 }, ['k']);
  const opts = optionsObject(fn, options, ['missingLabel', 'sensitive', 'l']);
  const grouping = parseGroupingOptions(fn, { missingLabel: opts.missingLabel as string }, qi);
  let sensitive: string | undefined;
  let l = 2;
  if (opts.sensitive !== undefined) {
    if (typeof opts.sensitive !== 'string' || opts.sensitive.trim() === '') {
      throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires sensitive to be a field name (got ${describeValue(opts.sensitive)})`, path: optionPath('sensitive') });
    }
    if (qi.includes(opts.sensitive)) {
      throw new InvalidInputError({ code: 'duplicate', message: `${fn} requires the sensitive field to differ from the quasi-identifiers (got ${JSON.stringify(opts.sensitive)})`, path: optionPath('sensitive') });
    }
    sensitive = opts.sensitive;
    if (opts.l !== undefined) l = integerInRange(fn, 'l', opts.l, { min: 1 }, optionPath('l'));
  } else if (opts.l !== undefined) {
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires sensitive when l is given (got l = ${describeValue(opts.l)})`, path: optionPath('l') });
  }
  const qiPath = (f: number): ErrorPath => (typeof quasiIdentifiers === 'string' ? ['quasiIdentifiers'] : ['quasiIdentifiers', f]);
  // Records, or a column table read as records one row at a time (only the l-diversity check reads rows, so
  // without a sensitive column none are made).
  let recs: ReadonlyArray<unknown> = [];
  let nRecords: number;
  let a: GroupAssignment;
  if (rowsGiven) {
    recs = records as ReadonlyArray<unknown>;
    nRecords = recs.length;
    requireRecords(fn, nRecords);
    a = assignGroups(fn, recs, qi, grouping, qiPath);
  } else {
    const table = records as KAnonymityColumns;
    const column = (field: string, path: ErrorPath): unknown => {
      const c = Object.hasOwn(table, field) ? table[field] : undefined;
      if (c === undefined) throw new InvalidInputError({ code: 'unknown-field', message: `${fn} found no column ${JSON.stringify(field)} in the column table (columns: ${Object.keys(table).join(', ')})`, path });
      return c;
    };
    // The row count: the first column's length (an array or a typed array) or its codes' length; a column that is
    // neither is refused by codeColumn, naming it, before the empty-input check.
    const first = column(qi[0] as string, qiPath(0));
    const lengthOf = (x: unknown): number | undefined => (Array.isArray(x) || (ArrayBuffer.isView(x) && !(x instanceof DataView)) ? (x as ArrayLike<unknown>).length : undefined);
    const refuse = (): never => {
      if (first !== null && typeof first === 'object' && 'codes' in first) {
        throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires ${qi[0] as string}.codes to be an array of integer codes (got ${describeValue((first as { codes: unknown }).codes)})`, path: ['columns', qi[0] as string, 'codes'] });
      }
      codeColumn(fn, qi[0] as string, first, 0); // throws: not an array of values or {codes, levels}
      throw new Error('unreachable');
    };
    const n = lengthOf(first) ?? lengthOf(first !== null && typeof first === 'object' ? (first as { codes?: unknown }).codes : undefined) ?? refuse();
    requireRecords(fn, n);
    a = assignGroupsFromColumns(fn, qi.map((f, j) => codeColumn(fn, f, column(f, qiPath(j)), n)), qi, grouping, n);
    const s = sensitive === undefined ? undefined : column(sensitive, optionPath('sensitive'));
    if (s !== undefined && (!Array.isArray(s) || s.length !== n)) {
      throw new InvalidInputError({ code: 'length-mismatch', message: `${fn} requires the sensitive column to be an array of ${n} values`, path: ['columns', sensitive as string] });
    }
    nRecords = n;
    if (s !== undefined) recs = Array.from({ length: n }, (_, i) => ({ [sensitive as string]: (s as unknown[])[i] }));
  }

  const violating: KAnonymityClass[] = [];
  let atRisk = 0;
  let smallest = -1;
  a.groups.forEach((g, i) => {
    if (g.n < kk) {
      violating.push({ key: keyOf(qi, g.values), n: g.n });
      atRisk += g.n;
    }
    if (smallest < 0 || g.n < (a.groups[smallest] as { n: number }).n) smallest = i;
  });
  const small = a.groups[smallest] as { values: Array<string | number>; n: number };
  const result: CheckKAnonymityResult = {
    k: kk,
    quasiIdentifiers: qi,
    satisfied: violating.length === 0,
    nRecords,
    nClasses: a.groups.length,
    violatingClasses: violating,
    nRecordsAtRisk: atRisk,
    smallestClass: { key: keyOf(qi, small.values), n: small.n },
    achievedK: small.n,
  };
  if (sensitive === undefined) return result;

  // l-diversity: distinct sensitive values per class (missing sensitive values count as one value).
  let seenSensitive = false;
  const distinct = a.groups.map(() => new Set<string>());
  for (let i = 0; i < recs.length; i++) {
    const rec = recordAt(fn, recs, i);
    if (!seenSensitive && Object.prototype.hasOwnProperty.call(rec, sensitive)) seenSensitive = true;
    const raw = Object.prototype.hasOwnProperty.call(rec, sensitive) ? rec[sensitive] : undefined;
    // Booleans are common sensitive values (evicted: true); other values follow the grouping rules.
    const enc = typeof raw === 'boolean' ? `b${String(raw)}` : ((v) => (v === undefined ? 'missing' : encodeKey([v])))(readCategory(fn, rec, i, sensitive));
    (distinct[a.groupOf[i] as number] as Set<string>).add(enc);
  }
  if (!seenSensitive) {
    throw new InvalidInputError({ code: 'unknown-field', message: `${fn} found no record with the sensitive field ${JSON.stringify(sensitive)}`, path: optionPath('sensitive') });
  }
  const lViolating: LDiversityClass[] = [];
  let lAtRisk = 0;
  a.groups.forEach((g, i) => {
    const d = (distinct[i] as Set<string>).size;
    if (d < l) {
      lViolating.push({ key: keyOf(qi, g.values), n: g.n, distinct: d });
      lAtRisk += g.n;
    }
  });
  return { ...result, lDiversity: { sensitive, l, satisfied: lViolating.length === 0, violatingClasses: lViolating, nRecordsAtRisk: lAtRisk } };
}
