import { InsufficientDataError, InvalidInputError } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { booleanOption, integerInRange, oneOf, optionsObject, optionPath } from '../_internal/validate';
import {
  intervalsOf,
  oneWayNetwork,
  protect,
  roundTo5,
  twoWayNetwork,
  type CellState,
  type Network,
} from './_internal/suppressionNetwork';

/** A named disclosure-control rule from UK practice (see remarks of {@link suppressSmallCounts}). */
export type SuppressionPreset = 'ons-srs-10' | 'nhs-digital-2018' | 'opensafely' | 'ofqual';

/** Options of {@link suppressSmallCounts}. Explicit options override the preset's. */
export interface SuppressSmallCountsOptions {
  /**
   * The rule to start from: `'ons-srs-10'` (threshold 10, no rounding, secondary suppression),
   * `'nhs-digital-2018'` (1–7 suppressed, the rest rounded to the nearest 5, no secondary suppression),
   * `'opensafely'` (the same: ≤ 7 redacted, round to 5), `'ofqual'` (1–4 suppressed, round to 5).
   *
   * @defaultValue 'ons-srs-10'
   */
  readonly preset?: SuppressionPreset;
  /**
   * Counts from 1 to threshold − 1 are suppressed (primary suppression). An integer ≥ 1 (1 suppresses nothing).
   *
   * @defaultValue 10 (from the preset)
   */
  readonly threshold?: number;
  /**
   * `'nearest-5'` rounds every published cell and total to the nearest multiple of 5 (totals from the
   * unrounded cells, then rounded; zeros stay 0).
   *
   * @defaultValue 'none' (from the preset)
   */
  readonly rounding?: 'none' | 'nearest-5';
  /**
   * Add secondary suppressions so that no suppressed cell can be recovered (to within `protectionLevel`) from
   * the published cells and totals.
   *
   * @defaultValue true (from the preset)
   */
  readonly secondary?: boolean;
  /**
   * Publish zeros as 0. When false, zero cells are suppressed as primary cells too (for tables where a zero
   * itself discloses, e.g. "no one in this small area has the condition").
   *
   * @defaultValue true
   */
  readonly zeroIsSafe?: boolean;
  /**
   * The least width (upper − lower) the interval an intruder can infer for each suppressed cell must have.
   * 1 means no suppressed cell can be recovered exactly; larger values demand more uncertainty.
   *
   * @defaultValue 1
   */
  readonly protectionLevel?: number;
}

/** A cell as published: its value, or `null` with the reason when suppressed. */
export interface PublishedCell {
  /**
   * The published count (rounded when the rule rounds), or `null`: the documented marker of a suppressed cell
   * (print it as `*` or `[c]`).
   */
  readonly value: number | null;
  /**
   * `false` when published; `'primary'` (a small count) or `'secondary'` (suppressed to protect another).
   * For the analyst: publish the marker only, since telling readers which cells are primary tells them those
   * are small.
   */
  readonly suppressed: false | 'primary' | 'secondary';
}

/** The rule that was applied, with its parameters and a sentence for the table's footnote. */
export interface SuppressionRule {
  /** The preset the options started from. */
  readonly preset: SuppressionPreset;
  /** Counts 1 … threshold − 1 are suppressed. */
  readonly threshold: number;
  /** Rounding of published counts. */
  readonly rounding: 'none' | 'nearest-5';
  /** Whether secondary suppression was applied. */
  readonly secondary: boolean;
  /** Whether zeros are published. */
  readonly zeroIsSafe: boolean;
  /** The least width of every suppressed cell's feasible interval. */
  readonly protectionLevel: number;
  /** The rule in words, for a footnote. */
  readonly description: string;
}

/** The disclosure audit of the published table. */
export interface SuppressionAudit {
  /** True when every suppressed cell's feasible interval is at least `protectionLevel` wide. */
  readonly protected: boolean;
  /** Number of suppressed cells whose interval is narrower than `protectionLevel`. */
  readonly unprotectedCells: number;
  /** Narrowest interval width among suppressed cells (`null` when nothing is suppressed or all are unbounded). */
  readonly narrowestWidth: number | null;
}

