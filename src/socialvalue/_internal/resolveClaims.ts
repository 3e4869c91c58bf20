import { InsufficientDataError, InvalidInputError, ReferenceDataError, type ErrorPath } from '../../errors';
import { describeValue } from '../../_internal/describeValue';
import {
  booleanOption,
  integerInRange,
  numberInRange,
  oneOf,
  optionPath,
  optionsObject,
  probability,
  type AllOptionKeys,
} from '../../_internal/validate';
import type { DeflatorSeries } from '../../data/deflators';
import type {
  AdjustmentOption,
  ValueLocation,
  OutcomeClaim,
  UpratingTrace,
  ValueBank,
  ValueBankEntry,
  ValueVariant,
} from '../types';
import type { ValueOutcomesOptions, ValueWarning, AdjustmentSource } from '../valueOutcomes';
import { checkRate, MAX_YEARS, type DiscountRate } from './discounting';
import type { LineParams } from './compute';
import { checkPriceYear, tryParsePriceYear, type ParsedPriceYear } from './priceYear';
import { checkSeries, upratingFactor } from './uprating';

const LOCATIONS: ReadonlyArray<ValueLocation> = ['london', 'outside-london', 'all'];

/** A claim with every value and adjustment resolved, ready to compute. */
export interface ResolvedLine extends LineParams {
  readonly claimIndex: number;
  readonly claim: OutcomeClaim;
  readonly entry: ValueBankEntry;
  readonly variant: ValueVariant;
  readonly requestedAgeBand: string;
  readonly requestedLocation: ValueLocation;
  readonly uprating: UpratingTrace;
  /** Uprated low / high ends of the variant's published range, when it has one. */
  readonly unitValueLow?: number;
  readonly unitValueHigh?: number;
  readonly sources: {
    readonly deadweight: AdjustmentSource;
    readonly displacement: AdjustmentSource;
    readonly attribution: AdjustmentSource;
    readonly dropOff: AdjustmentSource;
    readonly durationYears: AdjustmentSource;
  };
  /** The deadweight the bank gives for the outcome, when it gives one. */
  readonly bankDeadweight?: number;
  readonly cohort: string;
}

/** Everything a valuation needs after validation. */
export interface Resolved {
  readonly lines: ResolvedLine[];
  readonly warnings: ValueWarning[];
  readonly excludedNotSustained: number;
  readonly claimCount: number;
  readonly priceYear: string;
  readonly rate: DiscountRate;
  readonly firstYearDiscounted: boolean;
  readonly bankName: string;
}

function refError(message: string, path: ErrorPath, code: 'invalid-reference' | 'unknown-reference' | 'missing-reference' = 'invalid-reference'): ReferenceDataError {
  return new ReferenceDataError({ code, message, path });
}

function nonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

