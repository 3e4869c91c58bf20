import { InsufficientDataError } from '../errors';
import { confidenceLevel, optionsObject } from '../_internal/validate';
import { wilsonInterval } from '../stats';
import {
  assignGroups,
  keyOf,
  labelOf,
  parseGroupingOptions,
  readFields,
  readRecords,
  requireRecords,
} from './_internal/groupingRecords';
import type { GroupCountsOptions, CategoryKey, CategoryValue } from './groupCounts';

/** Options of {@link profile}. */
export interface ProfileOptions extends GroupCountsOptions {
  /**
   * Two-sided confidence level of the Wilson intervals of the shares.
   *
   * @defaultValue 0.95
   */
  readonly confidence?: number;
}

/** One category of a profile. */
export interface ProfileCategory {
  /** The category on each profiled field. */
  readonly key: CategoryKey;
  /** The category's values joined with `' / '`, e.g. `'Black / Female'`. */
  readonly label: string;
  /** Number of records in the category. */
  readonly n: number;
  /** Share of the counted records, `n / total.n`. */
  readonly share: number;
  /** Lower Wilson score limit of the share. */
  readonly lower: number;
  /** Upper Wilson score limit of the share. */
  readonly upper: number;
}

/** Result of {@link profile}. */
export interface ProfileResult {
  /** The profiled fields. */
  readonly fields: string[];
  /** One entry per category (or combination), in canonical order. */
  readonly categories: ProfileCategory[];
  /** The column total. */
  readonly total: {
    /** Records counted. */
    readonly n: number;
    /** Their share: 1. */
    readonly share: number;
  };
  /** The categories of each field in canonical order, aligned with `fields`. */
  readonly levels: CategoryValue[][];
  /** Records not counted, by reason. */
  readonly excluded: {
    /** Dropped for a missing value (only with `dropMissing`). */
    readonly missing: number;
  };
  /** Records with at least one missing value, whether recoded to `missingLabel` or dropped. */
  readonly missing: number;
  /** The label used for missing values. */
  readonly missingLabel: string;
  /** Confidence level of the intervals. */
  readonly confidence: number;
  /** Interval method: the Wilson score interval (OHID's method for proportions). */
  readonly method: 'wilson';
}

/**
 * Profiles the records on one field (or the intersections of several): the count and share of each
 * category with a Wilson score confidence interval, and the total.
 *
 * @remarks
 * Shares are of all counted records, so the missing category (`'Unknown'` by default) is part of the
 * denominator. To express shares of those who answered (as ONS advises for voluntary questions), pass
 * `dropMissing: true`: missing records are then excluded and counted in `excluded.missing`.
 * Categories follow the order of {@link groupCounts}. The interval is Wilson's score interval, the method
 * OHID's Fingertips guidance prescribes for proportions; it behaves at 0 and n.
 *
 * **Formula**
 * ```tex
 * p_g = \frac{n_g}{N}, \qquad
 * \frac{2n_g + z^2 \pm z\sqrt{z^2 + 4 n_g (1 - p_g)}}{2(N + z^2)}, \quad z = \Phi^{-1}\!\left(\tfrac{1 + \text{confidence}}{2}\right)
 * ```
 *
 * **References**
 * Wilson EB (1927). Probable inference, the law of succession, and statistical inference. *Journal of the
 * American Statistical Association* 22(158):209–212. https://doi.org/10.1080/01621459.1927.10502953
 * Office for Health Improvement and Disparities (2024). *Public health technical guidance: confidence
 * intervals for proportions* (Fingertips). https://fingertips.phe.org.uk/profile/guidance
 *
 * @param records - plain objects; profiled values must be strings or finite numbers
 * @param fields - one field name or several (for intersections)
 * @param options - see {@link ProfileOptions}
 * @returns each category's count, share and Wilson interval, with the total and what was recoded or dropped
 * @throws {InvalidInputError} when `records` is not an array of objects, a value is not a string or finite number (naming the field and row), a field is on no record, a value is outside the declared levels, or an option is invalid
 * @throws {InsufficientDataError} when `records` is empty or every record was dropped
 * @example
 * ```ts
 * import { profile } from 'social-outcomes/equity';
 * const people = Array.from({ length: 50 }, (_, i) => ({ ethnicity: i < 7 ? 'Asian' : 'White' }));
 * profile(people, 'ethnicity').categories[0] //=> { key: { ethnicity: 'Asian' }, n: 7, share: 0.14, lower: 0.0695083343, upper: 0.2618619371 }
 * profile(people, 'ethnicity').total //=> { n: 50, share: 1 }
 * profile([], 'ethnicity') //=> throws InsufficientDataError
 * ```
 */
export function profile(records: ReadonlyArray<Readonly<Record<string, unknown>>>, fields: string | ReadonlyArray<string>, options?: ProfileOptions): ProfileResult {
  const fn = 'profile';
  const recs = readRecords(fn, records);
  const fs = readFields(fn, 'fields', fields);
  const grouping = parseGroupingOptions(fn, options, fs);
  const opts = optionsObject(fn, options, ['confidence', 'dropMissing', 'missingLabel', 'levels', 'complete']);
  const confidence = opts.confidence === undefined ? 0.95 : confidenceLevel(fn, opts.confidence);
  requireRecords(fn, recs.length);
  const a = assignGroups(fn, recs, fs, grouping, (f) => (typeof fields === 'string' ? ['fields'] : ['fields', f]));
  const total = recs.length - a.dropped;
  if (total === 0) {
    throw new InsufficientDataError({ code: 'empty-input', message: `${fn} has no records left after dropping ${a.dropped} with a missing value (dropMissing is set)`, path: ['records'] });
  }
  const categories = a.groups.map((g): ProfileCategory => {
    const ci = wilsonInterval(g.n, total, { confidence });
    return { key: keyOf(fs, g.values), label: labelOf(g.values), n: g.n, share: g.n / total, lower: ci.lower, upper: ci.upper };
  });
  return {
    fields: fs,
    categories,
    total: { n: total, share: 1 },
    levels: a.levels,
    excluded: { missing: a.dropped },
    missing: a.missing,
    missingLabel: grouping.missingLabel,
    confidence,
    method: 'wilson',
  };
}
