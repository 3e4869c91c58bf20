import {
  assignGroups,
  keyOf,
  parseGroupingOptions,
  readFields,
  readRecords,
  requireRecords,
} from './_internal/groupingRecords';

/** A category value of a grouping field: a string or a finite number. */
export type CategoryValue = string | number;

/** The category of a record on each grouping field: field name → value. */
export type CategoryKey = Record<string, CategoryValue>;

/** Options of {@link groupCounts}, shared by {@link profile}, {@link crossTab} and {@link checkKAnonymity}. */
export interface GroupCountsOptions {
  /**
   * Drop records with a missing grouping value (undefined, null, '' or blank) instead of counting them
   * under `missingLabel`. Dropped records are counted in `excluded.missing`.
   *
   * @defaultValue false
   */
  readonly dropMissing?: boolean;
  /**
   * Name of the category that collects missing values. A record whose value equals this label is
   * counted in the same category.
   *
   * @defaultValue 'Unknown'
   */
  readonly missingLabel?: string;
  /**
   * Declared categories per field, in the order to report them. A value outside its field's declared
   * levels is an error (`unknown-category`); the missing label is always allowed and, unless declared,
   * comes last.
   *
   * @defaultValue the observed values, numbers ascending, then strings by UTF-16 code unit, then the missing label
   */
  readonly levels?: Readonly<Record<string, ReadonlyArray<CategoryValue>>>;
  /**
   * Report every combination of the fields' levels, with zero counts, instead of only the observed ones.
   *
   * @defaultValue false
   */
  readonly complete?: boolean;
}

/** One row of an n-way count table. */
export interface GroupCountRow {
  /** The category on each grouping field. */
  readonly key: CategoryKey;
  /** Number of records in the category. */
  readonly n: number;
}

/** Result of {@link groupCounts}. */
export interface GroupCountsResult {
  /** The grouping fields, in the order given. */
  readonly fields: string[];
  /** One row per category combination, in canonical order (see remarks of {@link groupCounts}). */
  readonly rows: GroupCountRow[];
  /** The categories of each field in canonical order, aligned with `fields`. */
  readonly levels: CategoryValue[][];
  /** Records counted (the sum of `rows[].n`). */
  readonly n: number;
  /** Records not counted, by reason. */
  readonly excluded: {
    /** Dropped for a missing value (only with `dropMissing`). */
    readonly missing: number;
  };
  /** Records with at least one missing grouping value, whether recoded to `missingLabel` or dropped. */
  readonly missing: number;
  /** The label used for missing values. */
  readonly missingLabel: string;
}

/**
 * Counts records in every combination of one or more grouping fields (an n-way frequency table as plain rows).
 *
 * @remarks
 * Missing values (`undefined`, `null`, `''`, blank strings) are never dropped silently: they become an
 * explicit category (`missingLabel`, default `'Unknown'`), or, with `dropMissing: true`, are excluded and
 * counted in `excluded.missing`. Numbers and strings are distinct categories (`1` is not `'1'`).
 * Row order does not depend on record order: declared `levels` first, then numbers ascending, then strings by
 * UTF-16 code unit (locale-independent), then the missing label; rows are sorted by the first field, then the
 * second, and so on. Several fields give the intersections (every observed combination, as Fairlearn's
 * `MetricFrame` does with several sensitive features), each with its count.
 *
 * **Formula**
 * ```tex
 * n_g = \sum_{i=1}^{N} \mathbf{1}\left[(x_{i1}, \dots, x_{ik}) = g\right], \qquad \sum_g n_g = N - N_{\text{dropped}}
 * ```
 *
 * **References**
 * Fairlearn (2023) *Intersecting groups*, user guide, "Assessment"
 * (https://fairlearn.org/main/user_guide/assessment/intersecting_groups.html): report a count for every intersection.
 * R Core Team (2022) *R: A Language and Environment for Statistical Computing*, `table()` (base package), 4.2.2.
 *
 * @param records - plain objects; grouping values must be strings or finite numbers
 * @param fields - one field name or several (for intersections)
 * @param options - see {@link GroupCountsOptions}
 * @returns the count of each category combination, the levels, and what was recoded or dropped
 * @throws {InvalidInputError} when `records` is not an array of objects, a grouping value is not a string or finite number (the error names the field and row), a field is on no record, a value is outside the declared levels, or an option is invalid
 * @throws {InsufficientDataError} when `records` is empty
 * @example
 * ```ts
 * import { groupCounts } from 'social-outcomes/equity';
 * const people = [{ sex: 'F', age: '65+' }, { sex: 'M', age: '18-64' }, { sex: 'F', age: '65+' }, { sex: null, age: '65+' }];
 * groupCounts(people, 'sex').rows //=> [{ key: { sex: 'F' }, n: 2 }, { key: { sex: 'M' }, n: 1 }, { key: { sex: 'Unknown' }, n: 1 }]
 * groupCounts(people, ['sex', 'age']).rows[0] //=> { key: { sex: 'F', age: '65+' }, n: 2 }
 * groupCounts(people, 'sex', { dropMissing: true }).excluded //=> { missing: 1 }
 * groupCounts([{ sex: true }], 'sex') //=> throws InvalidInputError
 * ```
 */
export function groupCounts(records: ReadonlyArray<Readonly<Record<string, unknown>>>, fields: string | ReadonlyArray<string>, options?: GroupCountsOptions): GroupCountsResult {
  const fn = 'groupCounts';
  const recs = readRecords(fn, records);
  const fs = readFields(fn, 'fields', fields);
  const opts = parseGroupingOptions(fn, options, fs, ['dropMissing', 'missingLabel', 'levels', 'complete']);
  requireRecords(fn, recs.length);
  const a = assignGroups(fn, recs, fs, opts, (f) => (typeof fields === 'string' ? ['fields'] : ['fields', f]));
  const rows = a.groups.map((g) => ({ key: keyOf(fs, g.values), n: g.n }));
  return {
    fields: fs,
    rows,
    levels: a.levels,
    n: recs.length - a.dropped,
    excluded: { missing: a.dropped },
    missing: a.missing,
    missingLabel: opts.missingLabel,
  };
}