/** Checks the fields of a bank entry that the valuation relies on (types cannot stop a JS caller). */
function checkEntry(fn: string, entry: ValueBankEntry, index: number): ParsedPriceYear {
  const path = ['bank', 'entries', index];
  const name = `bank entry '${entry.id}'`;
  const py = tryParsePriceYear(entry.priceYear);
  if (py === undefined) {
    throw refError(`${fn} requires ${name} to have a priceYear such as '2019' or '2023-24' (got ${describeValue(entry.priceYear)})`, [...path, 'priceYear']);
  }
  if (typeof entry.label !== 'string') throw refError(`${fn} requires ${name} to have a label (got ${describeValue(entry.label)})`, [...path, 'label']);
  if (typeof entry.category !== 'string') throw refError(`${fn} requires ${name} to have a category (got ${describeValue(entry.category)})`, [...path, 'category']);
  if (!nonEmptyString(entry.source)) throw refError(`${fn} requires ${name} to have a source (got ${describeValue(entry.source)})`, [...path, 'source']);
  if (!nonEmptyString(entry.licence)) throw refError(`${fn} requires ${name} to have a licence (got ${describeValue(entry.licence)})`, [...path, 'licence']);
  if (entry.deadweight !== undefined) {
    const d = entry.deadweight;
    if (typeof d !== 'number' || !(d >= 0 && d <= 1)) {
      throw refError(`${fn} requires the deadweight of ${name} to be in [0, 1] (got ${describeValue(d)})`, [...path, 'deadweight']);
    }
  }
  if (!Array.isArray(entry.variants) || entry.variants.length === 0) {
    throw refError(`${fn} requires ${name} to have at least one value variant (got ${describeValue(entry.variants)})`, [...path, 'variants']);
  }
  Array.from(entry.variants).forEach((v, j) => { // Array.from turns holes into undefined (forEach skips them)
    const vp = [...path, 'variants', j];
    if (v === null || typeof v !== 'object') throw refError(`${fn} requires each variant of ${name} to be an object { ageBand, location, value } (got ${describeValue(v)})`, vp);
    if (typeof v.value !== 'number' || !Number.isFinite(v.value) || v.value < 0) {
      throw refError(`${fn} requires the values of ${name} to be finite numbers >= 0 (got ${describeValue(v.value)})`, [...vp, 'value']);
    }
    if (!nonEmptyString(v.ageBand)) throw refError(`${fn} requires each variant of ${name} to name an ageBand ('all' for every age) (got ${describeValue(v.ageBand)})`, [...vp, 'ageBand']);
    if (!LOCATIONS.includes(v.location)) {
      throw refError(`${fn} requires each variant of ${name} to have location 'london', 'outside-london' or 'all' (got ${describeValue(v.location)})`, [...vp, 'location']);
    }
    for (const k of ['valueLow', 'valueHigh'] as const) {
      const b = v[k];
      if (b !== undefined && (typeof b !== 'number' || !Number.isFinite(b) || b < 0)) {
        throw refError(`${fn} requires ${k} of ${name} to be a finite number >= 0 (got ${describeValue(b)})`, [...vp, k]);
      }
    }
    if ((v.valueLow !== undefined && v.valueLow > v.value) || (v.valueHigh !== undefined && v.valueHigh < v.value)) {
      throw refError(`${fn} requires valueLow <= value <= valueHigh for ${name} (got ${v.valueLow ?? '-'} / ${v.value} / ${v.valueHigh ?? '-'})`, vp);
    }
  });
  return py;
}

interface Pick {
  readonly variant: ValueVariant;
  readonly ageMismatch: boolean;
  readonly locationMismatch: boolean;
}

function describeVariant(v: ValueVariant): string {
  return `(${v.ageBand}, ${v.location})`;
}

const SPAN_RE = /^(\d{1,3})(?:\s*-\s*(\d{1,3})|\s*\+)$/;

/** The span of an age band written `<min>-<max>` or `<min>+`, or undefined. */
function spanOf(band: string): { min: number; max: number } | undefined {
  const m = SPAN_RE.exec(band.trim());
  if (!m) return undefined;
  const min = Number(m[1]);
  const max = m[2] === undefined ? Number.POSITIVE_INFINITY : Number(m[2]);
  return max >= min ? { min, max } : undefined;
}

/** 0: same label; 1: the variant's band contains the requested one; 2: the variant is for all ages; -1: no. */
function ageFit(variantBand: string, requested: string): number {
  if (variantBand === requested) return 0;
  if (variantBand === 'all') return 2;
  const v = spanOf(variantBand);
  const r = spanOf(requested);
  if (v && r && v.min <= r.min && r.max <= v.max) return 1;
  return -1;
}

