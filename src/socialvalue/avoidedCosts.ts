import { InsufficientDataError, InvalidInputError, ReferenceDataError } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { numberInRange, optionPath, optionsObject, probability } from '../_internal/validate';
import type { DeflatorSeries } from '../data/deflators';
import type { UnitCostEntry, UnitCostTable } from '../data/unitCosts';
import { checkPriceYear, tryParsePriceYear, type ParsedPriceYear } from './_internal/priceYear';
import { checkSeries, upratingFactor } from './_internal/uprating';
import type { UpratingTrace } from './types';

/** A number of events of one kind (e.g. A&E attendances) that did not happen. */
export interface AvoidedEvent {
  /** Id of the unit cost in the table. */
  readonly unitCostId: string;
  /** Number of units avoided (attendances, hours, resident weeks…); may be fractional. */
  readonly quantity: number;
}

/** Options of {@link avoidedCosts}. */
export interface AvoidedCostsOptions {
  /**
   * Price year of every figure in the result; unit costs priced in other years are uprated.
   *
   * @defaultValue the price year of the unit costs used (an error when they differ)
   */
  readonly priceYear?: string;
  /**
   * Deflator series used for uprating.
   *
   * @defaultValue the bundled HM Treasury GDP deflator matching `priceYear`
   */
  readonly deflators?: DeflatorSeries;
  /**
   * Share of the avoided events that would have been avoided anyway, in [0, 1].
   *
   * @defaultValue 0 (quantities are taken as already net; recorded as not applied)
   */
  readonly deadweight?: number;
  /**
   * Share of the avoidance due to others, in [0, 1].
   *
   * @defaultValue 0 (recorded as not applied)
   */
  readonly attribution?: number;
}

/** The unit cost used for a line, as published. */
export interface UnitCostTrace {
  /** Cost of one unit, £, as published. */
  readonly value: number;
  /** Price year of `value`. */
  readonly priceYear: string;
  /** Source publication. */
  readonly source: string;
  /** Edition of the source. */
  readonly edition: string;
  /** Table or code in the source, when given. */
  readonly table?: string;
  /** Licence of the figure. */
  readonly licence: string;
  /** Name of the unit-cost table it was taken from. */
  readonly tableName: string;
  /** Caveats of use, when given. */
  readonly notes?: string;
}

/** One costed kind of avoided event. */
export interface AvoidedCostLine {
  /** Position of the event in `events`. */
  readonly eventIndex: number;
  /** Unit cost id. */
  readonly unitCostId: string;
  /** What the unit is. */
  readonly label: string;
  /** The unit the cost is per. */
  readonly unit: string;
  /** Agency that would have paid. */
  readonly agency: string;
  /** Units avoided. */
  readonly quantity: number;
  /** The published unit cost. */
  readonly unitCost: UnitCostTrace;
  /** How it was brought to the result's price year. */
  readonly uprated: UpratingTrace;
  /** Unit cost in the result's price year, £. */
  readonly unitValue: number;
  /** `quantity × unitValue`, £. */
  readonly gross: number;
  /** `gross × (1 − deadweight)(1 − attribution)`, £. */
  readonly saving: number;
}

/** Savings to one agency. */
export interface AgencySaving {
  /** The agency. */
  readonly agency: string;
  /** Sum of its lines' savings, £. */
  readonly saving: number;
  /** Its share of the total saving (0 when the total is 0). */
  readonly share: number;
  /** Number of lines. */
  readonly lines: number;
}

/** Result of {@link avoidedCosts}. */
export interface AvoidedCostsResult {
  /** One line per event, in event order. */
  readonly lines: ReadonlyArray<AvoidedCostLine>;
  /** Savings by paying agency, largest first (ties by agency name). */
  readonly byAgency: ReadonlyArray<AgencySaving>;
  /** Sum of gross costs avoided, £. */
  readonly gross: number;
  /** Sum of savings after deadweight and attribution, £. */
  readonly total: number;
  /** Price year of every money figure. */
  readonly priceYear: string;
  /** Adjustments applied to every line. */
  readonly adjustments: {
    /** Deadweight applied. */
    readonly deadweight: number;
    /** Attribution applied. */
    readonly attribution: number;
    /** Whether either was given (false: quantities were taken as net). */
    readonly applied: boolean;
  };
  /** Events costed. */
  readonly n: number;
  /** Standing caveats for any report of these figures. */
  readonly caveats: ReadonlyArray<string>;
}

const CAVEATS: ReadonlyArray<string> = Object.freeze([
  'fiscal savings are costs avoided at average unit cost; they are cashable only if the capacity released is removed or reused',
  'the quantities are events avoided: they need a counterfactual (comparison group or baseline rate) to be evidence of impact',
]);

