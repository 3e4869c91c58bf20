/**
 * Validation of the `buildReport` config, with defaults filled in.
 *
 * @packageDocumentation
 */
import { InvalidInputError } from '../../errors';
import { describeValue } from '../../_internal/describeValue';
import { booleanOption, confidenceLevel, integerInRange, oneOf, optionsObject, probability } from '../../_internal/validate';
import { census2021 } from '../../data/census2021';
import type { ReliabilityInput } from '../../change/reliableChange';
import type { AdjustmentWithSource, BuildReportConfig } from '../buildReport';
import type { ResolvedConfig } from './assemble';

/** Throws the config error (an explicitly typed `never` function, so TypeScript narrows after it). */
type Fail = (field: string, what: string, got: unknown) => never;

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function failWith(FN: string, field: string, what: string, got: unknown): never {
  throw new InvalidInputError({ code: 'invalid-option', message: `${FN} requires config.${field} to be ${what} (got ${describeValue(got)})`, path: ['config', ...field.split('.')] });
}
function isoDateFieldWith(FN: string, field: string, v: unknown): string {
  const fail: Fail = (f, w, g) => failWith(FN, f, w, g);
  if (typeof v !== 'string' || !ISO.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)) || new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v) fail(field, 'an ISO date YYYY-MM-DD', v);
  return v;
}
function adjustmentWith(FN: string, name: string, v: unknown): AdjustmentWithSource | undefined {
  const fail: Fail = (f, w, g) => failWith(FN, f, w, g);
  if (v === undefined) return undefined;
  if (v === null || typeof v !== 'object') fail(`adjustments.${name}`, 'an object { value, source }', v);
  const a = v as Partial<AdjustmentWithSource>;
  const value = probability(FN, `config.adjustments.${name}.value`, a.value, ['config', 'adjustments', name, 'value']);
  if (typeof a.source !== 'string' || a.source.trim() === '') fail(`adjustments.${name}.source`, 'a non-empty source', a.source);
  return { value, source: a.source };
}

