/**
 * The portal's summary of uploaded records, computed in the browser with the library's browser-safe
 * modules only (`/outcomes`, `/change`, `/equity`, `/data/census2021`): Prevention First primary
 * outcomes change (overall and per provider), SWEMWBS wellbeing change, and the clients' profile
 * against the Census 2021 baseline of the area, with the report's disclosure control.
 *
 * It follows the same steps, with the same settings, as `buildReport` (report/), so the page and
 * the annual report show the same figures for the same file: test/e2e/portal.test.ts checks this.
 *
 * @packageDocumentation
 */
import {
  INSTRUMENTS,
  PRIMARY_OUTCOMES,
  PRIMARY_OUTCOME_IDS,
  PROPOSED_MAPPING,
  TABLE3_MAPPING,
  mapPairsToPrimaryOutcomes,
  pairReadings,
  type PrimaryOutcomeMapping,
  type Reading,
  type ReadingPair,
} from 'social-outcomes/outcomes';
import { changeAggregate, changeStatesBy, type ChangeState, type SummarizeChangeOptions, type SummarizeChangeResult } from 'social-outcomes/change';
import { baseline, compareToBaseline, ethnicHighLevelGroups2021, suppressSmallCounts, type Baseline } from 'social-outcomes/equity';
import { census2021 } from 'social-outcomes/data/census2021';
import type { PortalClient } from './csvToClients';

/** Settings of {@link summarisePortal}. */
export interface PortalSettings {
  /** GSS code of the area whose census profile is the baseline. @defaultValue 'E08000025' (Birmingham) */
  readonly area?: string;
  /** Last day of the reporting period (follow-ups after it are not used). @defaultValue '2024-03-31' */
  readonly periodEnd?: string;
  /** Fewest days between baseline and follow-up. @defaultValue 14 */
  readonly minDaysApart?: number;
  /** Confidence level of every interval. @defaultValue 0.95 */
  readonly confidence?: number;
  /** Counts from 1 to threshold − 1 are suppressed (with secondary suppression). @defaultValue 10 */
  readonly suppressionThreshold?: number;
}

/** A published count: the value, or `null` when suppressed. */
export interface PortalCount {
  /** The count, or `null` when suppressed. */
  readonly value: number | null;
  /** Whether disclosure control suppressed it. */
  readonly suppressed: boolean;
}

/** One change figure (an outcome overall or for one provider). */
export interface PortalChange {
  /** Pre–post pairs (0 when the figure is suppressed). */
  readonly n: number;
  /** `true` when there were fewer pairs than the suppression threshold. */
  readonly suppressed: boolean;
  /** Why no estimate is shown, when none is. */
  readonly notComputedReason: string | null;
  /** Mean at baseline. */
  readonly preMean: number | null;
  /** Mean at follow-up. */
  readonly postMean: number | null;
  /** Median of the changes. */
  readonly medianChange: number | null;
  /** Mean change with its t interval. */
  readonly meanChange: { readonly estimate: number; readonly lower: number; readonly upper: number } | null;
  /** p of the primary test (Wilcoxon signed-rank for ordinal Star outcomes, paired t for SWEMWBS). */
  readonly p: number | null;
  /** The primary test. */
  readonly test: 'wilcoxon signed-rank' | 'paired t';
  /** Clients who improved, stayed the same, got worse (published counts). */
  readonly direction: { readonly improved: PortalCount; readonly same: PortalCount; readonly worse: PortalCount };
}

/** A profile row: one census category. */
export interface PortalProfileRow {
  /** Census category label. */
  readonly label: string;
  /** Clients in the category (published). */
  readonly observed: PortalCount;
  /** Share of clients with a known value, or `null` when suppressed. */
  readonly share: number | null;
  /** Census share. */
  readonly baselineShare: number;
  /** Representation ratio (share ÷ census share) with Wilson-based limits, or `null` when suppressed. */
  readonly ratio: { readonly estimate: number; readonly lower: number; readonly upper: number } | null;
  /** Holm-adjusted p of the category's test, or `null` when suppressed. */
  readonly pAdjusted: number | null;
  /** `under`, `over`, `proportionate` or `suppressed`. */
  readonly flag: 'under' | 'over' | 'proportionate' | 'suppressed';
}

