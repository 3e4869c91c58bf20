/**
 * Disclosure control for the report: every published count goes through `equity.suppressSmallCounts`.
 *
 * @packageDocumentation
 */
import { suppressSmallCounts } from '../../equity/suppressSmallCounts';
import type { Breakdown, CategoryCount, FigureBasis, ReportCount } from '../reportModel';

/** Resolved suppression settings. */
export interface SuppressionSettings {
  /** Whether counts are suppressed at all. */
  readonly applied: boolean;
  /** Primary threshold. */
  readonly threshold: number;
  /** Secondary suppression. */
  readonly secondary: boolean;
  /** Rounding. */
  readonly rounding: 'none' | 'nearest-5';
}

/** A running tally of suppressed cells across the report. */
export interface SuppressionTally {
  /** Number of suppressed cells so far. */
  cells: number;
}

/** Publishes a vector of counts (and its total) under the settings. */
export function publishCounts(counts: ReadonlyArray<number>, s: SuppressionSettings, tally: SuppressionTally): { cells: ReportCount[]; total: ReportCount } {
  if (!s.applied || counts.length === 0) {
    let total = 0;
    for (const c of counts) total += c;
    return { cells: counts.map((value) => ({ value, suppressed: false })), total: { value: total, suppressed: false } };
  }
  const t = suppressSmallCounts(counts, { threshold: s.threshold, secondary: s.secondary, rounding: s.rounding });
  const cells = t.cells.map((c): ReportCount => (c.suppressed === false ? { value: c.value as number, suppressed: false } : { value: null, suppressed: true }));
  const total: ReportCount = t.total.suppressed === false ? { value: t.total.value as number, suppressed: false } : { value: null, suppressed: true };
  tally.cells += t.nSuppressed.primary + t.nSuppressed.secondary;
  return { cells, total };
}

/** Publishes one count on its own (primary suppression only: there is nothing to protect it against). */
export function publishOne(count: number, s: SuppressionSettings, tally: SuppressionTally): ReportCount {
  return publishCounts([count], { ...s, secondary: false }, tally).cells[0] as ReportCount;
}

/** Builds a breakdown from codes, labels and counts; zero categories are kept only when `keepZero`. */
export function breakdown(
  entries: ReadonlyArray<{ readonly code: string; readonly label: string; readonly count: number }>,
  basis: FigureBasis,
  s: SuppressionSettings,
  tally: SuppressionTally,
  keepZero = false,
): Breakdown {
  const kept = keepZero ? entries : entries.filter((e) => e.count > 0);
  const { cells, total } = publishCounts(kept.map((e) => e.count), s, tally);
  const totalValue = total.value;
  const categories = kept.map((e, i): CategoryCount => {
    const count = cells[i] as ReportCount;
    return { code: e.code, label: e.label, count, share: count.value === null || totalValue === null || totalValue === 0 ? null : count.value / totalValue };
  });
  return { categories, total, basis };
}
