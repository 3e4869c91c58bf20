import { InvalidInputError } from '../errors';
import { booleanOption, optionsObject, optionPath } from '../_internal/validate';
import {
  assignGroups,
  encodeKey,
  keyOf,
  labelOf,
  parseGroupingOptions,
  readFields,
  readRecords,
  requireRecords,
  type CategoryValue,
} from './_internal/groupingRecords';
import type { GroupCountsOptions, CategoryKey } from './groupCounts';

/** Options of {@link crossTab}. */
export interface CrossTabOptions extends GroupCountsOptions {
  /**
   * Add row totals, column totals and the grand total.
   *
   * @defaultValue true
   */
  readonly margins?: boolean;
}

/** Result of {@link crossTab}: a two-way table of counts. */
export interface CrossTabResult {
  /** Fields forming the row categories. */
  readonly rowFields: string[];
  /** Fields forming the column categories. */
  readonly colFields: string[];
  /** The category of each row, in canonical order. */
  readonly rowKeys: CategoryKey[];
  /** The category of each column, in canonical order. */
  readonly colKeys: CategoryKey[];
  /** Row labels: the values joined with `' / '`. */
  readonly rowLabels: string[];
  /** Column labels: the values joined with `' / '`. */
  readonly colLabels: string[];
  /** `counts[i][j]`: records in row category i and column category j (zeros included). */
  readonly counts: number[][];
  /** Row totals (present when `margins` is true). */
  readonly rowTotals?: number[];
  /** Column totals (present when `margins` is true). */
  readonly colTotals?: number[];
  /** Grand total (present when `margins` is true); equals `n`. */
  readonly grandTotal?: number;
  /** Records counted (the sum of all cells). */
  readonly n: number;
  /** Records not counted, by reason. */
  readonly excluded: {
    /** Dropped for a missing value (only with `dropMissing`). */
    readonly missing: number;
  };
  /** Records with at least one missing value on a row or column field, recoded or dropped. */
  readonly missing: number;
  /** The label used for missing values. */
  readonly missingLabel: string;
}

/**
 * Cross-tabulates the records: counts for every row category × column category, with row, column and
 * grand totals.
 *
 * @remarks
 * Rows and columns may each be one field or several (their observed combinations; all combinations with
 * `complete: true`). Every row × column cell is present, zeros included, so the table is rectangular and
 * can go straight to {@link suppressSmallCounts} or `chiSquaredIndependence`. Missing values become the
 * `missingLabel` category, or are dropped and counted with `dropMissing: true`; category order is that of
 * {@link groupCounts}. Totals are sums of the unrounded cells.
 *
 * **Formula**
 * ```tex
 * n_{ij} = \sum_{k} \mathbf{1}[r_k = i,\ c_k = j], \qquad n_{i+} = \sum_j n_{ij}, \quad n_{+j} = \sum_i n_{ij}, \quad n_{++} = \sum_{ij} n_{ij}
 * ```
 *
 * **References**
 * Agresti A (2013). *Categorical Data Analysis*, 3rd edn. Wiley. Section 2.1 (contingency tables, margins).
 * Firke S (2023). janitor: `tabyl()` and `adorn_totals()`, https://sfirke.github.io/janitor/ (the R tool analysts use for this table).
 *
 * @param records - plain objects; values on the row and column fields must be strings or finite numbers
 * @param rows - the row field, or several (their combinations form the rows)
 * @param cols - the column field, or several
 * @param options - see {@link CrossTabOptions}
 * @returns the table of counts with its categories, totals and what was recoded or dropped
 * @throws {InvalidInputError} when `records` is not an array of objects, a value is not a string or finite number (naming the field and row), a field is on no record or is both a row and a column field, a value is outside the declared levels, or an option is invalid
 * @throws {InsufficientDataError} when `records` is empty
 * @example
 * ```ts
 * import { crossTab } from 'social-outcomes/equity';
 * const people = [{ sex: 'F', met: 'yes' }, { sex: 'F', met: 'no' }, { sex: 'M', met: 'yes' }, { sex: 'F', met: 'yes' }];
 * const t = crossTab(people, 'sex', 'met');
 * t.counts //=> [[1, 2], [0, 1]]
 * t.colLabels //=> ['no', 'yes']
 * t.rowTotals //=> [3, 1]
 * t.grandTotal //=> 4
 * ```
 */
