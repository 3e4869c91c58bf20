/**
 * Assigns records to categories of one or more grouping fields: the shared core of groupCounts,
 * profile, crossTab, outcomeByGroup and checkKAnonymity.
 *
 * Rules (documented on the public functions):
 * - a record must be a plain object; a grouping value must be a string or a finite number;
 * - `undefined`, `null`, `''` and whitespace-only strings are *missing* and become the missing
 *   label (default `'Unknown'`), a category like any other, unless the caller drops them (counted);
 *   a literal value equal to the missing label lands in the same category;
 * - categories are ordered deterministically, independent of record order: declared levels first
 *   in their declared order, then numbers ascending, then strings by UTF-16 code unit, then the
 *   missing label last (unless it was declared);
 * - `-0` is read as `0`.
 *
 * @internal
 */
import { InvalidInputError, InsufficientDataError, type ErrorPath } from '../../errors';
import { describeValue } from '../../_internal/describeValue';
import { booleanOption, optionPath, optionsObject, type AllOptionKeys } from '../../_internal/validate';

import type { CategoryKey, CategoryValue } from '../groupCounts';

export type { CategoryKey, CategoryValue };

/** Default label of the category that collects missing values. */
export const DEFAULT_MISSING_LABEL = 'Unknown';

/** Separator used in human-readable labels of multi-field categories. */
export const LABEL_SEPARATOR = ' / ';

/** Validates a field name or a list of field names; returns a fresh array. */
export function readFields(fn: string, name: string, value: unknown, path: ErrorPath = [name]): string[] {
  const list: unknown[] = typeof value === 'string' ? [value] : Array.isArray(value) ? [...(value as unknown[])] : [];
  if (typeof value !== 'string' && !Array.isArray(value)) {
    throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires ${name} to be a field name or an array of field names (got ${describeValue(value)})`, path });
  }
  if (list.length === 0) {
    throw new InvalidInputError({ code: 'empty-input', message: `${fn} requires ${name} to name at least one field (got an empty array)`, path });
  }
  const seen = new Set<string>();
  list.forEach((f, i) => {
    const p = typeof value === 'string' ? path : [...path, i];
    if (typeof f !== 'string' || f.trim() === '') {
      throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires ${name} to hold non-empty field names (got ${describeValue(f)})`, path: p });
    }
    if (seen.has(f)) {
      throw new InvalidInputError({ code: 'duplicate', message: `${fn} requires ${name} to name each field once (got ${describeValue(f)} twice)`, path: p });
    }
    seen.add(f);
  });
  return list as string[];
}

/** Validates the missing-label option. */
export function readMissingLabel(fn: string, value: unknown): string {
  if (value === undefined) return DEFAULT_MISSING_LABEL;
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires missingLabel to be a non-empty string (got ${describeValue(value)})`, path: optionPath('missingLabel') });
  }
  return value;
}

/** Validates the records argument: an array (elements are checked while grouping). */
export function readRecords(fn: string, records: unknown): ReadonlyArray<unknown> {
  if (!Array.isArray(records)) {
    throw new InvalidInputError({ code: 'not-an-array', message: `${fn} requires records to be an array of objects (got ${describeValue(records)})`, path: ['records'] });
  }
  return records;
}

/** Throws unless `records[i]` is a plain (non-array, non-null) object. */
export function recordAt(fn: string, records: ReadonlyArray<unknown>, i: number): Readonly<Record<string, unknown>> {
  if (!(i in records)) {
    throw new InvalidInputError({ code: 'invalid-record', message: `${fn} requires records to have no empty slots (index ${i} is a hole)`, path: ['records', i], row: i + 1 });
  }
  const r = records[i];
  if (r === null || typeof r !== 'object' || Array.isArray(r)) {
    throw new InvalidInputError({ code: 'invalid-record', message: `${fn} requires each record to be an object (got ${describeValue(r)})`, path: ['records', i], row: i + 1 });
  }
  return r as Readonly<Record<string, unknown>>;
}

/** True for the values read as missing: undefined, null, '' and whitespace-only strings. */
export function isMissing(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/** Reads a grouping value: the category, or `undefined` when missing; throws for other types. */
export function readCategory(fn: string, record: Readonly<Record<string, unknown>>, i: number, field: string): CategoryValue | undefined {
  const v = Object.prototype.hasOwnProperty.call(record, field) ? record[field] : undefined;
  if (isMissing(v)) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) {
      throw new InvalidInputError({ code: 'non-finite', message: `${fn} requires grouping field ${JSON.stringify(field)} to hold a string or a finite number (got ${describeValue(v)})`, path: ['records', i, field], row: i + 1 });
    }
    return v === 0 ? 0 : v;
  }
  throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires grouping field ${JSON.stringify(field)} to hold a string or a finite number (got ${describeValue(v)})`, path: ['records', i, field], row: i + 1 });
}

