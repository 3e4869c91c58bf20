// Every public function that takes an options object (or buildReport's config) refuses an unknown key with
// InvalidInputError('unknown-option') naming the function and the key. Each row first calls the function with
// valid arguments and options (so the row cannot pass by failing early on something else), then with
// `notAnOption: 1` added. Valid calls are modelled on the fuzz seeds in test/fuzz/*.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as stats from 'social-outcomes/stats';
import * as change from 'social-outcomes/change';
import * as outcomes from 'social-outcomes/outcomes';
import * as equity from 'social-outcomes/equity';
import * as socialvalue from 'social-outcomes/socialvalue';
import * as io from 'social-outcomes/io';
import * as schema from 'social-outcomes/schema';
import * as report from 'social-outcomes/report';
import { census2021 } from 'social-outcomes/data/census2021';
import { pssruUnitCosts2024 } from 'social-outcomes/data/pssru';
import { InvalidInputError } from '../../src/errors';

type O = Record<string, unknown>;
type Call = (options: O) => unknown;
const any = <T>(f: T): ((...a: unknown[]) => unknown) => f as unknown as (...a: unknown[]) => unknown;

const pre = [3, 4, 2, 5, 6, 3, 4, 2, 5, 4];
const post = [5, 4, 3, 7, 6, 6, 5, 4, 6, 6];
const changeRows = [
  { provider: 'A', pre: 3, post: 5 }, { provider: 'A', pre: 4, post: 6 }, { provider: 'A', pre: 5, post: 5 },
  { provider: 'B', pre: 2, post: 1 }, { provider: 'B', pre: 2, post: 4 }, { provider: 'B', pre: 3, post: 4 },
];
const people = [
  { sex: 'F', age: '65+', met: 'yes', ethnicity: 'Asian' }, { sex: 'F', age: '65+', met: 'no', ethnicity: 'White' },
  { sex: 'M', age: '18-64', met: 'yes', ethnicity: 'White' }, { sex: 'F', age: '18-64', met: 'yes', ethnicity: 'Black' },
  { sex: 'M', age: '65+', met: 'no', ethnicity: 'Asian' }, { sex: 'F', age: '65+', met: 'yes', ethnicity: 'White' },
];
const outcomeRows = [
  ...Array.from({ length: 30 }, (_, i) => ({ ethnicity: 'White', metNeed: i < 18 })),
  ...Array.from({ length: 25 }, (_, i) => ({ ethnicity: 'Asian', metNeed: i < 20 })),
];
const census = { categories: [{ label: 'A', count: 700 }, { label: 'B', count: 300 }], total: 1000 };
const star = (clientId: string, date: string, s: number): O => ({ clientId, instrumentId: 'homelessness-star', date, scores: { 'managing-tenancy': s, 'managing-money': s } });
const readings = [star('A', '2023-01-10', 3), star('A', '2023-07-11', 6), star('B', '2023-02-01', 4), star('B', '2023-09-08', 7)];
const sw = (date: string, total: number): O => ({ clientId: 'A', instrumentId: 'swemwbs', date, scores: { total } });
const pair = {
  clientId: 'A', instrumentId: 'empowerment-star', daysApart: 180,
  baseline: { date: '2023-01-01', scores: { money: 2, 'work-learning': 4, accommodation: 3 } },
  followUp: { date: '2023-06-30', scores: { money: 5, 'work-learning': 4, accommodation: 7 } },
};
const bank = { name: 'invented bank (not HACT values)', entries: [{ id: 'a', label: 'Outcome A', category: 'c', priceYear: '2023-24', source: 'invented', licence: 'CC0', deadweight: 0.2, variants: [{ ageBand: 'all', location: 'all', value: 1000 }] }] };
const adjust = { displacement: 0, attribution: 0.25 };
const bankRows = [{ id: 'volunteering', label: 'Regular volunteering (illustrative)', category: 'community', value: '1000', priceYear: '2023/24', source: 'invented', licence: 'CC0' }];
const csv = 'clientId,ageBand,gender,genderSameAsBirth,disability,ethnicity,instrumentId,readingDate,score_total\nC1,25-34,woman,yes,no,white-irish,wemwbs,2023-04-01,41\nC1,25-34,woman,yes,no,white-irish,wemwbs,2023-10-01,50\n';
const base = { gender: 'woman', genderSameAsBirth: 'yes', disability: 'no', ethnicity: 'white-irish', ageBand: '25-34' };
const records = [{ ...base, clientId: 'C1', readings: [{ clientId: 'C1', instrumentId: 'wemwbs', date: '2023-04-01', scores: { total: 41 } }, { clientId: 'C1', instrumentId: 'wemwbs', date: '2023-10-01', scores: { total: 50 } }] }];
const flatRows = [{ provider: 'P1', n: 12 }, { provider: 'P2', n: 7 }];
const df = { columns: ['clientId', 'instrumentId', 'readingDate', 'score_total'], values: [['C1', 'wemwbs', '2023-04-01', 44], ['C2', 'wemwbs', '2023-04-02', 50]] };
const dir = mkdtempSync(join(tmpdir(), 'so-options-'));
let fileNo = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// report: chart inputs from the TSDoc examples of the chart functions
const basis = { n: 60, unit: 'pairs', method: 'example', source: 'example' };
const iv = (e: number): O => ({ estimate: e, lower: e - 1, upper: e + 1, confidence: 0.95, method: 'welch' });
const group = (code: string, gap: number | null, reference = false): O => ({ code, label: code, n: { value: 30, suppressed: false }, estimate: iv(2), gap: gap === null ? null : iv(gap), p: null, pAdjusted: null, reference, flag: 'none' });
const disparity = { outcomeId: 'swemwbs', outcomeLabel: 'SWEMWBS', characteristic: 'age', characteristicLabel: 'Age', metric: 'mean-change', groups: [group('18-34', null, true), group('65+', -1.5)], omnibus: null, adjustment: 'holm', basis };
const row = (code: string, ratio: number): O => ({ code, label: code, observed: { value: 50, suppressed: false }, observedShare: null, baselineShare: 0.5, ratio: { estimate: ratio, lower: ratio * 0.8, upper: ratio * 1.2, confidence: 0.95, method: 'wilson-over-census-share' }, flag: 'proportionate', pAdjusted: null });
const comparison = { characteristic: 'age', label: 'Age', baselineTable: 'TS007A', rows: [row('a', 0.9), row('b', 1.1)], test: null, excluded: [], basis };
const fig = (n: number, before: number, after: number): O => ({ n, preMean: { value: before }, postMean: { value: after }, medianChange: { value: after - before }, meanChange: null, effectSize: null, p: null, test: 'wilcoxon signed-rank', direction: { improved: { value: null, suppressed: true }, same: { value: null, suppressed: true }, worse: { value: null, suppressed: true } }, excluded: [], suppressed: false });
const outcomeChange = { outcomeId: 'independence', label: 'Independence', scale: 'proportion of scale range', range: { min: 0, max: 1 }, higherIsBetter: true, overall: fig(40, 0.3, 0.5), byProvider: [{ ...fig(40, 0.3, 0.5), providerId: 'p1' }], basis };
const steps = [{ step: 'gross', label: 'Gross value', delta: 1000, total: 1000 }, { step: 'present-value', label: 'Present value', delta: 0, total: 1000 }];
const tornado = { metric: 'sroi-ratio', base: 2, bars: [{ parameter: 'attribution', label: 'Attribution', lowInput: 0.1, highInput: 0.3, lowResult: 2.2, highResult: 1.8 }] };
let model: unknown;
const reportModel = (): unknown => (model ??= report.buildReport(report.generateCohort({ n: 120, seed: 3 }), { area: 'E08000025', period: '2023-24', generated: '2024-06-30' }));

