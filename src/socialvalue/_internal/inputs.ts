import { InvalidInputError } from '../../errors';
import { describeValue } from '../../_internal/describeValue';
import { atLeast, finiteArray, finiteNumber } from '../../_internal/validate';
import type { SroiInput } from '../sroi';
import { MAX_YEARS, type DiscountRate } from './discounting';

/** Checks and totals the inputs of an SROI analysis. */
export function checkInputs(fn: string, inputs: unknown): { total: number; lines: SroiInput[] } {
  let lines: SroiInput[];
  if (typeof inputs === 'number') {
    lines = [{ label: 'inputs', value: finiteNumber(fn, 'inputs', inputs, ['inputs']) }];
  } else if (Array.isArray(inputs)) {
    lines = Array.from(inputs as unknown[], (x: unknown, i) => { // Array.from visits holes (map skips them)
      const o = x as Partial<SroiInput> | null;
      if (o === null || typeof o !== 'object' || typeof o.label !== 'string') {
        throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires each input to be { label, value } (got ${describeValue(x)})`, path: ['inputs', i] });
      }
      return { label: o.label, value: finiteNumber(fn, 'input value', o.value, ['inputs', i, 'value']) };
    });
  } else {
    throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires inputs to be a number or an array of { label, value } (got ${describeValue(inputs)})`, path: ['inputs'] });
  }
  lines.forEach((l, i) => {
    if (l.value < 0) {
      throw new InvalidInputError({ code: 'out-of-range', message: `${fn} requires input values to be >= 0 (got ${describeValue(l.value)})`, path: typeof inputs === 'number' ? ['inputs'] : ['inputs', i, 'value'] });
    }
  });
  const total = lines.reduce((a, l) => a + l.value, 0);
  if (!(total > 0) || !Number.isFinite(total)) {
    throw new InvalidInputError({ code: 'out-of-range', message: `${fn} requires the total value of inputs to be > 0 and finite (got ${describeValue(total)})`, path: ['inputs'] });
  }
  return { total, lines };
}


/** Checks a flow of annual values: finite numbers, at least one, at most 75 on the Green Book schedule. */
export function checkFlows(fn: string, name: string, value: unknown, rate: DiscountRate): number[] {
  const f = finiteArray(fn, name, value, [name]);
  atLeast(fn, `value in ${name}`, f.length, 1, [name]);
  if (rate === 'green-book' && f.length > MAX_YEARS) {
    throw new InvalidInputError({
      code: 'out-of-range',
      message: `${fn} discounts at most ${MAX_YEARS} years on the Green Book schedule (got ${f.length} in ${name})`,
      path: [name],
    });
  }
  return Array.from(f);
}