function nonEmpty(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

function checkUnitCost(fn: string, e: UnitCostEntry, i: number): ParsedPriceYear {
  const path = ['unitCosts', 'entries', i];
  const name = `unit cost '${e.id}'`;
  const err = (field: string, what: string, got: unknown): ReferenceDataError =>
    new ReferenceDataError({ code: 'invalid-reference', message: `${fn} requires ${name} to have ${what} (got ${describeValue(got)})`, path: [...path, field] });
  if (typeof e.value !== 'number' || !Number.isFinite(e.value) || e.value < 0) throw err('value', 'a value that is a finite number >= 0', e.value);
  const py = tryParsePriceYear(e.priceYear);
  if (py === undefined) throw err('priceYear', "a priceYear such as '2019' or '2023-24'", e.priceYear);
  if (!nonEmpty(e.source)) throw err('source', 'a source', e.source);
  if (!nonEmpty(e.licence)) throw err('licence', 'a licence', e.licence);
  if (!nonEmpty(e.agency)) throw err('agency', 'the agency that pays', e.agency);
  return py;
}

/**
 * Values demand that a service avoided (A&E attendances, care-home weeks, social-worker hours…) at
 * published unit costs, and splits the saving by the agency that would have paid.
 *
 * @remarks
 * Every line carries the unit cost as published (source, edition, table, licence, price year),
 * the uprating applied and the adjustments. Any table in the {@link UnitCostTable} format works:
 * the PSSRU 2024 figures in `social-outcomes/data/pssru` (CC BY-NC-SA 4.0), or your own.
 *
 * **Formula**
 * ```tex
 * S_{a} = \sum_{e:\ \text{agency}(e) = a} q_e \; c_e \frac{I_{\text{to}}}{I_{\text{from}(e)}} (1 - DW)(1 - AT)
 * ```
 *
 * **References**
 * HM Treasury, Public Service Transformation Network and New Economy (2014) *Supporting public
 * service transformation: cost benefit analysis guidance for local partnerships* (fiscal value;
 * who invests and who benefits); https://www.gov.uk/government/publications/supporting-public-service-transformation-cost-benefit-analysis-guidance-for-local-partnerships.
 * Jones K, et al. (2025) *Unit Costs of Health and Social Care 2024 Manual*, PSSRU, University of
 * Kent, DOI 10.22024/UniKent/01.02.109563.
 *
 * @param events - what was avoided: unit-cost ids with quantities
 * @param unitCosts - the unit-cost table
 * @param options - price year, deflators and adjustments; see {@link AvoidedCostsOptions}
 * @returns lines, savings by agency and in total, with sources and price year
 * @throws {InvalidInputError} when an event, quantity or option is malformed, or unit costs are priced in different years without `priceYear`, or the total overflows (quantities near 1e308)
 * @throws {InsufficientDataError} when there are no events
 * @throws {ReferenceDataError} when an event names an unknown unit cost, a used unit cost lacks a value, price year, source, licence or agency, or a year has no deflator
 * @example
 * ```ts
 * import { avoidedCosts } from 'social-outcomes/socialvalue';
 * import { pssruUnitCosts2024 } from 'social-outcomes/data/pssru';
 * const r = avoidedCosts(
 *   [{ unitCostId: 'emergency-care-attendance', quantity: 10 }, { unitCostId: 'social-worker-adult-hour', quantity: 20 }],
 *   pssruUnitCosts2024,
 * );
 * r.byAgency //=> [{ agency: 'nhs', saving: 2730 }, { agency: 'local-authority', saving: 1160 }]
 * r.priceYear //=> '2023-24'
 * ```
 */
export function avoidedCosts(events: ReadonlyArray<AvoidedEvent>, unitCosts: UnitCostTable, options?: AvoidedCostsOptions): AvoidedCostsResult {
  const fn = 'avoidedCosts';
  if (!Array.isArray(events)) {
    throw new InvalidInputError({ code: 'not-an-array', message: `${fn} requires events to be an array (got ${describeValue(events)})`, path: ['events'] });
  }
  if (events.length === 0) throw new InsufficientDataError({ code: 'empty-input', message: `${fn} requires at least one event (got 0)`, path: ['events'] });
  if (unitCosts === null || typeof unitCosts !== 'object' || !Array.isArray(unitCosts.entries)) {
    throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires unitCosts to be a unit-cost table with an entries array (got ${describeValue(unitCosts)})`, path: ['unitCosts'] });
  }
  const opts = optionsObject(fn, options, ['priceYear', 'deflators', 'deadweight', 'attribution']);
  const deadweight = opts.deadweight === undefined ? 0 : probability(fn, 'deadweight', opts.deadweight, optionPath('deadweight'));
  const attribution = opts.attribution === undefined ? 0 : probability(fn, 'attribution', opts.attribution, optionPath('attribution'));
  const series = opts.deflators === undefined ? undefined : checkSeries(fn, opts.deflators, optionPath('deflators'));

  const byId = new Map<string, number>();
  Array.from(unitCosts.entries).forEach((e, i) => { // Array.from turns holes into undefined (forEach skips them)
    if (e === null || typeof e !== 'object' || !nonEmpty(e.id)) {
      throw new ReferenceDataError({ code: 'invalid-reference', message: `${fn} requires every unit cost to have an id (got ${describeValue(e?.id)})`, path: ['unitCosts', 'entries', i, 'id'] });
    }
    if (byId.has(e.id)) {
      throw new ReferenceDataError({ code: 'invalid-reference', message: `${fn} requires unit-cost ids to be unique ('${e.id}' appears twice)`, path: ['unitCosts', 'entries', i, 'id'] });
    }
    byId.set(e.id, i);
  });

  const years = new Map<number, ParsedPriceYear>();
  const picked = Array.from(events, (ev, i) => { // Array.from visits holes (map skips them)
    if (ev === null || typeof ev !== 'object') {
      throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires each event to be an object (got ${describeValue(ev)})`, path: ['events', i] });
    }
    const idx = typeof ev.unitCostId === 'string' ? byId.get(ev.unitCostId) : undefined;
    if (idx === undefined) {
      throw new ReferenceDataError({
        code: 'unknown-reference',
        message: `${fn} found no unit cost ${describeValue(ev.unitCostId)} in '${String(unitCosts.name)}' (event ${i})`,
        path: ['events', i, 'unitCostId'],
      });
    }
    const quantity = numberInRange(fn, 'quantity', ev.quantity, { min: 0 }, ['events', i, 'quantity']);
    if (!years.has(idx)) years.set(idx, checkUnitCost(fn, unitCosts.entries[idx] as UnitCostEntry, idx));
    return { idx, quantity };
  });

  let target: ParsedPriceYear;
  if (opts.priceYear !== undefined) target = checkPriceYear(fn, 'priceYear', opts.priceYear, optionPath('priceYear'));
  else {
    const labels = [...new Set([...years.values()].map((y) => y.label))].sort();
    if (labels.length > 1) {
      throw new InvalidInputError({
        code: 'invalid-option',
        message: `${fn} cannot add costs priced in different years (${labels.join(', ')}); give options.priceYear (and options.deflators)`,
        path: optionPath('priceYear'),
      });
    }
    target = [...years.values()][0] as ParsedPriceYear;
  }

  const keep = (1 - deadweight) * (1 - attribution);
  const lines: AvoidedCostLine[] = picked.map(({ idx, quantity }, i) => {
    const e = unitCosts.entries[idx] as UnitCostEntry;
    const f = upratingFactor(fn, years.get(idx) as ParsedPriceYear, target, series, ['unitCosts', 'entries', idx, 'priceYear']);
    const unitValue = e.value * f.factor;
    const gross = quantity * unitValue;
    return {
      eventIndex: i,
      unitCostId: e.id,
      label: e.label,
      unit: e.unit,
      agency: e.agency,
      quantity,
      unitCost: {
        value: e.value,
        priceYear: f.trace.fromYear,
        source: e.source,
        edition: e.edition,
        ...(e.table === undefined ? {} : { table: e.table }),
        licence: e.licence,
        tableName: unitCosts.name,
        ...(e.notes === undefined ? {} : { notes: e.notes }),
      },
      uprated: f.trace,
      unitValue,
      gross,
      saving: gross * keep,
    };
  });

  const agencies = new Map<string, { saving: number; lines: number }>();
  let gross = 0;
  let total = 0;
  for (const l of lines) {
    gross += l.gross;
    total += l.saving;
    const a = agencies.get(l.agency) ?? { saving: 0, lines: 0 };
    a.saving += l.saving;
    a.lines += 1;
    agencies.set(l.agency, a);
  }
  if (!Number.isFinite(gross) || !Number.isFinite(total)) {
    throw new InvalidInputError({ code: 'out-of-range', message: `${fn} overflows: the total cost avoided is beyond the largest double (check the quantities)`, path: ['events'] });
  }
  const byAgency: AgencySaving[] = [...agencies.entries()]
    .map(([agency, a]) => ({ agency, saving: a.saving, share: total === 0 ? 0 : a.saving / total, lines: a.lines }))
    .sort((x, y) => y.saving - x.saving || (x.agency < y.agency ? -1 : x.agency > y.agency ? 1 : 0));

  return {
    lines,
    byAgency,
    gross,
    total,
    priceYear: target.label,
    adjustments: { deadweight, attribution, applied: opts.deadweight !== undefined || opts.attribution !== undefined },
    n: lines.length,
    caveats: CAVEATS,
  };
}
