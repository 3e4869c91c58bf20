import { InvalidInputError, type ErrorPath } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { optionPath, optionsObject } from '../_internal/validate';
import { ageSpanLabel, MAX_AGE, spansFromBreaks, TS007A_BREAKS, TS007_SUBTOTAL_BREAKS, type AgeSpan } from './_internal/censusAgeBands';
import { harmoniseAll, NOT_KNOWN, normaliseText, PREFER_NOT_TO_SAY, readUnrecognised, wrongType, type Resolution } from './_internal/censusHarmonise';
import type { HarmonisedValues, UnrecognisedPolicy } from './harmoniseTypes';

/** A named census banding, or ascending lower bounds of custom bands in completed years. */
export type AgeBanding = 'ts007a' | 'ts007-subtotals' | ReadonlyArray<number>;

/** One age band: its ONS-style label and the completed years it covers. */
export interface AgeBand {
  /** ONS-style label, e.g. `Aged 18 to 64 years`; identical to the census label for census bands. */
  readonly label: string;
  /** Youngest age in the band. */
  readonly min: number;
  /** Oldest age in the band; absent for the open-ended last band. */
  readonly max?: number;
}

/**
 * The age bands of a banding: the 18 TS007A five-year bands, the 11 TS007 subtotal bands, or custom bands
 * from ascending lower bounds (`[0, 18, 65]` → 0–17, 18–64, 65+).
 *
 * @remarks
 * Labels follow the ONS wording so that they equal the census category labels: `Aged 4 years and under`,
 * `Aged 5 to 9 years`, `Aged 85 years and over`, `Aged under 1 year`, `Aged 1 year`. A custom banding that
 * starts above 0 does not cover younger ages; `harmoniseAgeBand` rejects them.
 *
 * **Formula**
 * ```tex
 * \text{band}_i = [b_i,\; b_{i+1} - 1],\quad \text{band}_{m} = [b_m, \infty)
 * ```
 *
 * **References**
 * - Office for National Statistics (2023). Age by five-year age bands (TS007A) and Age by single year (TS007),
 *   Census 2021. https://www.nomisweb.co.uk/sources/census_2021_bulk
 *
 * @param banding - `'ts007a'`, `'ts007-subtotals'`, or ascending whole-year lower bounds
 * @returns the bands in order
 * @throws {InvalidInputError} when the banding is not recognised or the bounds are not ascending whole years
 * @example
 * ```ts
 * import { ageBands } from 'social-outcomes/equity';
 * ageBands([0, 18, 65]).map((b) => b.label) //=> ['Aged 17 years and under', 'Aged 18 to 64 years', 'Aged 65 years and over']
 * ageBands('ts007a').length //=> 18
 * ageBands('ts007a')[17] //=> { label: 'Aged 85 years and over', min: 85 }
 * ageBands([65, 18]) //=> throws InvalidInputError
 * ```
 */
export function ageBands(banding: AgeBanding): AgeBand[] {
  return resolveBanding('ageBands', banding, ['banding']).map((s) => ({ label: ageSpanLabel(s), ...s }));
}

