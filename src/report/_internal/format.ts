/**
 * Locale-independent number formatting for the summary lines (no Intl: same output everywhere).
 *
 * @packageDocumentation
 */

/** Fixed decimals with thousands separators, e.g. `12,345.68`; `-0` prints as `0`. */
export function formatNumber(x: number, decimals: number): string {
  const fixed = (Object.is(x, -0) ? 0 : x).toFixed(decimals);
  const neg = fixed.startsWith('-');
  const [int, frac] = (neg ? fixed.slice(1) : fixed).split('.');
  const grouped = (int as string).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const out = `${neg ? '-' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
  return /^-0(\.0*)?$/.test(out) ? out.slice(1) : out;
}

/** A proportion as a whole percentage, e.g. `42%`. */
export function formatPercent(p: number): string {
  return `${formatNumber(p * 100, 0)}%`;
}

/** Pounds with no pence, e.g. `£1,234,567`. */
export function formatMoney(x: number): string {
  return x < 0 ? `-£${formatNumber(-x, 0)}` : `£${formatNumber(x, 0)}`;
}
