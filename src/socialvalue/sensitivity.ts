import { InvalidInputError } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { finiteResult, integerInRange, optionPath, optionsObject, probability, type NumericArray } from '../_internal/validate';
import { buildValuation } from './_internal/buildValuation';
import { linePresentValue, type LineParams } from './_internal/compute';
import { MAX_YEARS } from './_internal/discounting';
import { checkFlows, checkInputs } from './_internal/inputs';
import { resolveClaims, type ResolvedLine } from './_internal/resolveClaims';
import { presentValue } from './presentValue';
import type { SroiInput } from './sroi';
import type { DiscountingTrace, OutcomeClaim, ValueBank } from './types';
import type { ValueOutcomesOptions, ValueWarning } from './valueOutcomes';

/** The data of {@link sensitivity}: the claims, the bank and the inputs of the SROI. */
export interface SensitivityData {
  /** Outcome claims, as for `valueOutcomes`. */
  readonly claims: ReadonlyArray<OutcomeClaim>;
  /** The value bank. */
  readonly bank: ValueBank;
  /** Total value of inputs, £, or the inputs one by one. */
  readonly inputs: number | ReadonlyArray<SroiInput>;
}

/** Half-widths of the one-at-a-time ranges. */
export interface SensitivityRanges {
  /**
   * Absolute half-width for deadweight: base ± this, clipped to [0, 1].
   *
   * @defaultValue 0.1
   */
  readonly deadweight?: number;
  /**
   * Absolute half-width for displacement.
   *
   * @defaultValue 0.1
   */
  readonly displacement?: number;
  /**
   * Absolute half-width for attribution.
   *
   * @defaultValue 0.1
   */
  readonly attribution?: number;
  /**
   * Absolute half-width for drop-off.
   *
   * @defaultValue 0.1
   */
  readonly dropOff?: number;
  /**
   * Relative half-width for each proxy: value × (1 ± this).
   *
   * @defaultValue the bank's valueLow / valueHigh when the variant has them, otherwise 0.2
   */
  readonly proxy?: number;
  /**
   * Relative half-width for each quantity.
   *
   * @defaultValue 0.1
   */
  readonly quantity?: number;
  /**
   * Whole years either side of each duration, clipped to [1, 75].
   *
   * @defaultValue 1
   */
  readonly durationYears?: number;
}

/** Options of {@link sensitivity}: the valuation options plus the ranges. */
export interface SensitivityOptions extends ValueOutcomesOptions {
  /**
   * Ranges to vary each parameter over.
   *
   * @defaultValue see {@link SensitivityRanges}
   */
  readonly ranges?: SensitivityRanges;
  /**
   * Other annual value flows (e.g. avoided costs), undiscounted, years 1, 2, …; discounted like the
   * outcomes and held fixed.
   *
   * @defaultValue none
   */
  readonly fixedValueFlows?: NumericArray;
}

/** A parameter varied one at a time. */
export type SensitivityParameter = 'deadweight' | 'displacement' | 'attribution' | 'dropOff' | 'proxy' | 'quantity' | 'durationYears';

/**
 * The value of a parameter at which the SROI ratio is exactly 1, others held at base (for
 * `durationYears`: the shortest whole-year duration at which the ratio is at least 1).
 */
export type SwitchingValue =
  | {
      /** A switching value exists in the parameter's domain. */
      readonly exists: true;
      /** The parameter value. */
      readonly value: number;
    }
  | {
      /** No switching value in the parameter's domain. */
      readonly exists: false;
      /** `'no-effect'`: the parameter does not change the value; `'outside-domain'`: the ratio does not reach 1 over the whole domain. */
      readonly reason: 'no-effect' | 'outside-domain';
      /** Explanation. */
      readonly message: string;
    };