/** Where a suppressed cell of a one-way table is, and what an intruder can infer about it. */
export interface SuppressedCell1D {
  /** Index of the cell, or `'total'`. */
  readonly index: number | 'total';
  /** Why it was suppressed. */
  readonly reason: 'primary' | 'secondary';
  /** Smallest value consistent with the published table. */
  readonly lower: number;
  /** Largest value consistent with the published table, or `null` when unbounded. */
  readonly upper: number | null;
  /** Whether upper − lower ≥ `protectionLevel`. */
  readonly protected: boolean;
}

/** Where a suppressed cell of a two-way table is, and what an intruder can infer about it. */
export interface SuppressedCell2D {
  /** Row index, or `'total'` for the column-totals row. */
  readonly row: number | 'total';
  /** Column index, or `'total'` for the row-totals column. */
  readonly col: number | 'total';
  /** Why it was suppressed. */
  readonly reason: 'primary' | 'secondary';
  /** Smallest value consistent with the published table. */
  readonly lower: number;
  /** Largest value consistent with the published table, or `null` when unbounded. */
  readonly upper: number | null;
  /** Whether upper − lower ≥ `protectionLevel`. */
  readonly protected: boolean;
}

/** What both result shapes share. */
interface SuppressionCommon {
  /** Number of suppressed cells (totals included), by reason. */
  readonly nSuppressed: {
    /** Small counts. */
    readonly primary: number;
    /** Suppressed to protect other cells. */
    readonly secondary: number;
  };
  /** The rule applied. */
  readonly rule: SuppressionRule;
  /** The disclosure audit. */
  readonly audit: SuppressionAudit;
  /** Caveats in words. */
  readonly warnings: string[];
}

/** A one-way table as published by {@link suppressSmallCounts}. */
export interface SuppressedTable1D extends SuppressionCommon {
  /** Always 1. */
  readonly dimensions: 1;
  /** The published cells. */
  readonly cells: PublishedCell[];
  /** The published total. */
  readonly total: PublishedCell;
  /** Every suppressed cell with its feasible interval, in order (the total last). */
  readonly suppressedCells: SuppressedCell1D[];
}

/** A two-way table as published by {@link suppressSmallCounts}. */
export interface SuppressedTable2D extends SuppressionCommon {
  /** Always 2. */
  readonly dimensions: 2;
  /** The published inner cells, `cells[row][col]`. */
  readonly cells: PublishedCell[][];
  /** The published row totals. */
  readonly rowTotals: PublishedCell[];
  /** The published column totals. */
  readonly colTotals: PublishedCell[];
  /** The published grand total. */
  readonly grandTotal: PublishedCell;
  /** Every suppressed cell with its feasible interval, row by row, totals last in each line. */
  readonly suppressedCells: SuppressedCell2D[];
}

/** A two-way table with optional given totals (e.g. a `crossTab` result); given totals must match the cells. */
export interface CountTable {
  /** Inner counts, `counts[row][col]`. */
  readonly counts: ReadonlyArray<ReadonlyArray<number>>;
  /** Row totals, if already computed (checked). */
  readonly rowTotals?: ReadonlyArray<number>;
  /** Column totals, if already computed (checked). */
  readonly colTotals?: ReadonlyArray<number>;
  /** Grand total, if already computed (checked). */
  readonly grandTotal?: number;
}

const PRESETS: Record<SuppressionPreset, { threshold: number; rounding: 'none' | 'nearest-5'; secondary: boolean; text: string }> = {
  'ons-srs-10': { threshold: 10, rounding: 'none', secondary: true, text: 'ONS Secure Research Service rule of thumb (threshold of 10)' },
  'nhs-digital-2018': { threshold: 8, rounding: 'nearest-5', secondary: false, text: 'NHS Digital 2018 sub-national rule (1–7 suppressed, others rounded to the nearest 5)' },
  opensafely: { threshold: 8, rounding: 'nearest-5', secondary: false, text: 'OpenSAFELY rule (counts ≤ 7 redacted, others rounded to the nearest 5)' },
  ofqual: { threshold: 5, rounding: 'nearest-5', secondary: false, text: 'Ofqual rule (1–4 shown as fewer than 5, others rounded to the nearest 5)' },
};

