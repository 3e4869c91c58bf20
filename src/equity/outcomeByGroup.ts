import { InsufficientDataError, InvalidInputError, type ErrorPath } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { scratchFloat64 } from '../_internal/scratch';
import { confidenceLevel, integerInRange, numberInRange, oneOf, optionsObject, optionPath } from '../_internal/validate';
import {
  chiSquaredIndependence,
  kruskalWallis,
  newcombeInterval,
  oddsRatio,
  pAdjust,
  riskRatio,
  tIntervalFromSummary,
  welchAnovaFromSummary,
  welchTTestFromSummary,
  wilsonInterval,
  type PAdjustMethod,
} from '../stats';
import { fiellerRatio } from './_internal/disparityFieller';
import { fisherExactTwoSided } from './_internal/disparityFisherExact';
import { summarise, summariseCounted, type GroupSummary } from './_internal/disparitySummary';
import { DistinctValues } from '../_internal/distinctValues';
import { kruskalWallisCounted } from '../stats/_internal/kruskalWallisResult';
import {
  assignGroups,
  encodeKey,
  isMissing,
  keyOf,
  labelOf,
  parseGroupingOptions,
  readFields,
  readRecords,
  recordAt,
  requireRecords,
  type AssignOptions,
  type GroupAssignment,
  type GroupSlot,
} from './_internal/groupingRecords';
import { assignGroupsFromColumns, codeColumn } from './_internal/groupingColumns';
import { countFromCodes, decodeNumbers, isCodedNumbers, readCodedNumbers } from './_internal/codedOutcome';
import type { CategoryKey, CategoryValue } from './groupCounts';

/** What is compared across groups: the mean of a change score, or the proportion with a binary outcome. */
export type OutcomeMetric = 'mean-change' | 'proportion';

/** The adjustment methods accepted for the p-values versus the reference (those of `stats.pAdjust`). */
export type OutcomeAdjustMethod = PAdjustMethod;

/**
 * A column table: one column per field, all of one length (row i of the table is record i). A grouping column
 * is an array of categories (missing: `undefined`, `null` or a blank string, as for records), a typed array of
 * numeric categories (`NaN` for missing) or a dictionary-encoded `{ codes, levels }` (code −1 for missing), as
 * Arrow and pandas categoricals store them.
 * The outcome column is an array (as for records), a typed array, where `NaN` marks a missing outcome
 * (a typed array cannot hold `null`), counted in `missingOutcome`, or a dictionary-encoded `{ codes, values }`
 * ({@link CodedNumberColumn}: code −1 for missing), which gives the same result and, for `'mean-change'`, counts
 * each group's outcomes from the codes instead of hashing every value.
 */
export type OutcomeColumns = Readonly<Record<string, ReadonlyArray<unknown> | ArrayLike<number> | CodedCategoryColumn | CodedNumberColumn>>;


/** A dictionary-encoded grouping column of an {@link OutcomeColumns} table. */
export interface CodedCategoryColumn {
  /** Per row, the index of its category in `levels`, or −1 when missing. */
  readonly codes: ArrayLike<number>;
  /** The categories (distinct strings or finite numbers). */
  readonly levels: ReadonlyArray<CategoryValue>;
}

/**
 * A dictionary-encoded numeric outcome column of an {@link OutcomeColumns} table (an Arrow dictionary array):
 * row i holds `values[codes[i]]`.
 */
export interface CodedNumberColumn {
  /** Per row, the index of its value in `values`, or −1 when the outcome is missing. */
  readonly codes: ArrayLike<number>;
  /** The values (finite numbers; they need not be distinct). */
  readonly values: ArrayLike<number>;
}

/** Options of {@link outcomeByGroup}. */
export interface OutcomeByGroupOptions {
  /** The grouping field, or several for intersections (e.g. `['ethnicity', 'gender']`). */
  readonly group: string | ReadonlyArray<string>;
  /** The outcome field: a change score (finite number) for `'mean-change'`; `true`/`false` or `1`/`0` for `'proportion'`. */
  readonly outcome: string;
  /** `'mean-change'` (mean of the outcome, t intervals, Welch tests) or `'proportion'` (share with outcome true, Wilson intervals). */
  readonly metric: OutcomeMetric;
  /**
   * The reference group: `'largest'` (the estimable group with most outcomes, the missing-value group
   * excluded), a category value (one grouping field), or an object `{field: value, …}` (needed for
   * intersections, or for a category literally named `'largest'`).
   *
   * @defaultValue 'largest'
   */
  readonly reference?: 'largest' | CategoryValue | Readonly<Record<string, CategoryValue>>;
  /**
   * Multiple-comparison adjustment of the p-values versus the reference (R `p.adjust` methods).
   *
   * @defaultValue 'holm'
   */
  readonly adjust?: OutcomeAdjustMethod;
  /**
   * Two-sided confidence level of every interval.
   *
   * @defaultValue 0.95
   */
  readonly confidence?: number;
  /**
   * Groups with fewer outcomes than this are reported as `'insufficient'` (with their n), and take no part in
   * comparisons or the omnibus test. The default matches the ONS threshold of 10 that
   * {@link suppressSmallCounts} applies by default. At least 2 for `'mean-change'`.
   *
   * @defaultValue 10
   */
  readonly minGroupSize?: number;
  /**
   * τ of the Aequitas "fair" band [τ, 1/τ] for the ratio versus the reference.
   *
   * @defaultValue 0.8
   */
  readonly fairBand?: number;
  /**
   * Test of each group versus the reference for `'proportion'`: Pearson's χ² (no continuity correction),
   * Fisher's exact test, or `'auto'` (Fisher when an expected count of the 2×2 table is below 5, as
   * gtsummary's `add_p` chooses).
   *
   * @defaultValue 'auto'
   */
  readonly pairwiseTest?: 'auto' | 'fisher' | 'chi-squared';
  /**
   * Drop records with a missing group value instead of reporting them as the `missingLabel` group (counted in `excluded.missingGroup`).
   *
   * @defaultValue false
   */
  readonly dropMissing?: boolean;
  /**
   * Name of the group of records with a missing group value.
   *
   * @defaultValue 'Unknown'
   */
  readonly missingLabel?: string;
  /**
   * Declared categories per group field, in report order (see {@link GroupCountsOptions}).
   *
   * @defaultValue the observed values in canonical order
   */
  readonly levels?: Readonly<Record<string, ReadonlyArray<CategoryValue>>>;
}