/** Validates the config of `buildReport` and fills in the defaults. */
export function resolveConfig(FN: string, config: BuildReportConfig): ResolvedConfig {
  const fail: Fail = (f, w, g) => failWith(FN, f, w, g);
  const isoDateField = (f: string, v: unknown): string => isoDateFieldWith(FN, f, v);
  const adjustment = (name: string, v: unknown): AdjustmentWithSource | undefined => adjustmentWith(FN, name, v);
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw new InvalidInputError({ code: 'invalid-type', message: `${FN} requires config to be an object (got ${describeValue(config)})`, path: ['config'] });
  }
  const c = optionsObject(FN, config, ['area', 'period', 'generated', 'title', 'baseline', 'valueBank', 'priceYear', 'discountRate', 'adjustments', 'investment', 'avoidedCosts', 'suppression', 'quasiIdentifiers', 'providerNames', 'reliability', 'mapping', 'minDaysApart', 'minGroupSize', 'confidence', 'issues', 'seed'], ['config']);
  if (typeof c.area !== 'string' || !/^[EKNSW]\d{8}$/.test(c.area)) fail('area', 'a GSS code such as E08000025', c.area);
  let period: ResolvedConfig['period'];
  if (typeof c.period === 'string') {
    const m = /^(\d{4})-(\d{2})$/.exec(c.period);
    if (m === null || (Number(m[1]) + 1) % 100 !== Number(m[2])) fail('period', "a financial year such as '2023-24' or { label, start, end }", c.period);
    const y = Number(m[1]);
    period = { label: c.period, start: `${y}-04-01`, end: `${y + 1}-03-31` };
  } else if (c.period !== null && typeof c.period === 'object') {
    const p = c.period;
    if (typeof p.label !== 'string' || p.label.trim() === '') fail('period.label', 'a non-empty label', p.label);
    const start = isoDateField('period.start', p.start);
    const end = isoDateField('period.end', p.end);
    if (end < start) fail('period.end', `a date on or after period.start ${start}`, end);
    period = { label: p.label, start, end };
  } else {
    fail('period', "a financial year such as '2023-24' or { label, start, end }", c.period);
  }
  const generated = isoDateField('generated', c.generated);
  if (c.title !== undefined && (typeof c.title !== 'string' || c.title.trim() === '')) fail('title', 'a non-empty string', c.title);
  const confidence = confidenceLevel(FN, c.confidence ?? 0.95, ['config', 'confidence']);

  let suppression: ResolvedConfig['suppression'];
  if (c.suppression === false) suppression = { applied: false, threshold: 1, secondary: false, rounding: 'none' };
  else if (c.suppression === undefined) suppression = { applied: true, threshold: 10, secondary: true, rounding: 'none' };
  else if (c.suppression !== null && typeof c.suppression === 'object') {
    const s = c.suppression;
    optionsObject(FN, s, ['threshold', 'secondary', 'rounding'], ['config', 'suppression']);
    suppression = {
      applied: true,
      threshold: integerInRange(FN, 'config.suppression.threshold', s.threshold ?? 10, { min: 2, max: 1000 }, ['config', 'suppression', 'threshold']),
      secondary: booleanOption(FN, 'config.suppression.secondary', s.secondary, true, ['config', 'suppression', 'secondary']),
      rounding: oneOf(FN, 'config.suppression.rounding', s.rounding ?? 'none', ['none', 'nearest-5'] as const, ['config', 'suppression', 'rounding']),
    };
  } else fail('suppression', 'false or { threshold, secondary, rounding }', c.suppression);

  if (c.quasiIdentifiers !== undefined && (!Array.isArray(c.quasiIdentifiers) || c.quasiIdentifiers.some((q) => typeof q !== 'string' || q === ''))) {
    fail('quasiIdentifiers', 'an array of field names', c.quasiIdentifiers);
  }
  const providerNames: Record<string, string> = {};
  if (c.providerNames !== undefined) {
    if (c.providerNames === null || typeof c.providerNames !== 'object' || Array.isArray(c.providerNames)) fail('providerNames', 'an object { providerId: name }', c.providerNames);
    for (const [k, v] of Object.entries(c.providerNames)) {
      if (typeof v !== 'string' || v.trim() === '' || v.length > 200) fail(`providerNames.${k}`, 'a display name of 1–200 characters', v);
      providerNames[k] = v;
    }
  }
  const reliability: Record<string, ReliabilityInput> = {};
  if (c.reliability !== undefined) {
    if (c.reliability === null || typeof c.reliability !== 'object' || Array.isArray(c.reliability)) fail('reliability', 'an object { id: { value, source } }', c.reliability);
    for (const [k, v] of Object.entries(c.reliability)) {
      if (v === null || typeof v !== 'object') fail(`reliability.${k}`, 'an object { value, source }', v);
      const value = v.value;
      if (typeof value !== 'number' || !(value >= 0 && value < 1)) fail(`reliability.${k}.value`, 'a number in [0, 1)', value);
      reliability[k] = v;
    }
  }
  const adj = c.adjustments;
  if (adj !== undefined && (adj === null || typeof adj !== 'object')) fail('adjustments', 'an object', adj);
  const adjustments = {
    deadweight: adjustment('deadweight', adj?.deadweight),
    attribution: adjustment('attribution', adj?.attribution),
    displacement: adjustment('displacement', adj?.displacement),
    dropOff: adjustment('dropOff', adj?.dropOff),
    durationYears: adj?.durationYears === undefined ? 1 : integerInRange(FN, 'config.adjustments.durationYears', adj.durationYears, { min: 1, max: 75 }, ['config', 'adjustments', 'durationYears']),
  };
  if (c.investment !== undefined && (typeof c.investment !== 'number' || !Number.isFinite(c.investment) || c.investment <= 0)) fail('investment', 'a positive number of pounds', c.investment);
  if (c.discountRate !== undefined && c.discountRate !== 'green-book' && (typeof c.discountRate !== 'number' || !(c.discountRate >= 0 && c.discountRate < 1))) {
    fail('discountRate', "a rate in [0, 1) or 'green-book'", c.discountRate);
  }
  if (c.priceYear !== undefined && (typeof c.priceYear !== 'string' || !/^\d{4}(-\d{2})?$/.test(c.priceYear))) fail('priceYear', "a price year such as '2023-24' or '2023'", c.priceYear);
  if (c.valueBank !== undefined && (c.valueBank === null || typeof c.valueBank !== 'object' || !Array.isArray(c.valueBank.entries))) fail('valueBank', 'a value bank { name, entries }', c.valueBank);
  const av = c.avoidedCosts;
  if (av !== undefined) {
    if (av === null || typeof av !== 'object' || !Array.isArray(av.events)) fail('avoidedCosts', 'an object { events, unitCosts? }', av);
    av.events.forEach((e, i) => {
      if (e === null || typeof e !== 'object') fail(`avoidedCosts.events.${i}`, 'an object { outputId, unitCostId, quantityPerClient }', e);
      if (typeof e.outputId !== 'string' || e.outputId === '') fail(`avoidedCosts.events.${i}.outputId`, 'an output id', e.outputId);
      if (typeof e.unitCostId !== 'string' || e.unitCostId === '') fail(`avoidedCosts.events.${i}.unitCostId`, 'a unit cost id', e.unitCostId);
      if (typeof e.quantityPerClient !== 'number' || !Number.isFinite(e.quantityPerClient) || e.quantityPerClient < 0) fail(`avoidedCosts.events.${i}.quantityPerClient`, 'a finite number >= 0', e.quantityPerClient);
    });
    if (av.deadweight !== undefined) probability(FN, 'config.avoidedCosts.deadweight', av.deadweight, ['config', 'avoidedCosts', 'deadweight']);
    if (av.attribution !== undefined) probability(FN, 'config.avoidedCosts.attribution', av.attribution, ['config', 'avoidedCosts', 'attribution']);
  }
  if (c.baseline !== undefined && (c.baseline === null || typeof c.baseline !== 'object')) fail('baseline', 'a census dataset', c.baseline);
  if (c.mapping !== undefined && (c.mapping === null || typeof c.mapping !== 'object')) fail('mapping', 'an instrument → area → outcome mapping', c.mapping);
  if (c.issues !== undefined && (!Array.isArray(c.issues) || c.issues.some((x) => x === null || typeof x !== 'object' || typeof x.code !== 'string'))) fail('issues', 'an array of { code }', c.issues);
  if (c.seed !== undefined && (typeof c.seed !== 'number' || !Number.isFinite(c.seed))) fail('seed', 'a finite number', c.seed);

  return {
    area: c.area,
    period,
    generated,
    ...(c.title !== undefined ? { title: c.title } : {}),
    baseline: c.baseline ?? census2021,
    ...(c.valueBank !== undefined ? { valueBank: c.valueBank } : {}),
    ...(c.priceYear !== undefined ? { priceYear: c.priceYear } : {}),
    discountRate: c.discountRate ?? 'green-book',
    adjustments,
    ...(c.investment !== undefined ? { investment: c.investment } : {}),
    ...(av !== undefined ? { avoidedCosts: av } : {}),
    suppression,
    ...(c.quasiIdentifiers !== undefined ? { quasiIdentifiers: c.quasiIdentifiers } : {}),
    providerNames,
    reliability,
    ...(c.mapping !== undefined ? { mapping: c.mapping } : {}),
    minDaysApart: integerInRange(FN, 'config.minDaysApart', c.minDaysApart ?? 14, { min: 0, max: 3650 }, ['config', 'minDaysApart']),
    minGroupSize: integerInRange(FN, 'config.minGroupSize', c.minGroupSize ?? 10, { min: 2 }, ['config', 'minGroupSize']),
    confidence,
    issues: c.issues ?? [],
    ...(c.seed !== undefined ? { seed: c.seed } : {}),
  };
}