/** One bar of a tornado chart. */
export interface TornadoRow {
  /** Claim the parameter belongs to. */
  readonly claimIndex: number;
  /** Outcome id. */
  readonly outcomeId: string;
  /** Outcome wording. */
  readonly label: string;
  /** Parameter varied. */
  readonly parameter: SensitivityParameter;
  /** Its base value (proxy: £ per person per year in the result's price year). */
  readonly base: number;
  /** Low value tried. */
  readonly low: number;
  /** High value tried. */
  readonly high: number;
  /** Where the range came from. */
  readonly rangeSource: 'default' | 'options' | 'bank-range';
  /** Total present value with the parameter at `low`, £. */
  readonly presentValueAtLow: number;
  /** Total present value with the parameter at `high`, £. */
  readonly presentValueAtHigh: number;
  /** SROI ratio at `low`. */
  readonly ratioAtLow: number;
  /** SROI ratio at `high`. */
  readonly ratioAtHigh: number;
  /** `|ratioAtHigh − ratioAtLow|`: the length of the bar. */
  readonly swing: number;
  /** The value of this parameter that makes the ratio 1. */
  readonly switchingValue: SwitchingValue;
}

/** The single deadweight, applied to every outcome, at which the SROI ratio is exactly 1. */
export type BreakEvenDeadweight =
  | {
      /** A break-even deadweight exists in [0, 1]. */
      readonly exists: true;
      /** The deadweight. */
      readonly value: number;
    }
  | {
      /** None in [0, 1]. */
      readonly exists: false;
      /** Why. */
      readonly reason: 'ratio-below-one-at-zero-deadweight' | 'ratio-above-one-at-full-deadweight' | 'no-value-to-adjust';
      /** Explanation. */
      readonly message: string;
    };

/** Result of {@link sensitivity}. */
export interface SensitivityResult {
  /** The base case. */
  readonly base: {
    /** Present value of outcomes and fixed flows, £. */
    readonly presentValue: number;
    /** Present value of the fixed flows alone, £. */
    readonly fixedPresentValue: number;
    /** Total value of inputs, £. */
    readonly inputs: number;
    /** SROI ratio. */
    readonly ratio: number;
  };
  /** Tornado rows, largest swing first (ties: claim order, then parameter order). */
  readonly rows: ReadonlyArray<TornadoRow>;
  /** Break-even deadweight across all outcomes. */
  readonly breakEvenDeadweight: BreakEvenDeadweight;
  /** The half-widths used. */
  readonly ranges: Required<Omit<SensitivityRanges, 'proxy'>> & {
    /** Relative half-width used for proxies without a bank range. */
    readonly proxy: number;
  };
  /** Price year of every money figure. */
  readonly priceYear: string;
  /** Discounting used. */
  readonly discounting: DiscountingTrace;
  /** Warnings of the base valuation. */
  readonly warnings: ReadonlyArray<ValueWarning>;
}

const ORDER: ReadonlyArray<SensitivityParameter> = ['deadweight', 'displacement', 'attribution', 'dropOff', 'proxy', 'quantity', 'durationYears'];

function width(fn: string, name: keyof SensitivityRanges, value: unknown, fallback: number): { w: number; given: boolean } {
  if (value === undefined) return { w: fallback, given: false };
  if (name === 'durationYears') return { w: integerInRange(fn, `ranges.${name}`, value, { min: 0, max: MAX_YEARS - 1 }, ['options', 'ranges', name]), given: true };
  return { w: probability(fn, `ranges.${name}`, value, ['options', 'ranges', name]), given: true };
}