function countAt(fn: string, v: unknown, path: Array<string | number>, name: string): number {
  return integerInRange(fn, name, v, { min: 0 }, path);
}

/**
 * Applies statistical disclosure control to a one- or two-way table of counts: primary suppression of small
 * counts, optional rounding to base 5, and secondary suppression so that no suppressed cell can be recovered from
 * the published cells and totals; returns the publishable table and an audit.
 *
 * @remarks
 * **Default rule.** Threshold 10 (counts 1–9 suppressed, zeros published), no rounding, secondary suppression on:
 * the ONS Secure Research Service rule of thumb of at least 10 units per cell (equity.md §3.1). It is the most
 * protective of the UK rules there, and the right one for tables that publish exact counts: NHS Digital's 2018 rule
 * (1–7 suppressed) relies on rounding every other count to 5 and does without secondary suppression, which makes
 * it a different design rather than a weaker threshold; it is offered as `preset: 'nhs-digital-2018'` (as are
 * OpenSAFELY's and Ofqual's rules). The default also matches `outcomeByGroup`'s minimum group size of 10.
 *
 * **Algorithm.** (1) Primary: cells and totals with 1 ≤ n < threshold (and zeros when `zeroIsSafe` is false).
 * (2) Secondary, run after each distinct primary value in increasing order so that suppression only grows with the
 * threshold: the *line rule* — a row, column or totals line with exactly one suppressed cell gets its smallest
 * non-zero published cell suppressed too (inner cells before totals), repeated to a fixed point; then an *audit*:
 * each suppressed cell's feasible interval given the published table is computed exactly by max-flow on the table's
 * network (the bounds of the linear programme, without an LP solver; rounded cells count as known only to ±2), and
 * a cell narrower than `protectionLevel` gets a minimum-cost set of further suppressions (the cheapest augmenting
 * path, cost = the cell's count) until none is. The audit catches what the line rule misses, such as a suppressed
 * cell joining two otherwise separate groups of suppressions. (3) Rounding of published cells and totals (totals from
 * unrounded cells). The audit of the final table is returned with each suppressed cell's interval.
 * Suppression is nested in the threshold: raising it never publishes a cell that a lower threshold hid, so two
 * releases of one table at different thresholds cannot be differenced against each other; the price is, now and
 * then, one secondary cell more than a one-shot heuristic would choose.
 *
 * **Formula**
 * ```tex
 * \text{primary} = \{c : 1 \le n_c < t\},\qquad
 * [\,L_c, U_c\,] = \Big[\min_{x \in F} x_c,\ \max_{x \in F} x_c\Big],\quad
 * F = \{x \ge 0 : \text{row, column and grand sums of } x = \text{published totals},\ x_p = \text{published } p\},\qquad
 * U_c - L_c \ge \text{protectionLevel}
 * ```
 *
 * **References**
 * NHS Digital (2018). Hospital Episode Statistics: disclosure control (0 → 0, 1–7 → *, others to the nearest 5;
 * totals from unrounded data). https://digital.nhs.uk/data-and-information/data-tools-and-services/data-services/hospital-episode-statistics
 * ONS (2019). Safe Researcher Training / Secure Research Service output checking: threshold of 10 as a rule of thumb.
 * Cox LH (1980). Suppression methodology and statistical disclosure control. *JASA* 75(370):377–385.
 * https://doi.org/10.1080/01621459.1980.10477481
 * Hundepool A, Domingo-Ferrer J, Franconi L, et al. (2012). *Statistical Disclosure Control*. Wiley, chapter 4.
 * https://doi.org/10.1002/9781118348239
 *
 * @param table - a one-way array of counts, a two-way array (rows of equal length), or `{counts, rowTotals?, colTotals?, grandTotal?}` such as a `crossTab` result; counts are non-negative integers
 * @param options - see {@link SuppressSmallCountsOptions}
 * @returns the published table (suppressed cells `{value: null, suppressed}`), every suppressed cell with the interval an intruder can infer, the rule and the audit
 * @throws {InvalidInputError} when a count is negative, fractional or not a number, rows differ in length, a given total differs from the sum of its cells, or an option is invalid
 * @throws {InsufficientDataError} when the table has no cells
 * @example
 * ```ts
 * import { suppressSmallCounts } from 'social-outcomes/equity';
 * const r = suppressSmallCounts([[3, 40, 25], [12, 30, 22]]);
 * r.cells[0] //=> [{ value: null, suppressed: 'primary' }, { value: 40, suppressed: false }, { value: null, suppressed: 'secondary' }]
 * r.cells[1]?.[0] //=> { value: null, suppressed: 'secondary' }
 * r.suppressedCells[0] //=> { row: 0, col: 0, lower: 0, upper: 15 }
 * r.audit.protected //=> true
 * suppressSmallCounts([3, 40, 25], { preset: 'nhs-digital-2018' }).cells //=> [{ value: null }, { value: 40 }, { value: 25 }]
 * suppressSmallCounts([1.5, 2]) //=> throws InvalidInputError
 * ```
 */