/** One characteristic compared with the census. */
export interface PortalProfile {
  /** Characteristic id: `ethnic-group`, `sex`, `disability`. */
  readonly characteristic: string;
  /** Display label. */
  readonly label: string;
  /** Census table id. */
  readonly table: string;
  /** Clients with a known value. */
  readonly n: number;
  /** One row per census category. */
  readonly rows: PortalProfileRow[];
  /** Goodness-of-fit test against the census shares, or `null` with no known values. */
  readonly test: { readonly statistic: number; readonly df: number; readonly pValue: number } | null;
  /** Clients left out, by reason (`not-known`, `prefer-not-to-say`, `not-recorded`, `unrecognised-code`). */
  readonly excluded: Readonly<Record<string, number>>;
}

/** Result of {@link summarisePortal}. */
export interface PortalSummary {
  /** Settings as applied. */
  readonly settings: Required<PortalSettings>;
  /** Clients and readings read. */
  readonly input: { readonly clients: number; readonly readings: number };
  /** Pairs formed and readings excluded by reason (non-zero reasons only). */
  readonly pairing: { readonly pairs: number; readonly readingsExcluded: Readonly<Record<string, number>> };
  /** Primary outcomes change, in Prevention First order (outcomes with no pair left out). */
  readonly outcomes: Array<{ readonly outcomeId: string; readonly label: string; readonly overall: PortalChange; readonly byProvider: Array<PortalChange & { readonly providerId: string }> }>;
  /** SWEMWBS metric score change. */
  readonly wellbeing: { readonly overall: PortalChange; readonly byProvider: Array<PortalChange & { readonly providerId: string }> };
  /** Profile against Census 2021. */
  readonly profile: PortalProfile[];
}

/** Table 3 of the review plus the library's proposed Carers Star and Home Star rows (the report's default). */
const MAPPING: PrimaryOutcomeMapping = { ...TABLE3_MAPPING, ...PROPOSED_MAPPING };
const SWEMWBS = INSTRUMENTS.swemwbs;

/**
 * Summarises client records for the portal: primary outcomes change, wellbeing change and the
 * profile against Census 2021, with small counts suppressed.
 *
 * @param clients - one record per client (e.g. from `csvToClients`, or `normaliseRecords(...).clients` in Node)
 * @param settings - area, period end, pairing and disclosure settings
 * @returns the summary (plain JSON)
 * @throws {ReferenceDataError} when the area has no Census 2021 baseline
 */
