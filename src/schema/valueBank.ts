/**
 * Zod schemas of a value bank, and the loader that turns a user's licensed bank (CSV rows or JSON)
 * into the plain {@link ValueBank} the `socialvalue` functions take.
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import { ReferenceDataError } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { optionsObject } from '../_internal/validate';
import { parsePriceYear } from '../socialvalue/parsePriceYear';
import type { ValueBank, ValueBankEntry, ValueLocation, ValueType, ValueVariant } from '../socialvalue/types';
import { declared, declaredOutput } from './_internal/declared';
import { OUTPUT_ID_PATTERN } from './_internal/formats';

const LOCATIONS = ['london', 'outside-london', 'all'] as const;
const VALUE_TYPES = ['wellbeing', 'fiscal', 'economic'] as const;

/** Columns a CSV value bank may have (one row per outcome × age band × location). */
export const VALUE_BANK_COLUMNS = [
  'id',
  'label',
  'category',
  'valueType',
  'ageBand',
  'location',
  'value',
  'valueLow',
  'valueHigh',
  'priceYear',
  'deadweight',
  'categoryDeadweight',
  'notAdditiveWith',
  'source',
  'edition',
  'licence',
  'notes',
] as const;

/** What each field must be, for error messages. */
const EXPECTED: Readonly<Record<string, string>> = {
  id: 'an id of 1–100 characters from A–Z a–z 0–9 . _ : / - starting with a letter or digit',
  label: 'a non-empty string',
  category: 'a non-empty string',
  valueType: "one of 'wellbeing', 'fiscal', 'economic'",
  ageBand: "a non-empty age band ('all' for every age, or e.g. '25-49', '50+')",
  location: "one of 'london', 'outside-london', 'all'",
  value: 'a finite number >= 0 (£ per person per year)',
  valueLow: 'a finite number >= 0',
  valueHigh: 'a finite number >= 0',
  priceYear: "a price year such as '2019' or '2023-24'",
  deadweight: 'a number in [0, 1]',
  categoryDeadweight: 'a number in [0, 1]',
  notAdditiveWith: 'a list of outcome ids',
  source: 'a non-empty source citation',
  edition: 'a non-empty string',
  licence: 'a non-empty licence',
  notes: 'a string',
  name: 'a non-empty string',
  entries: 'an array of entries (at least one)',
  variants: 'an array of { ageBand, location, value } (at least one)',
  deadweightByCategory: 'an object of category → number in [0, 1]',
};

const NUMBER_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A number, or a string holding one (CSV cells). */
const Num = z.preprocess((v) => (typeof v === 'string' && NUMBER_RE.test(v.trim()) ? Number(v.trim()) : v), z.number());
const NonNegative = Num.pipe(z.number().min(0));
const Fraction = Num.pipe(z.number().min(0).max(1));
const Text = z.string().trim().min(1);
const OutcomeId = z.string().trim().regex(OUTPUT_ID_PATTERN);
/** A price year as number or string, canonicalised (`2023/24` → `2023-24`). */
const PriceYear = z
  .union([z.string(), z.number()])
  .refine((v) => {
    try {
      parsePriceYear(v);
      return true;
    } catch {
      return false;
    }
  })
  .transform((v) => parsePriceYear(v).label);

/** Zod schema of one value of an entry (for the JSON form of a bank); parses to a {@link ValueVariant}. */
export const ValueVariantSchema: z.ZodType<ValueVariant> = declared<ValueVariant>()(z.strictObject({
  ageBand: Text.default('all'),
  location: z.enum(LOCATIONS).default('all'),
  value: NonNegative,
  valueLow: NonNegative.exactOptional(),
  valueHigh: NonNegative.exactOptional(),
}));

/** Zod schema of one bank entry (JSON form); parses to a {@link ValueBankEntry}. */
export const ValueBankEntrySchema: z.ZodType<ValueBankEntry> = declaredOutput<ValueBankEntry>()(z.strictObject({
  id: OutcomeId,
  label: Text,
  category: Text,
  valueType: z.enum(VALUE_TYPES).exactOptional(),
  priceYear: PriceYear,
  source: Text,
  edition: Text.exactOptional(),
  licence: Text,
  deadweight: Fraction.exactOptional(),
  notAdditiveWith: z.array(OutcomeId).exactOptional(),
  variants: z.array(ValueVariantSchema).min(1),
}));

