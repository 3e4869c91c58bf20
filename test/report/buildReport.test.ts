import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { buildReport, generateCohort, InvalidInputError, type BuildReportConfig, type ReportModel } from 'social-outcomes/report';
import { pairReadings, mapPairsToPrimaryOutcomes, TABLE3_MAPPING, PROPOSED_MAPPING } from 'social-outcomes/outcomes';
import { SWEMWBS } from 'social-outcomes/data/instruments';
import { summarizeChange, summarizeChangeBy, reliableChange, effectSizes } from 'social-outcomes/change';
import { baseline, checkKAnonymity, compareToBaseline, outcomeByGroup } from 'social-outcomes/equity';
import { sensitivity, sroi, valueOutcomes } from 'social-outcomes/socialvalue';
import { parseValueBank, type ClientRecord } from 'social-outcomes/schema';
import { census2021 } from 'social-outcomes/data/census2021';
import { deepFreeze } from '../_helpers/deepFreeze';
import { expectClose } from '../_helpers/expectClose';
import { mulberry32 } from '../_helpers/mulberry32';
import { thrown } from '../_helpers/thrown';

// Results are compared with the module functions called directly on the same data. They run the same code on the
// same numbers, so equality is exact up to floating-point summation order: rtol 1e-12.
const RTOL = 1e-12;

const bank = parseValueBank(
  parse(readFileSync(new URL('../../examples/banks/example-bank.csv', import.meta.url), 'utf8'), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>,
  { name: 'example bank (illustrative, not HACT values)' },
);
const records = generateCohort({ n: 1200, seed: 99 });
const base: BuildReportConfig = { area: 'E08000025', period: '2023-24', generated: '2024-06-30' };
const full: BuildReportConfig = {
  ...base,
  seed: 99,
  valueBank: bank,
  adjustments: { attribution: { value: 0.25, source: 'stated assumption' }, displacement: { value: 0.05, source: 'stated assumption' } },
  investment: 250_000,
  reliability: { swemwbs: { value: 0.84, source: 'test value' }, 'health-and-well-being': { value: 0.8, source: 'test value' } },
  avoidedCosts: { events: [{ outputId: 'example-fewer-gp-visits', unitCostId: 'emergency-care-attendance', quantityPerClient: 0.5 }] },
  providerNames: { carers: 'Carers <b>Hub</b>' },
};
const open = buildReport(records, { ...full, suppression: false });
const model = buildReport(records, full);

/** The pipeline the report documents, called directly. */
function pipeline(rs: ReadonlyArray<ClientRecord>) {
  const providerOf = new Map(rs.map((r) => [r.clientId, r.providerId as string]));
  const recordOf = new Map(rs.map((r) => [r.clientId, r]));
  const paired = pairReadings(rs.flatMap((r) => r.readings), { strategy: 'first-latest-before', windowEnd: '2024-03-31', minDaysApart: 14, onInvalid: 'exclude' });
  const mapping = { ...TABLE3_MAPPING, ...PROPOSED_MAPPING };
  const starPairs = paired.pairs.filter((p) => p.instrumentId !== 'swemwbs' && mapping[p.instrumentId] !== undefined);
  const swPairs = paired.pairs.filter((p) => p.instrumentId === 'swemwbs');
  const mapped = mapPairsToPrimaryOutcomes(starPairs, { mapping, missingAreas: 'skip' });
  const rows = mapped.rows.map((r) => ({ provider: providerOf.get(r.clientId) as string, outcome: r.outcomeId, pre: r.pre, post: r.post, clientId: r.clientId, change: r.change }));
  return { paired, mapped, rows, swPairs, providerOf, recordOf };
}
const direct = pipeline(records);
const STAR = { scale: 'ordinal', range: { min: 0, max: 1 }, higherIsBetter: true } as const;

function walk(v: unknown, visit: (x: unknown, path: string) => void, path = '$'): void {
  visit(v, path);
  if (Array.isArray(v)) v.forEach((x, i) => walk(x, visit, `${path}[${i}]`));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, visit, `${path}.${k}`);
}
function isCount(x: unknown): x is { value: number | null; suppressed: boolean } {
  return x !== null && typeof x === 'object' && !Array.isArray(x) && Object.keys(x).length === 2 && 'value' in x && 'suppressed' in x;
}