/**
 * One-at-a-time sensitivity analysis of an SROI: varies every adjustment, proxy, quantity and
 * duration of every claimed outcome over a range, reports the SROI ratio at both ends (tornado data
 * sorted by swing), the switching value of each, and the break-even deadweight.
 *
 * @remarks
 * Everything is computed exactly from the same valuation as `valueOutcomes` (same options, same
 * resolution of adjustments and variants). Deadweight is not varied for claims net of a comparison
 * group, whose deadweight is 0 by construction; those claims are held fixed in the break-even
 * deadweight. When a duration is varied for an outcome whose drop-off was not needed at base
 * (one year), the extra years keep the full year-1 impact (drop-off 0).
 *
 * Switching values are exact for deadweight, displacement, attribution, proxy and quantity (the
 * present value is linear in each), found by bisection to machine precision for drop-off (the
 * present value falls monotonically with it), and by scanning whole years for duration.
 *
 * **Formula**
 * ```tex
 * \begin{aligned}
 * \text{ratio}(\theta) &= \frac{PV_{-i} + PV_i(\theta) + PV_{\text{fixed}}}{I}, \qquad \text{swing} = |\text{ratio}(\theta_{hi}) - \text{ratio}(\theta_{lo})| \\
 * x^{*}_i &= 1 - \frac{I - PV_{-i} - PV_{\text{fixed}}}{PV_i\rvert_{x=0}} \quad (x = DW, DS, AT) \\
 * DW^{*} &= 1 - \frac{I - PV_{\text{fixed}}}{\sum_i PV_i\rvert_{DW_i = 0}} \quad \text{(one deadweight for all outcomes)}
 * \end{aligned}
 * ```
 * A switching value exists only inside the parameter's domain ([0, 1] for fractions, ≥ 0 for
 * proxies and quantities); otherwise the reason is reported (e.g. the ratio stays below 1 even with
 * no deadweight).
 *
 * **References**
 * Cabinet Office / SROI Network (2012) *A Guide to Social Return on Investment*, Stage 5,
 * "Sensitivity analysis" (vary deadweight, attribution, drop-off, proxies and quantities; report
 * the change needed for a 1:1 ratio).
 * HM Treasury (2022) *The Green Book*, Chapter 6 and Annex A (sensitivity analysis, switching values).
 *
 * @param data - claims, bank and inputs; see {@link SensitivityData}
 * @param options - valuation options plus ranges and fixed flows; see {@link SensitivityOptions}
 * @returns base case, tornado rows, switching values and the break-even deadweight
 * @throws {InvalidInputError} when the inputs, a range or a valuation option is malformed, or a ratio
 *   overflows (inputs or values near 5e-324 or 1e308)
 * @throws {InsufficientDataError} when there are no claims left to value
 * @throws {ReferenceDataError} as `valueOutcomes` does (unknown outcome, bad bank entry, missing deflator)
 * @example
 * ```ts
 * import { sensitivity } from 'social-outcomes/socialvalue';
 * const bank = { name: 'illustrative (invented numbers, not HACT values)', entries: [{ id: 'a', label: 'Outcome A',
 *   category: 'c', priceYear: '2023-24', source: 'invented', licence: 'CC0',
 *   variants: [{ ageBand: 'all', location: 'all', value: 1000 }] }] };
 * const s = sensitivity({ claims: [{ outcomeId: 'a', quantity: 100 }], bank, inputs: 50000 },
 *   { deadweight: 0.2, displacement: 0, attribution: 0, discountRate: 0, discountFirstYear: false });
 * s.base.ratio //=> 1.6
 * s.breakEvenDeadweight //=> { exists: true, value: 0.5 }
 * s.rows[0] //=> { parameter: 'durationYears', low: 1, high: 2, ratioAtHigh: 3.2 }
 * ```
 */
