import type { YearFlow } from '../types';
import { yearDiscountFactor, type DiscountRate } from './discounting';

/** The numbers that determine one outcome line's value. */
export interface LineParams {
  /** People. */
  readonly quantity: number;
  /** Annual value per person in the target price year. */
  readonly unitValue: number;
  /** Fractions in [0, 1]. */
  readonly deadweight: number;
  readonly displacement: number;
  readonly attribution: number;
  readonly dropOff: number;
  /** Whole years, ≥ 1. */
  readonly durationYears: number;
}

/** The SROI Guide stages of year 1. */
export interface Stages {
  readonly gross: number;
  readonly afterDeadweight: number;
  readonly afterDisplacement: number;
  readonly afterAttribution: number;
}

/** Year-1 impact after deadweight, displacement and attribution, deducted in that order. */
export function stagesOf(p: LineParams): Stages {
  const gross = p.quantity * p.unitValue;
  const afterDeadweight = gross * (1 - p.deadweight);
  const afterDisplacement = afterDeadweight * (1 - p.displacement);
  const afterAttribution = afterDisplacement * (1 - p.attribution);
  return { gross, afterDeadweight, afterDisplacement, afterAttribution };
}

/** Present value of a line: Σ_{y=1}^{T} A (1 − d)^(y−1) D(y). */
export function linePresentValue(p: LineParams, rate: DiscountRate, firstYearDiscounted: boolean): number {
  const a = stagesOf(p).afterAttribution;
  let level = a;
  let pv = 0;
  for (let y = 1; y <= p.durationYears; y++) {
    pv += level * yearDiscountFactor(y, rate, firstYearDiscounted);
    level *= 1 - p.dropOff;
  }
  return pv;
}

/** Year-by-year flows of a line. */
export function lineByYear(p: LineParams, rate: DiscountRate, firstYearDiscounted: boolean): YearFlow[] {
  const a = stagesOf(p).afterAttribution;
  const out: YearFlow[] = [];
  let level = a;
  for (let y = 1; y <= p.durationYears; y++) {
    const discountFactor = yearDiscountFactor(y, rate, firstYearDiscounted);
    out.push({ year: y, impact: level, discountFactor, presentValue: level * discountFactor });
    level *= 1 - p.dropOff;
  }
  return out;
}
