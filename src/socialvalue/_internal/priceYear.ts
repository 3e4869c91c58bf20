import { InvalidInputError, type ErrorPath } from '../../errors';
import { describeValue } from '../../_internal/describeValue';

/** A price year in canonical form. */
export interface ParsedPriceYear {
  /** Canonical label: `'2019'` (calendar year) or `'2023-24'` (UK financial year). */
  readonly label: string;
  /** Calendar year or UK financial year (1 April to 31 March). */
  readonly period: 'calendar-year' | 'financial-year';
  /** The calendar year in which the period starts. */
  readonly startYear: number;
}

const CALENDAR = /^(\d{4})$/;
const FINANCIAL = /^(\d{4})\s*[-/–]\s*(\d{2}|\d{4})$/;

/** Parses a price year, or returns undefined when it is not one. */
export function tryParsePriceYear(value: unknown): ParsedPriceYear | undefined {
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 1800 && value <= 2200) return { label: String(value), period: 'calendar-year', startYear: value };
    return undefined;
  }
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  const c = CALENDAR.exec(s);
  if (c) {
    const y = Number(c[1]);
    return y >= 1800 && y <= 2200 ? { label: String(y), period: 'calendar-year', startYear: y } : undefined;
  }
  const f = FINANCIAL.exec(s);
  if (f) {
    const y = Number(f[1]);
    const end = f[2] as string;
    const ok = end.length === 2 ? Number(end) === (y + 1) % 100 : Number(end) === y + 1;
    if (!ok || y < 1800 || y > 2200) return undefined;
    return { label: `${y}-${String((y + 1) % 100).padStart(2, '0')}`, period: 'financial-year', startYear: y };
  }
  return undefined;
}

/** Parses a price year or throws InvalidInputError naming the function and field. */
export function checkPriceYear(fn: string, name: string, value: unknown, path: ErrorPath = [name]): ParsedPriceYear {
  const parsed = tryParsePriceYear(value);
  if (parsed === undefined) {
    throw new InvalidInputError({
      code: 'invalid-format',
      message: `${fn} requires ${name} to be a price year such as '2019' or '2023-24' (got ${describeValue(value)})`,
      path,
    });
  }
  return parsed;
}