function resolveBanding(fn: string, banding: unknown, path: ErrorPath): AgeSpan[] {
  if (banding === 'ts007a') return spansFromBreaks(fn, TS007A_BREAKS, path);
  if (banding === 'ts007-subtotals') return spansFromBreaks(fn, TS007_SUBTOTAL_BREAKS, path);
  if (Array.isArray(banding)) return spansFromBreaks(fn, banding, path);
  throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires bands to be 'ts007a', 'ts007-subtotals' or an array of lower bounds (got ${describeValue(banding)})`, path });
}

/** Options of {@link harmoniseAgeBand}. */
export interface HarmoniseAgeBandOptions {
  /**
   * The banding: TS007A five-year bands, TS007 subtotal bands, or custom ascending lower bounds such as
   * `[18, 65]` (18–64 and 65+) or `[0, 18, 65, 75, 85]`.
   *
   * @defaultValue 'ts007a'
   */
  readonly bands?: AgeBanding;
  /**
   * What to do with a value that is neither an age nor a known non-response wording.
   *
   * @defaultValue 'error'
   */
  readonly unrecognised?: UnrecognisedPolicy;
}

/**
 * Bands ages (in years) into Census 2021 age bands (TS007A, TS007 subtotals) or custom bands whose labels
 * match the census labels, keeping missing and declined values as categories.
 *
 * @remarks
 * An age is read as completed years, ⌊age⌋, as the census counts it (a person aged 64.9 is in 60 to 64).
 * Numbers and numeric strings are accepted; undefined, null, NaN and blank become `Not known`, and
 * "Prefer not to say" / "Not stated" become `Prefer not to say`. An age below 0, above 130, or below the
 * first custom bound is an error naming the value and its position (it is a data error, not an unknown).
 * Build the matching census baseline with `baseline(census2021, { topic: 'age-single-year', breaks })`
 * (custom bands) or topic `'age-five-year'` (TS007A).
 *
 * **Formula**
 * ```tex
 * \text{band}(a) = \text{the } [b_i, b_{i+1}-1] \ni \lfloor a \rfloor
 * ```
 *
 * **References**
 * - Office for National Statistics (2023). Age variable: Census 2021 dictionary ("age in completed years").
 *   https://www.ons.gov.uk/census/census2021dictionary/variablesbytopic/demographyvariablescensus2021/age
 *
 * @param values - ages in years (numbers or numeric strings; missing allowed)
 * @param options - the banding and the policy for unrecognised values
 * @returns one band label per value, counts in band order, and the mapping of every distinct input
 * @throws {InvalidInputError} when an age is negative, above 130 or below the first bound, a value is not a
 *   number or recognised text (unless `unrecognised: 'unknown'`), or the banding is invalid
 * @example
 * ```ts
 * import { harmoniseAgeBand } from 'social-outcomes/equity';
 * harmoniseAgeBand([17, 18, 64.9, '65', null], { bands: [0, 18, 65] }).values //=> ['Aged 17 years and under', 'Aged 18 to 64 years', 'Aged 18 to 64 years', 'Aged 65 years and over', 'Not known']
 * harmoniseAgeBand([3, 87]).values //=> ['Aged 4 years and under', 'Aged 85 years and over']
 * harmoniseAgeBand([16], { bands: [18, 65] }) //=> throws InvalidInputError
 * ```
 */
export function harmoniseAgeBand(values: ReadonlyArray<number | string | null | undefined>, options?: HarmoniseAgeBandOptions): HarmonisedValues {
  const fn = 'harmoniseAgeBand';
  const opts = optionsObject(fn, options, ['bands', 'unrecognised']);
  const spans = resolveBanding(fn, opts.bands ?? 'ts007a', optionPath('bands'));
  const labels = spans.map(ageSpanLabel);
  const unrecognised = readUnrecognised(fn, opts.unrecognised);
  const first = (spans[0] as AgeSpan).min;
  const declined = new Set(['prefer not to say', 'not stated', 'declined', 'refused'].map(normaliseText));
  const unknown = new Set(['not known', 'unknown', 'not recorded'].map(normaliseText));
  const resolve = (v: unknown, i: number): Resolution | undefined => {
    let age: number;
    if (typeof v === 'number') age = v;
    else if (typeof v === 'string') {
      const t = v.trim();
      if (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) age = Number(t);
      else {
        const key = normaliseText(t);
        if (declined.has(key)) return { category: PREFER_NOT_TO_SAY, rule: 'non-response' };
        if (unknown.has(key)) return { category: NOT_KNOWN, rule: 'non-response' };
        return undefined;
      }
    } else wrongType(fn, 'an age (a number or numeric string)', v, i);
    if (!Number.isFinite(age) || age < 0 || age > MAX_AGE) {
      throw new InvalidInputError({ code: 'out-of-range', message: `${fn} requires ages in [0, ${MAX_AGE}] (got ${describeValue(v)})`, path: ['values', i] });
    }
    const years = Math.floor(age);
    if (years < first) {
      throw new InvalidInputError({ code: 'out-of-range', message: `${fn} requires ages of at least ${first}, the first band's lower bound (got ${describeValue(v)}); add a lower break to band younger ages`, path: ['values', i] });
    }
    let lo = 0;
    let hi = spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((spans[mid] as AgeSpan).min <= years) lo = mid;
      else hi = mid - 1;
    }
    return { category: labels[lo] as string, rule: 'age' };
  };
  return harmoniseAll(fn, 'an age', values, resolve, [...labels, PREFER_NOT_TO_SAY, NOT_KNOWN], unrecognised);
}