/** A group's estimate with its confidence interval. */
export interface GroupEstimate {
  /** The mean change, or the proportion. */
  readonly estimate: number;
  /** Lower confidence limit. */
  readonly lower: number;
  /** Upper confidence limit. */
  readonly upper: number;
  /** Confidence level. */
  readonly confidence: number;
  /** `'t'` for means, `'wilson'` for proportions. */
  readonly method: 't' | 'wilson';
}

/** An effect versus the reference (difference or ratio) with its confidence interval. */
export interface EffectInterval {
  /** Point estimate (group minus, or over, reference). */
  readonly estimate: number;
  /** Lower confidence limit. */
  readonly lower: number;
  /** Upper confidence limit. */
  readonly upper: number;
  /**
   * How the interval was computed: `'welch'` (difference of means), `'newcombe-hybrid-score'` (difference of
   * proportions), `'fieller-welch'` (ratio of means), `'katz-log'` (risk ratio), `'woolf-logit'` (odds ratio).
   */
  readonly method: 'welch' | 'newcombe-hybrid-score' | 'fieller-welch' | 'katz-log' | 'woolf-logit';
  /** For risk and odds ratios: whether 0.5 was added to every cell because one was zero (Haldane–Anscombe). */
  readonly corrected?: boolean;
}

/** A ratio versus the reference, or the reason it cannot be estimated. */
export type RatioEstimate = RatioAvailable | RatioUnavailable;

/** A ratio that could be estimated, with its interval. */
export interface RatioAvailable extends EffectInterval {
  /** Always true. */
  readonly available: true;
}

/** A ratio that could not be estimated. */
export interface RatioUnavailable {
  /** Always false. */
  readonly available: false;
  /** Why, in words (e.g. Fieller's interval is unbounded). */
  readonly reason: string;
}

/** The test of a group versus the reference. */
export interface PairwiseTest {
  /** `'welch-t'` (means), `'pearson-chi-squared'` or `'fisher-exact'` (proportions). */
  readonly method: 'welch-t' | 'pearson-chi-squared' | 'fisher-exact';
  /** The t or X² statistic (absent for Fisher's exact test). */
  readonly statistic?: number;
  /** Degrees of freedom (absent for Fisher's exact test). */
  readonly df?: number;
  /** Unadjusted two-sided p-value. */
  readonly pValue: number;
  /** p-value adjusted across all groups compared with the reference (`adjust` method). */
  readonly pAdjusted: number;
}

/** The disparity screen of a group versus the reference (see remarks of {@link outcomeByGroup}). */
export interface DisparityFlag {
  /**
   * `'disparity'`: ratio outside the band and its CI excludes 1; `'inconclusive'`: outside the band but the CI
   * includes 1; `'within-band'`: ratio inside [τ, 1/τ]; `'not-assessed'`: no ratio could be estimated.
   */
  readonly flag: 'disparity' | 'inconclusive' | 'within-band' | 'not-assessed';
  /** The ratio lies outside [τ, 1/τ] (false when not assessed). */
  readonly outsideBand: boolean;
  /** The ratio's confidence interval lies wholly above or below 1 (false when not assessed). */
  readonly ciExcludesOne: boolean;
  /** Whether the group's ratio is above, below or equal to 1 (`'not-assessed'` without a ratio). */
  readonly direction: 'higher' | 'lower' | 'equal' | 'not-assessed';
}

/** A group compared with the reference. */
export interface GroupComparison {
  /** Difference group − reference: Welch interval (means) or Newcombe hybrid score interval (proportions). */
  readonly difference: EffectInterval;
  /** Ratio group ÷ reference: Fieller (means) or Katz risk ratio (proportions); the disparity screen uses it. */
  readonly ratio: RatioEstimate;
  /** Odds ratio with Woolf's interval (proportions only). */
  readonly oddsRatio?: EffectInterval;
  /** Test versus the reference, with the adjusted p-value. */
  readonly test: PairwiseTest;
  /** The disparity screen. */
  readonly disparity: DisparityFlag;
}

/** One group of {@link outcomeByGroup}. */
export interface GroupOutcome {
  /** The group's category on each grouping field. */
  readonly key: CategoryKey;
  /** The values joined with `' / '`. */
  readonly label: string;
  /**
   * `'reference'`; `'compared'` (estimated and compared with the reference); `'insufficient'` (fewer outcomes than
   * `minGroupSize`: counted, not estimated); `'not-estimable'` (mean change with zero spread: no t interval).
   */
  readonly status: 'reference' | 'compared' | 'insufficient' | 'not-estimable';
  /** Records of the group with an outcome value. */
  readonly n: number;
  /** Records of the group whose outcome is missing (not in `n`). */
  readonly missingOutcome: number;
  /** Events (outcome true), for proportions. */
  readonly events?: number;
  /** Standard deviation of the change scores, for means. */
  readonly sd?: number;
  /** The group's estimate with its interval (reference and compared groups). */
  readonly estimate?: GroupEstimate;
  /** The comparison with the reference (compared groups). */
  readonly comparison?: GroupComparison;
}

/** An omnibus test across all estimated groups. */
export interface OmnibusTest {
  /** `'pearson-chi-squared'` (proportions), `'welch-anova'` or `'kruskal-wallis'` (means). */
  readonly method: 'pearson-chi-squared' | 'welch-anova' | 'kruskal-wallis';
  /** The X², F or H statistic. */
  readonly statistic: number;
  /** Degrees of freedom (two for Welch's F: numerator, denominator). */
  readonly df: number[];
  /** p-value. */
  readonly pValue: number;
  /** Caveats, e.g. small expected counts. */
  readonly warnings: string[];
}