export function summarisePortal(clients: ReadonlyArray<PortalClient>, settings: PortalSettings = {}): PortalSummary {
  const s: Required<PortalSettings> = {
    area: settings.area ?? 'E08000025',
    periodEnd: settings.periodEnd ?? '2024-03-31',
    minDaysApart: settings.minDaysApart ?? 14,
    confidence: settings.confidence ?? 0.95,
    suppressionThreshold: settings.suppressionThreshold ?? 10,
  };
  const publish = (counts: ReadonlyArray<number>): PortalCount[] =>
    suppressSmallCounts(counts, { threshold: s.suppressionThreshold, secondary: true, rounding: 'none' }).cells.map((c) =>
      c.suppressed === false ? { value: c.value as number, suppressed: false } : { value: null, suppressed: true },
    );

  // --- Pairing: first reading vs latest on or before the period end ----------------------------
  const readings: Reading[] = [];
  const providerOf = new Map<string, string>();
  for (const c of clients) {
    providerOf.set(c.clientId, c.providerId ?? 'unknown');
    for (const r of c.readings) readings.push(r);
  }
  const providerIds = [...new Set(providerOf.values())].sort();
  const paired = readings.length === 0 ? undefined : pairReadings(readings, { strategy: 'first-latest-before', windowEnd: s.periodEnd, minDaysApart: s.minDaysApart, onInvalid: 'exclude' });
  const readingsExcluded: Record<string, number> = {};
  if (paired !== undefined) for (const [reason, n] of Object.entries(paired.counts.readingsByReason)) if (n > 0) readingsExcluded[reason] = n;
  const pairs: ReadonlyArray<ReadingPair> = paired?.pairs ?? [];
  const starPairs = pairs.filter((p) => p.instrumentId !== 'swemwbs' && MAPPING[p.instrumentId] !== undefined);
  const swPairs = pairs.filter((p) => p.instrumentId === 'swemwbs');

  // --- Change figures ----------------------------------------------------------------------------
  // As buildReport: the pairs of one outcome become mergeable change states per provider; the overall figure comes
  // from the providers' states merged, so the portal and the report agree to the last bit.
  const figure = (n: number, summarize: () => SummarizeChangeResult, options: SummarizeChangeOptions): PortalChange => {
    const test = options.scale === 'interval' ? 'paired t' : 'wilcoxon signed-rank';
    const zero: PortalCount = { value: 0, suppressed: false };
    const empty = (reason: string, suppressed: boolean): PortalChange => ({
      n: suppressed ? 0 : n, suppressed, notComputedReason: reason, preMean: null, postMean: null, medianChange: null, meanChange: null, p: null, test,
      direction: { improved: zero, same: zero, worse: zero },
    });
    if (n > 0 && n < s.suppressionThreshold) return empty(`fewer than ${s.suppressionThreshold} pairs (suppressed)`, true);
    if (n < 2) return empty(n === 0 ? 'no pairs' : 'fewer than 2 pairs', false);
    const r = summarize();
    const tt = r.tests.pairedT;
    const w = r.tests.wilcoxon;
    const p = r.primary.test === 'wilcoxon' ? (w.status === 'ok' ? w.result.pValue : null) : tt.status === 'ok' ? tt.result.pValue : null;
    const ci = tt.status === 'ok' ? tt.result.ci : undefined;
    const [improved, same, worse] = publish([r.direction.improved, r.direction.same, r.direction.worse]) as [PortalCount, PortalCount, PortalCount];
    return {
      n,
      suppressed: false,
      notComputedReason: null,
      preMean: r.pre.mean,
      postMean: r.post.mean,
      medianChange: r.change.median,
      meanChange: ci !== undefined && ci.lower !== null && ci.upper !== null ? { estimate: ci.estimate, lower: ci.lower, upper: ci.upper } : null,
      p,
      test: r.primary.test === 'wilcoxon' ? 'wilcoxon signed-rank' : 'paired t',
      direction: { improved, same, worse },
    };
  };
  const figures = (rows: ReadonlyArray<{ clientId: string; pre: number; post: number }>, options: SummarizeChangeOptions): { overall: PortalChange; byProvider: Array<PortalChange & { providerId: string }> } => {
    const agg = changeAggregate(options);
    const columns = { provider: rows.map((r) => providerOf.get(r.clientId) as string), pre: rows.map((r) => r.pre), post: rows.map((r) => r.post) };
    const states = new Map<string, ChangeState>();
    if (rows.length > 0) for (const g of changeStatesBy(columns, { by: ['provider'], ...(options.range !== undefined ? { range: options.range } : {}) }).groups) states.set(g.key['provider'] as string, g.state);
    const overall = (): ChangeState => providerIds.reduce((a, pid) => { const st = states.get(pid); return st === undefined ? a : agg.merge(a, st); }, agg.init());
    return {
      overall: figure(rows.length, () => agg.finalize(overall()), options),
      byProvider: providerIds.flatMap((pid) => {
        const st = states.get(pid);
        return st === undefined ? [] : [{ ...figure(st.n, () => agg.finalize(st), options), providerId: pid }];
      }),
    };
  };

  const outcomes: PortalSummary['outcomes'] = [];
  if (starPairs.length > 0) {
    const mapped = mapPairsToPrimaryOutcomes(starPairs, { mapping: MAPPING, missingAreas: 'skip' });
    const options: SummarizeChangeOptions = { scale: 'ordinal', range: { min: 0, max: 1 }, higherIsBetter: true, confidence: s.confidence };
    for (const id of PRIMARY_OUTCOME_IDS) {
      const rows = mapped.rows.filter((row) => row.outcomeId === id);
      if (rows.length === 0) continue;
      outcomes.push({
        outcomeId: id,
        label: PRIMARY_OUTCOMES.find((o) => o.id === id)?.name ?? id,
        ...figures(rows, options),
      });
    }
  }
  const swRows = swPairs.flatMap((p) => {
    const pre = p.baseline.scores['total'];
    const post = p.followUp.scores['total'];
    return typeof pre === 'number' && typeof post === 'number' ? [{ clientId: p.clientId, pre, post }] : [];
  });
  const swOptions: SummarizeChangeOptions = { scale: 'interval', instrument: SWEMWBS, confidence: s.confidence };
  const wellbeing = figures(swRows, swOptions);

  // --- Profile against Census 2021 ---------------------------------------------------------------
  const compare = (characteristic: string, label: string, base: Baseline, categoryOf: (c: PortalClient) => string | { excluded: string }): PortalProfile => {
    const counts = new Map<string, number>(base.categories.map((c) => [c.label, 0]));
    const excluded: Record<string, number> = {};
    for (const c of clients) {
      const cat = categoryOf(c);
      if (typeof cat === 'string' && counts.has(cat)) counts.set(cat, (counts.get(cat) as number) + 1);
      else {
        const reason = typeof cat === 'string' ? 'unrecognised-code' : cat.excluded;
        excluded[reason] = (excluded[reason] ?? 0) + 1;
      }
    }
    const values = base.categories.map((c) => counts.get(c.label) as number);
    const n = values.reduce((a, b) => a + b, 0);
    const published = publish(values);
    if (n === 0) {
      return {
        characteristic, label, table: base.table.id, n, test: null, excluded,
        rows: base.categories.map((c, k) => ({ label: c.label, observed: published[k] as PortalCount, share: null, baselineShare: c.share, ratio: null, pAdjusted: null, flag: 'suppressed' })),
      };
    }
    const cmp = compareToBaseline(Object.fromEntries(base.categories.map((c, k) => [c.label, values[k] as number])), base, { confidence: s.confidence });
    const rows = cmp.categories.map((c, k): PortalProfileRow => {
      const observed = published[k] as PortalCount;
      if (observed.suppressed) return { label: c.category, observed, share: null, baselineShare: c.expectedShare, ratio: null, pAdjusted: null, flag: 'suppressed' };
      const rr = c.representationRatio;
      return {
        label: c.category,
        observed,
        share: c.share.estimate,
        baselineShare: c.expectedShare,
        ratio: { estimate: rr.estimate, lower: rr.lower, upper: rr.upper },
        pAdjusted: c.pAdjusted,
        flag: c.flag === 'as-expected' ? 'proportionate' : c.flag,
      };
    });
    return { characteristic, label, table: base.table.id, n, rows, test: { statistic: cmp.test.statistic, df: cmp.test.df, pValue: cmp.test.pValue }, excluded };
  };
  const NON_RESPONSE = new Set(['not-known', 'prefer-not-to-say']);
  // Ethnicity codes of the record standard start with their Census 2021 high-level group.
  const groupLabel = new Map(['asian', 'black', 'mixed', 'white', 'other'].map((g) => [g, ethnicHighLevelGroups2021.find((h) => h.label.toLowerCase().startsWith(g))?.label ?? g]));
  const profile = [
    compare('ethnic-group', 'Ethnic group (5 groups)', baseline(census2021, { area: s.area, topic: 'ethnic-group', level: 'aggregate' }), (c) =>
      NON_RESPONSE.has(c.ethnicity) ? { excluded: c.ethnicity } : groupLabel.get(c.ethnicity.split('-')[0] as string) ?? c.ethnicity,
    ),
    compare('sex', 'Sex', baseline(census2021, { area: s.area, topic: 'sex' }), (c) =>
      c.sex === undefined ? { excluded: 'not-recorded' } : c.sex === 'female' ? 'Female' : c.sex === 'male' ? 'Male' : NON_RESPONSE.has(c.sex) ? { excluded: c.sex } : c.sex,
    ),
    compare('disability', 'Disability (Equality Act)', baseline(census2021, { area: s.area, topic: 'disability', level: 'aggregate' }), (c) =>
      c.disability === 'yes' ? 'Disabled under the Equality Act' : c.disability === 'no' ? 'Not disabled under the Equality Act' : NON_RESPONSE.has(c.disability) ? { excluded: c.disability } : c.disability,
    ),
  ];

  return { settings: s, input: { clients: clients.length, readings: readings.length }, pairing: { pairs: pairs.length, readingsExcluded }, outcomes, wellbeing, profile };
}