export function sensitivity(data: SensitivityData, options?: SensitivityOptions): SensitivityResult {
  const fn = 'sensitivity';
  if (data === null || typeof data !== 'object') {
    throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires data to be { claims, bank, inputs } (got ${describeValue(data)})`, path: [] });
  }
  const resolved = resolveClaims(fn, data.claims, data.bank, options, ['ranges', 'fixedValueFlows', 'deadweight', 'displacement', 'attribution', 'dropOff', 'durationYears', 'discountRate', 'discountFirstYear', 'priceYear', 'deflators', 'ageBand', 'location', 'doubleCounting', 'notSustained']);
  const { total: inputs } = checkInputs(fn, data.inputs);
  const { rate, firstYearDiscounted } = resolved;
  const opts = options ?? {};
  const rangesOpt = (opts.ranges ?? {}) as SensitivityRanges;
  if (rangesOpt === null || typeof rangesOpt !== 'object') {
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires options.ranges to be an object (got ${describeValue(rangesOpt)})`, path: optionPath('ranges') });
  }
  optionsObject(fn, rangesOpt, ['deadweight', 'displacement', 'attribution', 'dropOff', 'proxy', 'quantity', 'durationYears'], optionPath('ranges'));
  const w = {
    deadweight: width(fn, 'deadweight', rangesOpt.deadweight, 0.1),
    displacement: width(fn, 'displacement', rangesOpt.displacement, 0.1),
    attribution: width(fn, 'attribution', rangesOpt.attribution, 0.1),
    dropOff: width(fn, 'dropOff', rangesOpt.dropOff, 0.1),
    proxy: width(fn, 'proxy', rangesOpt.proxy, 0.2),
    quantity: width(fn, 'quantity', rangesOpt.quantity, 0.1),
    durationYears: width(fn, 'durationYears', rangesOpt.durationYears, 1),
  };
  const fixedPV =
    opts.fixedValueFlows === undefined
      ? 0
      : presentValue(checkFlows(fn, 'fixedValueFlows', opts.fixedValueFlows, rate), rate, { firstYearDiscounted }).value;

  const pvOf = (p: LineParams): number => linePresentValue(p, rate, firstYearDiscounted);
  const lines = resolved.lines;
  const basePVs = lines.map(pvOf);
  const outcomesPV = basePVs.reduce((a, b) => a + b, 0);
  const total = outcomesPV + fixedPV;

  const rows: TornadoRow[] = [];
  lines.forEach((line, i) => {
    const other = total - (basePVs[i] as number);
    const at = (patch: Partial<LineParams>): number => other + pvOf({ ...line, ...patch });
    const push = (parameter: SensitivityParameter, base: number, low: number, high: number, rangeSource: TornadoRow['rangeSource'], key: keyof LineParams, sv: SwitchingValue): void => {
      const pvLow = at({ [key]: low });
      const pvHigh = at({ [key]: high });
      rows.push({
        claimIndex: line.claimIndex,
        outcomeId: line.entry.id,
        label: line.entry.label,
        parameter,
        base,
        low,
        high,
        rangeSource,
        presentValueAtLow: pvLow,
        presentValueAtHigh: pvHigh,
        ratioAtLow: pvLow / inputs,
        ratioAtHigh: pvHigh / inputs,
        swing: Math.abs(pvHigh - pvLow) / inputs,
        switchingValue: sv,
      });
    };
    for (const p of ['deadweight', 'displacement', 'attribution'] as const) {
      if (p === 'deadweight' && line.sources.deadweight === 'comparison-group') continue;
      const x = line[p];
      const { w: h, given } = w[p];
      push(p, x, Math.max(0, x - h), Math.min(1, x + h), given ? 'options' : 'default', p, fractionSwitch(line, p, other, inputs, pvOf));
    }
    {
      const x = line.dropOff;
      const { w: h, given } = w.dropOff;
      push('dropOff', x, Math.max(0, x - h), Math.min(1, x + h), given ? 'options' : 'default', 'dropOff', dropOffSwitch(line, other, inputs, pvOf));
    }
    {
      const x = line.unitValue;
      let low: number;
      let high: number;
      let src: TornadoRow['rangeSource'];
      if (w.proxy.given || (line.unitValueLow === undefined && line.unitValueHigh === undefined)) {
        low = x * (1 - w.proxy.w);
        high = x * (1 + w.proxy.w);
        src = w.proxy.given ? 'options' : 'default';
      } else {
        low = line.unitValueLow ?? x;
        high = line.unitValueHigh ?? x;
        src = 'bank-range';
      }
      push('proxy', x, low, high, src, 'unitValue', linearSwitch(line, 'unitValue', other, inputs, pvOf));
    }
    {
      const x = line.quantity;
      const { w: h, given } = w.quantity;
      push('quantity', x, x * (1 - h), x * (1 + h), given ? 'options' : 'default', 'quantity', linearSwitch(line, 'quantity', other, inputs, pvOf));
    }
    {
      const x = line.durationYears;
      const { w: h, given } = w.durationYears;
      push('durationYears', x, Math.max(1, x - h), Math.min(MAX_YEARS, x + h), given ? 'options' : 'default', 'durationYears', durationSwitch(line, other, inputs, pvOf));
    }
  });
  rows.sort((a, b) => b.swing - a.swing || a.claimIndex - b.claimIndex || ORDER.indexOf(a.parameter) - ORDER.indexOf(b.parameter));

  // Break-even deadweight: PV(d) = (1 − d) · Σ PV_i|DW=0 + held, solved for PV(d) = I.
  let adjustable0 = 0;
  let held = fixedPV;
  lines.forEach((line, i) => {
    if (line.sources.deadweight === 'comparison-group') held += basePVs[i] as number;
    else adjustable0 += pvOf({ ...line, deadweight: 0 });
  });
  const breakEvenDeadweight = breakEven(inputs, held, adjustable0);
  const valuation = buildValuation(resolved);
  return finiteResult(fn, {
    base: { presentValue: total, fixedPresentValue: fixedPV, inputs, ratio: total / inputs },
    rows,
    breakEvenDeadweight,
    ranges: {
      deadweight: w.deadweight.w,
      displacement: w.displacement.w,
      attribution: w.attribution.w,
      dropOff: w.dropOff.w,
      proxy: w.proxy.w,
      quantity: w.quantity.w,
      durationYears: w.durationYears.w,
    },
    priceYear: valuation.priceYear,
    discounting: valuation.discounting,
    warnings: valuation.warnings,
  });
}

