import { InvalidInputError } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { finiteNumber, finiteResult, numberInRange, oneOf, optionPath, optionsObject } from '../_internal/validate';
import type { DeflatorSeries } from '../data/deflators';
import { greenBookWellby, type WellbyValue } from '../data/wellby';
import { checkPriceYear } from './_internal/priceYear';
import { checkSeries, upratingFactor } from './_internal/uprating';
import type { UpratingTrace } from './types';

/**
 * A stated, cited conversion from another wellbeing scale to life-satisfaction points, supplied by
 * the caller (the library bundles none: no openly licensed SWEMWBS → life satisfaction conversion
 * was found).
 */
export interface WellbeingConversion {
  /** The scale converted from, e.g. `'SWEMWBS metric score'`. */
  readonly from: string;
  /** Life-satisfaction points (0–10 scale) per one unit of the scale. */
  readonly lifeSatisfactionPerUnit: number;
  /** Citation of the conversion (author, year, title, table or page). */
  readonly source: string;
}

/** Options of {@link wellbeingValue}. */
export interface WellbeingValueOptions {
  /** Valuation method; only the Green Book WELLBY is supported. */
  readonly method: 'wellby';
  /**
   * Conversion of `change` to life-satisfaction points. Without it, `change` must already be a
   * change in ONS life satisfaction (0–10).
   *
   * @defaultValue none (the change is life satisfaction)
   */
  readonly conversion?: WellbeingConversion;
  /**
   * People who experienced the change (the result is their total for one year).
   *
   * @defaultValue 1
   */
  readonly people?: number;
  /**
   * The value of a WELLBY and its range.
   *
   * @defaultValue greenBookWellby (£13,000, range £10,000–£16,000, 2019 prices; `social-outcomes/data/wellby`)
   */
  readonly wellby?: WellbyValue;
  /**
   * Price year of the result.
   *
   * @defaultValue the WELLBY's price year ('2019')
   */
  readonly priceYear?: string;
  /**
   * Deflator series for uprating the WELLBY value.
   *
   * @defaultValue the bundled HM Treasury GDP deflator matching `priceYear`
   */
  readonly deflators?: DeflatorSeries;
}

/** A wellbeing change valued in money, with its range and provenance. */
export interface WellbeingValueResult {
  /** The change as given, in its own scale. */
  readonly change: number;
  /** The scale of `change`. */
  readonly scale: string;
  /** Change in life-satisfaction points per person. */
  readonly lifeSatisfactionChange: number;
  /** People. */
  readonly people: number;
  /** WELLBYs: `lifeSatisfactionChange × people` (for one year). */
  readonly wellbys: number;
  /** Central value, £, for one year. */
  readonly value: number;
  /** Value at the low WELLBY, £. */
  readonly low: number;
  /** Value at the high WELLBY, £. */
  readonly high: number;
  /** Price year of the three values. */
  readonly priceYear: string;
  /** How the WELLBY was brought to `priceYear`. */
  readonly uprated: UpratingTrace;
  /** The WELLBY used, as published. */
  readonly wellby: {
    /** Id of the WELLBY value. */
    readonly id: string;
    /** Central £ per WELLBY, as published. */
    readonly value: number;
    /** Low £ per WELLBY, as published. */
    readonly low: number;
    /** High £ per WELLBY, as published. */
    readonly high: number;
    /** Its price year. */
    readonly priceYear: string;
    /** Source publication. */
    readonly source: string;
    /** Edition. */
    readonly edition: string;
    /** Licence. */
    readonly licence: string;
  };
  /** The conversion used, when the change was not in life-satisfaction points. */
  readonly conversion?: WellbeingConversion;
}

/**
 * Values a measured change in wellbeing with the Green Book WELLBY: a change in life satisfaction
 * (0–10), or another scale through a conversion the caller states and cites.
 *
 * @remarks
 * This values wellbeing change from `change/` without a licensed bank. The change should be net
 * of what would have happened anyway (e.g. relative to a comparison group); a raw pre-post change
 * is not impact. The result is for one year; use a bank entry and `valueOutcomes` to value several
 * years with drop-off and discounting. SWEMWBS (or WEMWBS) changes are valued only through an
 * explicit `conversion`; none is defaulted.
 *
 * **Formula**
 * ```tex
 * \Delta LS = \Delta x \cdot k, \qquad V = \Delta LS \cdot N \cdot W \cdot \frac{I_{\text{to}}}{I_{2019}}
 * ```
 * with k the conversion (1 for life satisfaction), N people and W = £13,000 (low £10,000,
 * high £16,000) per WELLBY in 2019 prices.
 *
 * **References**
 * HM Treasury (2021) *Wellbeing Guidance for Appraisal: Supplementary Green Book Guidance*, p. 33
 * (WELLBY value and range); https://www.gov.uk/government/publications/green-book-supplementary-guidance-wellbeing
 *
 * @param change - mean change per person in the scale (life satisfaction unless `conversion` is given)
 * @param options - method, conversion, people, WELLBY and price year; see {@link WellbeingValueOptions}
 * @returns central, low and high value with the WELLBY, conversion and uprating used
 * @throws {InvalidInputError} when the change is not finite (or outside ±10 life-satisfaction points), the method is not 'wellby', the conversion or options are malformed, or the value overflows (people near 1e308)
 * @throws {ReferenceDataError} when the deflator series has no value for the WELLBY's price year or the target year
 * @example
 * ```ts
 * import { wellbeingValue } from 'social-outcomes/socialvalue';
 * wellbeingValue(0.5, { method: 'wellby' }) //=> { value: 6500, low: 5000, high: 8000, priceYear: '2019' }
 * wellbeingValue(0.5, { method: 'wellby', people: 10, priceYear: '2024' }).value //=> 80139.57
 * wellbeingValue(2, { method: 'swemwbs' as 'wellby' }) //=> throws InvalidInputError
 * ```
 */