/** Result of {@link outcomeByGroup}. */
export interface OutcomeByGroupResult {
  /** The metric compared. */
  readonly metric: OutcomeMetric;
  /** The outcome field. */
  readonly outcome: string;
  /** The grouping fields. */
  readonly groupFields: string[];
  /** The reference group and how it was chosen. */
  readonly reference: {
    /** Its category on each grouping field. */
    readonly key: CategoryKey;
    /** Its label. */
    readonly label: string;
    /** `'largest'` (the default rule) or `'specified'` (the `reference` option). */
    readonly chosenBy: 'largest' | 'specified';
  };
  /** Confidence level of every interval. */
  readonly confidence: number;
  /** Adjustment method of the p-values versus the reference. */
  readonly adjust: OutcomeAdjustMethod;
  /** The minimum group size for estimation. */
  readonly minGroupSize: number;
  /** The Aequitas band [τ, 1/τ]. */
  readonly fairBand: {
    /** τ. */
    readonly lower: number;
    /** 1/τ. */
    readonly upper: number;
  };
  /** The disparity rule in words. */
  readonly disparityRule: string;
  /** Records given. */
  readonly nRecords: number;
  /** Outcomes analysed (in reference and compared groups). */
  readonly n: number;
  /** Records not analysed, by reason (every record is in `n` or in exactly one of these). */
  readonly excluded: {
    /** Dropped for a missing group value (only with `dropMissing`). */
    readonly missingGroup: number;
    /** Outcome missing. */
    readonly missingOutcome: number;
    /** Outcomes in groups smaller than `minGroupSize`. */
    readonly insufficientGroup: number;
    /** Outcomes in groups with zero spread (means only). */
    readonly notEstimable: number;
  };
  /** Every group found, in canonical order, whatever its status. */
  readonly groups: GroupOutcome[];
  /** Omnibus tests across the estimated groups (empty when fewer than two, see `warnings`). */
  readonly omnibus: OmnibusTest[];
  /** Caveats in words. */
  readonly warnings: string[];
}

interface Slot {
  /** The group's outcome values (empty when `table` holds them as distinct values with counts). */
  values: number[] | Float64Array;
  /** Number of outcomes in the group. */
  n: number;
  /** The outcomes as distinct values with counts (mean change from a typed column with few distinct values). */
  table?: DistinctValues;
  events: number;
  missingOutcome: number;
}

const PADJUST_METHODS: ReadonlyArray<PAdjustMethod> = ['holm', 'hochberg', 'hommel', 'bonferroni', 'BH', 'BY', 'none'];

function readOutcome(fn: string, metric: OutcomeMetric, rec: Readonly<Record<string, unknown>>, i: number, field: string): number | undefined {
  const v = Object.prototype.hasOwnProperty.call(rec, field) ? rec[field] : undefined;
  if (isMissing(v)) return undefined;
  if (metric === 'proportion') {
    if (v === true || v === 1) return 1;
    if (v === false || v === 0) return 0;
    throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires outcome ${JSON.stringify(field)} to be true/false or 1/0 for metric 'proportion' (got ${describeValue(v)})`, path: ['records', i, field], row: i + 1 });
  }
  if (typeof v !== 'number') {
    throw new InvalidInputError({ code: 'not-a-number', message: `${fn} requires outcome ${JSON.stringify(field)} to be a number for metric 'mean-change' (got ${describeValue(v)})`, path: ['records', i, field], row: i + 1 });
  }
  if (!Number.isFinite(v)) {
    throw new InvalidInputError({ code: 'non-finite', message: `${fn} requires outcome ${JSON.stringify(field)} to be finite (got ${describeValue(v)})`, path: ['records', i, field], row: i + 1 });
  }
  return v;
}

/** Groups and outcome values read from records. */
function fromRows(fn: string, recs: ReadonlyArray<unknown>, groupFields: ReadonlyArray<string>, grouping: AssignOptions, groupPath: (f: number) => ErrorPath, outcome: string, metric: OutcomeMetric): { a: GroupAssignment; slots: Slot[]; nRecords: number } {
  requireRecords(fn, recs.length);
  const a = assignGroups(fn, recs, groupFields, grouping, groupPath);
  const slots: Array<Slot & { values: number[] }> = a.groups.map(() => ({ values: [], n: 0, events: 0, missingOutcome: 0 }));
  let sawOutcome = false;
  for (let i = 0; i < recs.length; i++) {
    const g = a.groupOf[i] as number;
    const rec = recordAt(fn, recs, i);
    if (!sawOutcome && Object.prototype.hasOwnProperty.call(rec, outcome)) sawOutcome = true;
    if (g < 0) continue;
    const v = readOutcome(fn, metric, rec, i, outcome);
    const slot = slots[g] as Slot & { values: number[] };
    if (v === undefined) slot.missingOutcome++;
    else {
      slot.values.push(v);
      slot.n++;
      slot.events += v;
    }
  }
  if (!sawOutcome) {
    throw new InvalidInputError({ code: 'unknown-field', message: `${fn} found no record with outcome field ${JSON.stringify(outcome)}`, path: optionPath('outcome') });
  }
  return { a, slots, nRecords: recs.length };
}

/** One outcome value of a column, or undefined when missing (NaN in a typed array; as for records otherwise). */
function columnOutcome(fn: string, metric: OutcomeMetric, column: ArrayLike<unknown>, typed: boolean, i: number, field: string): number | undefined {
  const v = column[i];
  if (typed && Number.isNaN(v)) return undefined;
  if (isMissing(v)) return undefined;
  const at = { path: ['columns', field, i], row: i + 1 };
  if (metric === 'proportion') {
    if (v === true || v === 1) return 1;
    if (v === false || v === 0) return 0;
    throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires outcome column ${JSON.stringify(field)} to hold true/false or 1/0 for metric 'proportion' (got ${describeValue(v)})`, ...at });
  }
  if (typeof v !== 'number') throw new InvalidInputError({ code: 'not-a-number', message: `${fn} requires outcome column ${JSON.stringify(field)} to hold numbers for metric 'mean-change' (got ${describeValue(v)})`, ...at });
  if (!Number.isFinite(v)) throw new InvalidInputError({ code: 'non-finite', message: `${fn} requires outcome column ${JSON.stringify(field)} to hold finite numbers (got ${describeValue(v)})`, ...at });
  return v;
}