export function suppressSmallCounts(table: ReadonlyArray<number>, options?: SuppressSmallCountsOptions): SuppressedTable1D;
export function suppressSmallCounts(table: ReadonlyArray<ReadonlyArray<number>> | CountTable, options?: SuppressSmallCountsOptions): SuppressedTable2D;
export function suppressSmallCounts(
  table: ReadonlyArray<number> | ReadonlyArray<ReadonlyArray<number>> | CountTable,
  options?: SuppressSmallCountsOptions,
): SuppressedTable1D | SuppressedTable2D;
export function suppressSmallCounts(
  table: ReadonlyArray<number> | ReadonlyArray<ReadonlyArray<number>> | CountTable,
  options?: SuppressSmallCountsOptions,
): SuppressedTable1D | SuppressedTable2D {
  const fn = 'suppressSmallCounts';
  const opts = optionsObject(fn, options, ['preset', 'threshold', 'rounding', 'secondary', 'zeroIsSafe', 'protectionLevel']);
  const preset = opts.preset === undefined ? 'ons-srs-10' : oneOf(fn, 'preset', opts.preset, Object.keys(PRESETS) as SuppressionPreset[]);
  const p = PRESETS[preset];
  const threshold = opts.threshold === undefined ? p.threshold : integerInRange(fn, 'threshold', opts.threshold, { min: 1 }, optionPath('threshold'));
  const rounding = opts.rounding === undefined ? p.rounding : oneOf(fn, 'rounding', opts.rounding, ['none', 'nearest-5'] as const);
  const secondary = booleanOption(fn, 'secondary', opts.secondary, p.secondary);
  const zeroIsSafe = booleanOption(fn, 'zeroIsSafe', opts.zeroIsSafe, true);
  const protectionLevel = opts.protectionLevel === undefined ? 1 : integerInRange(fn, 'protectionLevel', opts.protectionLevel, { min: 1 }, optionPath('protectionLevel'));

  // Parse the table into a network.
  let net: Network;
  let shape: { dims: 1; k: number } | { dims: 2; R: number; C: number };
  const isObject = table !== null && typeof table === 'object' && !Array.isArray(table);
  if (!isObject && !Array.isArray(table)) {
    throw new InvalidInputError({ code: 'not-an-array', message: `${fn} requires table to be an array of counts, an array of rows, or {counts} (got ${describeValue(table)})`, path: ['table'] });
  }
  const arr = isObject ? (table as CountTable).counts : (table as ReadonlyArray<unknown>);
  const base: Array<string | number> = isObject ? ['table', 'counts'] : ['table'];
  if (!Array.isArray(arr)) {
    throw new InvalidInputError({ code: 'not-an-array', message: `${fn} requires table.counts to be an array of rows (got ${describeValue(arr)})`, path: base });
  }
  if (arr.length === 0) throw new InsufficientDataError({ code: 'empty-input', message: `${fn} requires at least one cell (got an empty table)`, path: base });
  if (!isObject && !Array.isArray(arr[0])) {
    const values = Array.from(arr as unknown[], (v, i) => countAt(fn, v, [...base, i], `table[${i}]`));
    net = oneWayNetwork(values, values.reduce((s, v) => s + v, 0));
    shape = { dims: 1, k: values.length };
  } else {
    let C = -1;
    const inner = Array.from(arr as unknown[], (row, i) => {
      if (!Array.isArray(row)) throw new InvalidInputError({ code: 'not-an-array', message: `${fn} requires every row to be an array of counts (got ${describeValue(row)})`, path: [...base, i] });
      if (C < 0) C = row.length;
      else if (row.length !== C) throw new InvalidInputError({ code: 'length-mismatch', message: `${fn} requires every row to have ${C} counts (row ${i} has ${row.length})`, path: [...base, i] });
      return Array.from(row as unknown[], (v, j) => countAt(fn, v, [...base, i, j], `table[${i}][${j}]`));
    });
    if (C === 0) throw new InsufficientDataError({ code: 'empty-input', message: `${fn} requires at least one cell (got rows of length 0)`, path: base });
    const R = inner.length;
    const rowTotals = inner.map((row) => row.reduce((s, v) => s + v, 0));
    const colTotals = Array.from({ length: C }, (_, j) => inner.reduce((s, row) => s + (row[j] as number), 0));
    const grand = rowTotals.reduce((s, v) => s + v, 0);
    if (isObject) checkGivenTotals(fn, table as CountTable, rowTotals, colTotals, grand);
    net = twoWayNetwork(inner, rowTotals, colTotals, grand);
    shape = { dims: 2, R, C };
  }

  // Primary suppression, value by value, each followed by secondary suppression (nested in the threshold).
  const published: CellState = rounding === 'nearest-5' ? 'rounded' : 'exact';
  const states: CellState[] = net.cells.map(() => published);
  const isPrimary = net.cells.map((c) => (c.v === 0 ? !zeroIsSafe : c.v < threshold));
  const levels = [...new Set(net.cells.filter((_, k) => isPrimary[k]).map((c) => c.v))].sort((x, y) => x - y);
  const passed = new Uint8Array(net.cells.length); // cells the audit found protected (they stay protected)
  for (const level of levels) {
    net.cells.forEach((c, k) => {
      if (isPrimary[k] && c.v === level) states[k] = 'suppressed';
    });
    if (secondary) protect(net, states, protectionLevel, passed);
  }

  // Audit of the final table.
  let unprotected = 0;
  let narrowest = Number.POSITIVE_INFINITY;
  const interval = intervalsOf(net, states);
  const info = net.cells.map((c, k) => {
    if (states[k] !== 'suppressed') return undefined;
    const iv = interval(k);
    const ok = iv.width >= protectionLevel;
    if (!ok) unprotected++;
    if (iv.width < narrowest) narrowest = iv.width;
    return { reason: isPrimary[k] ? ('primary' as const) : ('secondary' as const), lower: iv.lower, upper: iv.upper, protected: ok };
  });
  const publish = (k: number): PublishedCell => {
    const c = net.cells[k] as { v: number };
    if (states[k] === 'suppressed') return { value: null, suppressed: isPrimary[k] ? 'primary' : 'secondary' };
    return { value: rounding === 'nearest-5' ? roundTo5(c.v) : c.v, suppressed: false };
  };
  const nPrimary = info.filter((x) => x?.reason === 'primary').length;
  const nSecondary = info.filter((x) => x?.reason === 'secondary').length;

  const warnings: string[] = [];
  if (unprotected > 0) {
    warnings.push(
      secondary
        ? `${unprotected} suppressed cell(s) could not be protected to width ${protectionLevel}`
        : `${unprotected} suppressed cell(s) can be recovered${protectionLevel > 1 ? ` to within less than ${protectionLevel}` : ' exactly'} from the published cells and totals; turn on secondary suppression`,
    );
  }
  if (rounding === 'nearest-5' && threshold < 3) warnings.push(`counts of 1 or 2 are published rounded to 0 because the threshold (${threshold}) is below 3`);
  if (nPrimary + nSecondary > 0) warnings.push('publish suppressed cells with one marker (e.g. *): showing which are primary tells readers those counts are small');

  const description = `${p.text}${opts.threshold !== undefined || opts.rounding !== undefined || opts.secondary !== undefined ? ', as modified' : ''}: ${[
    threshold > 1 ? `counts 1–${threshold - 1} suppressed` : 'no small-count suppression',
    zeroIsSafe ? 'zeros shown' : 'zeros suppressed',
    secondary ? `secondary suppression so that no suppressed value can be narrowed to less than ${protectionLevel} from the totals` : 'no secondary suppression',
    rounding === 'nearest-5' ? 'other counts and totals rounded to the nearest 5 (totals from unrounded counts)' : 'no rounding',
  ].join('; ')}`;
  const rule: SuppressionRule = { preset, threshold, rounding, secondary, zeroIsSafe, protectionLevel, description };
  const audit: SuppressionAudit = {
    protected: unprotected === 0,
    unprotectedCells: unprotected,
    narrowestWidth: Number.isFinite(narrowest) ? narrowest : null,
  };
  const common = { nSuppressed: { primary: nPrimary, secondary: nSecondary }, rule, audit, warnings };

  if (shape.dims === 1) {
    const k = shape.k;
    const suppressedCells: SuppressedCell1D[] = [];
    info.forEach((x, i) => {
      if (x !== undefined) suppressedCells.push({ index: i === k ? 'total' : i, ...x });
    });
    return { dimensions: 1, cells: Array.from({ length: k }, (_, i) => publish(i)), total: publish(k), suppressedCells, ...common };
  }
  const { R, C } = shape;
  const at = (i: number, j: number): number => i * (C + 1) + j;
  const suppressedCells: SuppressedCell2D[] = [];
  info.forEach((x, idx) => {
    if (x === undefined) return;
    const i = Math.floor(idx / (C + 1));
    const j = idx % (C + 1);
    suppressedCells.push({ row: i === R ? 'total' : i, col: j === C ? 'total' : j, ...x });
  });
  return {
    dimensions: 2,
    cells: Array.from({ length: R }, (_, i) => Array.from({ length: C }, (_, j) => publish(at(i, j)))),
    rowTotals: Array.from({ length: R }, (_, i) => publish(at(i, C))),
    colTotals: Array.from({ length: C }, (_, j) => publish(at(R, j))),
    grandTotal: publish(at(R, C)),
    suppressedCells,
    ...common,
  };
}