/** Chooses the variant for an age band and location; see valueOutcomes remarks. */
function pickVariant(fn: string, entry: ValueBankEntry, age: string, loc: ValueLocation, claimPath: ErrorPath): Pick {
  const vs = entry.variants;
  const locFit = (v: ValueVariant): number => (v.location === loc ? 0 : v.location === 'all' ? 1 : -1);
  // Rank: age fit first (same label, containing span, all ages), then location (same, all).
  let best: ValueVariant | undefined;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const v of vs) {
    const a = ageFit(v.ageBand, age);
    const l = locFit(v);
    if (a < 0 || l < 0) continue;
    // Narrower containing spans first among equal ranks.
    const span = a === 1 ? ((spanOf(v.ageBand)?.max ?? 0) - (spanOf(v.ageBand)?.min ?? 0)) / 1000 : 0;
    const rank = a * 2 + l + Math.min(span, 0.999);
    if (rank < bestRank) {
      bestRank = rank;
      best = v;
    }
  }
  if (best) return { variant: best, ageMismatch: false, locationMismatch: false };
  const ageOk = (v: ValueVariant): boolean => ageFit(v.ageBand, age) >= 0;
  const locOk = (v: ValueVariant): boolean => locFit(v) >= 0;
  const sameAgeOtherLoc = vs.filter((v) => ageOk(v) && !locOk(v));
  const preferred = sameAgeOtherLoc.filter((v) => v.ageBand === age);
  const locCands = preferred.length > 0 ? preferred : sameAgeOtherLoc;
  if (locCands.length === 1) return { variant: locCands[0] as ValueVariant, ageMismatch: false, locationMismatch: true };
  const sameLocOtherAge = vs.filter((v) => locOk(v) && !ageOk(v));
  if (locCands.length === 0 && sameLocOtherAge.length === 1) {
    return { variant: sameLocOtherAge[0] as ValueVariant, ageMismatch: true, locationMismatch: false };
  }
  if (vs.length === 1) {
    const only = vs[0] as ValueVariant;
    return { variant: only, ageMismatch: !ageOk(only), locationMismatch: !locOk(only) };
  }
  throw new ReferenceDataError({
    code: 'missing-reference',
    message: `${fn} cannot choose a value of bank entry '${entry.id}' for age band '${age}' and location '${loc}': the entry has ${vs.map(describeVariant).join(', ')}; give the claim's ageBand and location`,
    path: [...claimPath, 'outcomeId'],
  });
}

function checkAdjustmentOption(fn: string, name: string, value: unknown, ids: ReadonlySet<string>, integer: boolean): AdjustmentOption | undefined {
  if (value === undefined) return undefined;
  const check = (v: unknown, path: ErrorPath): number =>
    integer ? integerInRange(fn, name, v, { min: 1, max: MAX_YEARS }, path) : probability(fn, name, v, path);
  if (typeof value === 'number' || typeof value !== 'object' || value === null || Array.isArray(value)) {
    return check(value, optionPath(name));
  }
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (!ids.has(k)) {
      throw new ReferenceDataError({ code: 'unknown-reference', message: `${fn} was given options.${name} for outcome '${k}', which is not in the bank`, path: ['options', name, k] });
    }
    out[k] = check(v, ['options', name, k]);
  }
  return out;
}

function fromOption(opt: AdjustmentOption | undefined, id: string): number | undefined {
  if (opt === undefined) return undefined;
  if (typeof opt === 'number') return opt;
  return Object.prototype.hasOwnProperty.call(opt, id) ? opt[id] : undefined;
}

