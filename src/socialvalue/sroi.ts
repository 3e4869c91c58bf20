import { InvalidInputError } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { booleanOption, finiteResult, optionPath, optionsObject, type NumericArray } from '../_internal/validate';
import { checkRate, type DiscountRate } from './_internal/discounting';
import { checkFlows, checkInputs } from './_internal/inputs';
import { checkPriceYear } from './_internal/priceYear';
import { presentValue } from './presentValue';
import type { DiscountingTrace, YearFlow } from './types';

/** One input (investment) of an SROI analysis, including the value of in-kind contributions. */
export interface SroiInput {
  /** What the input is. */
  readonly label: string;
  /** Its value, £ (in the same price year as the value flows). */
  readonly value: number;
}

/** The data of {@link sroi}. */
export interface SroiData {
  /** Total value of inputs, £, or the inputs one by one. Taken at the start (not discounted). */
  readonly inputs: number | ReadonlyArray<SroiInput>;
  /** Undiscounted total impact in appraisal years 1, 2, … (e.g. `valueOutcomes(...).total.byYear.map((y) => y.impact)`). */
  readonly valueFlows: NumericArray;
}

/** Options of {@link sroi}. */
export interface SroiOptions {
  /**
   * Annual discount rate in [0, 1), or `'green-book'` (3.5 % years 1–30, 3.0 % years 31–75).
   *
   * @defaultValue 'green-book'
   */
  readonly discountRate?: number | 'green-book';
  /**
   * Discount year 1 by a full year (SROI Guide convention) rather than leaving it undiscounted.
   *
   * @defaultValue true
   */
  readonly discountFirstYear?: boolean;
  /**
   * Price year of the inputs and value flows (e.g. `'2023-24'`, `2019`), recorded on the result so that the
   * present value, NPV and ratio stay traceable to their prices (issue 6). Not used in the arithmetic.
   *
   * @defaultValue none: the result then has no `priceYear`
   */
  readonly priceYear?: string | number;
}

/** Payback period: defined only when year 1 has a positive impact. */
export type Payback =
  | {
      /** The payback period is defined. */
      readonly defined: true;
      /** Months for the year-1 impact to repay the inputs: `12 × inputs / impact₁`. */
      readonly months: number;
    }
  | {
      /** The payback period is not defined. */
      readonly defined: false;
      /** Why: the year-1 impact is zero or negative, so the inputs are never repaid at that rate. */
      readonly reason: string;
    };

/** Result of {@link sroi}. */
export interface SroiResult {
  /** Total value of inputs, £. */
  readonly inputs: number;
  /** The inputs one by one (a single `'inputs'` line when a total was given). */
  readonly inputLines: ReadonlyArray<SroiInput>;
  /** Present value of the value flows, £. */
  readonly presentValue: number;
  /** `presentValue − inputs`, £. */
  readonly netPresentValue: number;
  /** SROI ratio: `presentValue / inputs` (£ of social value per £ invested). */
  readonly ratio: number;
  /** Net SROI ratio: `netPresentValue / inputs`. */
  readonly netRatio: number;
  /** Payback period in months, from the undiscounted year-1 impact. */
  readonly payback: Payback;
  /** Each year's impact, discount factor and present value. */
  readonly byYear: ReadonlyArray<YearFlow>;
  /** Discounting used. */
  readonly discounting: DiscountingTrace;
  /** Price year of the £ figures (canonical label, e.g. `'2023-24'`), when given in the options. */
  readonly priceYear?: string;
}

/**
 * Social return on investment: present value of the value created against the value of inputs,
 * as a ratio, a net present value and a payback period.
 *
 * @remarks
 * A single ratio hides its assumptions, which is the sector's main complaint about SROI headline
 * figures; report it with `sensitivity()` (one-at-a-time ranges, switching values and the
 * break-even deadweight).
 *
 * **Formula** (SROI Guide 2012, Stage 5)
 * ```tex
 * \begin{aligned}
 * PV &= \sum_{t=1}^{n} F_t\, D(t - 1 + \delta), \qquad NPV = PV - I \\
 * \text{SROI} &= PV / I, \qquad \text{net SROI} = NPV / I \\
 * \text{payback (months)} &= \frac{I}{F_1 / 12}
 * \end{aligned}
 * ```
 * where F_t is the undiscounted impact of year t, I the total value of inputs, and the payback uses
 * the undiscounted year-1 impact as the Guide does.
 *
 * **References**
 * Cabinet Office / SROI Network (2012) *A Guide to Social Return on Investment*, Stage 5
 * "Calculating the SROI" (net present value, SROI ratio, payback period, sensitivity analysis).
 * HM Treasury (2022) *The Green Book*, Annex A6 (discount rates).
 *
 * @param data - `{ inputs, valueFlows }`; see {@link SroiData}
 * @param options - discount rate, first-year convention and price year; see {@link SroiOptions}
 * @returns ratio, net ratio, present value, net present value, payback and the discounting used
 * @throws {InvalidInputError} when inputs are not positive and finite in total, a flow is not finite, an option
 *   is malformed, or the ratio overflows (inputs near 5e-324)
 * @throws {InsufficientDataError} when `valueFlows` is empty
 * @example
 * ```ts
 * import { sroi } from 'social-outcomes/socialvalue';
 * const r = sroi({ inputs: 250000, valueFlows: [214200, 149940] }, { discountRate: 0.035, discountFirstYear: false });
 * r.ratio //=> 1.436
 * r.payback //=> { defined: true, months: 14.005602 }
 * sroi({ inputs: 250000, valueFlows: [214200] }, { priceYear: '2023/24' }).priceYear //=> '2023-24'
 * ```
 */
export function sroi(data: SroiData, options?: SroiOptions): SroiResult {
  const fn = 'sroi';
  if (data === null || typeof data !== 'object') {
    throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires data to be { inputs, valueFlows } (got ${describeValue(data)})`, path: [] });
  }
  const { total, lines } = checkInputs(fn, data.inputs);
  const opts = optionsObject(fn, options, ['discountRate', 'discountFirstYear', 'priceYear']);
  const rate: DiscountRate = opts.discountRate === undefined ? 'green-book' : checkRate(fn, opts.discountRate, optionPath('discountRate'));
  const firstYearDiscounted = booleanOption(fn, 'discountFirstYear', opts.discountFirstYear, true);
  const priceYear = opts.priceYear === undefined ? undefined : checkPriceYear(fn, 'priceYear', opts.priceYear, optionPath('priceYear')).label;
  const flows = checkFlows(fn, 'valueFlows', data.valueFlows, rate);
  const pv = presentValue(flows, rate, { firstYearDiscounted });
  const first = pv.byYear[0]?.impact ?? 0;
  const months = total / (first / 12);
  const payback: Payback =
    first > 0 && Number.isFinite(months)
      ? { defined: true, months }
      : { defined: false, reason: first > 0 ? `the year-1 impact is ${first}, so small that the payback period exceeds the largest double` : `the year-1 impact is ${first}, so the inputs are not repaid` };
  return finiteResult(fn, {
    inputs: total,
    inputLines: lines,
    presentValue: pv.value,
    netPresentValue: pv.value - total,
    ratio: pv.value / total,
    netRatio: (pv.value - total) / total,
    payback,
    byYear: pv.byYear,
    discounting: pv.discounting,
    ...(priceYear === undefined ? {} : { priceYear }),
  });
}
