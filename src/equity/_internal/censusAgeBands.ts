/**
 * Age-band labels in the ONS Census 2021 style, shared by harmoniseAgeBand and baseline so that service
 * data banded by the one match census categories built by the other, label for label.
 *
 * @internal
 */
import { InvalidInputError, type ErrorPath } from '../../errors';
import { describeValue } from '../../_internal/describeValue';

/** A band of completed years, inclusive; `max` absent when open-ended. */
export interface AgeSpan {
  readonly min: number;
  readonly max?: number;
}

/** Oldest age accepted anywhere (oldest verified human lifespan is 122 years). */
export const MAX_AGE = 130;

/** TS007A five-year bands: lower bounds. */
export const TS007A_BREAKS: ReadonlyArray<number> = [0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85];

/** TS007 band subtotals: lower bounds. */
export const TS007_SUBTOTAL_BREAKS: ReadonlyArray<number> = [0, 5, 10, 16, 20, 25, 35, 50, 65, 75, 85];

/**
 * The ONS label of an age span, e.g. `Aged 18 to 64 years`, `Aged 65 years and over`, `Aged 4 years and
 * under`, `Aged under 1 year`, `Aged 1 year`; identical to the TS007A and TS007 labels for their spans.
 */
export function ageSpanLabel(span: AgeSpan): string {
  const { min, max } = span;
  const years = (v: number): string => (v === 1 ? '1 year' : `${v} years`);
  if (max === undefined) return `Aged ${years(min)} and over`;
  if (min === 0 && max === 0) return 'Aged under 1 year';
  if (min === 0) return `Aged ${years(max)} and under`;
  if (min === max) return `Aged ${years(min)}`;
  return `Aged ${min} to ${max} years`;
}

/**
 * Validates ascending integer lower bounds and returns the spans they define: [b0, b1 − 1], …,
 * [b_last, max] (open-ended when `max` is undefined).
 */
export function spansFromBreaks(fn: string, breaks: unknown, path: ErrorPath, max?: number): AgeSpan[] {
  if (!Array.isArray(breaks) || breaks.length === 0) {
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires breaks to be a non-empty array of ages (got ${describeValue(breaks)})`, path });
  }
  const spans: AgeSpan[] = [];
  Array.from(breaks as unknown[]).forEach((b, i) => { // Array.from turns holes into undefined (forEach skips them)
    if (typeof b !== 'number' || !Number.isInteger(b) || b < 0 || b > MAX_AGE) {
      throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires breaks to hold whole years in [0, ${MAX_AGE}] (got ${describeValue(b)})`, path: [...path, i] });
    }
    if (i > 0 && b <= (breaks[i - 1] as number)) {
      throw new InvalidInputError({ code: 'out-of-order', message: `${fn} requires breaks in strictly increasing order (got ${describeValue(b)} after ${describeValue(breaks[i - 1])})`, path: [...path, i] });
    }
  });
  const list = breaks as number[];
  for (let i = 0; i < list.length; i++) {
    const lo = list[i] as number;
    const next = list[i + 1];
    if (next !== undefined) spans.push({ min: lo, max: next - 1 });
    else if (max !== undefined) {
      if (max < lo) {
        throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires the last break (${lo}) to be at most the oldest age ${max}`, path: [...path, i] });
      }
      spans.push({ min: lo, max });
    } else spans.push({ min: lo });
  }
  return spans;
}

/** Whether span `inner` lies within `outer`. */
export function spanWithin(inner: AgeSpan, outer: AgeSpan): boolean {
  if (inner.min < outer.min) return false;
  if (outer.max === undefined) return true;
  return inner.max !== undefined && inner.max <= outer.max;
}

/** Whether two spans share at least one year. */
export function spansOverlap(a: AgeSpan, b: AgeSpan): boolean {
  const aMax = a.max ?? Number.POSITIVE_INFINITY;
  const bMax = b.max ?? Number.POSITIVE_INFINITY;
  return a.min <= bMax && b.min <= aMax;
}

/** `18+`, `18–64`, `0+` style short text for messages. */
export function spanText(span: AgeSpan): string {
  return span.max === undefined ? `${span.min}+` : `${span.min}–${span.max}`;
}
