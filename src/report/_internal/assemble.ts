/**
 * Builds every section of the report model from the scanned records by calling the module functions.
 *
 * @packageDocumentation
 */
import { census2021, type CensusDataset } from '../../data/census2021';
import { PRIMARY_OUTCOMES, PRIMARY_OUTCOME_IDS, PROPOSED_MAPPING, TABLE3_MAPPING, type PrimaryOutcomeMapping } from '../../data/preventionFirst';
import { SWEMWBS } from '../../data/instruments';
import { pssruUnitCosts2024 } from '../../data/pssru';
import type { UnitCostTable } from '../../data/unitCosts';
import type { ReliabilityInput } from '../../change/reliableChange';
import type { SummarizeChangeOptions, SummarizeChangeResult } from '../../change/summarizeChange';
import { changeAggregate, type ChangeAggregate, type ChangeState } from '../../change/changeAggregate';
import { changeStatesBy } from '../../change/summarizeChangeBy';
import { mergeBalanced } from '../../change/_internal/mergeBalanced';
import { ClientPairer, type PairSink } from '../../outcomes/_internal/clientPairing';
import { dayOf } from '../../outcomes/_internal/readings';
import { EXCLUSION_REASONS } from '../../outcomes/readings';
import { baseline as censusBaseline, type Baseline } from '../../equity/baseline';
import { compareToBaseline } from '../../equity/compareToBaseline';
import type { CodedCategoryColumn } from '../../equity/outcomeByGroup';
import { checkKAnonymity } from '../../equity/checkKAnonymity';
import { isMissing } from '../../equity/_internal/groupingRecords';
import { valueOutcomes, type ValueOutcomesOptions, type ValueOutcomesResult } from '../../socialvalue/valueOutcomes';
import { avoidedCosts } from '../../socialvalue/avoidedCosts';
import { sroi } from '../../socialvalue/sroi';
import { sensitivity } from '../../socialvalue/sensitivity';
import type { OutcomeClaim, ValueBank, ValueLocation } from '../../socialvalue/types';
import { wilsonInterval } from '../../stats/wilsonInterval';
import { tIntervalFromSummary } from '../../stats/tInterval';
import { SocialOutcomesError } from '../../errors';
import {
  DISABILITY,
  ETHNIC_GROUPS_2021,
  ETHNICITY_2021,
  GENDER,
  REFERRAL_OUTCOME,
  REFERRAL_SOURCE,
  UNSUCCESSFUL_REFERRAL_REASON,
  type CodeEntry,
} from '../../schema/codings';
import type { ClientRecord } from '../../schema/clientRecord';
import type {
  Breakdown,
  ChangeFigure,
  CharacteristicComparison,
  DataSource,
  Disparity,
  DisparityGroup,
  ExclusionCount,
  FigureBasis,
  OutcomeChange,
  ReliableChangeRow,
  ReportCaveat,
  ReportCount,
  ReportInterval,
  ReportModel,
  RepresentationRow,
  SocialValueSection,
  TornadoBar,
  WaterfallStep,
} from '../reportModel';
import { REPORT_MODEL_VERSION } from '../reportModel';
import { breakdown, publishCounts, publishOne, type SuppressionSettings, type SuppressionTally } from './publish';
import { scanRecords, type Tally } from './scan';
import { PairRows, reserveScratch } from './pairRows';
import { inlineEquity, type EquityRunner, type GroupingByCode } from './equityRun';
import { countCodes, type CodedField } from './codedField';
import { LIBRARY_VERSION } from './version';
import { Fnv64 } from './hash';
import { formatMoney, formatNumber, formatPercent } from './format';

/** The validated configuration. */
export interface ResolvedConfig {
  readonly area: string;
  readonly period: { readonly label: string; readonly start: string; readonly end: string };
  readonly generated: string;
  readonly title?: string;
  readonly baseline: CensusDataset;
  readonly valueBank?: ValueBank;
  readonly priceYear?: string;
  readonly discountRate: number | 'green-book';
  readonly adjustments: {
    readonly deadweight: { readonly value: number; readonly source: string } | undefined;
    readonly attribution: { readonly value: number; readonly source: string } | undefined;
    readonly displacement: { readonly value: number; readonly source: string } | undefined;
    readonly dropOff: { readonly value: number; readonly source: string } | undefined;
    readonly durationYears: number;
  };
  readonly investment?: number;
  readonly avoidedCosts?: {
    readonly events: ReadonlyArray<{ readonly outputId: string; readonly unitCostId: string; readonly quantityPerClient: number }>;
    readonly unitCosts?: UnitCostTable;
    readonly deadweight?: number;
    readonly attribution?: number;
  };
  readonly suppression: SuppressionSettings;
  readonly quasiIdentifiers?: ReadonlyArray<string>;
  readonly providerNames: Readonly<Record<string, string>>;
  readonly reliability: Readonly<Record<string, ReliabilityInput>>;
  readonly mapping?: PrimaryOutcomeMapping;
  readonly minDaysApart: number;
  readonly minGroupSize: number;
  readonly confidence: number;
  readonly issues: ReadonlyArray<{ readonly code: string }>;
  readonly seed?: number;
}

/** The default mapping: Table 3 plus the proposed Carers Star and Home Star rows. */
const DEFAULT_MAPPING: PrimaryOutcomeMapping = { ...TABLE3_MAPPING, ...PROPOSED_MAPPING };
const AGE_BREAKS = [18, 25, 35, 50, 65, 75];
const ZERO: ReportCount = { value: 0, suppressed: false };
const READING_REASON_TEXT: Readonly<Record<string, string>> = {
  'invalid-date': 'reading date is not a real date',
  'unknown-instrument': 'instrument is not in the registry',
  'unknown-area': 'score area is not an area of the instrument',
  'off-scale': 'score is outside the instrument scale',
  'no-scores': 'reading has no scores',
  'duplicate-date': 'two readings of one instrument on one date',
  'outside-window': 'reading after the end of the reporting period',
  'retrospective-baseline': 'retrospective baseline excluded',
  'no-baseline': 'no baseline near the start',
  'single-reading': 'only one reading (no follow-up)',
  'too-close': 'follow-up too soon after the baseline',
};

function labelOf(entries: ReadonlyArray<CodeEntry>, code: string): string {
  for (const e of entries) if (e.code === code) return e.label;
  if (code === 'not-known') return 'Not known';
  if (code === 'not-recorded') return 'Not recorded';
  return code;
}