/** Validates the inputs of a valuation and resolves every claim; `known` lists every key of the caller's options (unknown keys throw). */
export function resolveClaims<T extends ValueOutcomesOptions, const K extends ReadonlyArray<keyof T & string>>(fn: string, claims: ReadonlyArray<OutcomeClaim>, bank: ValueBank, options: T | undefined, known: AllOptionKeys<T, K>): Resolved {
  if (!Array.isArray(claims)) {
    throw new InvalidInputError({ code: 'not-an-array', message: `${fn} requires claims to be an array of outcome claims (got ${describeValue(claims)})`, path: ['claims'] });
  }
  if (claims.length === 0) {
    throw new InsufficientDataError({ code: 'empty-input', message: `${fn} requires at least one claim (got 0)`, path: ['claims'] });
  }
  if (bank === null || typeof bank !== 'object' || !Array.isArray(bank.entries)) {
    throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires bank to be a value bank with an entries array (got ${describeValue(bank)})`, path: ['bank'] });
  }
  const byId = new Map<string, number>();
  Array.from(bank.entries).forEach((e, i) => { // Array.from turns holes into undefined (forEach skips them)
    if (e === null || typeof e !== 'object' || !nonEmptyString(e.id)) {
      throw refError(`${fn} requires every bank entry to have an id (got ${describeValue(e?.id)})`, ['bank', 'entries', i, 'id']);
    }
    if (byId.has(e.id)) throw refError(`${fn} requires bank entry ids to be unique ('${e.id}' appears twice)`, ['bank', 'entries', i, 'id']);
    byId.set(e.id, i);
  });
  const ids = new Set(byId.keys());

  const opts: Partial<ValueOutcomesOptions> = optionsObject<T, K>(fn, options, known);
  const deadweightOpt = checkAdjustmentOption(fn, 'deadweight', opts.deadweight, ids, false);
  const displacementOpt = checkAdjustmentOption(fn, 'displacement', opts.displacement, ids, false);
  const attributionOpt = checkAdjustmentOption(fn, 'attribution', opts.attribution, ids, false);
  const dropOffOpt = checkAdjustmentOption(fn, 'dropOff', opts.dropOff, ids, false);
  const durationOpt = checkAdjustmentOption(fn, 'durationYears', opts.durationYears, ids, true);
  const rate = opts.discountRate === undefined ? 'green-book' : checkRate(fn, opts.discountRate, optionPath('discountRate'));
  const firstYearDiscounted = booleanOption(fn, 'discountFirstYear', opts.discountFirstYear, true);
  const series: DeflatorSeries | undefined = opts.deflators === undefined ? undefined : checkSeries(fn, opts.deflators, optionPath('deflators'));
  const defaultAge = opts.ageBand === undefined ? 'all' : checkAgeBand(fn, opts.ageBand, optionPath('ageBand'));
  const defaultLoc: ValueLocation = opts.location === undefined ? 'all' : oneOf(fn, 'location', opts.location, LOCATIONS);
  const doubleCounting = opts.doubleCounting === undefined ? 'warn' : oneOf(fn, 'doubleCounting', opts.doubleCounting, ['warn', 'error'] as const);
  const notSustained = opts.notSustained === undefined ? 'warn' : oneOf(fn, 'notSustained', opts.notSustained, ['warn', 'exclude'] as const);
  const categoryDw = bank.deadweightByCategory;
  if (categoryDw !== undefined && (categoryDw === null || typeof categoryDw !== 'object')) {
    throw refError(`${fn} requires bank.deadweightByCategory to be an object of fractions (got ${describeValue(categoryDw)})`, ['bank', 'deadweightByCategory']);
  }

  // Entries claimed, checked once each.
  const entryYears = new Map<number, ParsedPriceYear>();
  Array.from(claims).forEach((c, i) => { // Array.from turns holes into undefined (forEach skips them)
    if (c === null || typeof c !== 'object') {
      throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires each claim to be an object (got ${describeValue(c)})`, path: ['claims', i] });
    }
    if (typeof c.outcomeId !== 'string') {
      throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires claims[${i}].outcomeId to be a string (got ${describeValue(c.outcomeId)})`, path: ['claims', i, 'outcomeId'] });
    }
    const idx = byId.get(c.outcomeId);
    if (idx === undefined) {
      throw new ReferenceDataError({
        code: 'unknown-reference',
        message: `${fn} found no bank entry '${c.outcomeId}' in '${String(bank.name)}' (claim ${i})`,
        path: ['claims', i, 'outcomeId'],
      });
    }
    if (!entryYears.has(idx)) entryYears.set(idx, checkEntry(fn, bank.entries[idx] as ValueBankEntry, idx));
  });

  let target: ParsedPriceYear;
  if (opts.priceYear !== undefined) {
    target = checkPriceYear(fn, 'priceYear', opts.priceYear, optionPath('priceYear'));
  } else {
    const labels = [...new Set([...entryYears.values()].map((y) => y.label))].sort();
    if (labels.length > 1) {
      throw new InvalidInputError({
        code: 'invalid-option',
        message: `${fn} cannot add values priced in different years (${labels.join(', ')}); give options.priceYear (and options.deflators) to bring them to one price year`,
        path: optionPath('priceYear'),
      });
    }
    target = [...entryYears.values()][0] as ParsedPriceYear;
  }
  const factorCache = new Map<string, ReturnType<typeof upratingFactor>>();

  const lines: ResolvedLine[] = [];
  const warnings: ValueWarning[] = [];
  let excludedNotSustained = 0;

  claims.forEach((c, i) => {
    const cp: ErrorPath = ['claims', i];
    const entryIndex = byId.get(c.outcomeId) as number;
    const entry = bank.entries[entryIndex] as ValueBankEntry;
    const quantity = numberInRange(fn, 'quantity', c.quantity, { min: 0 }, [...cp, 'quantity']);
    const age = c.ageBand === undefined ? defaultAge : checkAgeBand(fn, c.ageBand, [...cp, 'ageBand']);
    const loc: ValueLocation = c.location === undefined ? defaultLoc : oneOf(fn, 'location', c.location, LOCATIONS, [...cp, 'location']);
    const cohort = c.cohort === undefined ? '' : checkCohort(fn, c.cohort, [...cp, 'cohort']);

    if (c.monthsSustained !== undefined) {
      const m = numberInRange(fn, 'monthsSustained', c.monthsSustained, { min: 0, max: 12 }, [...cp, 'monthsSustained']);
      if (m <= 6) {
        if (notSustained === 'exclude') {
          excludedNotSustained++;
          return;
        }
        warnings.push({
          code: 'not-sustained',
          message: `claim ${i} ('${entry.id}') lasted ${m} months; annual values apply in full only to outcomes that last most of a year (HACT), and outcomes not sustained should not be claimed`,
          claimIndices: [i],
          outcomeIds: [entry.id],
        });
      }
    }

    const pick = pickVariant(fn, entry, age, loc, cp);
    if (pick.locationMismatch) {
      warnings.push({
        code: 'location-mismatch',
        message: `claim ${i} ('${entry.id}') is for location '${loc}' but the bank has no such value; the ${pick.variant.location} value was used`,
        claimIndices: [i],
        outcomeIds: [entry.id],
      });
    }
    if (pick.ageMismatch) {
      warnings.push({
        code: 'age-band-mismatch',
        message: `claim ${i} ('${entry.id}') is for age band '${age}' but the value used was estimated for age band '${pick.variant.ageBand}' (a proxy used outside its age band)`,
        claimIndices: [i],
        outcomeIds: [entry.id],
      });
    }

    // Deadweight: claim > options (per outcome, then scalar) > bank entry > bank category.
    const bankDeadweight = bankDeadweightOf(fn, entry, categoryDw);
    const net = booleanOption(fn, 'netOfComparisonGroup', c.netOfComparisonGroup, false, [...cp, 'netOfComparisonGroup']);
    let deadweight: number;
    let dwSource: AdjustmentSource;
    if (net) {
      if (c.deadweight !== undefined && c.deadweight !== 0) {
        throw new InvalidInputError({
          code: 'invalid-option',
          message: `${fn} cannot apply deadweight ${describeValue(c.deadweight)} to claim ${i}, which is net of a comparison group (its deadweight is 0)`,
          path: [...cp, 'deadweight'],
        });
      }
      deadweight = 0;
      dwSource = 'comparison-group';
    } else if (c.deadweight !== undefined) {
      deadweight = probability(fn, 'deadweight', c.deadweight, [...cp, 'deadweight']);
      dwSource = 'claim';
    } else if (fromOption(deadweightOpt, entry.id) !== undefined) {
      deadweight = fromOption(deadweightOpt, entry.id) as number;
      dwSource = 'options';
    } else if (bankDeadweight !== undefined) {
      deadweight = bankDeadweight.value;
      dwSource = bankDeadweight.source;
    } else {
      throw new InvalidInputError({
        code: 'invalid-option',
        message: `${fn} needs a deadweight for claim ${i} ('${entry.id}'): the bank gives none, so set it on the claim, in options.deadweight, or mark the claim netOfComparisonGroup`,
        path: [...cp, 'deadweight'],
      });
    }
    if ((dwSource === 'claim' || dwSource === 'options') && bankDeadweight !== undefined && bankDeadweight.value !== deadweight) {
      warnings.push({
        code: 'deadweight-override',
        message: `claim ${i} ('${entry.id}') uses deadweight ${deadweight} from the ${dwSource === 'claim' ? 'claim' : 'options'} instead of the bank's ${bankDeadweight.value} (${bankDeadweight.source})`,
        claimIndices: [i],
        outcomeIds: [entry.id],
      });
    }

    const required = (name: 'displacement' | 'attribution', claimValue: number | undefined, opt: AdjustmentOption | undefined): [number, AdjustmentSource] => {
      if (claimValue !== undefined) return [probability(fn, name, claimValue, [...cp, name]), 'claim'];
      const o = fromOption(opt, entry.id);
      if (o !== undefined) return [o, 'options'];
      throw new InvalidInputError({
        code: 'invalid-option',
        message: `${fn} needs ${name} for claim ${i} ('${entry.id}'): set it on the claim or in options.${name} (0 if none)`,
        path: [...cp, name],
      });
    };
    const [displacement, dsSource] = required('displacement', c.displacement, displacementOpt);
    const [attribution, atSource] = required('attribution', c.attribution, attributionOpt);

    let durationYears: number;
    let durSource: AdjustmentSource;
    if (c.durationYears !== undefined) {
      durationYears = integerInRange(fn, 'durationYears', c.durationYears, { min: 1, max: MAX_YEARS }, [...cp, 'durationYears']);
      durSource = 'claim';
    } else if (fromOption(durationOpt, entry.id) !== undefined) {
      durationYears = fromOption(durationOpt, entry.id) as number;
      durSource = 'options';
    } else {
      durationYears = 1;
      durSource = 'default';
    }
    let dropOff: number;
    let doSource: AdjustmentSource;
    if (c.dropOff !== undefined) {
      dropOff = probability(fn, 'dropOff', c.dropOff, [...cp, 'dropOff']);
      doSource = 'claim';
    } else if (fromOption(dropOffOpt, entry.id) !== undefined) {
      dropOff = fromOption(dropOffOpt, entry.id) as number;
      doSource = 'options';
    } else if (durationYears === 1) {
      dropOff = 0;
      doSource = 'not-applicable';
    } else {
      throw new InvalidInputError({
        code: 'invalid-option',
        message: `${fn} needs dropOff for claim ${i} ('${entry.id}'), which lasts ${durationYears} years: set it on the claim or in options.dropOff`,
        path: [...cp, 'dropOff'],
      });
    }

    const fromYear = entryYears.get(entryIndex) as ParsedPriceYear;
    let f = factorCache.get(fromYear.label);
    if (f === undefined) {
      f = upratingFactor(fn, fromYear, target, series, ['bank', 'entries', entryIndex, 'priceYear']);
      factorCache.set(fromYear.label, f);
    }
    const v = pick.variant;
    lines.push({
      claimIndex: i,
      claim: c,
      entry,
      variant: v,
      requestedAgeBand: age,
      requestedLocation: loc,
      uprating: f.trace,
      quantity,
      unitValue: v.value * f.factor,
      ...(v.valueLow === undefined ? {} : { unitValueLow: v.valueLow * f.factor }),
      ...(v.valueHigh === undefined ? {} : { unitValueHigh: v.valueHigh * f.factor }),
      deadweight,
      displacement,
      attribution,
      dropOff,
      durationYears,
      sources: { deadweight: dwSource, displacement: dsSource, attribution: atSource, dropOff: doSource, durationYears: durSource },
      ...(bankDeadweight === undefined ? {} : { bankDeadweight: bankDeadweight.value }),
      cohort,
    });
  });

  if (lines.length === 0) {
    throw new InsufficientDataError({
      code: 'too-few-observations',
      message: `${fn} has no claim left to value: all ${claims.length} were excluded as not sustained`,
      path: ['claims'],
    });
  }
  checkDoubleCounting(fn, lines, warnings, doubleCounting);
  return {
    lines,
    warnings,
    excludedNotSustained,
    claimCount: claims.length,
    priceYear: target.label,
    rate,
    firstYearDiscounted,
    bankName: typeof bank.name === 'string' ? bank.name : '',
  };
}

