import { InvalidInputError, ReferenceDataError, type ErrorPath } from '../../errors';
import { describeValue } from '../../_internal/describeValue';
import { gdpDeflatorCalendarYear, gdpDeflatorFinancialYear, type DeflatorSeries } from '../../data/deflators';
import type { UpratingTrace } from '../types';
import type { ParsedPriceYear } from './priceYear';

/** Checks the parts of a deflator series the library reads. */
export function checkSeries(fn: string, value: unknown, path: ErrorPath): DeflatorSeries {
  const s = value as Partial<DeflatorSeries> | null;
  if (
    s === null ||
    typeof s !== 'object' ||
    typeof s.id !== 'string' ||
    typeof s.name !== 'string' ||
    (s.period !== 'calendar-year' && s.period !== 'financial-year') ||
    s.values === null ||
    typeof s.values !== 'object'
  ) {
    throw new InvalidInputError({
      code: 'invalid-type',
      message: `${fn} requires a deflator series with id, name, period ('calendar-year' or 'financial-year') and values (got ${describeValue(value)})`,
      path,
    });
  }
  return s as DeflatorSeries;
}

/** The bundled HM Treasury GDP deflator series whose period matches the price year. */
export function defaultSeriesFor(year: ParsedPriceYear): DeflatorSeries {
  return year.period === 'financial-year' ? gdpDeflatorFinancialYear : gdpDeflatorCalendarYear;
}

function indexOf(fn: string, series: DeflatorSeries, year: ParsedPriceYear, path: ErrorPath, what: string): number {
  const v = Object.prototype.hasOwnProperty.call(series.values, year.label) ? series.values[year.label] : undefined;
  if (v === undefined) {
    const hint =
      (series.period === 'financial-year') !== (year.period === 'financial-year')
        ? `; the series is indexed by ${series.period === 'financial-year' ? "financial year (e.g. '2019-20')" : "calendar year (e.g. '2019')"}, the value by ${year.period.replace('-', ' ')}`
        : '';
    throw new ReferenceDataError({
      code: 'missing-deflator',
      message: `${fn} found no deflator for ${year.label} (${what}) in '${series.name}'${hint}`,
      path,
    });
  }
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
    throw new ReferenceDataError({
      code: 'invalid-reference',
      message: `${fn} requires deflator index values to be positive finite numbers (got ${describeValue(v)} for ${year.label} in '${series.name}')`,
      path,
    });
  }
  return v;
}

/** Result of looking up an uprating factor. */
export interface Factor {
  /** index[to] / index[from], or 1 for equal years. */
  readonly factor: number;
  /** Index of the source year, when looked up. */
  readonly fromIndex?: number;
  /** Index of the target year, when looked up. */
  readonly toIndex?: number;
  /** Trace for results. */
  readonly trace: UpratingTrace;
}

/** Uprating factor from one price year to another with a deflator series. */
export function upratingFactor(fn: string, from: ParsedPriceYear, to: ParsedPriceYear, series: DeflatorSeries | undefined, path: ErrorPath): Factor {
  if (from.label === to.label) {
    return {
      factor: 1,
      trace: { fromYear: from.label, toYear: to.label, factor: 1, deflatorId: 'none', deflatorSource: 'none (value already in the target price year)' },
    };
  }
  const s = series ?? defaultSeriesFor(to);
  const fromIndex = indexOf(fn, s, from, path, 'the price year of the value');
  const toIndex = indexOf(fn, s, to, path, 'the target price year');
  const factor = toIndex / fromIndex;
  return { factor, fromIndex, toIndex, trace: { fromYear: from.label, toYear: to.label, factor, deflatorId: s.id, deflatorSource: s.name } };
}
