/**
 * Input guards and shared option handling of the chart builders.
 *
 * @packageDocumentation
 */
import { InvalidInputError } from '../../errors';
import { describeValue } from '../../_internal/describeValue';
import { integerInRange, optionsObject, type AllOptionKeys } from '../../_internal/validate';
import type { FigureBasis } from '../reportModel';
import { CHART_WIDTH } from './chartTheme';
import { slug } from './escape';

/** Options every chart builder accepts. */
export interface CommonChartOptions {
  /** Chart id. */
  readonly id?: string;
  /** Width of the plotting area in pixels. */
  readonly width?: number;
}

/** Throws unless `value` is a non-null object (not an array). */
export function requireObject(fn: string, name: string, value: unknown): asserts value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires ${name} to be an object (got ${describeValue(value)})`, path: name.split('.') });
  }
}

/** Throws unless `value` is an array. */
export function requireArray(fn: string, name: string, value: unknown): asserts value is ReadonlyArray<unknown> {
  if (!Array.isArray(value)) {
    throw new InvalidInputError({ code: 'not-an-array', message: `${fn} requires ${name} to be an array (got ${describeValue(value)})`, path: name.split('.') });
  }
}

/** Throws unless `value` is a finite number. */
export function requireFinite(fn: string, name: string, value: unknown, path: ReadonlyArray<string | number>): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InvalidInputError({ code: 'non-finite', message: `${fn} requires ${name} to be a finite number (got ${describeValue(value)})`, path });
  }
  return value;
}

/** Resolved id and width; `known` lists every key of the chart's options (unknown keys throw). */
export function commonOptions<T extends CommonChartOptions, const K extends ReadonlyArray<keyof T & string>>(fn: string, options: T | undefined, defaultId: string, known: AllOptionKeys<NoInfer<T>, K>): { id: string; width: number } {
  const o: Partial<CommonChartOptions> = optionsObject<T, K>(fn, options, known);
  let id = defaultId;
  if (o.id !== undefined) {
    if (typeof o.id !== 'string' || !/^[a-z][a-z0-9-]*$/.test(o.id)) {
      throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires options.id to be lower-case letters, digits and hyphens, starting with a letter (got ${describeValue(o.id)})`, path: ['options', 'id'] });
    }
    id = o.id;
  }
  const width = o.width === undefined ? CHART_WIDTH : integerInRange(fn, 'options.width', o.width, { min: 120, max: 2000 }, ['options', 'width']);
  return { id, width };
}

/** `chart-` + slug, a valid default id. */
export function chartId(...parts: ReadonlyArray<string>): string {
  return parts.map((p) => slug(p)).join('-');
}

/** Checks a figure basis (n, unit, method, source) and returns a copy. */
export function requireBasis(fn: string, name: string, value: unknown): FigureBasis {
  requireObject(fn, name, value);
  const { n, unit, method, source } = value;
  if (typeof n !== 'number' || !Number.isFinite(n) || typeof unit !== 'string' || typeof method !== 'string' || typeof source !== 'string') {
    throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires ${name} to be a figure basis { n, unit, method, source } (got ${describeValue(value)})`, path: name.split('.') });
  }
  return { n, unit, method, source };
}