function checkAgeBand(fn: string, value: unknown, path: ErrorPath): string {
  if (nonEmptyString(value)) return value.trim();
  throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires ageBand to be a non-empty string ('all' for any age) (got ${describeValue(value)})`, path });
}

function checkCohort(fn: string, value: unknown, path: ErrorPath): string {
  if (typeof value === 'string') return value;
  throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires cohort to be a string (got ${describeValue(value)})`, path });
}

function bankDeadweightOf(
  fn: string,
  entry: ValueBankEntry,
  categoryDw: Readonly<Record<string, number>> | undefined,
): { value: number; source: 'bank-entry' | 'bank-category' } | undefined {
  if (entry.deadweight !== undefined) return { value: entry.deadweight, source: 'bank-entry' };
  if (categoryDw !== undefined && Object.prototype.hasOwnProperty.call(categoryDw, entry.category)) {
    const d = categoryDw[entry.category];
    if (typeof d !== 'number' || !(d >= 0 && d <= 1)) {
      throw refError(`${fn} requires the bank deadweight of category '${entry.category}' to be in [0, 1] (got ${describeValue(d)})`, ['bank', 'deadweightByCategory', entry.category]);
    }
    return { value: d, source: 'bank-category' };
  }
  return undefined;
}

function checkDoubleCounting(fn: string, lines: ReadonlyArray<ResolvedLine>, warnings: ValueWarning[], policy: 'warn' | 'error'): void {
  // Group line positions by cohort and outcome id: O(n + pairs flagged), not O(n²).
  const groups = new Map<string, number[]>();
  const keyOf = (cohort: string, id: string): string => `${cohort}\u0000${id}`;
  lines.forEach((l, p) => {
    const k = keyOf(l.cohort, l.entry.id);
    const g = groups.get(k);
    if (g) g.push(p);
    else groups.set(k, [p]);
  });
  const cohortText = (cohort: string): string => (cohort === '' ? '' : ` in cohort '${cohort}'`);
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const first = lines[g[0] as number] as ResolvedLine;
    const idx = g.map((p) => (lines[p] as ResolvedLine).claimIndex);
    warnings.push({
      code: 'duplicate-claim',
      message: `claims ${idx.join(', ')} all claim '${first.entry.id}'${cohortText(first.cohort)}; make sure they are about different people`,
      claimIndices: idx,
      outcomeIds: [first.entry.id],
    });
  }
  const pairs: Array<[number, number]> = [];
  const seen = new Set<string>();
  lines.forEach((l, p) => {
    for (const other of l.entry.notAdditiveWith ?? []) {
      for (const q of groups.get(keyOf(l.cohort, other)) ?? []) {
        const a = Math.min(p, q);
        const b = Math.max(p, q);
        const k = `${a},${b}`;
        if (a === b || seen.has(k)) continue;
        seen.add(k);
        pairs.push([a, b]);
      }
    }
  });
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  for (const [a, b] of pairs) {
    const la = lines[a] as ResolvedLine;
    const lb = lines[b] as ResolvedLine;
    const message = `the bank marks '${la.entry.id}' and '${lb.entry.id}' as not additive: claiming both${cohortText(la.cohort)} (claims ${la.claimIndex} and ${lb.claimIndex}) double counts the same benefit`;
    if (policy === 'error') {
      throw new InvalidInputError({ code: 'invalid-record', message: `${fn}: ${message}`, path: ['claims', lb.claimIndex, 'outcomeId'] });
    }
    warnings.push({ code: 'not-additive', message, claimIndices: [la.claimIndex, lb.claimIndex], outcomeIds: [la.entry.id, lb.entry.id] });
  }
}