export function wellbeingValue(change: number, options: WellbeingValueOptions): WellbeingValueResult {
  const fn = 'wellbeingValue';
  const d = finiteNumber(fn, 'change', change, ['change']);
  if (options === undefined) {
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires options with method 'wellby'`, path: ['options'] });
  }
  const opts = optionsObject(fn, options, ['method', 'conversion', 'people', 'wellby', 'priceYear', 'deflators']);
  oneOf(fn, 'method', opts.method, ['wellby'] as const);
  const people = opts.people === undefined ? 1 : numberInRange(fn, 'people', opts.people, { min: 0 }, optionPath('people'));
  const w = opts.wellby === undefined ? greenBookWellby : checkWellby(fn, opts.wellby);
  let k = 1;
  let scale = 'life satisfaction (ONS, 0–10)';
  let conversion: WellbeingConversion | undefined;
  if (opts.conversion === undefined) {
    numberInRange(fn, 'change', d, { min: -10, max: 10 }, ['change']);
  } else {
    conversion = checkConversion(fn, opts.conversion);
    k = conversion.lifeSatisfactionPerUnit;
    scale = conversion.from;
  }
  const from = checkPriceYear(fn, 'wellby.priceYear', w.priceYear, ['options', 'wellby', 'priceYear']);
  const to = opts.priceYear === undefined ? from : checkPriceYear(fn, 'priceYear', opts.priceYear, optionPath('priceYear'));
  const series = opts.deflators === undefined ? undefined : checkSeries(fn, opts.deflators, optionPath('deflators'));
  const f = upratingFactor(fn, from, to, series, optionPath('priceYear'));
  const ls = d * k;
  const wellbys = ls * people;
  // finiteResult: a people count near 1e308 overflows the value; refuse rather than return Infinity
  return finiteResult(fn, {
    change: d,
    scale,
    lifeSatisfactionChange: ls,
    people,
    wellbys,
    value: wellbys * w.value * f.factor,
    low: wellbys * w.low * f.factor,
    high: wellbys * w.high * f.factor,
    priceYear: to.label,
    uprated: f.trace,
    wellby: {
      id: w.id,
      value: w.value,
      low: w.low,
      high: w.high,
      priceYear: from.label,
      source: w.provenance.source,
      edition: w.provenance.edition,
      licence: w.provenance.licence,
    },
    ...(conversion === undefined ? {} : { conversion }),
  });
}

function checkConversion(fn: string, c: unknown): WellbeingConversion {
  const o = c as Partial<WellbeingConversion> | null;
  if (o === null || typeof o !== 'object') {
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires conversion to be { from, lifeSatisfactionPerUnit, source } (got ${describeValue(c)})`, path: optionPath('conversion') });
  }
  for (const k of ['from', 'source'] as const) {
    if (typeof o[k] !== 'string' || (o[k] as string).trim() === '') {
      throw new InvalidInputError({
        code: 'invalid-option',
        message: `${fn} requires conversion.${k} to be a non-empty string: a conversion must be stated and cited (got ${describeValue(o[k])})`,
        path: ['options', 'conversion', k],
      });
    }
  }
  const per = finiteNumber(fn, 'conversion.lifeSatisfactionPerUnit', o.lifeSatisfactionPerUnit, ['options', 'conversion', 'lifeSatisfactionPerUnit']);
  return { from: o.from as string, lifeSatisfactionPerUnit: per, source: o.source as string };
}

function checkWellby(fn: string, w: unknown): WellbyValue {
  const o = w as Partial<WellbyValue> | null;
  const ok =
    o !== null &&
    typeof o === 'object' &&
    typeof o.id === 'string' &&
    [o.value, o.low, o.high].every((x) => typeof x === 'number' && Number.isFinite(x) && x >= 0) &&
    (o.low as number) <= (o.value as number) &&
    (o.value as number) <= (o.high as number) &&
    typeof o.provenance === 'object' &&
    o.provenance !== null;
  if (!ok) {
    throw new InvalidInputError({
      code: 'invalid-option',
      message: `${fn} requires wellby to be { id, value, low, high, priceYear, provenance } with 0 <= low <= value <= high (got ${describeValue(w)})`,
      path: optionPath('wellby'),
    });
  }
  return o as WellbyValue;
}