/** [function name, call with the given options, valid options for the first call, path of the options object]. */
type Row = readonly [string, Call, O, ReadonlyArray<string>?];
const rows: ReadonlyArray<Row> = [
  // stats
  ['normalPdf', (o) => stats.normalPdf(0.5, o), { mean: 1, sd: 2 }],
  ['normalCdf', (o) => stats.normalCdf(0.5, o), { mean: 1, sd: 2 }],
  ['normalSf', (o) => stats.normalSf(0.5, o), { mean: 1, sd: 2 }],
  ['normalQuantile', (o) => stats.normalQuantile(0.5, o), { mean: 1, sd: 2 }],
  ['wilsonInterval', (o) => stats.wilsonInterval(7, 20, o), { confidence: 0.9, correction: true }],
  ['clopperPearsonInterval', (o) => stats.clopperPearsonInterval(7, 20, o), { confidence: 0.9 }],
  ['agrestiCoullInterval', (o) => stats.agrestiCoullInterval(7, 20, o), { confidence: 0.9 }],
  ['newcombeInterval', (o) => stats.newcombeInterval(7, 20, 12, 25, o), { confidence: 0.9, correction: false }],
  ['tInterval', (o) => stats.tInterval([3, 5, 4, 6, 8], o), { confidence: 0.9 }],
  ['tIntervalFromSummary', (o) => stats.tIntervalFromSummary({ n: 12, mean: 3.5, sd: 1.2 }, o), { confidence: 0.99 }],
  ['poissonInterval', (o) => stats.poissonInterval(7, o), { confidence: 0.9, method: 'byar', exposure: 100 }],
  ['chiSquaredGoodnessOfFit', (o) => stats.chiSquaredGoodnessOfFit([18, 22, 30, 30], o), { p: [0.25, 0.25, 0.25, 0.25] }],
  ['chiSquaredIndependence', (o) => stats.chiSquaredIndependence([[12, 5], [7, 9]], o), { correction: true }],
  ['welchTTest', (o) => stats.welchTTest([3, 5, 4, 6, 8], [1, 2, 2, 3], o), { alternative: 'greater', mu: 0.5 }],
  ['welchTTestFromSummary', (o) => stats.welchTTestFromSummary({ n: 12, mean: 3.5, sd: 1.2 }, { n: 9, mean: 2.5, sd: 2 }, o), { mu: 0 }],
  ['riskRatio', (o) => stats.riskRatio(12, 40, 6, 38, o), { confidence: 0.9 }],
  ['oddsRatio', (o) => stats.oddsRatio(12, 40, 6, 38, o), { confidence: 0.9 }],
  // change
  ['pairedTTest', (o) => change.pairedTTest(pre, post, o), { confidence: 0.9 }],
  ['wilcoxonSignedRank', (o) => change.wilcoxonSignedRank(pre, post, o), { compat: 'scipy' }],
  ['signTest', (o) => change.signTest(pre, post, o), { alternative: 'less' }],
  ['mcnemarTest', (o) => change.mcnemarTest([0, 0, 0, 1, 1], [1, 1, 0, 1, 0], o), { exact: true }],
  ['effectSizes', (o) => change.effectSizes(pre, post, o), { confidence: 0.9 }],
  ['reliableChange', (o) => change.reliableChange([40, 42, 38, 45], [52, 41, 37, 60], o), { reliability: 0.91, sd: 8.96 }],
  ['summarizeChange', (o) => change.summarizeChange(pre, post, o), { range: { min: 1, max: 10 } }],
  ['changeAggregate', (o) => change.changeAggregate(o), { range: { min: 1, max: 10 } }],
  ['changeStatesBy', (o) => change.changeStatesBy(changeRows, o as never), { by: ['provider'] }],
  ['summarizeChangeBy', (o) => change.summarizeChangeBy(changeRows, o as never), { by: ['provider'] }],
  ['summarizeChangeStatesBy', (o) => change.summarizeChangeStatesBy(change.changeStatesBy(changeRows, { by: ['provider'] }), o as never), { by: ['provider'] }],
  // outcomes
  ['getInstrument', (o) => outcomes.getInstrument('wemwbs', o), {}],
  ['journeyStage', (o) => outcomes.journeyStage('homelessness-star', 7, o), {}],
  ['scoreWemwbs', (o) => outcomes.scoreWemwbs([3, 4, 3, 3, 2, 4, 4, 3, 4, 3, 4, 5, 3, null], o), { missing: 'prorate-person-mean', maxMissing: 2 }],
  ['scoreSwemwbs', (o) => outcomes.scoreSwemwbs([5, 5, 5, 5, 5, 5, null], o), { missing: 'prorate-person-mean', maxMissing: 1 }],
  ['mapToPrimaryOutcomes', (o) => any(outcomes.mapToPrimaryOutcomes)('carers-wellbeing-check', { home: 3 }, o), { scale: { min: 1, max: 5, step: 1, higherIsBetter: true }, missingAreas: 'skip' }],
  ['mapPairsToPrimaryOutcomes', (o) => any(outcomes.mapPairsToPrimaryOutcomes)([pair], o), { missingAreas: 'skip' }],
  ['pairReadings', (o) => any(outcomes.pairReadings)(readings, o), { onInvalid: 'exclude' }],
  ['trajectories', (o) => any(outcomes.trajectories)([sw('2023-01-31', 17.43), sw('2023-05-03', 19.25)], o), { onInvalid: 'exclude' }],
  // equity
  ['groupCounts', (o) => equity.groupCounts(people, ['sex', 'age'], o), { dropMissing: true }],
  ['profile', (o) => equity.profile(people, ['sex', 'age'], o), { confidence: 0.9 }],
  ['crossTab', (o) => equity.crossTab(people, 'sex', 'met', o), { margins: true }],
  ['outcomeByGroup', (o) => any(equity.outcomeByGroup)(outcomeRows, o), { group: 'ethnicity', outcome: 'metNeed', metric: 'proportion' }],
  ['checkKAnonymity', (o) => equity.checkKAnonymity(people, ['age', 'sex'], 2, o), {}],
  ['suppressSmallCounts', (o) => equity.suppressSmallCounts([3, 40, 25], o), { preset: 'nhs-digital-2018' }],
  ['baseline', (o) => any(equity.baseline)(census2021, o), { area: 'E08000025', topic: 'ethnic-group', level: 'aggregate' }],
  ['compareToBaseline', (o) => any(equity.compareToBaseline)({ A: 120, B: 30 }, census, o), { confidence: 0.9 }],
  ['harmoniseEthnicity', (o) => equity.harmoniseEthnicity(['R', 'C'], o), { level: 'aggregate' }],
  ['harmoniseAgeBand', (o) => any(equity.harmoniseAgeBand)([17, 18, 70], o), { bands: [0, 18, 65] }],
  ['harmoniseGender', (o) => equity.harmoniseGender(['Woman', 'Man'], o), { target: 'census-sex' }],
  ['harmoniseGenderIdentity', (o) => any(equity.harmoniseGenderIdentity)([{ gender: 'Woman', sameAsSexRegisteredAtBirth: 'Yes' }], o), {}],
  ['harmoniseSexualOrientation', (o) => equity.harmoniseSexualOrientation(['Not sure', null], o), { nonResponse: 'not-answered' }],
  ['harmoniseDisability', (o) => any(equity.harmoniseDisability)(['Yes, limited a lot', 'No'], o), { level: 'detail' }],
  // socialvalue
  ['presentValue', (o) => socialvalue.presentValue([1000, 1000, 500], 'green-book', o), { firstYearDiscounted: false }],
  ['valueOutcomes', (o) => any(socialvalue.valueOutcomes)([{ outcomeId: 'a', quantity: 10 }], bank, o), adjust],
  ['avoidedCosts', (o) => any(socialvalue.avoidedCosts)([{ unitCostId: 'emergency-care-attendance', quantity: 10 }], pssruUnitCosts2024, o), {}],
  ['sroi', (o) => socialvalue.sroi({ inputs: 250000, valueFlows: [214200, 149940] }, o), { discountRate: 0.035 }],
  ['sensitivity', (o) => any(socialvalue.sensitivity)({ claims: [{ outcomeId: 'a', quantity: 100 }], bank, inputs: 50000 }, o), { ...adjust, discountRate: 0 }],
  ['wellbeingValue', (o) => any(socialvalue.wellbeingValue)(0.5, o), { method: 'wellby', people: 10 }],
  // schema
  ['normaliseRecords', (o) => any(schema.normaliseRecords)(records, o), {}],
  ['parseValueBank', (o) => schema.parseValueBank(bankRows, o), { name: 'mine' }],
  ['safeParseValueBank', (o) => schema.safeParseValueBank(bankRows, o), { name: 'mine' }],
  // io
  ['parseRecords', (o) => io.parseRecords(csv, o), { format: 'csv' }],
  ['parseRecordsStream', async (o) => { for await (const b of io.parseRecordsStream(csv, o)) expect(b).toBeDefined(); }, { batchSize: 1 }],
  ['parseFile', (o) => io.parseFile('examples/data/records-long.csv', o), {}],
  ['fromDataFrame', (o) => any(io.fromDataFrame)(df, o), {}],
  ['flattenRecords', (o) => any(io.flattenRecords)(records, o), { shape: 'wide' }],
  ['toCsv', (o) => io.toCsv(flatRows, o), { eol: '\n' }],
  ['toJson', (o) => io.toJson({ n: 2 }, o), { space: 2 }],
  ['toDataFrame', (o) => any(io.toDataFrame)(flatRows, o), {}],
  ['writeOutputFile', (o) => io.writeOutputFile(join(dir, `${fileNo++}-out.csv`), flatRows, o), {}],
  ['createReportWorker', (o) => io.createReportWorker(o).close(), { timeoutMs: 1000 }],
  // report
  ['generateCohort', (o) => report.generateCohort(o as never), { n: 20, seed: 1 }],
  ['forestPlot', (o) => any(report.forestPlot)(disparity, o), { width: 400 }],
  ['representationChart', (o) => any(report.representationChart)(comparison, o), { width: 400 }],
  ['starProfileChart', (o) => any(report.starProfileChart)(outcomeChange, o), { providers: [{ id: 'p1', name: 'Provider One' }] }],
  ['valueWaterfall', (o) => any(report.valueWaterfall)(steps, o), { basis, priceYear: '2023-24' }],
  ['tornadoChart', (o) => any(report.tornadoChart)(tornado, o), { basis }],
  ['renderMarkdown', (o) => any(report.renderMarkdown)(reportModel(), o), { charts: false }],
  ['renderHtml', (o) => any(report.renderHtml)(reportModel(), o), { charts: false, lang: 'en-GB' }],
  ['buildReport', (o) => any(report.buildReport)(report.generateCohort({ n: 120, seed: 3 }), o), { area: 'E08000025', period: '2023-24', generated: '2024-06-30' }, ['config']],
];