export function crossTab(
  records: ReadonlyArray<Readonly<Record<string, unknown>>>,
  rows: string | ReadonlyArray<string>,
  cols: string | ReadonlyArray<string>,
  options?: CrossTabOptions,
): CrossTabResult {
  const fn = 'crossTab';
  const recs = readRecords(fn, records);
  const rf = readFields(fn, 'rows', rows);
  const cf = readFields(fn, 'cols', cols);
  cf.forEach((f, j) => {
    if (rf.includes(f)) {
      throw new InvalidInputError({ code: 'duplicate', message: `${fn} requires different row and column fields (got ${JSON.stringify(f)} in both)`, path: typeof cols === 'string' ? ['cols'] : ['cols', j] });
    }
  });
  const all = [...rf, ...cf];
  const grouping = parseGroupingOptions(fn, options, all);
  const opts = optionsObject(fn, options, ['margins', 'dropMissing', 'missingLabel', 'levels', 'complete']);
  const margins = booleanOption(fn, 'margins', opts.margins, true, optionPath('margins'));
  requireRecords(fn, recs.length);
  const nr = rf.length;
  const fieldPath = (f: number): Array<string | number> => {
    if (f < nr) return typeof rows === 'string' ? ['rows'] : ['rows', f];
    return typeof cols === 'string' ? ['cols'] : ['cols', f - nr];
  };
  const a = assignGroups(fn, recs, all, { ...grouping, complete: false }, fieldPath);

  const rank = a.levels.map((ls) => new Map(ls.map((v, j) => [encodeKey([v]), j])));
  const sides = (lo: number, hi: number): { values: CategoryValue[][]; index: Map<string, number> } => {
    let values: CategoryValue[][];
    if (grouping.complete) {
      values = [[]];
      for (let f = lo; f < hi; f++) {
        const next: CategoryValue[][] = [];
        for (const prefix of values) for (const v of a.levels[f] as CategoryValue[]) next.push([...prefix, v]);
        values = next;
      }
    } else {
      const seen = new Map<string, CategoryValue[]>();
      for (const g of a.groups) {
        const part = g.values.slice(lo, hi);
        const k = encodeKey(part);
        if (!seen.has(k)) seen.set(k, part);
      }
      const ranked = [...seen.values()].map((vals) => ({ vals, r: vals.map((v, i) => (rank[lo + i] as Map<string, number>).get(encodeKey([v])) as number) }));
      ranked.sort((x, y) => {
        for (let i = 0; i < x.r.length; i++) {
          const d = (x.r[i] as number) - (y.r[i] as number);
          if (d !== 0) return d;
        }
        return 0;
      });
      values = ranked.map((x) => x.vals);
    }
    return { values, index: new Map(values.map((v, i) => [encodeKey(v), i])) };
  };
  const R = sides(0, nr);
  const C = sides(nr, all.length);
  const counts: number[][] = R.values.map(() => new Array<number>(C.values.length).fill(0));
  for (const g of a.groups) {
    const i = R.index.get(encodeKey(g.values.slice(0, nr))) as number;
    const j = C.index.get(encodeKey(g.values.slice(nr))) as number;
    (counts[i] as number[])[j] = ((counts[i] as number[])[j] as number) + g.n;
  }
  const n = recs.length - a.dropped;
  const base = {
    rowFields: rf,
    colFields: cf,
    rowKeys: R.values.map((v) => keyOf(rf, v)),
    colKeys: C.values.map((v) => keyOf(cf, v)),
    rowLabels: R.values.map(labelOf),
    colLabels: C.values.map(labelOf),
    counts,
  };
  const tail = { n, excluded: { missing: a.dropped }, missing: a.missing, missingLabel: grouping.missingLabel };
  if (!margins) return { ...base, ...tail };
  const rowTotals = counts.map((row) => row.reduce((s, x) => s + x, 0));
  const colTotals = C.values.map((_, j) => counts.reduce((s, row) => s + (row[j] as number), 0));
  return { ...base, rowTotals, colTotals, grandTotal: n, ...tail };
}
