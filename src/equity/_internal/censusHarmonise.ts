/**
 * The shared engine of the harmonise* functions: text normalisation, synonym tables, the per-value loop
 * with missing / non-response / unrecognised handling, and the audit trail (one mapping per distinct
 * input) that every harmoniser returns.
 *
 * @internal
 */
import { InvalidInputError } from '../../errors';
import { describeValue } from '../../_internal/describeValue';
import { arrayLike, oneOf, optionPath } from '../../_internal/validate';
import type { HarmonisedValues, HarmoniseMapping, UnrecognisedPolicy } from '../harmoniseTypes';

/** Category for a question asked and declined (NHS Data Dictionary "Z Not stated"). */
export const PREFER_NOT_TO_SAY = 'Prefer not to say';
/** Category for a value not recorded or not asked (NHS Data Dictionary "99 Not known"). */
export const NOT_KNOWN = 'Not known';
/** The census category of voluntary questions left unanswered. */
export const NOT_ANSWERED = 'Not answered';

/**
 * Normalises free text for lookup: Unicode NFKC, lower case, "&" → "and", every run of characters other
 * than letters and digits → one space, trimmed. "White - British", "white: British" and "WHITE/BRITISH"
 * all become "white british".
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** What one input value maps to. */
export interface Resolution {
  /** Harmonised category. */
  readonly category: string;
  /** Which rule matched, e.g. `ons-2021`, `nhs-data-dictionary-2001`, `missing`. */
  readonly rule: string;
  /** Caveat attached to this mapping, if it loses or moves information. */
  readonly caveat?: string;
}

/** A synonym table: normalised text → resolution; collisions are recorded, not silently overwritten. */
export class SynonymTable {
  private readonly map = new Map<string, Resolution>();
  /** Normalised keys that two different categories claimed (should stay empty; tested). */
  readonly collisions: string[] = [];

  add(texts: ReadonlyArray<string>, resolution: Resolution): void {
    for (const t of texts) {
      const key = normaliseText(t);
      const prev = this.map.get(key);
      if (prev !== undefined && prev.category !== resolution.category) this.collisions.push(`${key}: ${prev.category} | ${resolution.category}`);
      else if (prev === undefined) this.map.set(key, resolution);
    }
  }

  get(text: string): Resolution | undefined {
    return this.map.get(normaliseText(text));
  }

  get size(): number {
    return this.map.size;
  }
}

/** Reads the `unrecognised` option. */
export function readUnrecognised(fn: string, value: unknown): UnrecognisedPolicy {
  return value === undefined ? 'error' : oneOf(fn, 'unrecognised', value, ['error', 'unknown'] as const);
}

/** Whether a value counts as missing: undefined, null, NaN, or a blank string. */
export function isMissing(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'number' && Number.isNaN(value)) || (typeof value === 'string' && value.trim() === '');
}

/** Text used for an input in mappings and messages. */
export function inputText(value: unknown): string {
  if (value === undefined) return '(undefined)';
  if (value === null) return '(null)';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return JSON.stringify(value) ?? String(value);
  return String(value);
}

/**
 * Runs `resolve` over every value. Missing values become `missingCategory` ({@link NOT_KNOWN} unless the
 * caller merges non-response into {@link NOT_ANSWERED}; rule `missing`). A value that
 * `resolve` does not recognise throws, or becomes {@link NOT_KNOWN} (rule `unrecognised`) when the caller
 * chose `unrecognised: 'unknown'`. Returns the values, counts in `order` (then any other category in
 * first-seen order), one mapping per distinct input in first-seen order, and the distinct caveats.
 */
export function harmoniseAll(
  fn: string,
  what: string,
  data: unknown,
  resolve: (value: unknown, index: number) => Resolution | undefined,
  order: ReadonlyArray<string>,
  unrecognised: UnrecognisedPolicy,
  missingCategory: string = NOT_KNOWN,
): HarmonisedValues {
  const values = arrayLike(fn, 'values', data, ['values']);
  const n = values.length;
  const out = new Array<string>(n);
  const mappings = new Map<string, { mapping: HarmoniseMapping; count: number }>();
  const counts = new Map<string, number>();
  let missing = 0;
  let unknown = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    let r: Resolution | undefined;
    if (isMissing(v)) {
      r = { category: missingCategory, rule: 'missing' };
      missing++;
    } else {
      r = resolve(v, i);
      if (r === undefined) {
        if (unrecognised === 'error') {
          throw new InvalidInputError({
            code: 'unknown-category',
            message: `${fn} does not recognise ${describeValue(v)} as ${what} (pass unrecognised: 'unknown' to count such values as ${NOT_KNOWN})`,
            path: ['values', i],
          });
        }
        r = { category: NOT_KNOWN, rule: 'unrecognised' };
        unknown++;
      }
    }
    out[i] = r.category;
    counts.set(r.category, (counts.get(r.category) ?? 0) + 1);
    const key = `${typeof v}:${inputText(v)}`;
    const seen = mappings.get(key);
    if (seen) seen.count++;
    else {
      const mapping: HarmoniseMapping = { input: inputText(v), category: r.category, rule: r.rule, count: 0, firstIndex: i, ...(r.caveat === undefined ? {} : { caveat: r.caveat }) };
      mappings.set(key, { mapping, count: 1 });
    }
  }
  const ordered: Record<string, number> = {};
  for (const c of order) {
    const k = counts.get(c);
    if (k !== undefined) ordered[c] = k;
  }
  for (const [c, k] of counts) if (!(c in ordered)) ordered[c] = k;
  const mappingList = [...mappings.values()].map(({ mapping, count }) => ({ ...mapping, count }));
  const caveats: string[] = [];
  for (const m of mappingList) if (m.caveat !== undefined && !caveats.includes(m.caveat)) caveats.push(m.caveat);
  return { values: out, n, counts: ordered, mappings: mappingList, missing, unrecognised: unknown, caveats };
}

/** Throws the standard error for a value of the wrong type. */
export function wrongType(fn: string, what: string, value: unknown, index: number): never {
  throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires each value to be ${what} (got ${describeValue(value)})`, path: ['values', index] });
}

/** Reads an option naming a field of a record. */
export function fieldOption(fn: string, name: string, value: unknown, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && value !== '') return value;
  throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires ${name} to be a field name (got ${describeValue(value)})`, path: optionPath(name) });
}