/**
 * Public functions still waiting for their key list, each with the reason. buildReport validates its config in
 * src/report/_internal/config.ts (owned by the performance work this week); see the report of this change.
 */
const pending: Readonly<Record<string, string>> = {};

const modules: Readonly<Record<string, Readonly<Record<string, unknown>>>> = { stats, change, outcomes, equity, socialvalue, io, schema, report };

/** Names of the exported functions whose source declares a parameter named options or config. */
function takesOptions(ns: Readonly<Record<string, unknown>>): string[] {
  return Object.entries(ns)
    .filter(([, v]) => typeof v === 'function' && !/^class\b/.test(Function.prototype.toString.call(v)))
    .filter(([, v]) => {
      const m = /^(?:async\s*)?function\s*\*?\s*[\w$]*\s*\(([^)]*)\)/.exec(Function.prototype.toString.call(v));
      return m !== null && /\b(options|config)\b/.test(m[1] ?? '');
    })
    .map(([k]) => k);
}

async function settle(f: () => unknown): Promise<unknown> {
  try {
    return { value: await f() };
  } catch (e) {
    return { error: e };
  }
}

describe('unknown option keys are refused by every public function', () => {
  it('the table lists every public function that takes options (and nothing else)', () => {
    const expected = [...new Set(Object.values(modules).flatMap(takesOptions))].sort();
    const listed = [...rows.map((r) => r[0]), ...Object.keys(pending)].sort();
    expect(expected.length).toBeGreaterThan(60);
    expect(listed).toEqual(expected);
  });

  it.each(rows.map((r) => [r[0], r] as const))('%s', async (name, [, call, valid, path = ['options']]) => {
    const ok = (await settle(() => call(valid))) as { error?: unknown };
    expect(ok.error, `${name} must succeed on its valid call`).toBeUndefined();
    const bad = (await settle(() => call({ ...valid, notAnOption: 1 }))) as { error?: unknown };
    expect(bad.error).toBeInstanceOf(InvalidInputError);
    const e = bad.error as InvalidInputError;
    expect(e.code).toBe('unknown-option');
    expect(e.path).toEqual([...path, 'notAnOption']);
    expect(e.message).toMatch(new RegExp(`^${name} does not know ${path.join('\\.')}\\.notAnOption; known options: `));
    // a near miss of a real key gets a suggestion
    const first = Object.keys(valid)[0];
    if (first !== undefined && first.length > 3) {
      const typo = `${first.slice(0, -2)}${first.slice(-1)}${first.slice(-2, -1)}`; // swap the last two letters
      if (typo !== first) {
        const near = (await settle(() => call({ ...valid, [typo]: valid[first] }))) as { error?: unknown };
        expect((near.error as InvalidInputError).message).toContain(`(did you mean ${first}?)`);
      }
    }
  }, 30_000);
});
