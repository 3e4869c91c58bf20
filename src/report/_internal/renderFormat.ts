/**
 * Number formatting shared by the HTML and Markdown renderers (locale-independent, so the same
 * model gives the same bytes everywhere). Returns plain text; callers escape it.
 *
 * @packageDocumentation
 */
import { formatMoney, formatNumber } from './format';
import type { ReportCount, ReportInterval } from '../reportModel';

/** A count with thousands separators, or `null` when suppressed (the renderer prints the marker). */
export function countText(c: ReportCount): string | null {
  return c.suppressed || c.value === null ? null : formatNumber(c.value, 0);
}

/** An integer with thousands separators. */
export function intText(x: number): string {
  return formatNumber(x, 0);
}

/** A share 0–1 as a percentage with one decimal, e.g. `42.3%`; `–` when null. */
export function shareText(p: number | null): string {
  return p === null ? '–' : `${formatNumber(p * 100, 1)}%`;
}

/** A number with fixed decimals; `–` when null. */
export function numText(x: number | null | undefined, decimals = 2): string {
  return x === null || x === undefined ? '–' : formatNumber(x, decimals);
}

/** A signed number (`+1.37`, `-0.43`), fixed decimals; `–` when null. */
export function signedText(x: number | null | undefined, decimals = 2): string {
  if (x === null || x === undefined) return '–';
  const s = formatNumber(x, decimals);
  return /^-/.test(s) || /^0(\.0+)?$/.test(s) ? s : `+${s}`;
}

/** An interval as `estimate (lower to upper)`; `–` when null. */
export function intervalText(iv: ReportInterval | null, decimals = 2, signed = false): string {
  if (iv === null) return '–';
  const f = signed ? signedText : numText;
  return `${f(iv.estimate, decimals)} (${numText(iv.lower, decimals)} to ${numText(iv.upper, decimals)})`;
}

/** A proportion interval as percentages: `46.6% (42.6% to 50.6%)`. */
export function percentIntervalText(iv: ReportInterval | null): string {
  if (iv === null) return '–';
  return `${shareText(iv.estimate)} (${shareText(iv.lower)} to ${shareText(iv.upper)})`;
}

/** A p-value: `<0.001` below 0.001, otherwise three decimals; `–` when null. */
export function pText(p: number | null | undefined): string {
  if (p === null || p === undefined) return '–';
  return p < 0.001 ? '<0.001' : formatNumber(p, 3);
}

/** Pounds, no pence; `–` when null. */
export function moneyText(x: number | null | undefined): string {
  return x === null || x === undefined ? '–' : formatMoney(x);
}

/** Confidence as a percentage label, e.g. `95%`. */
export function confidenceText(c: number): string {
  return `${formatNumber(c * 100, Number.isInteger(c * 100) ? 0 : 1)}%`;
}