/** Encodes one category value into a collision-free string. */
export function encodeValue(v: CategoryValue): string {
  return typeof v === 'number' ? `n${v}|` : `s${v.length}:${v}`;
}

/** Encodes a tuple of category values. */
export function encodeKey(values: ReadonlyArray<CategoryValue>): string {
  let s = '';
  for (const v of values) s += encodeValue(v);
  return s;
}

/** Compares two category values: numbers ascending, then strings by code unit. */
export function compareValues(a: CategoryValue, b: CategoryValue): number {
  if (typeof a === 'number') {
    if (typeof b === 'number') return a - b;
    return -1;
  }
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Declared levels per field, validated; the map holds the position of each encoded level. */
export interface DeclaredLevels {
  /** Levels per field in declared order (undefined when none declared). */
  readonly lists: ReadonlyArray<ReadonlyArray<CategoryValue> | undefined>;
  /** Position of each encoded level, per field. */
  readonly positions: ReadonlyArray<Map<string, number> | undefined>;
}

/** Validates the `levels` option against the grouping fields. */
export function readLevels(fn: string, value: unknown, fields: ReadonlyArray<string>): DeclaredLevels {
  const lists: Array<ReadonlyArray<CategoryValue> | undefined> = fields.map(() => undefined);
  const positions: Array<Map<string, number> | undefined> = fields.map(() => undefined);
  if (value === undefined) return { lists, positions };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires levels to be an object mapping field names to arrays of categories (got ${describeValue(value)})`, path: optionPath('levels') });
  }
  const obj = value as Record<string, unknown>;
  for (const name of Object.keys(obj)) {
    const fi = fields.indexOf(name);
    const p = [...optionPath('levels'), name];
    if (fi < 0) {
      throw new InvalidInputError({ code: 'unknown-field', message: `${fn} has levels for ${JSON.stringify(name)}, which is not a grouping field (fields: ${fields.map((f) => JSON.stringify(f)).join(', ')})`, path: p });
    }
    const list = obj[name];
    if (!Array.isArray(list) || list.length === 0) {
      throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires levels of ${JSON.stringify(name)} to be a non-empty array (got ${describeValue(list)})`, path: p });
    }
    const pos = new Map<string, number>();
    const out: CategoryValue[] = [];
    Array.from(list as unknown[]).forEach((v, j) => {
      if (!((typeof v === 'string' && v.trim() !== '') || (typeof v === 'number' && Number.isFinite(v)))) {
        throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires each level of ${JSON.stringify(name)} to be a non-empty string or a finite number (got ${describeValue(v)})`, path: [...p, j] });
      }
      const val = v === 0 ? 0 : v;
      const enc = encodeValue(val);
      if (pos.has(enc)) {
        throw new InvalidInputError({ code: 'duplicate', message: `${fn} requires the levels of ${JSON.stringify(name)} to be distinct (got ${describeValue(v)} twice)`, path: [...p, j] });
      }
      pos.set(enc, j);
      out.push(val);
    });
    lists[fi] = out;
    positions[fi] = pos;
  }
  return { lists, positions };
}

/** One group found in the records. */
export interface GroupSlot {
  /** Category per grouping field. */
  readonly values: CategoryValue[];
  /** Number of records in the group. */
  n: number;
  /** Position in first-seen order, or -1 for a combination no record has. */
  readonly id: number;
}

/** Result of {@link assignGroups}. */
export interface GroupAssignment {
  /** Grouping fields. */
  readonly fields: ReadonlyArray<string>;
  /** Groups in canonical order (observed only, or every combination when `complete`). */
  readonly groups: GroupSlot[];
  /** Group index of each record, or -1 when the record was dropped for a missing value. */
  readonly groupOf: Int32Array;
  /** Categories of each field in canonical order (declared levels, else observed). */
  readonly levels: CategoryValue[][];
  /** Records with at least one missing grouping value (recoded or dropped). */
  readonly missing: number;
  /** Records dropped because `dropMissing` was set. */
  readonly dropped: number;
}

/** Options of {@link assignGroups}. */
export interface AssignOptions {
  readonly missingLabel: string;
  readonly dropMissing: boolean;
  readonly levels: DeclaredLevels;
  readonly complete: boolean;
}

/**
 * Groups the records by `fields` in one pass and sorts the groups canonically.
 * Throws typed errors for non-object records, bad values, undeclared categories, and a field that
 * no record carries.
 */
export function assignGroups(
  fn: string,
  records: ReadonlyArray<unknown>,
  fields: ReadonlyArray<string>,
  options: AssignOptions,
  fieldPath: (f: number) => ErrorPath = (f) => ['fields', f],
): GroupAssignment {
  const k = fields.length;
  const n = records.length;
  const groupOf = new Int32Array(n);
  const index = new Map<string, number>();
  const slots: GroupSlot[] = [];
  const seenField = new Uint8Array(k);
  const missingEnc = encodeValue(options.missingLabel);
  const { positions } = options.levels;
  const skip = new MissingTally(options.dropMissing);
  const values: CategoryValue[] = new Array<CategoryValue>(k);
  for (let i = 0; i < n; i++) {
    const rec = recordAt(fn, records, i);
    let key = '';
    let anyMissing = false;
    for (let f = 0; f < k; f++) {
      const field = fields[f] as string;
      if (seenField[f] === 0 && Object.prototype.hasOwnProperty.call(rec, field)) seenField[f] = 1;
      const v = readCategory(fn, rec, i, field);
      if (v === undefined) {
        anyMissing = true;
        values[f] = options.missingLabel;
        key += missingEnc;
        continue;
      }
      const enc = encodeValue(v);
      const pos = positions[f];
      if (pos !== undefined && !pos.has(enc) && enc !== missingEnc) {
        throw new InvalidInputError({
          code: 'unknown-category',
          message: `${fn} found category ${describeValue(v)} in field ${JSON.stringify(field)}, which is not among its declared levels`,
          path: ['records', i, field],
          row: i + 1,
        });
      }
      values[f] = v;
      key += enc;
    }
    if (skip.drops(anyMissing)) {
      groupOf[i] = -1;
      continue;
    }
    let g = index.get(key);
    if (g === undefined) {
      g = slots.length;
      index.set(key, g);
      slots.push({ values: values.slice(), n: 0, id: g });
    }
    (slots[g] as GroupSlot).n++;
    groupOf[i] = g;
  }
  if (n > 0) {
    for (let f = 0; f < k; f++) {
      if (seenField[f] === 0) {
        throw new InvalidInputError({ code: 'unknown-field', message: `${fn} found no record with field ${JSON.stringify(fields[f])}`, path: fieldPath(f) });
      }
    }
  }
  return finishAssignment(fn, fields, options, { slots, index, groupOf, missing: skip.missing, dropped: skip.dropped });
}

/** Counts records with a missing grouping value, and says which are dropped (`dropMissing`). */
class MissingTally {
  /** Records with a missing grouping value. */
  missing = 0;
  /** Records dropped for one. */
  dropped = 0;
  constructor(private readonly dropMissing: boolean) {}
  /** Counts a record; true when it is dropped. */
  drops(anyMissing: boolean): boolean {
    if (!anyMissing) return false;
    this.missing++;
    if (!this.dropMissing) return false;
    this.dropped++;
    return true;
  }
}

/** The first-seen groups of a grouping pass, before canonical ordering. */
export interface SeenGroups {
  /** Groups in first-seen order (`id` = position). */
  readonly slots: GroupSlot[];
  /** Encoded key (`encodeKey(values)`) → first-seen position (read only when `complete` is set). */
  readonly index: ReadonlyMap<string, number>;
  /** First-seen group of each record, or -1 when dropped (remapped in place to the canonical order). */
  readonly groupOf: Int32Array;
  /** Records with a missing grouping value. */
  readonly missing: number;
  /** Records dropped for a missing value. */
  readonly dropped: number;
}

/** Orders the groups found by a grouping pass canonically (declared levels, else sorted observed levels). */
export function finishAssignment(fn: string, fields: ReadonlyArray<string>, options: AssignOptions, seen: SeenGroups): GroupAssignment {
  const { slots, index, groupOf, missing, dropped } = seen;
  const k = fields.length;
  const n = groupOf.length;
  const missingEnc = encodeValue(options.missingLabel);
  const { positions } = options.levels;

  // Levels per field: declared (plus the missing label when used and not declared), else observed. Category values
  // are keyed as they are: two are equal exactly when their encodings are (−0 is read as 0), and no string is made.
  const levels: CategoryValue[][] = [];
  for (let f = 0; f < k; f++) {
    const declared = options.levels.lists[f];
    const observed = new Set<CategoryValue>();
    for (const s of slots) observed.add(s.values[f] as CategoryValue);
    if (declared !== undefined) {
      const out = [...declared];
      if (observed.has(options.missingLabel) && !(positions[f] as Map<string, number>).has(missingEnc)) out.push(options.missingLabel);
      levels.push(out);
    } else {
      const hasMissing = observed.delete(options.missingLabel);
      const out = [...observed].sort(compareValues);
      if (hasMissing) out.push(options.missingLabel);
      levels.push(out);
    }
  }
  const rank: Array<Map<CategoryValue, number>> = levels.map((ls) => new Map(ls.map((v, j) => [v, j])));

  let ordered: GroupSlot[];
  if (options.complete) {
    // Every combination of levels, in lexicographic order of level positions.
    ordered = [];
    const total = levels.reduce((p, ls) => p * ls.length, 1);
    if (total > 1_000_000) {
      throw new InvalidInputError({ code: 'out-of-range', message: `${fn} with complete: true would create ${total} combinations (limit 1000000)`, path: optionPath('complete') });
    }
    const idx = new Array<number>(k).fill(0);
    for (let c = 0; c < total; c++) {
      const vals = idx.map((j, f) => (levels[f] as CategoryValue[])[j] as CategoryValue);
      const g = index.get(encodeKey(vals));
      ordered.push(g === undefined ? { values: vals, n: 0, id: -1 } : (slots[g] as GroupSlot));
      for (let f = k - 1; f >= 0; f--) {
        idx[f] = (idx[f] as number) + 1;
        if ((idx[f] as number) < (levels[f] as CategoryValue[]).length) break;
        idx[f] = 0;
      }
    }
  } else {
    // Lexicographic order of the level positions: one number per group (its positions in mixed radix) when the
    // combinations of levels can be numbered exactly, else the positions compared field by field.
    const total = levels.reduce((p, ls) => p * ls.length, 1);
    const rankOf = (s: GroupSlot, f: number): number => (rank[f] as Map<CategoryValue, number>).get(s.values[f] as CategoryValue) as number;
    let order: number[];
    if (total <= Number.MAX_SAFE_INTEGER) {
      const packed = Float64Array.from(slots, (s) => {
        let x = 0;
        for (let f = 0; f < k; f++) x = x * (levels[f] as CategoryValue[]).length + rankOf(s, f);
        return x;
      });
      const m = slots.length;
      if (total * m <= Number.MAX_SAFE_INTEGER) {
        // Each group's number and its index in one exact number, sorted natively (no comparator call per step).
        for (let i = 0; i < m; i++) packed[i] = (packed[i] as number) * m + i;
        packed.sort();
        order = Array.from(packed, (x) => x % m);
      } else {
        order = slots.map((_, i) => i).sort((a, b) => (packed[a] as number) - (packed[b] as number));
      }
    } else {
      const ranks = slots.map((s) => fields.map((_, f) => rankOf(s, f)));
      order = slots.map((_, i) => i).sort((a, b) => {
        const ra = ranks[a] as number[];
        const rb = ranks[b] as number[];
        for (let f = 0; f < k; f++) {
          const d = (ra[f] as number) - (rb[f] as number);
          if (d !== 0) return d;
        }
        return 0;
      });
    }
    ordered = order.map((i) => slots[i] as GroupSlot);
  }
  // Remap record → group position in the ordered list.
  const newIndex = new Int32Array(slots.length);
  let identity = true;
  ordered.forEach((s, pos) => {
    if (s.id >= 0) newIndex[s.id] = pos;
    if (s.id !== pos) identity = false;
  });
  for (let i = 0; !identity && i < n; i++) {
    const g = groupOf[i] as number;
    if (g >= 0) groupOf[i] = newIndex[g] as number;
  }
  return { fields, groups: ordered, groupOf, levels, missing, dropped };
}

/**
 * Builds the `{field: value}` key of a group. Fields are assigned in order, so keys of one grouping share a shape;
 * a field named `__proto__` (which assignment would take as the prototype) is defined as an own property instead.
 */
export function keyOf(fields: ReadonlyArray<string>, values: ReadonlyArray<CategoryValue>): CategoryKey {
  const key: Record<string, CategoryValue> = {};
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i] as string;
    if (f === '__proto__') Object.defineProperty(key, f, { value: values[i], enumerable: true, writable: true, configurable: true });
    else key[f] = values[i] as CategoryValue;
  }
  return key;
}

/** Human-readable label of a group: values joined with ' / '. */
export function labelOf(values: ReadonlyArray<CategoryValue>): string {
  return values.map((v) => String(v)).join(LABEL_SEPARATOR);
}

/** Throws InsufficientDataError when there are no records. */
export function requireRecords(fn: string, n: number): void {
  if (n === 0) {
    throw new InsufficientDataError({ code: 'empty-input', message: `${fn} requires at least 1 record (got 0)`, path: ['records'] });
  }
}

/** Grouping options as the public functions accept them. */
export interface GroupingOptionsInput {
  readonly dropMissing?: boolean;
  readonly missingLabel?: string;
  readonly levels?: Readonly<Record<string, ReadonlyArray<CategoryValue>>>;
  readonly complete?: boolean;
}

/**
 * Validates the grouping options shared by the counting functions; `known` lists every key of the caller's
 * options (unknown keys throw); without it the caller checks the keys itself.
 */
export function parseGroupingOptions<T extends GroupingOptionsInput, const K extends ReadonlyArray<keyof T & string>>(fn: string, options: T | undefined, fields: ReadonlyArray<string>, known?: AllOptionKeys<T, K>): AssignOptions {
  const opts: Partial<GroupingOptionsInput> = optionsObject<T, K>(fn, options, known);
  return {
    dropMissing: booleanOption(fn, 'dropMissing', opts.dropMissing, false, optionPath('dropMissing')),
    missingLabel: readMissingLabel(fn, opts.missingLabel),
    complete: booleanOption(fn, 'complete', opts.complete, false, optionPath('complete')),
    levels: readLevels(fn, opts.levels, fields),
  };
}