describe('buildReport: purity and determinism', () => {
  it('gives byte-identical JSON for the same input, from deep-frozen records and config', () => {
    const frozenRecords = deepFreeze(structuredClone(records));
    const frozenConfig = deepFreeze(structuredClone(full));
    const a = JSON.stringify(buildReport(frozenRecords, frozenConfig));
    const b = JSON.stringify(buildReport(frozenRecords, frozenConfig));
    expect(a).toBe(b);
    expect(a).toBe(JSON.stringify(model));
  });

  it('does not depend on record order, except for the input hash', () => {
    const reversed = buildReport([...records].reverse(), full);
    const strip = (m: ReportModel) => JSON.stringify({ ...m, meta: { ...m.meta, generatedFrom: { ...m.meta.generatedFrom, inputHash: '' } } });
    expect(strip(reversed)).toBe(strip(model));
    expect(reversed.meta.generatedFrom.inputHash).not.toBe(model.meta.generatedFrom.inputHash);
  });

  it('is plain JSON: no NaN, Infinity, undefined, class instances or typed arrays', () => {
    walk(model, (x, path) => {
      if (typeof x === 'number') expect(Number.isFinite(x), path).toBe(true);
      expect(x === undefined, path).toBe(false);
      if (x !== null && typeof x === 'object') expect([Object.prototype, Array.prototype].includes(Object.getPrototypeOf(x)), path).toBe(true);
    });
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('changes the input hash when one score changes', () => {
    const copy = structuredClone(records) as ClientRecord[];
    const k = copy.findIndex((r) => r.readings.length > 0);
    const reading = (copy[k] as ClientRecord).readings[0] as { scores: Record<string, number> };
    const key = Object.keys(reading.scores)[0] as string;
    reading.scores[key] = (reading.scores[key] as number) === 1 ? 2 : 1;
    expect(buildReport(copy, full).meta.generatedFrom.inputHash).not.toBe(model.meta.generatedFrom.inputHash);
    const otherConfig = buildReport(records, { ...full, adjustments: { ...full.adjustments, attribution: { value: 0.3, source: 'stated assumption' } } });
    expect(otherConfig.meta.generatedFrom.inputHash).not.toBe(model.meta.generatedFrom.inputHash);
  });
});

describe('buildReport: disclosure control and identifiers', () => {
  it('suppresses counts 1–9 by default, everywhere in the model', () => {
    expect(model.meta.suppression).toMatchObject({ applied: true, threshold: 10, secondary: true, marker: '[c]' });
    expect(model.meta.suppression.suppressedCells).toBeGreaterThan(0);
    let counts = 0;
    walk(model, (x, path) => {
      if (isCount(x)) {
        counts++;
        if (x.value !== null) expect(x.value === 0 || x.value >= 10, path).toBe(true);
        expect(x.suppressed, path).toBe(x.value === null);
      }
    });
    expect(counts).toBeGreaterThan(100);
    // Suppressed value lines do not leak their count through the money figures.
    if (model.socialValue.computed) for (const o of model.socialValue.outcomes) if (o.count.suppressed) expect([o.gross, o.net]).toEqual([null, null]);
  });

  it('publishes small counts only when suppression is switched off explicitly, and says so', () => {
    let small = 0;
    walk(open, (x) => { if (isCount(x) && x.value !== null && x.value > 0 && x.value < 10) small++; });
    expect(small).toBeGreaterThan(0);
    expect(open.meta.suppression.applied).toBe(false);
    expect(open.caveats.map((c) => c.code)).toContain('no-suppression');
  });

  it('withholds change figures of groups under the threshold', () => {
    const tiny = buildReport(records.slice(0, 60), base);
    const figs = tiny.change.outcomes.flatMap((o) => [o.overall, ...o.byProvider]);
    expect(figs.some((f) => f.suppressed)).toBe(true);
    for (const f of figs.filter((g) => g.suppressed)) expect([f.n, f.preMean.value, f.meanChange, f.p]).toEqual([0, null, null, null]);
    // Secondary suppression: a single withheld provider could be recovered as overall n minus the others.
    for (const o of [...tiny.change.outcomes, tiny.wellbeing]) {
      const withheld = o.byProvider.filter((f) => f.suppressed).length;
      if (!o.overall.suppressed) expect(withheld === 0 || withheld >= 2, JSON.stringify(o.byProvider.map((f) => f.n))).toBe(true);
    }
  });

  it('never contains a client id, a reading date or a record-level value', () => {
    const marked = records.map((r, i) => ({ ...r, clientId: `SECRET${i}x`, readings: r.readings.map((x) => ({ ...x, clientId: `SECRET${i}x` })) }));
    const text = JSON.stringify(buildReport(marked, { ...full, suppression: false }));
    expect(text).not.toMatch(/SECRET/);
    expect(JSON.stringify(model)).not.toMatch(/C\d{7}/);
    const allowed = new Set(['2023-04-01', '2024-03-31', '2024-06-30']);
    const dates = new Set(JSON.stringify(model).match(/\d{4}-\d{2}-\d{2}/g) ?? []);
    for (const d of dates) expect(allowed.has(d), d).toBe(true);
  });

  it('keeps provider display names as given (plain text; renderers escape)', () => {
    expect(model.meta.providers.find((p) => p.id === 'carers')?.name).toBe('Carers <b>Hub</b>');
  });

  it('reports k-anonymity of the quasi-identifiers as checkKAnonymity does', () => {
    const qis = ['ageBand', 'gender', 'ethnicity', 'postcodeDistrict'];
    const k = checkKAnonymity(records as unknown as Array<Record<string, unknown>>, qis, 10);
    expect(model.equity.kAnonymity).toEqual({ quasiIdentifiers: qis, k: 10, minClassSize: k.achievedK, classesBelowK: k.violatingClasses.length, recordsBelowK: k.nRecordsAtRisk, satisfied: k.satisfied });
    const custom = buildReport(records, { ...base, quasiIdentifiers: ['gender'] });
    expect(custom.equity.kAnonymity.quasiIdentifiers).toEqual(['gender']);
  });
});

describe('buildReport: figures equal the module functions', () => {
  it('reach: counts by outcome, source and reason, Wilson proportions', () => {
    const count = (f: (r: ClientRecord) => boolean) => records.filter(f).length;
    expect(open.reach.referrals.value).toBe(records.length);
    expect(open.reach.outcomes.categories.find((c) => c.code === 'unsuccessful')?.count.value).toBe(count((r) => r.referralOutcome === 'unsuccessful'));
    expect(open.reach.unsuccessfulReasons.categories.find((c) => c.code === 'no-capacity')?.count.value).toBe(count((r) => r.unsuccessfulReason === 'no-capacity'));
    const known = count((r) => r.referralSource !== 'not-known');
    expectClose(open.reach.statutoryVsVcse.statutory?.estimate as number, count((r) => r.referralSource === 'statutory') / known, { rtol: RTOL, label: 'statutory share' });
    expect(open.reach.byProvider.categories.map((c) => c.code)).toEqual([...new Set(records.map((r) => r.providerId as string))].sort());
  });

  it('profile: representation ratios equal compareToBaseline on the same counts', () => {
    const b = baseline(census2021, { area: 'E08000025', topic: 'age-single-year', breaks: [18, 25, 35, 50, 65, 75] });
    const counts = Object.fromEntries(b.categories.map((c) => [c.label, records.filter((r) => (r.age as number) >= (c.ages?.min as number) && (c.ages?.max === undefined || (r.age as number) <= c.ages.max)).length]));
    const cmp = compareToBaseline(counts, b);
    const age = open.profile.characteristics.find((c) => c.characteristic === 'age');
    expect(age?.rows.map((r) => r.observed.value)).toEqual(cmp.categories.map((c) => c.observed));
    age?.rows.forEach((r, k) => {
      const c = cmp.categories[k] as (typeof cmp.categories)[number];
      expectClose([r.ratio?.estimate as number, r.ratio?.lower as number, r.ratio?.upper as number, r.pAdjusted as number], [c.representationRatio.estimate, c.representationRatio.lower, c.representationRatio.upper, c.pAdjusted], { rtol: RTOL, label: r.code });
    });
    expect(age?.test?.p).toBe(cmp.test.pValue);
    // The deliberate under-representation of people aged 65+ is found.
    expect(age?.rows.find((r) => r.code === '65-74')?.flag).toBe('under');
    expect(open.profile.findings.some((f) => f.includes('65 to 74'))).toBe(true);
  });

  it('change: per outcome and provider, equal to summarizeChangeBy on the pipeline rows', () => {
    const by = summarizeChangeBy(direct.rows, { by: ['provider', 'outcome'], ...STAR });
    let compared = 0;
    for (const o of open.change.outcomes) {
      for (const f of o.byProvider) {
        const g = by.groups.find((x) => x.key['provider'] === f.providerId && x.key['outcome'] === o.outcomeId);
        if (g === undefined) { expect(f.n).toBeLessThan(2); continue; }
        const s = g.summary;
        expect(f.n).toBe(g.n);
        expectClose([f.preMean.value as number, f.postMean.value as number, f.medianChange.value as number], [s.pre.mean, s.post.mean, s.change.median], { rtol: RTOL, label: `${o.outcomeId}/${f.providerId}` });
        if (s.tests.wilcoxon.status === 'ok') expectClose(f.p as number, s.tests.wilcoxon.result.pValue, { rtol: RTOL, label: 'wilcoxon p' });
        if (s.effectSizes.status === 'ok') expectClose(f.effectSize?.estimate as number, s.effectSizes.result.dz, { rtol: RTOL, label: 'dz' });
        expect([f.direction.improved.value, f.direction.same.value, f.direction.worse.value]).toEqual([s.direction.improved, s.direction.same, s.direction.worse]);
        compared++;
      }
      const all = direct.rows.filter((r) => r.outcome === o.outcomeId);
      const s = summarizeChange(all.map((r) => r.pre), all.map((r) => r.post), STAR);
      expect(o.overall.n).toBe(all.length);
      expectClose(o.overall.medianChange.value as number, s.change.median, { rtol: RTOL, label: `${o.outcomeId} overall median` });
      const es = effectSizes(all.map((r) => r.pre), all.map((r) => r.post));
      expectClose([o.overall.effectSize?.estimate as number, o.overall.effectSize?.lower as number], [es.dz, es.dzCi.lower as number], { rtol: 1e-9, label: 'dz and its interval' });
    }
    expect(compared).toBeGreaterThan(10);
    expect(open.change.outcomes.map((o) => o.outcomeId)).toEqual(['economic-well-being', 'health-and-well-being', 'social-participation', 'independence-in-housing', 'carers-feeling-supported']);
  });

  it('change: on messy, shuffled records every reading exclusion and pair count equals the pipeline run directly', () => {
    type Reading = ClientRecord['readings'][number];
    const rand = mulberry32(2024);
    const messy = generateCohort({ n: 900, seed: 5 }).map((r): ClientRecord => {
      const rs = [...r.readings];
      const u = rand();
      if (u < 0.05 && rs.length > 0) rs[0] = { ...(rs[0] as Reading), date: '2023-02-30' };
      else if (u < 0.1 && rs.length > 1) rs[1] = { ...(rs[1] as Reading), scores: { ...(rs[1] as Reading).scores, bogus: 3 } };
      else if (u < 0.15 && rs.length > 0) rs.push({ ...(rs[rs.length - 1] as Reading) });
      else if (u < 0.2 && rs.length > 0) rs.push({ ...(rs[0] as Reading), instrumentId: 'mystery-star' });
      else if (u < 0.25 && rs.length > 0) rs.push({ ...(rs[0] as Reading), date: '2025-01-01' });
      else if (u < 0.3 && rs.length > 0) rs.push({ ...(rs[0] as Reading), scores: {} });
      return { ...r, readings: rs };
    });
    for (let i = messy.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [messy[i], messy[j]] = [messy[j] as ClientRecord, messy[i] as ClientRecord]; }
    const m = buildReport(messy, { ...base, suppression: false });
    const d = pipeline(messy);
    const reasons = Object.entries(d.paired.counts.readingsByReason).filter(([, c]) => c > 0);
    expect(reasons.length).toBeGreaterThanOrEqual(5);
    for (const [reason, c] of reasons) expect(m.change.excluded.find((e) => e.reason === `reading-${reason}`)?.count, reason).toBe(c);
    for (const o of m.change.outcomes) expect(o.overall.n, o.outcomeId).toBe(d.rows.filter((r) => r.outcome === o.outcomeId).length);
    expect(m.wellbeing.overall.n).toBe(d.swPairs.length);
    expect(m.change.excluded.find((e) => e.reason === 'outcome-missing-areas')?.count ?? 0).toBe(Object.values(d.mapped.missing).reduce((a, b) => a + b, 0));
  });

  it('change: exclusions equal the pairReadings accounting', () => {
    const single = direct.paired.counts.readingsByReason['single-reading'];
    expect(single).toBeGreaterThan(0);
    expect(open.change.excluded.find((e) => e.reason === 'reading-single-reading')?.count).toBe(single);
    expect(open.dataQuality.exclusions.find((e) => e.reason === 'reading-single-reading')?.count).toBe(single);
  });

  it('wellbeing and reliable change: equal to summarizeChange and reliableChange on SWEMWBS pairs', () => {
    const pre = direct.swPairs.map((p) => p.baseline.scores['total'] as number);
    const post = direct.swPairs.map((p) => p.followUp.scores['total'] as number);
    const s = summarizeChange(pre, post, { scale: 'interval', instrument: SWEMWBS });
    const w = open.wellbeing.overall;
    expect(w.n).toBe(pre.length);
    const ci = s.tests.pairedT.status === 'ok' ? s.tests.pairedT.result.ci : undefined;
    expectClose([w.meanChange?.estimate as number, w.meanChange?.lower as number, w.meanChange?.upper as number], [ci?.estimate as number, ci?.lower as number, ci?.upper as number], { rtol: RTOL, label: 'swemwbs mean change' });
    const rc = reliableChange(pre, post, { reliability: 0.84, instrument: SWEMWBS });
    const row = open.reliableChange.rows.find((r) => r.id === 'swemwbs');
    expect(row?.n).toBe(rc.n);
    expect(row?.improved.count.value).toBe(rc.counts.recovered + rc.counts.reliablyImproved);
    expect(row?.deteriorated.count.value).toBe(rc.counts.reliablyDeteriorated);
    expectClose(row?.criterion.value as number, rc.reliableChangeThreshold as number, { rtol: RTOL, label: 'RCI criterion' });
    // Stars have no reliability: the row says so instead of guessing.
    expect(open.reliableChange.rows.find((r) => r.id === 'economic-well-being')?.notComputedReason).toMatch(/no reliability/);
    expect(open.reliableChange.rows.find((r) => r.id === 'health-and-well-being')?.notComputedReason).toBeUndefined();
  });

  it('equity: gaps by ethnic group equal outcomeByGroup, and the deliberate gap is found', () => {
    const ETH: Record<string, string> = { 'black-african': 'black', 'black-caribbean': 'black', 'black-other': 'black' };
    const groupOf = (id: string) => {
      const e = direct.recordOf.get(id)?.ethnicity as string;
      return ETH[e] ?? (e.startsWith('asian-') ? 'asian' : e.startsWith('white-') ? 'white' : e.startsWith('mixed-') ? 'mixed' : e.startsWith('other-') ? 'other' : null);
    };
    const rows = direct.swPairs.map((p) => ({ ethnicGroup: groupOf(p.clientId), change: (p.followUp.scores['total'] as number) - (p.baseline.scores['total'] as number) }));
    const r = outcomeByGroup(rows, { group: 'ethnicGroup', outcome: 'change', metric: 'mean-change', minGroupSize: 10, dropMissing: true });
    const d = open.equity.disparities.find((x) => x.outcomeId === 'swemwbs' && x.characteristic === 'ethnic-group');
    for (const g of r.groups) {
      const m = d?.groups.find((x) => x.code === g.key['ethnicGroup']);
      expect(m?.n.value).toBe(g.n);
      if (g.comparison !== undefined) {
        expectClose([m?.gap?.estimate as number, m?.gap?.lower as number, m?.pAdjusted as number], [g.comparison.difference.estimate, g.comparison.difference.lower, g.comparison.test.pAdjusted], { rtol: RTOL, label: String(g.key['ethnicGroup']) });
      }
    }
    expect(d?.groups[0]?.reference).toBe(true);
    expect(d?.groups.find((g) => g.code === 'black')?.flag).toBe('worse');
    expect(model.equity.findings.some((f) => f.startsWith('SWEMWBS (wellbeing): Black'))).toBe(true);
  });

  it('social value: totals, SROI and sensitivity equal valueOutcomes, sroi and sensitivity', () => {
    expect(open.socialValue.computed).toBe(true);
    if (!open.socialValue.computed) return;
    const claims = open.socialValue.outcomes.map((o) => {
      const m = /^(.*) \((.*)\)$/.exec(o.id);
      return m === null ? { outcomeId: o.id, quantity: o.count.value as number } : { outcomeId: m[1] as string, quantity: o.count.value as number, ageBand: m[2] as string, cohort: `aged ${m[2] as string}` };
    });
    const totalClaimed = claims.filter((c) => c.ageBand === undefined).reduce((s, c) => s + c.quantity, 0);
    const achievers = records.flatMap((r) => (r.outputsAchieved ?? []).filter((o) => o !== 'example-mental-health-improved')).length;
    expect(totalClaimed).toBe(achievers);
    const opts = { attribution: 0.25, displacement: 0.05, durationYears: 1, discountRate: 'green-book', location: 'outside-london' } as const;
    const v = valueOutcomes(claims, bank, opts);
    expectClose([open.socialValue.totals.gross, open.socialValue.totals.presentValue], [v.total.gross, v.total.presentValue], { rtol: RTOL, label: 'value totals' });
    const sr = sroi({ inputs: 250_000, valueFlows: v.total.byYear.map((y) => y.impact) });
    expectClose(open.socialValue.sroi?.ratio as number, sr.ratio, { rtol: RTOL, label: 'SROI ratio' });
    const sens = sensitivity({ claims, bank, inputs: 250_000 }, opts);
    expectClose(open.socialValue.sensitivity.base, sens.base.ratio, { rtol: RTOL, label: 'sensitivity base' });
    const top = [...sens.rows].sort((a, b) => b.swing - a.swing || a.claimIndex - b.claimIndex)[0];
    expectClose([open.socialValue.sensitivity.bars[0]?.lowResult as number, open.socialValue.sensitivity.bars[0]?.highResult as number], [top?.ratioAtLow as number, top?.ratioAtHigh as number], { rtol: RTOL, label: 'largest tornado bar' });
  });

  it('social value: the waterfall adds up from gross to present value', () => {
    if (!model.socialValue.computed) throw new Error('expected social value');
    const w = model.socialValue.waterfall;
    expect(w.map((s) => s.step)).toEqual(['gross', 'deadweight', 'displacement', 'attribution', 'drop-off', 'discounting', 'present-value']);
    for (let k = 1; k < w.length; k++) expectClose((w[k] as { total: number }).total, (w[k - 1] as { total: number }).total + (w[k] as { delta: number }).delta, { rtol: 1e-12, label: `step ${k}` });
    expect(w[w.length - 1]?.total).toBe(model.socialValue.totals.presentValue);
    expect(model.socialValue.avoidedCosts?.total).toBeGreaterThan(0);
  });

  it('social value: says why when no bank or no adjustments are given', () => {
    expect(buildReport(records, base).socialValue).toEqual({ computed: false, reason: 'no value bank was given (config.valueBank)' });
    const r = buildReport(records, { ...base, valueBank: bank }).socialValue;
    expect(r.computed).toBe(false);
    if (!r.computed) expect(r.reason).toMatch(/attribution and displacement/);
  });
});

describe('buildReport: many providers', () => {
  it('one provider per client: every overall figure equals the five-provider report, and each provider has its own figures', () => {
    // 1,200 one-client providers: the per-provider tables, states and suppression all run on 1,200 groups (this took
    // minutes when the disclosure audit was a max-flow per cell over every cell).
    const own = records.map((r, i) => ({ ...r, providerId: `p${i}` }));
    const m = buildReport(own, { ...full, suppression: false });
    expect(m.change.outcomes.map((o) => o.outcomeId)).toEqual(open.change.outcomes.map((o) => o.outcomeId));
    m.change.outcomes.forEach((o, k) => {
      expect(o.overall, o.outcomeId).toEqual(open.change.outcomes[k]?.overall);
      expect(o.byProvider.length).toBe(o.overall.n);
    });
    expect({ ...m.wellbeing, byProvider: [] }).toEqual({ ...open.wellbeing, byProvider: [] });
    expect(m.wellbeing.byProvider.length).toBe(m.wellbeing.overall.n);
    const suppressed = buildReport(own, full);
    for (const o of suppressed.change.outcomes) expect(o.byProvider.every((f) => f.suppressed)).toBe(true);
  });
});

describe('buildReport: summary, meta and caveats', () => {
  it('has exactly ten one-line summary lines', () => {
    expect(model.summary.lines).toHaveLength(10);
    for (const l of model.summary.lines) expect(l).not.toMatch(/[\r\n]/);
    expect(model.summary.lines[0]).toMatch(/^Prevention outcomes report: Birmingham 2023-24: 1,200 clients/);
  });

  it('summary lines state what the sections hold', () => {
    const sig = model.change.outcomes.filter((o) => o.overall.p !== null && o.overall.p < 0.05 && (o.overall.effectSize?.estimate ?? 0) > 0).length;
    expect(sig).toBeGreaterThan(0);
    expect(model.summary.lines[5]).toContain(`${sig} of ${model.change.outcomes.length} improved significantly`);
    const top = [...open.reach.unsuccessfulReasons.categories].sort((a, b) => (b.count.value as number) - (a.count.value as number))[0];
    expect(open.summary.lines[2]).toContain(`"${top?.label as string}"`);
    expect(model.summary.lines[4]).toMatch(/Aged 65 to 74 years/);
    expect(model.summary.lines[8]).toMatch(/^Equity: .*Black/);
    expect(model.summary.lines[9]).toMatch(/^Social value: £[\d,]+ present value \(2023-24 prices\), SROI \d+\.\d\d : 1\.$/);
  });

  it('fills meta from config and the census, never from the clock', () => {
    expect(model.meta).toMatchObject({
      modelVersion: 1,
      area: { code: 'E08000025', name: 'Birmingham' },
      period: { label: '2023-24', start: '2023-04-01', end: '2024-03-31' },
      generated: '2024-06-30',
      generatedFrom: { seed: 99, records: 1200 },
      confidence: 0.95,
    });
    expect(model.meta.generatedFrom.inputHash).toMatch(/^[0-9a-f]{16}$/);
    expect(model.meta.dataSources.map((d) => d.id)).toEqual(['records', 'census2021', 'prevention-first', 'value-bank', 'unit-costs']);
    expect(model.meta.dataSources.find((d) => d.id === 'census2021')?.licence).toMatch(/Open Government Licence/);
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(model.meta.libraryVersion).toBe(pkg.version);
  });

  it('carries the standing caveats', () => {
    const codes = model.caveats.map((c) => c.code);
    for (const c of ['not-causal', 'suppression', 'census-all-ages', 'synthetic-data', 'social-value']) expect(codes).toContain(c);
  });

  it('gives every figure an n, a method and a source', () => {
    walk(model, (x, path) => {
      if (x !== null && typeof x === 'object' && 'basis' in x) {
        const b = (x as { basis: { n: number; method: string; source: string; unit: string } }).basis;
        expect(Number.isInteger(b.n) && b.n >= 0, path).toBe(true);
        expect(b.method.length > 0 && b.source.length > 0 && b.unit.length > 0, path).toBe(true);
      }
    });
  });
});

describe('buildReport: empty and degenerate inputs', () => {
  it('empty records give a documented, NaN-free report', () => {
    const m = buildReport([], base);
    expect(m.reach.referrals).toEqual({ value: 0, suppressed: false });
    expect(m.change.outcomes).toEqual([]);
    expect(m.wellbeing.overall).toMatchObject({ n: 0, meanChange: null, notComputedReason: 'no pairs', suppressed: false });
    expect(m.reliableChange.rows).toEqual([]);
    expect(m.equity.disparities).toEqual([]);
    expect(m.profile.characteristics.every((c) => c.test === null && c.basis.n === 0)).toBe(true);
    expect(m.summary.lines).toHaveLength(10);
    walk(m, (x, path) => { if (typeof x === 'number') expect(Number.isFinite(x), path).toBe(true); });
  });

  it('records whose readings are all excluded give no change figures, with the exclusions counted', () => {
    const oneEach = records.slice(0, 200).map((r) => ({ ...r, readings: r.readings.slice(0, 1) }));
    const m = buildReport(oneEach, base);
    expect(m.change.outcomes).toEqual([]);
    expect(m.wellbeing.overall.notComputedReason).toBe('no pairs');
    const n = oneEach.reduce((s, r) => s + r.readings.length, 0);
    expect(m.change.excluded).toEqual([{ reason: 'reading-single-reading', description: 'readings excluded: only one reading (no follow-up)', count: n }]);
  });

  it('refuses repeated client ids with a typed error naming the record', () => {
    const dup = [records[0] as ClientRecord, records[0] as ClientRecord];
    expect(() => buildReport(dup, base)).toThrow(InvalidInputError);
    expect(() => buildReport(dup, base)).toThrow(/records\[1\]\.clientId/);
  });

  it('refuses records that are not an array or not records', () => {
    expect(() => buildReport('x' as never, base)).toThrow(InvalidInputError);
    expect(() => buildReport([null] as never, base)).toThrow(/records\[0\]/);
    expect(thrown(() => buildReport([records[0], null] as never, base), InvalidInputError).row).toBe(2);
    const dup = [records[0] as ClientRecord, records[1] as ClientRecord, records[0] as ClientRecord];
    expect(thrown(() => buildReport(dup, base), InvalidInputError)).toMatchObject({ code: 'duplicate', path: ['records', 2, 'clientId'], row: 3 });
  });

  it.each([
    ['ethnicity', 3, 'invalid-type'],
    ['ethnicity', null, 'invalid-type'],
    ['gender', {}, 'invalid-type'],
    ['disability', true, 'invalid-type'],
    ['gender', undefined, 'invalid-record'],
  ] as const)('refuses a record whose %s is %j, naming the record and its 1-based row (%s)', (field, value, code) => {
    const bad = records.slice(0, 20).map((r, i) => {
      if (i !== 11) return r;
      const copy: Record<string, unknown> = { ...r, [field]: value };
      if (value === undefined) delete copy[field];
      return copy as unknown as ClientRecord;
    });
    expect(thrown(() => buildReport(bad, base), InvalidInputError)).toMatchObject({ code, path: ['records', 11, field], row: 12 });
  });
});

describe('buildReport: bad config', () => {
  it.each([
    [{ area: 'Birmingham' }, 'config.area'],
    [{ period: '2023' }, 'config.period'],
    [{ period: { label: 'Q1', start: '2023-04-01', end: '2023-02-01' } }, 'config.period.end'],
    [{ generated: '2024-02-30' }, 'config.generated'],
    [{ generated: undefined }, 'config.generated'],
    [{ suppression: { threshold: 1 } }, 'config.suppression.threshold'],
    [{ suppression: true }, 'config.suppression'],
    [{ confidence: 1.5 }, 'confidence'],
    [{ adjustments: { attribution: { value: 1.2, source: 'x' } } }, 'config.adjustments.attribution.value'],
    [{ adjustments: { attribution: { value: 0.2, source: '' } } }, 'config.adjustments.attribution.source'],
    [{ investment: -5 }, 'config.investment'],
    [{ reliability: { swemwbs: { value: 1 } } }, 'config.reliability.swemwbs.value'],
    [{ providerNames: { a: '' } }, 'config.providerNames.a'],
    [{ quasiIdentifiers: 'gender' }, 'config.quasiIdentifiers'],
    [{ avoidedCosts: { events: [{ outputId: 'x', unitCostId: 'y', quantityPerClient: -1 }] } }, 'config.avoidedCosts.events.0.quantityPerClient'],
  ])('%j → InvalidInputError naming %s', (patch, field) => {
    const cfg = { ...base, ...patch } as BuildReportConfig;
    let err: unknown;
    try { buildReport(records.slice(0, 5), cfg); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(InvalidInputError);
    expect((err as Error).message).toContain(field);
  });

  it('refuses a config that is not an object', () => {
    expect(() => buildReport([], null as never)).toThrow(InvalidInputError);
  });

  it('an unknown area is a reference-data error', () => {
    expect(() => buildReport([], { ...base, area: 'E99999999' })).toThrow(/E99999999/);
  });

  it('a repeated client id names both records, in sorted and unsorted input', () => {
    const rs = generateCohort({ n: 6, seed: 3 });
    const at = (list: ClientRecord[]) => {
      try {
        buildReport(list, base);
      } catch (e) {
        expect(e).toBeInstanceOf(InvalidInputError);
        return [(e as InvalidInputError).path, (e as Error).message.match(/records\[\d+\] repeats the id of records\[\d+\]/)?.[0]];
      }
      return 'no error';
    };
    const shuffled = [rs[4], rs[1], rs[3], { ...rs[1], providerId: 'other' }, rs[0], rs[1]] as ClientRecord[];
    expect(at(shuffled)).toEqual([['records', 3, 'clientId'], 'records[3] repeats the id of records[1]']);
    expect(at([rs[0], rs[1], rs[1], rs[2]] as ClientRecord[])).toEqual([['records', 2, 'clientId'], 'records[2] repeats the id of records[1]']);
  });
});