function checkGivenTotals(fn: string, t: CountTable, rowTotals: number[], colTotals: number[], grand: number): void {
  const check = (given: unknown, computed: number[], name: 'rowTotals' | 'colTotals'): void => {
    if (given === undefined) return;
    if (!Array.isArray(given) || given.length !== computed.length) {
      throw new InvalidInputError({ code: 'length-mismatch', message: `${fn} requires table.${name} to have ${computed.length} entries (got ${describeValue(given)})`, path: ['table', name] });
    }
    computed.forEach((c, i) => {
      const g = countAt(fn, (given as unknown[])[i], ['table', name, i], `table.${name}[${i}]`);
      if (g !== c) {
        throw new InvalidInputError({ code: 'inconsistent-total', message: `${fn} requires table.${name}[${i}] to equal the sum of its cells (${c}) (got ${g})`, path: ['table', name, i] });
      }
    });
  };
  check(t.rowTotals, rowTotals, 'rowTotals');
  check(t.colTotals, colTotals, 'colTotals');
  if (t.grandTotal !== undefined) {
    const g = countAt(fn, t.grandTotal, ['table', 'grandTotal'], 'table.grandTotal');
    if (g !== grand) throw new InvalidInputError({ code: 'inconsistent-total', message: `${fn} requires table.grandTotal to equal the sum of the cells (${grand}) (got ${g})`, path: ['table', 'grandTotal'] });
  }
}