/** Groups and outcome values read from a column table, each group's values in one typed array. */
function fromColumns(fn: string, table: OutcomeColumns, groupFields: ReadonlyArray<string>, grouping: AssignOptions, groupPath: (f: number) => ErrorPath, outcome: string, metric: OutcomeMetric): { a: GroupAssignment; slots: Slot[]; nRecords: number } {
  const column = (field: string, path: ErrorPath): unknown => {
    const c = Object.hasOwn(table, field) ? table[field] : undefined;
    if (c === undefined) throw new InvalidInputError({ code: 'unknown-field', message: `${fn} found no column ${JSON.stringify(field)} in the column table (columns: ${Object.keys(table).join(', ')})`, path });
    return c;
  };
  const out = column(outcome, optionPath('outcome'));
  const dictionary = isCodedNumbers(out) ? readCodedNumbers(fn, outcome, out) : undefined;
  const typed = dictionary !== undefined || (ArrayBuffer.isView(out) && !(out instanceof DataView));
  if (!Array.isArray(out) && !typed) {
    throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires outcome column ${JSON.stringify(outcome)} to be an array, a typed array or {codes, values} (got ${describeValue(out)})`, path: ['columns', outcome] });
  }
  const n = dictionary !== undefined ? dictionary.codes.length : (out as ArrayLike<unknown>).length;
  requireRecords(fn, n);
  const coded = groupFields.map((f, k) => codeColumn(fn, f, column(f, groupPath(k)), n));
  const a = assignGroupsFromColumns(fn, coded, groupFields, grouping, n);
  if (dictionary !== undefined && metric === 'mean-change') {
    // Counted by (group, code): the same distinct values and counts as countedSlots finds in the decoded column.
    const counted = countFromCodes(a.groupOf, a.groups.length, dictionary, (g) => Math.max(256, (a.groups[g] as GroupSlot).n >>> 3));
    if (counted !== undefined) return { a, slots: counted.map((c) => ({ values: [], n: c.n, events: 0, missingOutcome: c.missing, table: c.table })), nRecords: n };
  }
  const values: ArrayLike<unknown> = dictionary !== undefined ? decodeNumbers(dictionary, scratchFloat64('outcomeByGroup.decoded', n)) : (out as ArrayLike<unknown>);
  const fast = values instanceof Float64Array && metric === 'mean-change';
  if (fast) {
    const counted = countedSlots(a, values);
    if (counted !== undefined) return { a, slots: counted, nRecords: n };
  }
  // Two passes (count, then fill), so each group's values land in one exactly sized typed array.
  const counts = new Int32Array(a.groups.length);
  const slots: Slot[] = a.groups.map(() => ({ values: [], n: 0, events: 0, missingOutcome: 0 }));
  for (let i = 0; i < n; i++) {
    const g = a.groupOf[i] as number;
    if (g < 0) continue;
    const v = fast ? (values[i] as number) : columnOutcome(fn, metric, values, typed, i, outcome);
    if (v === undefined || Number.isNaN(v)) (slots[g] as Slot).missingOutcome++;
    else if (fast && !Number.isFinite(v)) columnOutcome(fn, metric, values, typed, i, outcome);
    else counts[g] = (counts[g] as number) + 1;
  }
  const filled = new Int32Array(a.groups.length);
  // All groups' values in one reused buffer, group after group.
  let total = 0;
  for (const c of counts) total += c;
  const pool = scratchFloat64('outcomeByGroup.values', total);
  let at = 0;
  const arrays = a.groups.map((_, g) => pool.subarray(at, (at += counts[g] as number)));
  for (let i = 0; i < n; i++) {
    const g = a.groupOf[i] as number;
    if (g < 0) continue;
    const v = fast ? (values[i] as number) : columnOutcome(fn, metric, values, typed, i, outcome);
    if (v === undefined || Number.isNaN(v)) continue;
    const k = filled[g] as number;
    (arrays[g] as Float64Array)[k] = v;
    filled[g] = k + 1;
    (slots[g] as Slot).events += v;
  }
  slots.forEach((s, g) => {
    s.values = arrays[g] as Float64Array;
    s.n = s.values.length;
  });
  return { a, slots, nRecords: n };
}

/**
 * One pass over a Float64Array outcome column: each group's outcomes as distinct values with counts (NaN counted as
 * missing), from which the summaries and the Kruskal–Wallis rank sums are exact and equal to those of the values.
 * Undefined when a value is not finite, or a group has too many distinct values (near-continuous data: the caller
 * then keeps the values themselves).
 */
function countedSlots(a: GroupAssignment, values: Float64Array): Slot[] | undefined {
  const tables = a.groups.map((g) => new DistinctValues(Math.max(256, g.n >>> 3)));
  const slots: Slot[] = a.groups.map((_, g) => ({ values: [], n: 0, events: 0, missingOutcome: 0, table: tables[g] as DistinctValues }));
  for (let i = 0; i < values.length; i++) {
    const g = a.groupOf[i] as number;
    if (g < 0) continue;
    const v = values[i] as number;
    const slot = slots[g] as Slot;
    if (Number.isNaN(v)) slot.missingOutcome++;
    else if (!Number.isFinite(v) || !(tables[g] as DistinctValues).addAt(values, i)) return undefined;
    else slot.n++;
  }
  return slots;
}

/** A group's mean and variance: from its distinct values with counts when it has them (the same doubles), else its values. */
function summaryOf(s: Slot): GroupSummary {
  const t = s.table;
  if (t === undefined) return summarise(s.values);
  const counted = summariseCounted(t.values(), t.counts(), s.n);
  if (counted !== undefined) return counted;
  // Outside the range where count × value splits exactly: sum the values themselves (any order: the sum is exact).
  const values = t.values(), counts = t.counts();
  const expanded = new Float64Array(s.n);
  let at = 0;
  for (let d = 0; d < t.size; d++) expanded.fill(values[d] as number, at, (at += counts[d] as number));
  return summarise(expanded);
}

function flagOf(ratio: RatioEstimate, tau: number): DisparityFlag {
  if (!ratio.available) return { flag: 'not-assessed', outsideBand: false, ciExcludesOne: false, direction: 'not-assessed' };
  const outsideBand = ratio.estimate < tau || ratio.estimate > 1 / tau;
  const ciExcludesOne = ratio.lower > 1 || ratio.upper < 1;
  const flag = !outsideBand ? 'within-band' : ciExcludesOne ? 'disparity' : 'inconclusive';
  const direction = ratio.estimate > 1 ? 'higher' : ratio.estimate < 1 ? 'lower' : 'equal';
  return { flag, outsideBand, ciExcludesOne, direction };
}

/**
 * Compares an outcome across groups (and intersections of groups) with a reference group: per-group estimates
 * with intervals, differences and ratios with intervals, adjusted p-values, omnibus tests and a disparity screen.
 *
 * @remarks
 * **Groups.** `group` may name several fields; every observed combination is a group (Fairlearn semantics), and
 * every group is reported with its n, whatever its size. Records with a missing group value form the
 * `missingLabel` group (or are dropped and counted with `dropMissing`); records with a missing outcome are
 * counted per group in `missingOutcome` (differential missingness is itself an equity finding). Groups with
 * fewer outcomes than `minGroupSize` are `'insufficient'`: counted, listed, not estimated or tested.
 *
 * **Per group.** Mean change with a Student t interval, or the proportion with a Wilson score interval.
 *
 * **Versus the reference.** Means: difference with Welch's interval and Welch's t-test; ratio of means with
 * Fieller's interval (Welch–Satterthwaite df at the estimate; unavailable when the reference mean is not
 * significantly different from zero, since the interval is then unbounded). Proportions: difference with
 * Newcombe's hybrid score interval; risk ratio with Katz's log interval and odds ratio with Woolf's logit
 * interval, both with the Haldane–Anscombe correction (0.5 added to every cell of that 2×2 table, reported as
 * `corrected`) when a cell is zero; Pearson's χ² (no continuity correction) or Fisher's exact test. The p-values
 * of all groups compared are adjusted together (Holm by default, R `p.adjust`). Intervals are per comparison
 * (not adjusted); use `pAdjusted` for family-wise conclusions.
 *
 * **Omnibus.** Proportions: Pearson's χ² test of independence on the groups × outcome table (no continuity
 * correction), with a warning when an expected count is below 5. Means: Welch's ANOVA and the Kruskal–Wallis test.
 *
 * **Disparity screen.** With the ratio R (risk ratio for proportions, ratio of means for mean change) and its
 * interval [L, U]: `'disparity'` when R < τ or R > 1/τ and (L > 1 or U < 1); `'inconclusive'` when R is outside
 * the band but the interval includes 1; `'within-band'` when τ ≤ R ≤ 1/τ; `'not-assessed'` without a ratio.
 * τ = 0.8 gives the Aequitas band 0.8–1.25 (its default; the "four-fifths rule" of US employment guidance). It is
 * a labelled screening heuristic, not a UK legal standard. Change scores are not causal effects of a service.
 *
 * **Formula**
 * ```tex
 * \text{means: } \bar x_g - \bar x_r \pm t_{\nu}\sqrt{s_g^2/n_g + s_r^2/n_r};\quad
 * \text{proportions: } RR = \frac{a/n_g}{c/n_r},\ \exp\!\Big(\ln RR \pm z\sqrt{\tfrac1a - \tfrac1{n_g} + \tfrac1c - \tfrac1{n_r}}\Big),\
 * OR = \frac{ad}{bc},\ \exp\!\Big(\ln OR \pm z\sqrt{\tfrac1a + \tfrac1b + \tfrac1c + \tfrac1d}\Big)\\
 * \text{flag} = \text{disparity} \iff (RR < \tau \lor RR > 1/\tau) \land (L > 1 \lor U < 1)
 * ```
 *
 * **References**
 * Saleiro P, Kuester B, Hinkson L, et al. (2018). Aequitas: a bias and fairness audit toolkit. arXiv:1811.05577
 * (disparity = group metric ÷ reference metric; fair when τ ≤ disparity ≤ 1/τ, τ = 0.8).
 * Newcombe RG (1998). Interval estimation for the difference between independent proportions. *Statistics in
 * Medicine* 17(8):873–890, method 10.
 * Katz D, Baptista J, Azen SP, Pike MC (1978). *Biometrics* 34(3):469–474. https://doi.org/10.2307/2530610
 * Woolf B (1955). *Annals of Human Genetics* 19(4):251–253.
 * Welch BL (1947). *Biometrika* 34(1–2):28–35; Welch BL (1951). *Biometrika* 38(3–4):330–336.
 * Fieller EC (1954). Some problems in interval estimation. *JRSS B* 16(2):175–185.
 * Holm S (1979). A simple sequentially rejective multiple test procedure. *Scandinavian Journal of Statistics*
 * 6(2):65–70.
 *
 * @param records - plain objects with the group field(s) and the outcome field, or the same data as a column
 *   table ({@link OutcomeColumns}: arrays, typed arrays or dictionary-encoded columns; the same result, without an
 *   object per record)
 * @param options - group, outcome, metric and the rest of {@link OutcomeByGroupOptions}
 * @returns every group with its n, estimate and comparison, the omnibus tests, exclusions and warnings
 * @throws {InvalidInputError} when `records` is not an array of objects, a group value is not a string or finite number, an outcome value has the wrong type for the metric (naming the field and row), a field is on no record, the reference is not a group, an option is invalid, or outcome values near ±1e308 make a group mean or variance overflow
 * @throws {InsufficientDataError} when `records` is empty, the specified reference group is below `minGroupSize` or not estimable, or no group can be a reference
 * @example
 * ```ts
 * import { outcomeByGroup } from 'social-outcomes/equity';
 * const rows = [
 *   ...Array.from({ length: 80 }, (_, i) => ({ ethnicity: 'White', metNeed: i < 48 })),
 *   ...Array.from({ length: 70 }, (_, i) => ({ ethnicity: 'Asian', metNeed: i < 56 })),
 * ];
 * const r = outcomeByGroup(rows, { group: 'ethnicity', outcome: 'metNeed', metric: 'proportion' });
 * r.reference.label //=> 'White'
 * r.groups[0]?.comparison?.difference //=> { estimate: 0.2, lower: 0.052431, upper: 0.333873 }
 * r.groups[0]?.comparison?.ratio //=> { available: true, estimate: 1.3333, lower: 1.076626, upper: 1.651249 }
 * r.groups[0]?.comparison?.disparity.flag //=> 'disparity'
 * const cols = { ethnicity: { codes: Int8Array.from(rows, (x) => (x.ethnicity === 'White' ? 0 : 1)), levels: ['White', 'Asian'] }, metNeed: Float64Array.from(rows, (x) => (x.metNeed ? 1 : 0)) };
 * outcomeByGroup(cols, { group: 'ethnicity', outcome: 'metNeed', metric: 'proportion' }).groups[0]?.comparison?.difference //=> { estimate: 0.2, lower: 0.052431 }
 * ```
 */
export function outcomeByGroup(records: ReadonlyArray<Readonly<Record<string, unknown>>> | OutcomeColumns, options: OutcomeByGroupOptions): OutcomeByGroupResult {
  const fn = 'outcomeByGroup';
  const rowsGiven = Array.isArray(records);
  if (!rowsGiven && (records === null || typeof records !== 'object' || ArrayBuffer.isView(records))) readRecords(fn, records);
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires options {group, outcome, metric} (got ${describeValue(options)})`, path: ['options'] });
  }
  const opts = optionsObject(fn, options, ['group', 'outcome', 'metric', 'reference', 'adjust', 'confidence', 'minGroupSize', 'fairBand', 'pairwiseTest', 'dropMissing', 'missingLabel', 'levels']);
  const groupFields = readFields(fn, 'group', opts.group, optionPath('group'));
  if (typeof opts.outcome !== 'string' || opts.outcome.trim() === '') {
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires outcome to be a field name (got ${describeValue(opts.outcome)})`, path: optionPath('outcome') });
  }
  const outcome = opts.outcome;
  if (groupFields.includes(outcome)) {
    throw new InvalidInputError({ code: 'duplicate', message: `${fn} requires the outcome field to differ from the group fields (got ${JSON.stringify(outcome)})`, path: optionPath('outcome') });
  }
  const metric = oneOf(fn, 'metric', opts.metric, ['mean-change', 'proportion'] as const);
  const adjust = opts.adjust === undefined ? 'holm' : oneOf(fn, 'adjust', opts.adjust, PADJUST_METHODS);
  const confidence = opts.confidence === undefined ? 0.95 : confidenceLevel(fn, opts.confidence);
  const minGroupSize = opts.minGroupSize === undefined ? 10 : integerInRange(fn, 'minGroupSize', opts.minGroupSize, { min: metric === 'mean-change' ? 2 : 1 }, optionPath('minGroupSize'));
  const tau = opts.fairBand === undefined ? 0.8 : numberInRange(fn, 'fairBand', opts.fairBand, { min: 0, max: 1, minOpen: true, maxOpen: true }, optionPath('fairBand'));
  const pairwiseTest = opts.pairwiseTest === undefined ? 'auto' : oneOf(fn, 'pairwiseTest', opts.pairwiseTest, ['auto', 'fisher', 'chi-squared'] as const);
  const grouping = parseGroupingOptions(fn, { dropMissing: opts.dropMissing as boolean, missingLabel: opts.missingLabel as string, levels: opts.levels as Record<string, CategoryValue[]> }, groupFields);
  const groupPath = (f: number): Array<string | number> => (typeof opts.group === 'string' ? [...optionPath('group')] : [...optionPath('group'), f]);
  const { a, slots, nRecords } = rowsGiven
    ? fromRows(fn, records as ReadonlyArray<unknown>, groupFields, { ...grouping, complete: false }, groupPath, outcome, metric)
    : fromColumns(fn, records as OutcomeColumns, groupFields, { ...grouping, complete: false }, groupPath, outcome, metric);

  // Status of each group, and its summary.
  const summaries: Array<GroupSummary | undefined> = slots.map((s) => (metric === 'mean-change' && s.n > 0 ? summaryOf(s) : undefined));
  const status: Array<GroupOutcome['status']> = slots.map((s, g) => {
    if (s.n < minGroupSize) return 'insufficient';
    if (metric === 'mean-change') {
      // As R's t.test: a standard error below 10·ε·|mean| means the data are essentially constant.
      const sm = summaries[g] as GroupSummary;
      const se = sm.sd / Math.sqrt(sm.n);
      if (!(se > 0 && se >= 10 * 2.220446049250313e-16 * Math.abs(sm.mean))) return 'not-estimable';
    }
    return 'compared';
  });
  const missingEnc = encodeKey(groupFields.map(() => grouping.missingLabel));

  // The reference group.
  let ref = -1;
  let chosenBy: 'largest' | 'specified' = 'largest';
  const refOpt = opts.reference;
  if (refOpt === undefined || refOpt === 'largest') {
    const pick = (allowMissing: boolean): number => {
      let best = -1;
      slots.forEach((s, g) => {
        if (status[g] !== 'compared') return;
        if (!allowMissing && encodeKey((a.groups[g] as { values: CategoryValue[] }).values) === missingEnc) return;
        if (best < 0 || s.n > (slots[best] as Slot).n) best = g;
      });
      return best;
    };
    ref = pick(false);
    if (ref < 0) ref = pick(true);
    if (ref < 0) {
      throw new InsufficientDataError({ code: 'too-few-observations', message: `${fn} found no group with at least ${minGroupSize} outcomes${metric === 'mean-change' ? ' and non-zero spread' : ''} to serve as the reference (groups: ${slots.length})`, path: optionPath('reference') });
    }
  } else {
    chosenBy = 'specified';
    let wanted: CategoryValue[];
    if (typeof refOpt === 'string' || typeof refOpt === 'number') {
      if (groupFields.length !== 1) {
        throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires reference to be an object {field: value} when grouping by ${groupFields.length} fields (got ${describeValue(refOpt)})`, path: optionPath('reference') });
      }
      wanted = [refOpt];
    } else if (refOpt !== null && typeof refOpt === 'object' && !Array.isArray(refOpt)) {
      const o = refOpt as Record<string, unknown>;
      for (const k of Object.keys(o)) {
        if (!groupFields.includes(k)) throw new InvalidInputError({ code: 'unknown-field', message: `${fn} has reference field ${JSON.stringify(k)}, which is not a group field`, path: [...optionPath('reference'), k] });
      }
      wanted = groupFields.map((f) => {
        const v = o[f];
        if (!(typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))) {
          throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires reference.${f} to be a category value (got ${describeValue(v)})`, path: [...optionPath('reference'), f] });
        }
        return v;
      });
    } else {
      throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires reference to be 'largest', a category value or an object {field: value} (got ${describeValue(refOpt)})`, path: optionPath('reference') });
    }
    const enc = encodeKey(wanted);
    ref = a.groups.findIndex((g) => encodeKey(g.values) === enc);
    if (ref < 0) {
      throw new InvalidInputError({ code: 'unknown-category', message: `${fn} found no group ${JSON.stringify(labelOf(wanted))} for the reference`, path: optionPath('reference') });
    }
    if (status[ref] !== 'compared') {
      throw new InsufficientDataError({
        code: status[ref] === 'insufficient' ? 'too-few-observations' : 'zero-variance',
        message: `${fn} cannot use ${JSON.stringify(labelOf(wanted))} as the reference: ${status[ref] === 'insufficient' ? `${(slots[ref] as Slot).n} outcomes, fewer than minGroupSize ${minGroupSize}` : 'its change scores do not vary'}`,
        path: optionPath('reference'),
      });
    }
  }
  status[ref] = 'reference';

  const warnings: string[] = [];
  const estimates: Array<GroupEstimate | undefined> = slots.map((s, g) => {
    if (status[g] !== 'compared' && status[g] !== 'reference') return undefined;
    if (metric === 'proportion') {
      const ci = wilsonInterval(s.events, s.n, { confidence });
      return { estimate: ci.estimate, lower: ci.lower, upper: ci.upper, confidence, method: 'wilson' };
    }
    const sm = summaries[g] as GroupSummary;
    const ci = tIntervalFromSummary({ n: sm.n, mean: sm.mean, sd: sm.sd }, { confidence });
    return { estimate: ci.estimate, lower: ci.lower, upper: ci.upper, confidence, method: 't' };
  });

  // Comparisons with the reference (unadjusted p first).
  const r = slots[ref] as Slot;
  const rLabel = labelOf((a.groups[ref] as { values: CategoryValue[] }).values);
  const raw: Array<Omit<GroupComparison, 'test' | 'disparity'> & { test: Omit<PairwiseTest, 'pAdjusted'> } | undefined> = slots.map((s, g) => {
    if (status[g] !== 'compared') return undefined;
    const label = labelOf((a.groups[g] as { values: CategoryValue[] }).values);
    if (metric === 'mean-change') {
      const sg = summaries[g] as GroupSummary;
      const sr = summaries[ref] as GroupSummary;
      const w = welchTTestFromSummary({ n: sg.n, mean: sg.mean, sd: sg.sd }, { n: sr.n, mean: sr.mean, sd: sr.sd }, { confidence });
      const fl = fiellerRatio(sg.n, sg.mean, sg.variance, sr.n, sr.mean, sr.variance, confidence);
      const ratio: RatioEstimate = fl.bounded
        ? { available: true, estimate: fl.estimate, lower: fl.lower, upper: fl.upper, method: 'fieller-welch' }
        : { available: false, reason: `the reference mean change (${sr.mean.toPrecision(4)}) is not significantly different from zero, so Fieller's interval for the ratio is unbounded` };
      return {
        difference: { estimate: w.difference, lower: w.confidenceInterval.lower, upper: w.confidenceInterval.upper, method: 'welch' },
        ratio,
        test: { method: 'welch-t', statistic: w.statistic, df: w.df, pValue: w.pValue },
      };
    }
    const x1 = s.events;
    const n1 = s.n;
    const x2 = r.events;
    const n2 = r.n;
    const diff = newcombeInterval(x1, n1, x2, n2, { confidence });
    const rr = riskRatio(x1, n1, x2, n2, { confidence });
    const or = oddsRatio(x1, n1, x2, n2, { confidence });
    if (rr.corrected) warnings.push(`${label} vs ${rLabel}: a cell of the 2×2 table is zero, so 0.5 was added to every cell for the risk and odds ratios (Haldane–Anscombe)`);
    const table = [[x1, n1 - x1], [x2, n2 - x2]];
    const N = n1 + n2;
    const e = x1 + x2;
    const minE = Math.min(n1, n2) * Math.min(e, N - e) / N;
    const emptyColumn = e === 0 || e === N;
    let test: Omit<PairwiseTest, 'pAdjusted'>;
    if (pairwiseTest === 'fisher' || (pairwiseTest === 'auto' && minE < 5) || emptyColumn) {
      if (pairwiseTest === 'chi-squared') warnings.push(`${label} vs ${rLabel}: the outcome is the same for everyone in both groups, so the χ² test is undefined; Fisher's exact test (p = 1) is used`);
      test = { method: 'fisher-exact', pValue: fisherExactTwoSided(x1, n1 - x1, x2, n2 - x2) };
    } else {
      const cs = chiSquaredIndependence(table, { correction: false });
      test = { method: 'pearson-chi-squared', statistic: cs.statistic, df: cs.df, pValue: cs.pValue };
      if (cs.smallExpectedCells > 0) warnings.push(`${label} vs ${rLabel}: ${cs.warnings.join('; ')}`);
    }
    return {
      difference: { estimate: diff.estimate, lower: diff.lower, upper: diff.upper, method: 'newcombe-hybrid-score' },
      ratio: { available: true, estimate: rr.estimate, lower: rr.lower, upper: rr.upper, method: 'katz-log', corrected: rr.corrected },
      oddsRatio: { estimate: or.estimate, lower: or.lower, upper: or.upper, method: 'woolf-logit', corrected: or.corrected },
      test,
    };
  });
  const compared = raw.map((c, g) => (c === undefined ? -1 : g)).filter((g) => g >= 0);
  const adjusted = compared.length > 0 ? pAdjust(compared.map((g) => (raw[g] as { test: { pValue: number } }).test.pValue), adjust) : [];
  const pAdj = new Map(compared.map((g, i) => [g, adjusted[i] as number]));

  const groups: GroupOutcome[] = slots.map((s, g) => {
    const values = (a.groups[g] as { values: CategoryValue[] }).values;
    const base = { key: keyOf(groupFields, values), label: labelOf(values), status: status[g] as GroupOutcome['status'], n: s.n, missingOutcome: s.missingOutcome };
    const extra = metric === 'proportion' ? { events: s.events } : s.n >= 2 ? { sd: (summaries[g] as GroupSummary).sd } : {};
    const est = estimates[g];
    const c = raw[g];
    if (est === undefined) return { ...base, ...extra };
    if (c === undefined) return { ...base, ...extra, estimate: est };
    const comparison: GroupComparison = {
      ...c,
      test: { ...c.test, pAdjusted: pAdj.get(g) as number },
      disparity: flagOf(c.ratio, tau),
    };
    return { ...base, ...extra, estimate: est, comparison };
  });

  // Omnibus tests over the reference and compared groups.
  const eligible = slots.map((_, g) => g).filter((g) => status[g] === 'compared' || status[g] === 'reference');
  const omnibus: OmnibusTest[] = [];
  if (eligible.length < 2) {
    warnings.push(`no omnibus test: only ${eligible.length} group has at least ${minGroupSize} outcomes${metric === 'mean-change' ? ' and non-zero spread' : ''}`);
  } else if (metric === 'proportion') {
    const table = eligible.map((g) => [(slots[g] as Slot).events, (slots[g] as Slot).n - (slots[g] as Slot).events]);
    const e = table.reduce((sum, row) => sum + (row[0] as number), 0);
    const N = table.reduce((sum, row) => sum + (row[0] as number) + (row[1] as number), 0);
    if (e === 0 || e === N) {
      warnings.push(`no omnibus test: the outcome is ${e === 0 ? 'false' : 'true'} for everyone in the estimated groups`);
    } else {
      const cs = chiSquaredIndependence(table, { correction: false });
      omnibus.push({ method: 'pearson-chi-squared', statistic: cs.statistic, df: [cs.df], pValue: cs.pValue, warnings: cs.warnings });
    }
  } else {
    const w = welchAnovaFromSummary(eligible.map((g) => ({ n: (summaries[g] as GroupSummary).n, mean: (summaries[g] as GroupSummary).mean, sd: (summaries[g] as GroupSummary).sd })));
    omnibus.push({ method: 'welch-anova', statistic: w.statistic, df: [w.df1, w.df2], pValue: w.pValue, warnings: [] });
    const tables = eligible.map((g) => (slots[g] as Slot).table);
    const kw = tables.every((t) => t !== undefined) ? kruskalWallisCounted('kruskalWallis', tables as DistinctValues[]) : kruskalWallis(eligible.map((g) => (slots[g] as Slot).values));
    omnibus.push({ method: 'kruskal-wallis', statistic: kw.statistic, df: [kw.df], pValue: kw.pValue, warnings: [] });
  }

  const insufficient = slots.filter((_, g) => status[g] === 'insufficient');
  if (insufficient.length > 0) {
    warnings.push(`${insufficient.length} group(s) with fewer than ${minGroupSize} outcomes reported as insufficient and not compared`);
  }
  const notEstimable = slots.filter((_, g) => status[g] === 'not-estimable');
  if (notEstimable.length > 0) warnings.push(`${notEstimable.length} group(s) whose change scores do not vary reported as not estimable`);
  if (metric === 'mean-change') warnings.push('change scores describe before–after differences; they are not causal effects of the service');

  const sumOf = (list: Slot[]): number => list.reduce((t, s) => t + s.n, 0);
  const analysed = eligible.reduce((t, g) => t + (slots[g] as Slot).n, 0);
  return {
    metric,
    outcome,
    groupFields,
    reference: { key: keyOf(groupFields, (a.groups[ref] as { values: CategoryValue[] }).values), label: rLabel, chosenBy },
    confidence,
    adjust,
    minGroupSize,
    fairBand: { lower: tau, upper: 1 / tau },
    disparityRule: `disparity when the ${metric === 'proportion' ? 'risk ratio' : 'ratio of mean changes'} versus ${rLabel} is outside [${tau}, ${+(1 / tau).toPrecision(6)}] and its ${+(confidence * 100).toPrecision(6)}% confidence interval excludes 1; inconclusive when outside the band but the interval includes 1; within-band otherwise (Aequitas band, a screening heuristic)`,
    nRecords,
    n: analysed,
    excluded: {
      missingGroup: a.dropped,
      missingOutcome: slots.reduce((t, s) => t + s.missingOutcome, 0),
      insufficientGroup: sumOf(insufficient),
      notEstimable: sumOf(notEstimable),
    },
    groups,
    omnibus,
    warnings,
  };
}