function sortedTally(t: Tally, order?: ReadonlyArray<string>): Array<{ code: string; count: number }> {
  const entries = [...t.entries()].map(([code, count]) => ({ code, count }));
  if (order !== undefined) {
    // First place of each code in `order` (as indexOf would give), looked up once per code, not per comparison.
    const place = new Map<string, number>();
    for (let k = order.length - 1; k >= 0; k--) place.set(order[k] as string, k);
    const rank = new Map(entries.map((e) => [e.code, place.get(e.code) ?? order.length]));
    return entries.sort((a, b) => (rank.get(a.code) as number) - (rank.get(b.code) as number) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }
  return entries.sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

function interval(estimate: number, lower: number, upper: number, confidence: number, method: string): ReportInterval {
  return { estimate, lower, upper, confidence, method };
}

/**
 * A coded field as a dictionary-encoded grouping column: values that grouping treats as missing (blank) get code −1,
 * as they would in an array of the values. The codes are read in place when no value is blank.
 */
function missingAsMinusOne(field: CodedField): CodedCategoryColumn {
  const blank = field.values.map((v) => isMissing(v));
  if (!blank.includes(true)) return { codes: field.codes, levels: field.values };
  const levels: string[] = [];
  const lut = field.values.map((v, k) => (blank[k] === true ? -1 : levels.push(v) - 1));
  const codes = field.codes.length > 0 && levels.length < 127 ? new Int8Array(field.codes.length) : new Int32Array(field.codes.length);
  for (let i = 0; i < codes.length; i++) codes[i] = lut[field.codes[i] as number] as number;
  return { codes, levels };
}

/** A coded field's values placed into `levels` by `categoryOf` (once per distinct value). */
function groupingOf(field: CodedField, levels: ReadonlyArray<string>, categoryOf: (value: string) => string | undefined): GroupingByCode {
  const index = new Map(levels.map((l, k) => [l, k]));
  const lut = Int8Array.from(field.values, (v) => { const c = categoryOf(v); return c === undefined ? -1 : index.get(c) ?? -1; });
  return { codes: field.codes, lut, levels };
}

/** Where an age or age band falls: its census age category, or the reason it has none. */
interface AgePlace {
  readonly idx: number;
  readonly reason: string;
}

/** A coded field's records per value, as a tally keyed by `key(value)` (values sharing a key are added). */
function tallyCoded(field: CodedField, key: (value: string) => string = (v) => v): Tally {
  const counts = countCodes(field);
  const out: Tally = new Map();
  field.values.forEach((v, k) => { const c = counts[k] as number; if (c > 0) out.set(key(v), (out.get(key(v)) ?? 0) + c); });
  return out;
}

const ETHNIC_GROUP_OF: ReadonlyMap<string, string> = new Map(ETHNICITY_2021.flatMap((e): Array<[string, string]> => (e.group === undefined ? [] : [[e.code, e.group]])));
const CENSUS_LABEL_OF_ETHNICITY: ReadonlyMap<string, string> = new Map(ETHNICITY_2021.flatMap((e): Array<[string, string]> => (e.census === undefined ? [] : [[e.code, e.census.label]])));

/** Assembles the report. */
export function assembleReport(fn: string, records: ReadonlyArray<ClientRecord>, cfg: ResolvedConfig, equityRunner: EquityRunner = inlineEquity): ReportModel {
  const scan = scanRecords(fn, records);
  const sup = cfg.suppression;
  const tally: SuppressionTally = { cells: 0 };
  const conf = cfg.confidence;
  const caveats: ReportCaveat[] = [];
  const exclusions: ExclusionCount[] = [];
  const recordsSource = `client records supplied (${scan.n} records, ${scan.nReadings} readings)`;
  const basis = (n: number, unit: string, method: string, source = recordsSource): FigureBasis => ({ n, unit, method, source });

  // --- Census baselines (area name comes from them) ---------------------------------------------
  const ageBaseline = censusBaseline(cfg.baseline, { area: cfg.area, topic: 'age-single-year', breaks: AGE_BREAKS });
  const areaName = ageBaseline.area.name;
  const providerName = (id: string): string => cfg.providerNames[id] ?? id;

  // --- Reach ------------------------------------------------------------------------------------
  const t = scan.tallies;
  const referrals = publishOne(scan.n, sup, tally);
  const reachBreakdown = (tl: Tally, entries: ReadonlyArray<CodeEntry> | undefined, what: string, order?: ReadonlyArray<string>, label?: (c: string) => string): Breakdown =>
    breakdown(
      sortedTally(tl, order).map((e) => ({ code: e.code, label: label !== undefined ? label(e.code) : entries !== undefined ? labelOf(entries, e.code) : e.code, count: e.count })),
      basis([...tl.values()].reduce((s, v) => s + v, 0), 'referrals', `count of referrals by ${what}`),
      sup,
      tally,
    );
  const byProvider = reachBreakdown(t.provider, undefined, 'provider', scan.providerIds, providerName);
  const outcomes = reachBreakdown(t.outcome, REFERRAL_OUTCOME, 'referral outcome', ['supported', 'waiting-list', 'unsuccessful', 'not-known']);
  const sources = reachBreakdown(t.source, REFERRAL_SOURCE, 'referral source', REFERRAL_SOURCE.map((e) => e.code));
  const routes = reachBreakdown(t.route, undefined, 'referral route (lower-cased)');
  const unsuccessfulReasons = reachBreakdown(t.reason, UNSUCCESSFUL_REFERRAL_REASON, 'reason a referral was unsuccessful (review 7.2.3)', [...UNSUCCESSFUL_REFERRAL_REASON.map((e) => e.code), 'not-recorded']);
  const repeatReferrals = reachBreakdown(t.repeat, undefined, 'repeat or new referral', ['new', 'repeat', 'not-recorded'], (c) => (c === 'new' ? 'New referral' : c === 'repeat' ? 'Repeat referral' : 'Not recorded'));
  const statutory = t.source.get('statutory') ?? 0;
  const vcse = t.source.get('vcse') ?? 0;
  const knownSource = scan.n - (t.source.get('not-known') ?? 0);
  const propOrNull = (x: number, m: number): ReportInterval | null => {
    if (m === 0 || (sup.applied && ((x > 0 && x < sup.threshold) || (m - x > 0 && m - x < sup.threshold)))) return null;
    const w = wilsonInterval(x, m, { confidence: conf });
    return interval(w.estimate, w.lower, w.upper, conf, 'wilson');
  };
  const acc = t.accessibility;
  let accN = 0, accSum = 0, accSq = 0;
  for (let k = 1; k <= 5; k++) { const c = acc[k] as number; accN += c; accSum += k * c; }
  const accMean = accN === 0 ? 0 : accSum / accN;
  for (let k = 1; k <= 5; k++) accSq += (acc[k] as number) * (k - accMean) ** 2;
  let accInterval: ReportInterval | null = null;
  if (accN >= 2 && accSq > 0 && (!sup.applied || accN >= sup.threshold)) {
    const ti = tIntervalFromSummary({ n: accN, mean: accMean, sd: Math.sqrt(accSq / (accN - 1)) }, { confidence: conf });
    accInterval = interval(ti.estimate, ti.lower, ti.upper, conf, 't');
  }
  const accessibility = {
    ratings: breakdown(
      [1, 2, 3, 4, 5].map((k) => ({ code: String(k), label: ['', 'Not at all accessible', 'Not very accessible', 'Neither', 'Fairly accessible', 'Very accessible'][k] as string, count: acc[k] as number })),
      basis(accN, 'clients who answered', 'count of answers to the accessibility item (review 7.3.2)'),
      sup,
      tally,
      true,
    ),
    mean: accInterval,
  };
  const reach = {
    referrals,
    byProvider,
    outcomes,
    sources,
    statutoryVsVcse: {
      statutory: propOrNull(statutory, knownSource),
      vcse: propOrNull(vcse, knownSource),
      basis: basis(knownSource, 'referrals with a known source', 'proportions with Wilson score intervals (stats.wilsonInterval)'),
    },
    routes,
    unsuccessfulReasons,
    repeatReferrals,
    accessibility,
  };

  // --- Per-record census categories -------------------------------------------------------------
  // Each distinct age and age band is placed once; records then take their category by code.
  const ageCats = ageBaseline.categories;
  const ageBandLabel = AGE_BREAKS.map((b, k) => (k + 1 < AGE_BREAKS.length ? `${b}-${(AGE_BREAKS[k + 1] as number) - 1}` : `${b}+`));
  // A negative (or NaN) age counts as no age: the record's band is used.
  const ofAge = scan.age.ages.map((a): AgePlace | null => {
    if (!(a >= 0)) return null;
    const k = ageCategoryOf(a, a, ageCats);
    return k >= 0 ? { idx: k, reason: '' } : { idx: -1, reason: a < (AGE_BREAKS[0] as number) ? 'under-18' : 'age-not-comparable' };
  });
  const ofBand = scan.ageBand.values.map((band): AgePlace => {
    if (band === '' || band === 'not-known') return { idx: -1, reason: 'not-known' };
    if (band === 'prefer-not-to-say') return { idx: -1, reason: 'prefer-not-to-say' };
    const m = /^(\d+)(?:-(\d+)|\+)$/.exec(band);
    const lo = m === null ? -1 : Number(m[1]);
    const hi = m === null ? -1 : m[2] === undefined ? Number.POSITIVE_INFINITY : Number(m[2]);
    const k = m === null ? -1 : ageCategoryOf(lo, hi, ageCats);
    return k >= 0 ? { idx: k, reason: '' } : { idx: -1, reason: hi < (AGE_BREAKS[0] as number) ? 'under-18' : 'age-band-not-comparable' };
  });
  // Per record: its age category, or −1 − (index of its exclusion reason in `ageReasons`).
  const ageReasons: string[] = [];
  const USE_BAND = -128;
  const reasonCode = (p: AgePlace | null): number => {
    if (p === null) return USE_BAND;
    if (p.idx >= 0) return p.idx;
    let r = ageReasons.indexOf(p.reason);
    if (r < 0) r = ageReasons.push(p.reason) - 1;
    return -1 - r;
  };
  const byAge = Int32Array.from(ofAge, reasonCode), byBand = Int32Array.from(ofBand, reasonCode);
  const agePlace = new Int8Array(scan.n);
  {
    const ac = scan.age.codes, bc = scan.ageBand.codes;
    for (let i = 0; i < scan.n; i++) {
      const a = ac[i] as number;
      const p = a >= 0 ? (byAge[a] as number) : USE_BAND;
      agePlace[i] = p !== USE_BAND ? p : (byBand[bc[i] as number] as number);
    }
  }
  // Equity grouping of each record: its code in `codes` (negative: not known) is placed into `levels` by `lut`.
  const groupCodes: Readonly<Record<'ethnicGroup' | 'age' | 'gender' | 'disability', GroupingByCode>> = {
    ethnicGroup: groupingOf(scan.ethnicity, ETHNIC_GROUPS_2021.map((e) => e.code), (v) => ETHNIC_GROUP_OF.get(v)),
    age: { codes: agePlace, lut: Int8Array.from(ageBandLabel, (_, k) => k), levels: ageBandLabel },
    gender: groupingOf(scan.gender, ['man', 'woman', 'self-describe'], (v) => v),
    disability: groupingOf(scan.disability, ['yes', 'no'], (v) => v),
  };

  // --- Profile versus Census 2021 ---------------------------------------------------------------
  const characteristics: CharacteristicComparison[] = [];
  const profileFindings: string[] = [];
  // Each characteristic is tallied once by record code; codes map to census labels (or an exclusion reason).
  const compare = (id: string, label: string, base: Baseline, codes: Tally, categoryOf: (code: string) => { label: string } | { excluded: string }, displayLabel: (censusLabel: string) => string, code: (censusLabel: string) => string): void => {
    const counts = new Map<string, number>(base.categories.map((c) => [c.label, 0]));
    const excl: Tally = new Map();
    for (const [value, n] of codes) {
      const c = categoryOf(value);
      if ('label' in c && counts.has(c.label)) counts.set(c.label, (counts.get(c.label) as number) + n);
      else { const r = 'label' in c ? 'not-in-census-classification' : c.excluded; excl.set(r, (excl.get(r) ?? 0) + n); }
    }
    const excluded = sortedTally(excl).map((e) => ({ reason: e.code, description: exclusionText(e.code), count: e.count }));
    const values = base.categories.map((c) => counts.get(c.label) as number);
    const nKnown = values.reduce((s, v) => s + v, 0);
    const published = publishCounts(values, sup, tally).cells;
    const source = `Census 2021 ${base.table.id} (${base.table.title}), ${base.area.name}, ${base.provenance.publisher} (${base.provenance.licence}); ${base.populationBase}`;
    let rows: RepresentationRow[];
    let test: CharacteristicComparison['test'] = null;
    let method = 'equity.compareToBaseline: representation ratio = observed share ÷ census share, Wilson limits ÷ census share, Holm-adjusted score tests';
    if (nKnown === 0) {
      rows = base.categories.map((c, k) => ({ code: code(c.label), label: displayLabel(c.label), observed: published[k] as ReportCount, observedShare: null, baselineShare: c.share, ratio: null, flag: 'suppressed', pAdjusted: null }));
      method += ' (not computed: no client with a known value)';
    } else {
      const cmp = compareToBaseline(Object.fromEntries(base.categories.map((c, k) => [c.label, values[k] as number])), base, { confidence: conf });
      test = { method: cmp.test.methodDescription, statistic: cmp.test.statistic, df: cmp.test.df, p: cmp.test.pValue };
      rows = cmp.categories.map((c, k): RepresentationRow => {
        const pub = published[k] as ReportCount;
        if (pub.suppressed) return { code: code(c.category), label: displayLabel(c.category), observed: pub, observedShare: null, baselineShare: c.expectedShare, ratio: null, flag: 'suppressed', pAdjusted: null };
        const rr = c.representationRatio;
        const flag = c.flag === 'as-expected' ? 'proportionate' : c.flag;
        if (flag === 'under' && c.pAdjusted < 1 - conf) profileFindings.push(`${displayLabel(c.category)} (${label}): ${formatNumber(rr.estimate, 2)} times the census share`);
        return {
          code: code(c.category),
          label: displayLabel(c.category),
          observed: pub,
          observedShare: c.share.estimate,
          baselineShare: c.expectedShare,
          ratio: interval(rr.estimate, rr.lower, rr.upper, conf, 'wilson-over-census-share'),
          flag,
          pAdjusted: c.pAdjusted,
        };
      });
    }
    characteristics.push({ characteristic: id, label, baselineTable: base.table.id, rows, test, excluded, basis: { n: nKnown, unit: 'clients with a known value', method, source } });
  };
  const ethBase = censusBaseline(cfg.baseline, { area: cfg.area, topic: 'ethnic-group', level: 'aggregate' });
  const groupLabelToCode = new Map(ETHNIC_GROUPS_2021.map((e) => [e.census?.label ?? e.label, e.code]));
  const ethTally = tallyCoded(scan.ethnicity);
  compare('ethnic-group', 'Ethnic group (5 groups)', ethBase, ethTally, (e) => {
    const g = ETHNIC_GROUP_OF.get(e);
    if (g === undefined) return { excluded: e };
    const entry = ETHNIC_GROUPS_2021.find((x) => x.code === g) as CodeEntry;
    return { label: entry.census?.label ?? entry.label };
  }, (l) => l, (l) => groupLabelToCode.get(l) ?? l);
  const ethDetail = censusBaseline(cfg.baseline, { area: cfg.area, topic: 'ethnic-group', level: 'detail' });
  const detailLabelToCode = new Map([...CENSUS_LABEL_OF_ETHNICITY.entries()].map(([c, l]) => [l, c]));
  compare('ethnicity', 'Ethnic group (19 categories)', ethDetail, ethTally, (e) => {
    const l = CENSUS_LABEL_OF_ETHNICITY.get(e);
    return l === undefined ? { excluded: e } : { label: l };
  }, (l) => l, (l) => detailLabelToCode.get(l) ?? l);
  // Age: records per category label, or per exclusion reason (keyed after a NUL so no label can collide).
  const ageTally: Tally = new Map();
  {
    const perPlace = new Float64Array(256);
    for (let i = 0; i < scan.n; i++) { const p = (agePlace[i] as number) & 255; perPlace[p] = (perPlace[p] as number) + 1; }
    perPlace.forEach((c, p) => {
      if (c === 0) return;
      const place = p < 128 ? p : p - 256;
      const key = place >= 0 ? (ageCats[place] as Baseline['categories'][number]).label : `\u0000${ageReasons[-1 - place] as string}`;
      ageTally.set(key, (ageTally.get(key) ?? 0) + c);
    });
  }
  compare('age', 'Age (adults)', ageBaseline, ageTally, (key) => (key.startsWith('\u0000') ? { excluded: key.slice(1) } : { label: key }), (l) => l, (l) => { const k = ageCats.findIndex((c) => c.label === l); return k >= 0 ? (ageBandLabel[k] as string) : l; });
  const sexBase = censusBaseline(cfg.baseline, { area: cfg.area, topic: 'sex' });
  compare('sex', 'Sex', sexBase, tallyCoded(scan.sex), (s) => {
    return s === 'female' ? { label: 'Female' } : s === 'male' ? { label: 'Male' } : { excluded: s };
  }, (l) => l, (l) => l.toLowerCase());
  const disBase = censusBaseline(cfg.baseline, { area: cfg.area, topic: 'disability', level: 'aggregate' });
  const disLabel = new Map(DISABILITY.flatMap((e): Array<[string, string]> => (e.census === undefined ? [] : [[e.code, e.census.label]])));
  const disCode = new Map([...disLabel.entries()].map(([c, l]) => [l, c]));
  compare('disability', 'Disability (Equality Act)', disBase, tallyCoded(scan.disability), (d) => {
    const l = disLabel.get(d);
    return l === undefined ? { excluded: d } : { label: l };
  }, (l) => l, (l) => disCode.get(l) ?? l);
  caveats.push({ code: 'census-all-ages', section: 'profile', message: 'Ethnic group, sex and disability are compared with the census shares of all ages, while clients are adults; age is compared with the adult (18+) population.' });

  const nProviders = scan.providerIds.length;
  const outcomeIds = PRIMARY_OUTCOME_IDS;
  const SW = outcomeIds.length;
  // --- Pairing and mapping, client by client ---------------------------------------------------
  // outcomes' ClientPairer applies pairReadings' rules (first reading vs latest on or before the period end,
  // invalid readings excluded and counted) and mapPairsToPrimaryOutcomes' (proportion of the scale range, mean
  // of the mapped areas, skipped when an area is missing) one record at a time, without per-reading objects.
  const mapping = cfg.mapping ?? DEFAULT_MAPPING;
  // Each outcome's pairs are bounded by the records with two or more readings of an instrument mapped to it.
  const pairBound = (instrumentIds: ReadonlyArray<string>): number => instrumentIds.reduce((t, id) => t + (scan.multiReading.get(id) ?? 0), 0);
  const streams = [
    ...outcomeIds.map((id) => new PairRows(pairBound(Object.keys(mapping).filter((inst) => Object.values(mapping[inst] ?? {}).includes(id))))),
    new PairRows(pairBound(['swemwbs'])),
  ];
  const swAll = streams[SW] as PairRows;
  const pairer = new ClientPairer(fn, { registry: undefined, windowEnd: dayOf(cfg.period.end), minDaysApart: cfg.minDaysApart, mapping });
  const order = scan.order;
  let current = 0;
  const onPair: PairSink = (instrumentId, baseline, followUp, _days, jb, jf) => {
    if (instrumentId !== 'swemwbs') {
      pairer.mapPair(instrumentId, jb, jf);
      for (let k = 0; k < SW; k++) if (pairer.scored[k] === 1) (streams[k] as PairRows).pushMapped(current, pairer.mapped, 2 * k);
      return;
    }
    const a = baseline.scores['total'], c = followUp.scores['total'];
    if (typeof a !== 'number' || typeof c !== 'number') return;
    swAll.push(current, a, c);
  };
  // Clients are paired in client-id order, so the figures do not depend on the order of the records.
  for (let j = 0; j < scan.n; j++) {
    const i = order === null ? j : (order[j] as number);
    current = i;
    const rec = records[i] as ClientRecord;
    pairer.pairClient(rec.clientId, rec.readings, i, onPair);
  }
  reserveScratch(streams);
  // The equity comparisons need only the pairs and the record codes: they start now (on another thread when the
  // runner has one) and are read when the equity section is written.
  const characteristicsForEquity: ReadonlyArray<readonly [keyof typeof groupCodes, string, (c: string) => string]> = [
    ['ethnicGroup', 'Ethnic group', (c) => labelOf(ETHNIC_GROUPS_2021, c)],
    ['age', 'Age band', (c) => c],
    ['gender', 'Gender', (c) => labelOf(GENDER, c)],
    ['disability', 'Disability', (c) => labelOf(DISABILITY, c)],
  ];
  const equityResults = equityRunner.start({
    streams: streams.map((r) => (r.n === 0 ? null : r.data())),
    characteristics: characteristicsForEquity.map(([field]) => ({ field, grouping: groupCodes[field] })),
    minGroupSize: Math.max(cfg.minGroupSize, sup.applied ? sup.threshold : 2),
    confidence: conf,
  });
  const readingExcluded = new Map<string, number>(EXCLUSION_REASONS.map((r, k) => [r, pairer.readingsByReason[k] as number]));
  let nExcludedReadings = 0;
  for (const c of pairer.readingsByReason) nExcludedReadings += c;
  let mappingMissing = 0;
  for (const c of pairer.missing) mappingMissing += c;
  for (const reason of EXCLUSION_REASONS) {
    const c = readingExcluded.get(reason) as number;
    if (c > 0) exclusions.push({ reason: `reading-${reason}`, description: `readings excluded: ${READING_REASON_TEXT[reason] ?? reason}`, count: c });
  }
  if (mappingMissing > 0) exclusions.push({ reason: 'outcome-missing-areas', description: 'pair × outcome left out: a mapped area was not scored in both readings', count: mappingMissing });

  // --- Change figures ---------------------------------------------------------------------------
  const emptyFigure = (n: number, options: SummarizeChangeOptions, reason: string, suppressed: boolean): ChangeFigure => ({
    n: suppressed ? 0 : n,
    preMean: { value: null, reason },
    postMean: { value: null, reason },
    medianChange: { value: null, reason },
    meanChange: null,
    effectSize: null,
    p: null,
    test: options.scale === 'interval' ? 'paired t' : 'wilcoxon signed-rank',
    direction: { improved: ZERO, same: ZERO, worse: ZERO },
    notComputedReason: reason,
    suppressed,
  });
  function withheld(options: SummarizeChangeOptions): ChangeFigure {
    return emptyFigure(0, options, `withheld by disclosure control (fewer than ${sup.threshold} pairs, or needed to protect such a group)`, true);
  }
  /** The figure of `n` pairs summarised by `summarize` (called only when the figure is published). */
  const figure = (n: number, summarize: () => SummarizeChangeResult, options: SummarizeChangeOptions): { fig: ChangeFigure; summary?: SummarizeChangeResult } => {
    const empty = (reason: string, suppressed: boolean): ChangeFigure => emptyFigure(n, options, reason, suppressed);
    if (sup.applied && n > 0 && n < sup.threshold) {
      tally.cells += 1;
      return { fig: withheld(options) };
    }
    if (n < 2) return { fig: empty(n === 0 ? 'no pairs' : 'fewer than 2 pairs', false) };
    let s: SummarizeChangeResult;
    try {
      s = summarize();
    } catch (e) {
      if (e instanceof SocialOutcomesError) return { fig: empty(e.message, false) };
      throw e;
    }
    const tt = s.tests.pairedT;
    const w = s.tests.wilcoxon;
    const es = s.effectSizes;
    const primaryP = s.primary.test === 'wilcoxon' ? (w.status === 'ok' ? w.result.pValue : null) : tt.status === 'ok' ? tt.result.pValue : null;
    const fig: ChangeFigure = {
      n,
      preMean: { value: s.pre.mean },
      postMean: { value: s.post.mean },
      medianChange: { value: s.change.median },
      meanChange: tt.status === 'ok' && tt.result.ci.lower !== null && tt.result.ci.upper !== null ? interval(tt.result.ci.estimate, tt.result.ci.lower, tt.result.ci.upper, conf, 't') : null,
      effectSize:
        es.status === 'ok' && es.result.dzCi.lower !== null && es.result.dzCi.upper !== null
          ? { ...interval(es.result.dz, es.result.dzCi.lower, es.result.dzCi.upper, conf, es.result.dzCi.method), measure: 'cohens-dz' }
          : null,
      p: primaryP,
      test: s.primary.test === 'wilcoxon' ? 'wilcoxon signed-rank' : 'paired t',
      direction: directionCounts(s),
      suppressed: false,
    };
    return { fig, summary: s };
  };
  function directionCounts(s: SummarizeChangeResult): ChangeFigure['direction'] {
    const [improved, same, worse] = publishCounts([s.direction.improved, s.direction.same, s.direction.worse], sup, tally).cells as [ReportCount, ReportCount, ReportCount];
    return { improved, same, worse };
  }
  // Each outcome's pairs as mergeable change states (distinct (pre, post) pairs with counts) per provider, one pass
  // over the pairs; the overall state is the providers' states merged, so every figure comes from the same states.
  function changeStates(rows: PairRows, provider: Int32Array, options: SummarizeChangeOptions): { agg: ChangeAggregate; overall: () => ChangeState; byProvider: Array<ChangeState | undefined> } {
    const agg = changeAggregate(options);
    const [pre, post] = rows.views();
    const byProvider: Array<ChangeState | undefined> = scan.providerIds.map(() => undefined);
    for (const g of changeStatesBy({ provider, pre, post }, { by: ['provider'], ...(options.range !== undefined ? { range: options.range } : {}) }).groups) byProvider[g.key['provider'] as number] = g.state;
    const overall = (): ChangeState => mergeBalanced(agg, byProvider.filter((x): x is ChangeState => x !== undefined));
    return { agg, overall, byProvider };
  }
  /** The overall figure and the per-provider figures of one outcome's pairs. */
  function figures(rows: PairRows, options: SummarizeChangeOptions): { overall: { fig: ChangeFigure; summary?: SummarizeChangeResult }; byProvider: Array<ChangeFigure & { providerId: string }> } {
    // Provider of each pair (the grouping column of the states), and the providers' pair counts.
    const provider = rows.gather(scan.providerOf);
    const counts = new Int32Array(scan.providerIds.length);
    for (let j = 0; j < rows.n; j++) counts[provider[j] as number] = (counts[provider[j] as number] as number) + 1;
    let st: ReturnType<typeof changeStates> | undefined;
    let failure: unknown;
    try {
      if (rows.n >= 2) st = changeStates(rows, provider, options);
    } catch (e) {
      if (!(e instanceof SocialOutcomesError)) throw e;
      failure = e;
    }
    const summarize = (state: () => ChangeState | undefined) => (): SummarizeChangeResult => {
      if (st === undefined) throw failure;
      return st.agg.finalize(state() as ChangeState);
    };
    const overall = figure(rows.n, summarize(() => st?.overall()), options);
    // Per-provider figures: the providers' pair counts are published as one table (primary and secondary
    // suppression), so a withheld provider cannot be recovered as the overall n minus the others.
    const shown = Array.from(counts, (n, p) => ({ n, p })).filter((x) => x.n > 0);
    const hidden = sup.applied ? publishCounts(shown.map((x) => x.n), sup, tally).cells.map((c) => c.suppressed) : shown.map(() => false);
    const byProvider = shown.map(({ n, p }, k) => {
      const fig = hidden[k] === true ? withheld(options) : figure(n, summarize(() => st?.byProvider[p]), options).fig;
      return { ...fig, providerId: scan.providerIds[p] as string };
    });
    return { overall, byProvider };
  }
  const changeOutcomes: OutcomeChange[] = [];
  const reliableRows: ReliableChangeRow[] = [];
  const outcomeLabel = (id: string): string => PRIMARY_OUTCOMES.find((o) => o.id === id)?.name ?? id;
  outcomeIds.forEach((id, k) => {
    const b = streams[k] as PairRows;
    if (b.n === 0) return;
    const rel = cfg.reliability[id];
    const options: SummarizeChangeOptions = { scale: 'ordinal', range: { min: 0, max: 1 }, higherIsBetter: true, confidence: conf, ...(rel !== undefined ? { reliableChange: { reliability: rel } } : {}) };
    const { overall, byProvider } = figures(b, options);
    changeOutcomes.push({
      outcomeId: id,
      label: outcomeLabel(id),
      scale: 'proportion of the scale range (0–1), mean of the mapped Outcomes Star areas',
      range: { min: 0, max: 1 },
      higherIsBetter: true,
      overall: overall.fig,
      byProvider,
      basis: basis(b.n, 'pre-post pairs', 'outcomes.pairReadings (first reading vs latest on or before the period end) → mapPairsToPrimaryOutcomes (Table 3) → change.changeStatesBy per provider, merged → change.changeAggregate (ordinal: median, Wilcoxon signed-rank; Cohen d_z with noncentral-t interval)'),
    });
    reliableRows.push(reliableRow(id, outcomeLabel(id), overall.summary, rel, b.n));
  });
  const swRel = cfg.reliability['swemwbs'];
  const swOptions: SummarizeChangeOptions = {
    scale: 'interval',
    instrument: SWEMWBS,
    confidence: conf,
    ...(swRel !== undefined ? { reliableChange: { reliability: swRel } } : {}),
  };
  const sw = figures(swAll, swOptions);
  const wellbeing = {
    instrumentId: 'swemwbs',
    overall: sw.overall.fig,
    byProvider: sw.byProvider,
    basis: basis(swAll.n, 'pre-post pairs', 'outcomes.pairReadings → change.changeStatesBy per provider, merged → change.changeAggregate (interval: mean, paired t with t interval; Cohen d_z) on SWEMWBS metric scores (7–35)', `${recordsSource}; SWEMWBS © University of Warwick`),
  };
  if (swAll.n > 0) reliableRows.unshift(reliableRow('swemwbs', 'SWEMWBS (wellbeing)', sw.overall.summary, swRel, swAll.n));
  const changeSection = {
    outcomes: changeOutcomes,
    excluded: exclusions.filter((e) => e.reason.startsWith('reading-') || e.reason === 'outcome-missing-areas'),
    pairing: `baseline = first reading of each instrument; follow-up = latest reading on or before ${cfg.period.end}, at least ${cfg.minDaysApart} days after the baseline; invalid readings excluded and counted`,
  };
  caveats.push({ code: 'not-causal', section: 'change', message: 'Change scores compare the same people before and after support; without a comparison group they are not causal impact (review 6.3).' });
  caveats.push({ code: 'ordinal-means', section: 'change', message: 'Outcomes Star areas are ordinal 1–10 scales; the median and Wilcoxon test lead, and means on the 0–1 proportion scale are shown for the profile chart only.' });
  if (cfg.mapping === undefined) caveats.push({ code: 'proposed-mapping', section: 'change', message: 'Carers Star and Home Star areas are mapped with the library’s proposed mapping, which is not part of the review’s Table 3.' });

  // --- Reliable change --------------------------------------------------------------------------
  function reliableRow(id: string, label: string, s: SummarizeChangeResult | undefined, rel: ReliabilityInput | undefined, n: number): ReliableChangeRow {
    const method = 'change.reliableChange (Jacobson–Truax, |RCI| > 1.96; Wilson intervals)';
    const none = (reason: string): ReliableChangeRow => ({
      id, label, n: 0,
      improved: { count: ZERO, proportion: null },
      noChange: { count: ZERO, proportion: null },
      deteriorated: { count: ZERO, proportion: null },
      criterion: { value: null, reason },
      reliability: { value: rel?.value ?? null, source: rel?.source ?? 'none configured' },
      notComputedReason: reason,
      basis: basis(n, 'pre-post pairs', method),
    });
    if (rel === undefined) return none(`no reliability coefficient configured for ${id} (config.reliability)`);
    if (s === undefined) return none('too few pairs');
    const rc = s.reliableChange;
    if (rc.status !== 'ok') return none(rc.message);
    const r = rc.result;
    const improved = r.counts.recovered + r.counts.reliablyImproved;
    const counts = [improved, r.counts.noReliableChange, r.counts.reliablyDeteriorated];
    const pub = publishCounts(counts, sup, tally).cells;
    const prop = (k: number): ReportInterval | null => {
      if ((pub[k] as ReportCount).suppressed) return null;
      const w = wilsonInterval(counts[k] as number, r.n, { confidence: conf });
      return interval(w.estimate, w.lower, w.upper, conf, 'wilson');
    };
    return {
      id, label, n: r.n,
      improved: { count: pub[0] as ReportCount, proportion: prop(0) },
      noChange: { count: pub[1] as ReportCount, proportion: prop(1) },
      deteriorated: { count: pub[2] as ReportCount, proportion: prop(2) },
      criterion: r.reliableChangeThreshold === undefined ? { value: null, reason: 'not a Jacobson–Truax criterion' } : { value: r.reliableChangeThreshold },
      reliability: { value: r.reliability, source: rel.source ?? r.reliabilitySource },
      basis: basis(r.n, 'pre-post pairs', method),
    };
  }

  // --- Equity -----------------------------------------------------------------------------------
  // k-anonymity first: its grouping of every record sizes the grouping scratch that the equity calls then reuse.
  const qiDefault = ['ageBand', 'gender', 'ethnicity', 'postcodeDistrict'];
  const present = (f: string): boolean => records.some((rec) => (rec as unknown as Record<string, unknown>)[f] !== undefined);
  const qis = (cfg.quasiIdentifiers ?? qiDefault).filter((f) => cfg.quasiIdentifiers !== undefined || present(f));
  const kValue = sup.applied ? sup.threshold : 10;
  let kAnon = { quasiIdentifiers: qis, k: kValue, minClassSize: 0, classesBelowK: 0, recordsBelowK: 0, satisfied: true };
  if (scan.n > 0 && qis.length > 0) {
    // As a column table: the same classes as from the records, without a key string per record.
    const scanned: Readonly<Record<string, CodedField>> = { ageBand: scan.ageBand, gender: scan.gender, ethnicity: scan.ethnicity, postcodeDistrict: scan.postcodeDistrict };
    // A field with a value that is not a string is passed as the records' values, so the error names the record.
    const coded = (f: string): CodedField | undefined => {
      const c = Object.hasOwn(scanned, f) ? (scanned[f] as CodedField) : undefined;
      return c !== undefined && c.values.every((v) => typeof v === 'string') ? c : undefined;
    };
    const columns = Object.fromEntries(qis.map((f) => { const c = coded(f); return [f, c !== undefined ? missingAsMinusOne(c) : records.map((rec) => (rec as unknown as Record<string, unknown>)[f])]; }));
    const ka = checkKAnonymity(columns, qis, kValue);
    kAnon = { quasiIdentifiers: ka.quasiIdentifiers, k: ka.k, minClassSize: ka.achievedK, classesBelowK: ka.violatingClasses.length, recordsBelowK: ka.nRecordsAtRisk, satisfied: ka.satisfied };
  }
  const disparities: Disparity[] = [];
  const equityFindings: string[] = [];
  const equityOutcomes: Array<readonly [string, string, number]> = [['swemwbs', 'SWEMWBS (wellbeing)', SW], ...outcomeIds.map((id, k) => [id, outcomeLabel(id), k] as const)];
  const results = equityResults();
  for (const [oid, olabel, k] of equityOutcomes) {
    const perCharacteristic = results[k];
    if (perCharacteristic === null || perCharacteristic === undefined) continue;
    for (const [c, [field, clabel, glabel]] of characteristicsForEquity.entries()) {
      const r = perCharacteristic[c];
      if (r === null || r === undefined) continue;
      const ns = r.groups.map((g) => g.n + g.missingOutcome);
      const pubN = publishCounts(ns, sup, tally).cells;
      const groups = r.groups.map((g, k): DisparityGroup => {
        const code = String(g.key[field]);
        const n = pubN[k] as ReportCount;
        const hidden = n.suppressed || g.status === 'insufficient' || g.status === 'not-estimable';
        const est = g.estimate !== undefined && !hidden ? interval(g.estimate.estimate, g.estimate.lower, g.estimate.upper, g.estimate.confidence, g.estimate.method) : null;
        const cmp = g.comparison;
        const gap = cmp !== undefined && !hidden ? interval(cmp.difference.estimate, cmp.difference.lower, cmp.difference.upper, conf, cmp.difference.method) : null;
        const significant = cmp !== undefined && !hidden && cmp.test.pAdjusted < 1 - conf;
        const flag: DisparityGroup['flag'] = hidden ? 'suppressed' : significant ? ((cmp as NonNullable<typeof cmp>).difference.estimate < 0 ? 'worse' : 'better') : 'none';
        if (flag === 'worse' && gap !== null) {
          equityFindings.push(`${olabel}: ${glabel(code)} clients changed less than ${glabel(String(r.reference.key[field]))} (gap ${formatNumber(gap.estimate, 3)}, ${Math.round(conf * 100)}% CI ${formatNumber(gap.lower, 3)} to ${formatNumber(gap.upper, 3)}, Holm p ${formatP(cmp?.test.pAdjusted ?? 1)})`);
        }
        return {
          code,
          label: glabel(code),
          n,
          estimate: est,
          gap,
          p: cmp !== undefined && !hidden ? cmp.test.pValue : null,
          pAdjusted: cmp !== undefined && !hidden ? cmp.test.pAdjusted : null,
          reference: g.status === 'reference',
          flag,
        };
      });
      groups.sort((a, b) => Number(b.reference) - Number(a.reference));
      const omni = r.omnibus.find((o) => o.method === 'welch-anova') ?? r.omnibus[0];
      disparities.push({
        outcomeId: oid,
        outcomeLabel: olabel,
        characteristic: field === 'ethnicGroup' ? 'ethnic-group' : field,
        characteristicLabel: clabel,
        metric: 'mean-change',
        groups,
        omnibus: omni === undefined ? null : { method: omni.method, statistic: omni.statistic, p: omni.pValue },
        adjustment: 'holm',
        basis: basis(r.n, 'pre-post pairs with a known group', `equity.outcomeByGroup (mean change by group, t intervals, Welch difference from the largest group, Holm-adjusted; groups under ${r.minGroupSize} not estimated)`),
      });
    }
  }
  const equity = { disparities, findings: equityFindings, kAnonymity: kAnon };

  // --- Social value -----------------------------------------------------------------------------
  const socialValue = buildSocialValue();

  function buildSocialValue(): SocialValueSection {
    const bank = cfg.valueBank;
    if (bank === undefined) return { computed: false, reason: 'no value bank was given (config.valueBank)' };
    const a = cfg.adjustments;
    if (a.attribution === undefined || a.displacement === undefined) {
      return { computed: false, reason: 'attribution and displacement must be stated with their sources (config.adjustments) before outcomes are valued' };
    }
    if (a.durationYears > 1 && a.dropOff === undefined) return { computed: false, reason: 'drop-off must be stated (config.adjustments.dropOff) when outcomes last more than one year' };
    const entries = new Map(bank.entries.map((e) => [e.id, e]));
    const claims: OutcomeClaim[] = [];
    const unmatched: ExclusionCount[] = [];
    const outputIds = [...scan.outputs.keys()].sort();
    let noAge = 0;
    for (const oid of outputIds) {
      const who = scan.outputs.get(oid) as number[];
      const entry = entries.get(oid);
      if (entry === undefined) {
        unmatched.push({ reason: oid, description: `output id ${oid} is not in the value bank`, count: who.length });
        continue;
      }
      const hasAll = entry.variants.some((v) => v.ageBand === 'all');
      if (hasAll) {
        claims.push({ outcomeId: oid, quantity: who.length });
        continue;
      }
      const bands = [...new Set(entry.variants.map((v) => v.ageBand))];
      const spans = bands.map((b) => { const m = /^(\d+)(?:-(\d+)|\+)$/.exec(b); return m === null ? null : { b, lo: Number(m[1]), hi: m[2] === undefined ? Infinity : Number(m[2]) }; });
      const per = new Map<string, number>();
      for (const i of who) {
        const ac = scan.age.codes[i] as number;
        let lo = ac >= 0 ? (scan.age.ages[ac] as number) : -1, hi = lo;
        if (lo < 0) {
          const m = /^(\d+)(?:-(\d+)|\+)$/.exec(scan.ageBand.values[scan.ageBand.codes[i] as number] as string);
          if (m !== null) { lo = Number(m[1]); hi = m[2] === undefined ? Infinity : Number(m[2]); }
        }
        const s = lo < 0 ? undefined : spans.find((x) => x !== null && lo >= x.lo && hi <= x.hi);
        if (s === undefined || s === null) { noAge++; continue; }
        per.set(s.b, (per.get(s.b) ?? 0) + 1);
      }
      for (const b of bands) { const q = per.get(b); if (q !== undefined) claims.push({ outcomeId: oid, quantity: q, ageBand: b, cohort: `aged ${b}` }); }
    }
    if (noAge > 0) unmatched.push({ reason: 'no-age-for-age-specific-value', description: 'clients whose age does not fall in one of the bank’s age bands for an age-specific value', count: noAge });
    if (claims.length === 0) return { computed: false, reason: 'no achieved output matches an entry of the value bank' };
    const location: ValueLocation = cfg.area.startsWith('E09') ? 'london' : 'outside-london';
    const vopts: ValueOutcomesOptions = {
      ...(a.deadweight !== undefined ? { deadweight: a.deadweight.value } : {}),
      attribution: a.attribution.value,
      displacement: a.displacement.value,
      ...(a.dropOff !== undefined ? { dropOff: a.dropOff.value } : {}),
      durationYears: a.durationYears,
      discountRate: cfg.discountRate,
      ...(cfg.priceYear !== undefined ? { priceYear: cfg.priceYear } : {}),
      location,
    };
    const v: ValueOutcomesResult = valueOutcomes(claims, bank, vopts);
    const pubQ = publishCounts(v.lines.map((l) => l.quantity), sup, tally).cells;
    const rows = v.lines.map((l, k) => ({
      id: l.outcomeId + (l.proxy.variant.requestedAgeBand !== 'all' ? ` (${l.proxy.variant.requestedAgeBand})` : ''),
      label: l.label,
      count: pubQ[k] as ReportCount,
      unitValue: l.unitValue,
      gross: (pubQ[k] as ReportCount).suppressed ? null : l.gross,
      net: (pubQ[k] as ReportCount).suppressed ? null : l.afterAttribution,
      valueType: l.proxy.valueType ?? 'unspecified',
      source: `${l.proxy.source}${l.proxy.edition !== undefined ? `, ${l.proxy.edition}` : ''} (${l.proxy.licence})`,
    }));
    const hiddenClaims = new Set(v.lines.filter((_, k) => (pubQ[k] as ReportCount).suppressed).map((l) => l.claimIndex));
    const tot = v.total;
    const D = a.durationYears;
    const steps: WaterfallStep[] = [];
    let run = tot.gross;
    const step = (s: WaterfallStep['step'], label: string, total: number, rate?: number, source?: string): void => {
      steps.push({ step: s, label, delta: total - run, total, ...(rate !== undefined ? { rate } : {}), ...(source !== undefined ? { source } : {}) });
      run = total;
    };
    steps.push({ step: 'gross', label: 'Gross value', delta: tot.gross, total: tot.gross });
    step('deadweight', 'Deadweight', tot.afterDeadweight, a.deadweight?.value, a.deadweight?.source ?? 'value bank (per entry or category)');
    step('displacement', 'Displacement', tot.afterDisplacement, a.displacement.value, a.displacement.source);
    step('attribution', 'Attribution', tot.afterAttribution, a.attribution.value, a.attribution.source);
    if (D > 1) step('duration', `Later years (${D} years in all)`, tot.afterAttribution * D);
    step('drop-off', 'Drop-off', tot.undiscounted, a.dropOff?.value, a.dropOff?.source ?? 'not applicable (one year)');
    step('discounting', 'Discounting', tot.presentValue, typeof cfg.discountRate === 'number' ? cfg.discountRate : undefined, cfg.discountRate === 'green-book' ? 'HM Treasury Green Book 3.5 %' : 'config.discountRate');
    steps.push({ step: 'present-value', label: 'Present value', delta: 0, total: tot.presentValue });

    const inv = cfg.investment;
    const sr = inv === undefined ? null : sroi({ inputs: inv, valueFlows: tot.byYear.map((y) => y.impact) }, { discountRate: cfg.discountRate });
    const sens = sensitivity({ claims, bank, inputs: inv ?? 1 }, vopts);
    const metric = inv === undefined ? 'present-value' : 'sroi-ratio';
    const bars: TornadoBar[] = sens.rows
      .filter((r) => !hiddenClaims.has(r.claimIndex))
      .sort((x, y) => {
        const sx = metric === 'sroi-ratio' ? x.swing : Math.abs(x.presentValueAtHigh - x.presentValueAtLow);
        const sy = metric === 'sroi-ratio' ? y.swing : Math.abs(y.presentValueAtHigh - y.presentValueAtLow);
        return sy - sx || x.claimIndex - y.claimIndex;
      })
      .slice(0, 12)
      .map((r) => ({
        parameter: r.parameter,
        label: `${r.label}${claims[r.claimIndex]?.ageBand !== undefined ? ` (${claims[r.claimIndex]?.ageBand as string})` : ''}: ${r.parameter}`,
        lowInput: r.low,
        highInput: r.high,
        lowResult: metric === 'sroi-ratio' ? r.ratioAtLow : r.presentValueAtLow,
        highResult: metric === 'sroi-ratio' ? r.ratioAtHigh : r.presentValueAtHigh,
      }));
    let avoided: NonNullable<Extract<SocialValueSection, { computed: true }>['avoidedCosts']> | null = null;
    const ac = cfg.avoidedCosts;
    if (ac !== undefined) {
      const events = ac.events.map((e) => ({ unitCostId: e.unitCostId, quantity: (scan.outputs.get(e.outputId)?.length ?? 0) * e.quantityPerClient })).filter((e) => e.quantity > 0);
      if (events.length > 0) {
        const table = ac.unitCosts ?? pssruUnitCosts2024;
        const r = avoidedCosts(events, table, { ...(cfg.priceYear !== undefined ? { priceYear: cfg.priceYear } : {}), ...(ac.deadweight !== undefined ? { deadweight: ac.deadweight } : {}), ...(ac.attribution !== undefined ? { attribution: ac.attribution } : {}) });
        avoided = {
          total: r.total,
          byAgency: r.byAgency.map((g) => ({ agency: g.agency, amount: g.saving })),
          basis: basis(r.n, 'kinds of avoided event', 'socialvalue.avoidedCosts (units avoided per client achieving an output × unit cost, after deadweight and attribution; one year, undiscounted)', `${table.name} (${r.lines[0]?.unitCost.licence ?? ''})`),
        };
        for (const c of r.caveats) caveats.push({ code: 'avoided-costs', section: 'socialValue', message: c });
      }
    }
    for (const c of v.caveats) caveats.push({ code: 'social-value', section: 'socialValue', message: c });
    for (const w of v.warnings) caveats.push({ code: `value-${w.code}`, section: 'socialValue', message: w.message.replace(/claims? \d+( and \d+)*/g, 'claims') });
    return {
      computed: true,
      currency: 'GBP',
      priceYear: v.priceYear,
      discountRate: typeof cfg.discountRate === 'number' ? cfg.discountRate : 0.035,
      outcomes: rows,
      unmatchedOutputs: unmatched,
      waterfall: steps,
      totals: { gross: tot.gross, net: tot.afterAttribution, presentValue: tot.presentValue },
      avoidedCosts: avoided,
      sroi: sr === null ? null : { ratio: sr.ratio, investment: sr.inputs, npv: sr.netPresentValue },
      sensitivity: { metric, base: metric === 'sroi-ratio' ? sens.base.ratio : sens.base.presentValue, bars },
      adjustments: [
        { name: 'deadweight', rate: a.deadweight?.value ?? -1, source: a.deadweight?.source ?? 'value bank' },
        { name: 'attribution', rate: a.attribution.value, source: a.attribution.source },
        { name: 'displacement', rate: a.displacement.value, source: a.displacement.source },
        ...(a.dropOff !== undefined ? [{ name: 'drop-off', rate: a.dropOff.value, source: a.dropOff.source }] : []),
      ].filter((x) => x.rate >= 0),
      basis: basis(v.n, 'valued claims', 'socialvalue.valueOutcomes (HACT-style: quantity × proxy, less deadweight, displacement, attribution; drop-off; discounted) with sroi and one-at-a-time sensitivity', `${bank.name}`),
    };
  }

  // --- Data quality -----------------------------------------------------------------------------
  const issueTally: Tally = new Map();
  for (const is of cfg.issues) issueTally.set(is.code, (issueTally.get(is.code) ?? 0) + 1);
  for (const c of characteristics) for (const e of c.excluded) exclusions.push({ reason: `${c.characteristic}-${e.reason}`, description: `left out of the ${c.label.toLowerCase()} profile: ${e.description}`, count: e.count });
  if (socialValue.computed) for (const u of socialValue.unmatchedOutputs) exclusions.push({ reason: `value-${u.reason}`, description: u.description, count: u.count });
  const completenessFields = ['age', 'gender', 'ethnicity', 'disability', 'postcodeDistrict', 'referralSource', 'referralOutcome', 'accessibilityRating'];
  const dataQuality = {
    records: scan.n,
    readings: scan.nReadings,
    issues: sortedTally(issueTally).map((e) => ({ reason: e.code, description: `issue ${e.code}`, count: e.count })),
    exclusions,
    completeness: completenessFields.map((f) => ({ field: f, known: scan.n === 0 ? 0 : (scan.known.get(f) ?? 0) / scan.n })),
  };

  // --- Caveats, summary, meta -------------------------------------------------------------------
  if (sup.applied) caveats.push({ code: 'suppression', section: 'report', message: `Counts from 1 to ${sup.threshold - 1} are suppressed${sup.secondary ? ', with secondary suppression so they cannot be recovered from totals' : ''}; suppressed cells are shown as [c] and figures for groups under ${sup.threshold} are withheld.` });
  else caveats.push({ code: 'no-suppression', section: 'report', message: 'Disclosure control was switched off (config.suppression = false): small counts are shown and the report must not be published.' });
  if (!kAnon.satisfied) caveats.push({ code: 'k-anonymity', section: 'equity', message: `${kAnon.recordsBelowK} records fall in combinations of ${kAnon.quasiIdentifiers.join(', ')} shared by fewer than ${kAnon.k} people: do not release the record-level data.` });
  if (cfg.seed !== undefined) caveats.push({ code: 'synthetic-data', section: 'report', message: `The records are synthetic (generateCohort, seed ${cfg.seed}): the figures illustrate the method and describe no real service.` });

  const title = cfg.title ?? `Prevention outcomes report: ${areaName} ${cfg.period.label}`;
  const summaryLines = summaryOf();
  function summaryOf(): string[] {
    const pct = (c: ReportCount, total: ReportCount): string => (c.value === null || total.value === null || total.value === 0 ? '[c]' : formatPercent(c.value / total.value));
    const cnt = (c: ReportCount): string => (c.value === null ? '[c]' : formatNumber(c.value, 0));
    const find = (b: Breakdown, code: string): ReportCount => b.categories.find((c) => c.code === code)?.count ?? { value: 0, suppressed: false };
        const topReason = [...unsuccessfulReasons.categories].filter((c) => c.count.value !== null && c.count.value > 0).sort((x, y) => (y.count.value as number) - (x.count.value as number))[0];
    const sig = changeOutcomes.filter((o) => o.overall.p !== null && o.overall.p < 1 - conf && (o.overall.effectSize?.estimate ?? 0) > 0);
    const best = [...changeOutcomes].filter((o) => o.overall.effectSize !== null).sort((x, y) => (y.overall.effectSize?.estimate ?? 0) - (x.overall.effectSize?.estimate ?? 0) || (x.outcomeId < y.outcomeId ? -1 : 1))[0];
    const sw = wellbeing.overall;
    const swRc = reliableRows.find((r) => r.id === 'swemwbs');
    const level = `${Math.round(conf * 100)}%`;
    return [
      `${title}: ${cnt(referrals)} clients and ${formatNumber(scan.nReadings, 0)} readings from ${nProviders} provider${nProviders === 1 ? '' : 's'}; ${formatNumber(nExcludedReadings, 0)} readings excluded from change figures, ${formatNumber(cfg.issues.length, 0)} data issues reported.`,
      `Referrals: ${pct(find(outcomes, 'supported'), outcomes.total)} supported, ${pct(find(outcomes, 'waiting-list'), outcomes.total)} on a waiting list, ${pct(find(outcomes, 'unsuccessful'), outcomes.total)} unsuccessful.`,
      topReason === undefined ? 'Unsuccessful referrals: none recorded.' : `Unsuccessful referrals: most often "${topReason.label}" (${cnt(topReason.count)} of ${cnt(unsuccessfulReasons.total)}).`,
      reach.statutoryVsVcse.statutory === null ? 'Referral sources: too few known sources to report.' : `Referral sources: ${formatPercent(reach.statutoryVsVcse.statutory.estimate)} statutory, ${reach.statutoryVsVcse.vcse === null ? '[c]' : formatPercent(reach.statutoryVsVcse.vcse.estimate)} VCSE (of referrals with a known source).`,
      profileFindings.length === 0 ? `Profile: no group is significantly under-represented against Census 2021 for ${areaName}.` : `Profile: under-represented against Census 2021 — ${profileFindings.slice(0, 3).join('; ')}.`,
      changeOutcomes.length === 0 ? 'Prevention First outcomes: no pre-post Outcomes Star pairs.' : `Prevention First outcomes: ${sig.length} of ${changeOutcomes.length} improved significantly${best === undefined ? '' : `; largest effect ${best.label} (d_z ${formatNumber(best.overall.effectSize?.estimate ?? 0, 2)}, n ${formatNumber(best.overall.n, 0)})`}.`,
      sw.meanChange === null ? `Wellbeing (SWEMWBS): ${sw.notComputedReason ?? 'not computed'}.` : `Wellbeing (SWEMWBS): mean change ${formatSigned(sw.meanChange.estimate, 2)} points (${level} CI ${formatNumber(sw.meanChange.lower, 2)} to ${formatNumber(sw.meanChange.upper, 2)}), n ${formatNumber(sw.n, 0)}.`,
      rcLine(swRc),
      equityFindings.length === 0 ? 'Equity: no significant outcome gap between groups after Holm adjustment.' : `Equity: ${equityFindings[0] as string}${equityFindings.length > 1 ? ` (and ${equityFindings.length - 1} more)` : ''}.`,
      !socialValue.computed ? `Social value: not computed — ${socialValue.reason}.` : `Social value: ${formatMoney(socialValue.totals.presentValue)} present value (${socialValue.priceYear} prices)${socialValue.sroi === null ? '' : `, SROI ${formatNumber(socialValue.sroi.ratio, 2)} : 1`}.`,
    ].map((l) => l.replace(/[\r\n]+/g, ' '));
  }

  const dataSources: DataSource[] = [
    { id: 'records', name: 'Client records supplied to buildReport', publisher: 'the providers', edition: cfg.period.label, licence: 'as agreed with the providers', url: '' },
    {
      id: 'census2021',
      name: `${ageBaseline.provenance.title} (${[...new Set(characteristics.map((c) => c.baselineTable))].join(', ')})`,
      publisher: ageBaseline.provenance.publisher,
      edition: ageBaseline.provenance.edition,
      licence: ageBaseline.provenance.licence,
      url: ageBaseline.provenance.licenceUrl,
    },
    { id: 'prevention-first', name: 'Prevention First framework and Table 3 mapping (Birmingham prevention portfolio review, 2022)', publisher: 'Birmingham City Council', edition: '2022', licence: 'cited for reference', url: '' },
  ];
  if (cfg.valueBank !== undefined) {
    const lic = [...new Set(cfg.valueBank.entries.map((e) => e.licence))].sort().join('; ');
    dataSources.push({ id: 'value-bank', name: cfg.valueBank.name, publisher: 'see entries', edition: [...new Set(cfg.valueBank.entries.map((e) => e.priceYear))].sort().join(', '), licence: lic, url: '' });
  }
  if (socialValue.computed && socialValue.avoidedCosts !== null) {
    const tbl = cfg.avoidedCosts?.unitCosts ?? pssruUnitCosts2024;
    dataSources.push({ id: 'unit-costs', name: tbl.name, publisher: 'see entries', edition: [...new Set(tbl.entries.map((e) => e.edition))].sort().join(', '), licence: [...new Set(tbl.entries.map((e) => e.licence))].sort().join('; '), url: '' });
  }

  const cfgHash = new Fnv64();
  cfgHash.str(scan.hash);
  // The config in canonical JSON; a census dataset is large and versioned, so it enters by its identity only.
  cfgHash.str(stableJson({ ...cfg, baseline: cfg.baseline === census2021 ? 'census2021 (bundled)' : 'a user census dataset' }));

  const meta = {
    modelVersion: REPORT_MODEL_VERSION,
    title,
    area: { code: cfg.area, name: areaName },
    period: { label: cfg.period.label, start: cfg.period.start, end: cfg.period.end },
    generated: cfg.generated,
    generatedFrom: { inputHash: cfgHash.hex(), ...(cfg.seed !== undefined ? { seed: cfg.seed } : {}), records: scan.n, readings: scan.nReadings },
    libraryVersion: LIBRARY_VERSION,
    providers: scan.providerIds.map((id) => ({ id, name: providerName(id) })),
    dataSources,
    suppression: {
      applied: sup.applied,
      threshold: sup.threshold,
      secondary: sup.secondary,
      rounding: sup.rounding,
      marker: '[c]',
      description: sup.applied ? `ONS-style: counts 1–${sup.threshold - 1} suppressed${sup.secondary ? ' with secondary suppression' : ''}${sup.rounding === 'nearest-5' ? ', published counts rounded to 5' : ''}` : 'none (explicitly switched off)',
      suppressedCells: tally.cells,
    },
    confidence: conf,
  };

  return {
    meta,
    summary: { lines: summaryLines },
    reach,
    profile: { characteristics, findings: profileFindings },
    change: changeSection,
    wellbeing,
    reliableChange: { rows: reliableRows },
    equity,
    socialValue,
    dataQuality,
    caveats,
  };
}

function ageCategoryOf(lo: number, hi: number, cats: Baseline['categories']): number {
  for (let k = 0; k < cats.length; k++) {
    const a = (cats[k] as Baseline['categories'][number]).ages;
    if (a === undefined) continue;
    if (lo >= a.min && (a.max === undefined ? true : hi <= a.max)) return k;
  }
  return -1;
}

function exclusionText(reason: string): string {
  switch (reason) {
    case 'not-known': return 'not known';
    case 'prefer-not-to-say': return 'prefer not to say';
    case 'not-recorded': return 'not recorded';
    case 'under-18': return 'under 18 (outside the adult population compared)';
    case 'age-band-not-comparable': return 'age band does not fit one census band';
    case 'age-not-comparable': return 'age outside the census bands';
    case 'not-in-census-classification': return 'not in the census classification';
    default: return reason;
  }
}

function formatP(p: number): string {
  return p < 0.001 ? '< 0.001' : formatNumber(p, 3);
}
function formatSigned(x: number, d: number): string {
  return (x > 0 ? '+' : '') + formatNumber(x, d);
}

function stableJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'undefined';
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o).sort().filter((k) => o[k] !== undefined).map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`).join(',')}}`;
}

/**
 * The summary line on SWEMWBS reliable change: the published shares, `[c]` for a share withheld by suppression
 * (computed, not published), or the reason it was not computed.
 */
function rcLine(row: ReliableChangeRow | undefined): string {
  const head = 'Reliable change (SWEMWBS):';
  if (row === undefined) return `${head} not computed.`;
  if (row.notComputedReason !== undefined) return `${head} ${row.notComputedReason}.`;
  const share = (p: ReliableChangeRow['improved']): string => (p.proportion === null ? '[c]' : formatPercent(p.proportion.estimate));
  const line = `${head} ${share(row.improved)} reliably improved, ${share(row.deteriorated)} reliably deteriorated`;
  const withheld = row.improved.proportion === null || row.deteriorated.proportion === null;
  return withheld ? `${line} ([c]: withheld to protect small counts).` : `${line}.`;
}
