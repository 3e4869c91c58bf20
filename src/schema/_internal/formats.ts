/**
 * Formats of the record standard shared by the zod schemas and the file readers in io/ (which decode
 * cells with the same rules before the schema confirms them).
 */

/** Object.prototype member names refused as instrument, area and output ids (lower-cased). */
export const RESERVED_IDS: ReadonlySet<string> = new Set([
  'constructor',
  'prototype',
  'hasownproperty',
  'isprototypeof',
  'propertyisenumerable',
  'tolocalestring',
  'tostring',
  'valueof',
]);

/**
 * Names that have a meaning of their own in wide-form column names (`star_<instrument>_date_<n>`),
 * so they cannot be area ids.
 */
export const RESERVED_AREA_IDS: ReadonlyArray<string> = ['date', 'retrospective', 'completedby', 'readingid'];

/** Instrument and area ids: lower-case letters and digits in hyphen-separated words. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Client, provider and reading ids. */
export const CLIENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$/;

/** Output ids (value-bank and provider-specific outputs). */
export const OUTPUT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$/;

/** A postcode district (outward code). */
export const POSTCODE_DISTRICT_PATTERN = /^[A-Z]{1,2}[0-9][A-Z0-9]?$/;

/** An LSOA code (England `E01`, Wales `W01`). */
export const LSOA_CODE_PATTERN = /^[EW]01[0-9]{6}$/;

/** Control characters and the replacement character U+FFFD (the mark of a decoding error). */
// eslint-disable-next-line no-control-regex
export const CONTROL_RE = /[\u0000-\u001F\u007F\uFFFD]/;

const AGE_BAND_RE = /^(\d{1,3})(?:-(\d{1,3})|\+)$/;
const PERIOD_RE = /^(\d{4})(?:-(\d{2})(?: Q([1-4]))?|-Q([1-4]))?$/;

/**
 * The span of an age band written `<min>-<max>` or `<min>+` (0 ≤ min ≤ max ≤ 120, no leading zeros),
 * or `undefined` when `band` is not one.
 */
export function ageBandSpan(band: string): { min: number; max: number | undefined } | undefined {
  const m = AGE_BAND_RE.exec(band);
  if (!m) return undefined;
  const lo = m[1] ?? '';
  const hi = m[2];
  if ((lo.length > 1 && lo.startsWith('0')) || (hi !== undefined && hi.length > 1 && hi.startsWith('0'))) return undefined;
  const min = Number(lo);
  const max = hi === undefined ? undefined : Number(hi);
  if (min > 120 || (max !== undefined && (max < min || max > 120))) return undefined;
  return { min, max };
}

/** `true` for a financial year `2023-24`, a quarter `2023-24 Q1`, a year `2023` or `2023-Q1`. */
export function isReportingPeriod(period: string): boolean {
  const m = PERIOD_RE.exec(period);
  if (!m) return false;
  if (m[2] === undefined) return true;
  return (Number(m[1]) + 1) % 100 === Number(m[2]);
}

/** `true` when `date` is an ISO calendar date `YYYY-MM-DD` in the years 1900–2100. */
export function isIsoDate(date: string): boolean {
  if (date.length !== 10 || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const y = Number(date.slice(0, 4));
  const mo = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const dim = mo === 2 ? (leap ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
  return d <= dim;
}