function breakEven(inputs: number, held: number, adjustable0: number): BreakEvenDeadweight {
  if (!(adjustable0 > 0)) {
    return { exists: false, reason: 'no-value-to-adjust', message: 'no outcome has value that a deadweight could reduce' };
  }
  const need = inputs - held;
  if (need > adjustable0) {
    return {
      exists: false,
      reason: 'ratio-below-one-at-zero-deadweight',
      message: `the ratio is ${(held + adjustable0) / inputs} with no deadweight at all, so no deadweight in [0, 1] brings it to 1`,
    };
  }
  if (need < 0) {
    return {
      exists: false,
      reason: 'ratio-above-one-at-full-deadweight',
      message: `value held fixed (fixed flows and comparison-group claims) already gives a ratio of ${held / inputs} with 100 % deadweight`,
    };
  }
  return { exists: true, value: 1 - need / adjustable0 };
}

type PvOf = (p: LineParams) => number;

function fractionSwitch(line: ResolvedLine, key: 'deadweight' | 'displacement' | 'attribution', other: number, inputs: number, pvOf: PvOf): SwitchingValue {
  const a = pvOf({ ...line, [key]: 0 });
  if (!(a > 0)) return { exists: false, reason: 'no-effect', message: `this outcome has no value for ${key} to reduce` };
  const x = 1 - (inputs - other) / a;
  if (x >= 0 && x <= 1) return { exists: true, value: x };
  return {
    exists: false,
    reason: 'outside-domain',
    message: x < 0 ? `the ratio stays below 1 even with ${key} 0` : `the ratio stays above 1 even with ${key} 1`,
  };
}

function linearSwitch(line: ResolvedLine, key: 'unitValue' | 'quantity', other: number, inputs: number, pvOf: PvOf): SwitchingValue {
  const b = pvOf({ ...line, [key]: 1 });
  const name = key === 'unitValue' ? 'proxy' : 'quantity';
  if (!(b > 0)) return { exists: false, reason: 'no-effect', message: `the ${name} does not change the value (the impact after adjustments is 0)` };
  const v = (inputs - other) / b;
  if (v >= 0 && Number.isFinite(v)) return { exists: true, value: v };
  if (v >= 0) return { exists: false, reason: 'outside-domain', message: `the ${name} would have to exceed the largest double for the ratio to reach 1` };
  return { exists: false, reason: 'outside-domain', message: `the ratio stays above 1 even with the ${name} at 0` };
}

function dropOffSwitch(line: ResolvedLine, other: number, inputs: number, pvOf: PvOf): SwitchingValue {
  const f = (d: number): number => other + pvOf({ ...line, dropOff: d }) - inputs;
  const f0 = f(0);
  const f1 = f(1);
  if (line.durationYears === 1 || f0 === f1) return { exists: false, reason: 'no-effect', message: 'drop-off has no effect on an outcome valued for one year' };
  if (f0 < 0) return { exists: false, reason: 'outside-domain', message: 'the ratio stays below 1 even with no drop-off' };
  if (f1 > 0) return { exists: false, reason: 'outside-domain', message: 'the ratio stays above 1 even with 100 % drop-off' };
  let lo = 0;
  let hi = 1;
  for (let k = 0; k < 200 && hi - lo > 0; k++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (f(mid) >= 0) lo = mid;
    else hi = mid;
  }
  return { exists: true, value: (lo + hi) / 2 };
}

function durationSwitch(line: ResolvedLine, other: number, inputs: number, pvOf: PvOf): SwitchingValue {
  for (let t = 1; t <= MAX_YEARS; t++) {
    if (other + pvOf({ ...line, durationYears: t }) >= inputs) return { exists: true, value: t };
  }
  return { exists: false, reason: 'outside-domain', message: `the ratio stays below 1 even over ${MAX_YEARS} years` };
}