/** Zod schema of a bank in JSON form: `{ name, entries, deadweightByCategory? }`; parses to a {@link ValueBank}. */
export const ValueBankSchema: z.ZodType<ValueBank> = declaredOutput<ValueBank>()(z.strictObject({
  name: Text,
  entries: z.array(ValueBankEntrySchema).min(1),
  deadweightByCategory: z.record(z.string(), Fraction).exactOptional(),
}));

/** A row of a CSV bank after validation (see {@link VALUE_BANK_COLUMNS}): one value of one entry, with the entry's fields repeated. */
export interface ValueBankRow {
  /** Id of the entry (rows with the same id form one entry). */
  readonly id: string;
  /** Outcome wording, as in the source. */
  readonly label: string;
  /** Category of activity. */
  readonly category: string;
  /** Wellbeing, fiscal or economic value. */
  readonly valueType?: ValueType;
  /** Age band of this value; `'all'` when the cell is empty. */
  readonly ageBand: string;
  /** Location of this value; `'all'` when the cell is empty. */
  readonly location: ValueLocation;
  /** Annual value per person, £, in `priceYear` prices. */
  readonly value: number;
  /** Low end of a published range for the value, £. */
  readonly valueLow?: number;
  /** High end of a published range for the value, £. */
  readonly valueHigh?: number;
  /** Price year, canonicalised (`2023/24` → `'2023-24'`). */
  readonly priceYear: string;
  /** Deadweight the bank gives for this entry, in [0, 1]. */
  readonly deadweight?: number;
  /** Deadweight of the entry's category, in [0, 1] (must agree across the category's rows). */
  readonly categoryDeadweight?: number;
  /** Ids of outcomes this one must not be added to (the `;`-separated cell, split). */
  readonly notAdditiveWith?: ReadonlyArray<string>;
  /** Source publication of the value. */
  readonly source: string;
  /** Edition or version of the source. */
  readonly edition?: string;
  /** Licence under which the value is used. */
  readonly licence: string;
  /** Free-text notes. */
  readonly notes?: string;
}

/** Zod schema of one CSV row (cells as strings; empty cells are treated as absent); parses to a {@link ValueBankRow}. */
export const ValueBankRowSchema: z.ZodType<ValueBankRow> = declaredOutput<ValueBankRow>()(z.strictObject({
  id: OutcomeId,
  label: Text,
  category: Text,
  valueType: z.enum(VALUE_TYPES).exactOptional(),
  ageBand: Text.default('all'),
  location: z.enum(LOCATIONS).default('all'),
  value: NonNegative,
  valueLow: NonNegative.exactOptional(),
  valueHigh: NonNegative.exactOptional(),
  priceYear: PriceYear,
  deadweight: Fraction.exactOptional(),
  categoryDeadweight: Fraction.exactOptional(),
  notAdditiveWith: z
    .string()
    .transform((s) => s.split(';').map((x) => x.trim()).filter((x) => x !== ''))
    .pipe(z.array(OutcomeId))
    .exactOptional(),
  source: Text,
  edition: Text.exactOptional(),
  licence: Text,
  notes: z.string().exactOptional(),
}));

/** Options of {@link parseValueBank}. */
export interface ParseValueBankOptions {
  /**
   * Name of the bank when it is given as CSV rows (JSON banks carry their own `name`).
   *
   * @defaultValue 'user-supplied value bank'
   */
  readonly name?: string;
}

/** Result of {@link safeParseValueBank}. */
export type SafeParseValueBankResult =
  | {
      /** The bank is valid. */
      readonly success: true;
      /** The bank. */
      readonly data: ValueBank;
    }
  | {
      /** The bank is not valid. */
      readonly success: false;
      /** The first problem found, naming the entry or row and the field. */
      readonly error: ReferenceDataError;
    };

const FN = 'parseValueBank';

function fail(message: string, path: ReadonlyArray<string | number>, row?: number, code: 'invalid-reference' | 'unknown-field' | 'unknown-reference' = 'invalid-reference'): never {
  throw new ReferenceDataError({ code, message, path, ...(row === undefined ? {} : { row }) });
}

function at(value: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = value;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function entryName(id: unknown): string {
  return typeof id === 'string' && id.trim() !== '' ? `entry "${id.trim()}"` : 'an entry';
}

/** Throws the first zod issue as a ReferenceDataError naming the entry or row and the field. */
function raise(error: z.ZodError, raw: unknown, base: ReadonlyArray<string | number>, entryIdOf: (path: ReadonlyArray<PropertyKey>) => unknown, row?: number): never {
  const issue = error.issues[0] as z.core.$ZodIssue;
  const path = issue.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const where = row === undefined ? `in ${entryName(entryIdOf(path))}` : `(row ${row})`;
    const known = row === undefined ? '' : `; expected columns: ${VALUE_BANK_COLUMNS.join(', ')}`;
    fail(`${FN} does not know the field "${key}" ${where}${known}`, [...base, ...path, key], row, 'unknown-field');
  }
  const field = [...path].reverse().find((p): p is string => typeof p === 'string') ?? 'bank';
  const got = at(raw, path);
  const expected = EXPECTED[field] ?? issue.message;
  fail(`${FN} requires ${field} of ${entryName(entryIdOf(path))} to be ${expected} (got ${describeValue(got)})`, [...base, ...path], row);
}

/** Drops empty and whitespace-only cells, so that they count as absent. */
function withoutEmptyCells(row: unknown): unknown {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) return row;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row as Record<string, unknown>)) {
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) continue;
    // defineProperty: an own "__proto__" cell must stay a cell, not become the prototype of the row
    Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function sameList(a: ReadonlyArray<string> | undefined, b: ReadonlyArray<string> | undefined): boolean {
  const x = [...(a ?? [])].sort();
  const y = [...(b ?? [])].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

function fromRows(rows: ReadonlyArray<unknown>, name: string): ValueBank {
  if (rows.length === 0) fail(`${FN} requires at least one row (got 0)`, ['rows']);
  const parsed: ValueBankRow[] = Array.from(rows, (raw, i) => { // Array.from visits holes (map skips them)
    const cleaned = withoutEmptyCells(raw);
    if (cleaned === null || typeof cleaned !== 'object' || Array.isArray(cleaned)) {
      fail(`${FN} requires each row to be an object of column → cell (got ${describeValue(raw)})`, ['rows', i], i + 1);
    }
    const r = ValueBankRowSchema.safeParse(cleaned);
    if (!r.success) raise(r.error, cleaned, ['rows', i], () => (cleaned as Record<string, unknown>).id, i + 1);
    return r.data;
  });

  const order: string[] = [];
  const groups = new Map<string, number[]>();
  parsed.forEach((r, i) => {
    const g = groups.get(r.id);
    if (g) g.push(i);
    else {
      groups.set(r.id, [i]);
      order.push(r.id);
    }
  });

  const entryFields = ['label', 'category', 'valueType', 'priceYear', 'source', 'edition', 'licence', 'deadweight'] as const;
  const entries: ValueBankEntry[] = order.map((id) => {
    const idx = groups.get(id) as number[];
    const first = parsed[idx[0] as number] as ValueBankRow;
    const variants: ValueVariant[] = [];
    const seen = new Map<string, number>();
    for (const i of idx) {
      const r = parsed[i] as ValueBankRow;
      for (const f of entryFields) {
        if (r[f] !== first[f]) {
          fail(
            `${FN} requires every row of entry "${id}" to have the same ${f} (row ${(idx[0] as number) + 1} has ${describeValue(first[f])}, row ${i + 1} has ${describeValue(r[f])})`,
            ['rows', i, f],
            i + 1,
          );
        }
      }
      if (!sameList(r.notAdditiveWith, first.notAdditiveWith)) {
        fail(`${FN} requires every row of entry "${id}" to have the same notAdditiveWith (rows ${(idx[0] as number) + 1} and ${i + 1} differ)`, ['rows', i, 'notAdditiveWith'], i + 1);
      }
      const key = `${r.ageBand}\u0000${r.location}`;
      const dup = seen.get(key);
      if (dup !== undefined) {
        fail(`${FN} found two values of entry "${id}" for age band '${r.ageBand}' and location '${r.location}' (rows ${dup + 1} and ${i + 1})`, ['rows', i, 'ageBand'], i + 1);
      }
      seen.set(key, i);
      variants.push({
        ageBand: r.ageBand,
        location: r.location,
        value: r.value,
        ...(r.valueLow === undefined ? {} : { valueLow: r.valueLow }),
        ...(r.valueHigh === undefined ? {} : { valueHigh: r.valueHigh }),
      });
    }
    return {
      id,
      label: first.label,
      category: first.category,
      ...(first.valueType === undefined ? {} : { valueType: first.valueType }),
      priceYear: first.priceYear,
      source: first.source,
      ...(first.edition === undefined ? {} : { edition: first.edition }),
      licence: first.licence,
      ...(first.deadweight === undefined ? {} : { deadweight: first.deadweight }),
      ...(first.notAdditiveWith === undefined || first.notAdditiveWith.length === 0 ? {} : { notAdditiveWith: first.notAdditiveWith }),
      variants,
    };
  });

  const categoryDw: Record<string, number> = {};
  const categoryRow: Record<string, number> = {};
  parsed.forEach((r, i) => {
    if (r.categoryDeadweight === undefined) return;
    const prev = categoryDw[r.category];
    if (prev !== undefined && prev !== r.categoryDeadweight) {
      fail(
        `${FN} requires every row of category "${r.category}" to have the same categoryDeadweight (row ${(categoryRow[r.category] as number) + 1} has ${prev}, row ${i + 1} has ${r.categoryDeadweight})`,
        ['rows', i, 'categoryDeadweight'],
        i + 1,
      );
    }
    categoryDw[r.category] = r.categoryDeadweight;
    categoryRow[r.category] ??= i;
  });

  const bank: ValueBank = { name, entries, ...(Object.keys(categoryDw).length === 0 ? {} : { deadweightByCategory: categoryDw }) };
  crossCheck(bank, (entryIndex, field) => {
    const rowIndex = (groups.get((entries[entryIndex] as ValueBankEntry).id) as number[])[0] as number;
    return { path: ['rows', rowIndex, field], row: rowIndex + 1 };
  });
  return bank;
}

function fromJson(input: unknown): ValueBank {
  const r = ValueBankSchema.safeParse(input);
  if (!r.success) {
    raise(r.error, input, [], (path) => (path[0] === 'entries' && typeof path[1] === 'number' ? at(input, ['entries', path[1], 'id']) : undefined));
  }
  const bank = r.data as ValueBank;
  const seen = new Map<string, number>();
  bank.entries.forEach((e, i) => {
    const dup = seen.get(e.id);
    if (dup !== undefined) fail(`${FN} found entry id "${e.id}" twice (entries ${dup} and ${i})`, ['entries', i, 'id']);
    seen.set(e.id, i);
    const keys = new Set<string>();
    e.variants.forEach((v, j) => {
      const k = `${v.ageBand}\u0000${v.location}`;
      if (keys.has(k)) fail(`${FN} found two values of entry "${e.id}" for age band '${v.ageBand}' and location '${v.location}'`, ['entries', i, 'variants', j]);
      keys.add(k);
    });
  });
  crossCheck(bank, (entryIndex, field) => ({ path: ['entries', entryIndex, field] }));
  return bank;
}

/** Checks that hold across fields and entries: value ranges and not-additive references. */
function crossCheck(bank: ValueBank, where: (entryIndex: number, field: string) => { path: Array<string | number>; row?: number }): void {
  const ids = new Set(bank.entries.map((e) => e.id));
  bank.entries.forEach((e, i) => {
    e.variants.forEach((v) => {
      if ((v.valueLow !== undefined && v.valueLow > v.value) || (v.valueHigh !== undefined && v.valueHigh < v.value)) {
        const w = where(i, 'valueLow');
        fail(`${FN} requires valueLow <= value <= valueHigh for entry "${e.id}" (got ${v.valueLow ?? '-'} / ${v.value} / ${v.valueHigh ?? '-'})`, w.path, w.row);
      }
    });
    for (const other of e.notAdditiveWith ?? []) {
      if (other === e.id) {
        const w = where(i, 'notAdditiveWith');
        fail(`${FN} found entry "${e.id}" marked as not additive with itself`, w.path, w.row);
      }
      if (!ids.has(other)) {
        const w = where(i, 'notAdditiveWith');
        fail(`${FN} found entry "${e.id}" marked as not additive with "${other}", which is not in the bank`, w.path, w.row, 'unknown-reference');
      }
    }
  });
}

/**
 * Validates a value bank — CSV rows (objects of column → cell, as a CSV parser returns them) or the
 * JSON form `{ name, entries, deadweightByCategory? }` — and returns it as a typed {@link ValueBank}.
 *
 * @remarks
 * The library bundles no HACT values (CC BY-NC-ND 4.0 with a clause forbidding their inclusion in
 * any tool); licensed users load their own bank here. Every entry must carry a price year, a source
 * and a licence; values are annual £ per person. CSV form: one row per outcome × age band ×
 * location, columns {@link VALUE_BANK_COLUMNS}; empty cells are absent; `ageBand` and `location`
 * default to `'all'`; `notAdditiveWith` lists ids separated by `;`; `categoryDeadweight` sets the
 * deadweight of the row's category. Rows of one id must agree on every entry-level field. Unknown
 * columns are errors (a misspelt `dead_weight` must not be silently ignored).
 *
 * **Formula** — none: validation only. Price years are canonicalised (`2023/24` → `2023-24`).
 *
 * **References**
 * HACT (2014–2022) UK Social Value Bank licensing conditions,
 * https://hact.org.uk/tools-and-services/licensing-conditions-for-the-uk-social-value-bank/;
 * value variants by age band and location and the double-counting matrix: Trotter et al. (2014)
 * *Measuring the Social Impact of Community Investment*, HACT.
 *
 * @param input - CSV rows (an array of objects) or a JSON bank (an object)
 * @param options - the bank's name for CSV rows; see {@link ParseValueBankOptions}
 * @returns the validated bank
 * @throws {ReferenceDataError} naming the entry (and row, for CSV) and field: a missing price year or source, a deadweight outside [0, 1], an unknown column, duplicated or inconsistent rows, or a not-additive reference to an unknown id
 * @example
 * ```ts
 * import { parseValueBank } from 'social-outcomes/schema';
 * const rows = [{ id: 'volunteering', label: 'Regular volunteering (illustrative, not a HACT value)', category: 'community',
 *   value: '1000', priceYear: '2023/24', source: 'invented for this example', licence: 'CC0' }];
 * parseValueBank(rows).entries[0] //=> { id: 'volunteering', priceYear: '2023-24', variants: [{ ageBand: 'all', location: 'all', value: 1000 }] }
 * parseValueBank([{ ...rows[0], priceYear: '' }]) //=> throws ReferenceDataError
 * ```
 */
export function parseValueBank(input: unknown, options?: ParseValueBankOptions): ValueBank {
  optionsObject(FN, options, ['name']);
  if (Array.isArray(input)) {
    const name = options?.name ?? 'user-supplied value bank';
    if (typeof name !== 'string' || name.trim() === '') fail(`${FN} requires options.name to be a non-empty string (got ${describeValue(name)})`, ['options', 'name']);
    return fromRows(input, name);
  }
  if (input === null || typeof input !== 'object') {
    fail(`${FN} requires CSV rows (an array) or a bank object { name, entries } (got ${describeValue(input)})`, []);
  }
  return fromJson(input);
}

/**
 * Like {@link parseValueBank}, but returns `{ success, data | error }` instead of throwing.
 *
 * @remarks
 * **Formula** — none: validation only. **References** — as {@link parseValueBank}.
 *
 * @param input - CSV rows or a JSON bank
 * @param options - see {@link ParseValueBankOptions}
 * @returns `{ success: true, data }` or `{ success: false, error }` with a {@link ReferenceDataError}
 * @throws {SocialOutcomesError} never for bad banks; only an unexpected internal failure is rethrown
 * @example
 * ```ts
 * import { safeParseValueBank } from 'social-outcomes/schema';
 * safeParseValueBank([{ id: 'x', label: 'X', category: 'c', value: '1', priceYear: '2019', source: 's', licence: 'l', deadweight: '1.5' }]).success //=> false
 * ```
 */
export function safeParseValueBank(input: unknown, options?: ParseValueBankOptions): SafeParseValueBankResult {
  optionsObject('safeParseValueBank', options, ['name']);
  try {
    return { success: true, data: parseValueBank(input, options) };
  } catch (e) {
    if (e instanceof ReferenceDataError) return { success: false, error: e };
    throw e;
  }
}
