// Grouping of a column table (one array per field, or dictionary-encoded {codes, levels}), giving the same
// GroupAssignment as assignGroups does for the equivalent records, without a key string per record.
import { InvalidInputError, type ErrorPath } from '../../errors';
import { describeValue } from '../../_internal/describeValue';
import { scratchInt32 } from '../../_internal/scratch';
import { encodeKey, encodeValue, finishAssignment, isMissing, type AssignOptions, type CategoryValue, type GroupAssignment, type GroupSlot } from './groupingRecords';

/** One field of a column table as codes into its levels (−1 where the value is missing). */
interface Coded {
  readonly codes: ArrayLike<number>;
  readonly levels: ReadonlyArray<CategoryValue>;
}

function categoryValue(fn: string, field: string, v: unknown, path: ErrorPath, row?: number): CategoryValue {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return v === 0 ? 0 : v;
  throw new InvalidInputError({
    code: typeof v === 'number' ? 'non-finite' : 'invalid-type',
    message: `${fn} requires grouping column ${JSON.stringify(field)} to hold strings or finite numbers (got ${describeValue(v)})`,
    path,
    ...(row !== undefined ? { row } : {}),
  });
}

/** Reads one grouping column (an array or typed array of values, or `{codes, levels}`) into codes. */
export function codeColumn(fn: string, field: string, column: unknown, n: number): Coded {
  const base: ErrorPath = ['columns', field];
  const typed = ArrayBuffer.isView(column) && !(column instanceof DataView);
  if (Array.isArray(column) || typed) {
    const values = column as ArrayLike<unknown>;
    if (values.length !== n) {
      throw new InvalidInputError({ code: 'length-mismatch', message: `${fn} requires every column to have the same length ${n} (column ${JSON.stringify(field)} has ${values.length})`, path: base });
    }
    const codes = new Int32Array(n);
    const seen = new Map<unknown, number>();
    const levels: CategoryValue[] = [];
    for (let i = 0; i < n; i++) {
      const v: unknown = values[i];
      let c = seen.get(v);
      if (c === undefined) {
        // A typed array cannot hold null: NaN marks a missing category there, as in a typed outcome column.
        if (isMissing(v) || (typed && Number.isNaN(v))) c = -1;
        else {
          const value = categoryValue(fn, field, v, [...base, i], i + 1);
          c = levels.length;
          levels.push(value);
        }
        seen.set(v, c);
      }
      codes[i] = c;
    }
    return { codes, levels };
  }
  if (column !== null && typeof column === 'object' && 'codes' in column && 'levels' in column) {
    const { codes: raw, levels: rawLevels } = column as { codes: unknown; levels: unknown };
    if (!Array.isArray(rawLevels)) {
      throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires ${field}.levels to be an array of categories (got ${describeValue(rawLevels)})`, path: [...base, 'levels'] });
    }
    const levels = rawLevels.map((v, j) => categoryValue(fn, field, v, [...base, 'levels', j]));
    const enc = new Set<string>();
    levels.forEach((v, j) => {
      const e = encodeValue(v);
      if (enc.has(e)) throw new InvalidInputError({ code: 'duplicate', message: `${fn} requires ${field}.levels to be distinct (${describeValue(v)} repeats)`, path: [...base, 'levels', j] });
      enc.add(e);
    });
    const isArrayLike = Array.isArray(raw) || (ArrayBuffer.isView(raw) && !(raw instanceof DataView));
    if (!isArrayLike || (raw as ArrayLike<number>).length !== n) {
      throw new InvalidInputError({ code: 'length-mismatch', message: `${fn} requires ${field}.codes to be an array of ${n} integer codes (got ${describeValue(raw)})`, path: [...base, 'codes'] });
    }
    const src = raw as ArrayLike<unknown>;
    // Signed integer typed arrays are read in place (the caller's array is never written); others are copied.
    const inPlace = raw instanceof Int8Array || raw instanceof Int16Array || raw instanceof Int32Array;
    const outOfRange = (i: number): never => {
      throw new InvalidInputError({ code: 'out-of-range', message: `${fn} requires ${field}.codes to be integers from -1 (missing) to ${levels.length - 1} (got ${describeValue(src[i])})`, path: [...base, 'codes', i], row: i + 1 });
    };
    if (inPlace) {
      // Signed integers already: only the range is checked.
      const codes = raw as Int8Array | Int16Array | Int32Array, top = levels.length;
      for (let i = 0; i < n; i++) {
        const c = codes[i] as number;
        if (c < -1 || c >= top) outOfRange(i);
      }
      return { codes, levels };
    }
    const codes = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const c = src[i];
      if (typeof c !== 'number' || !Number.isInteger(c) || c < -1 || c >= levels.length) outOfRange(i);
      codes[i] = c as number;
    }
    return { codes, levels };
  }
  throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires column ${JSON.stringify(field)} to be an array of values or {codes, levels} (got ${describeValue(column)})`, path: base });
}

/** Groups the rows of a column table by `fields`: the same assignment as `assignGroups` on the equivalent records. */
export function assignGroupsFromColumns(fn: string, coded: ReadonlyArray<Coded>, fields: ReadonlyArray<string>, options: AssignOptions, n: number): GroupAssignment {
  const k = fields.length;
  const { positions } = options.levels;
  // Declared levels: every level a row uses must be declared.
  for (let f = 0; f < k; f++) {
    const pos = positions[f];
    if (pos === undefined) continue;
    const { codes, levels } = coded[f] as Coded;
    const missingEnc = encodeValue(options.missingLabel);
    const checked = new Uint8Array(levels.length);
    for (let i = 0; i < n; i++) {
      const c = codes[i] as number;
      if (c < 0 || checked[c] === 1) continue;
      checked[c] = 1;
      const e = encodeValue(levels[c] as CategoryValue);
      if (!pos.has(e) && e !== missingEnc) {
        throw new InvalidInputError({ code: 'unknown-category', message: `${fn} found category ${describeValue(levels[c])} in field ${JSON.stringify(fields[f])}, which is not among its declared levels`, path: ['columns', fields[f] as string, i], row: i + 1 });
      }
    }
  }
  if (k === 1) {
    // One field: its codes are the keys (shifted by one, so that missing is key 0), read in place.
    const codeOf = (x: number): number => x - 1;
    return assignByKey(fn, coded, fields, options, (coded[0] as Coded).codes, 1, (coded[0] as Coded).levels.length + 1, codeOf, scratchInt32('groupingColumns.groupOf', n));
  }
  // Mixed-radix key over the fields' codes (code −1, missing, takes the last digit of each field).
  const radix = coded.map((c) => c.levels.length + 1);
  const combinations = radix.reduce((p, r) => p * r, 1);
  const dense = combinations <= Math.min(MAX_COMBINATIONS, Math.max(4 * n, 1 << 16));
  return dense ? assignByCombination(fn, coded, fields, options, n, radix, combinations) : assignByHash(fn, coded, fields, options, n, radix);
}

/**
 * Most combinations of codes counted in a dense table (4M: 16 MB of scratch, reused), and then only when they are
 * at most 4 per row (or 65,536): clearing and scanning a table much larger than the rows costs more than hashing.
 */
const MAX_COMBINATIONS = 1 << 22;

/** Adds one field's digit to each row's mixed-radix key (the first field sets it). */
function addDigits(key: Int32Array, codes: ArrayLike<number>, radix: number, first: boolean, n: number): void {
  const missing = radix - 1;
  if (first) {
    for (let i = 0; i < n; i++) {
      const c = codes[i] as number;
      key[i] = c < 0 ? missing : c;
    }
    return;
  }
  for (let i = 0; i < n; i++) {
    const c = codes[i] as number;
    key[i] = (key[i] as number) * radix + (c < 0 ? missing : c);
  }
}

/**
 * Several fields with few combinations of codes (see {@link MAX_COMBINATIONS}): each row's key is built one field at
 * a time (a tight loop per column) and decoded into codes only once per key that occurs.
 */
function assignByCombination(fn: string, coded: ReadonlyArray<Coded>, fields: ReadonlyArray<string>, options: AssignOptions, n: number, radix: ReadonlyArray<number>, combinations: number): GroupAssignment {
  const k = coded.length;
  const key = scratchInt32('groupingColumns.groupOf', n);
  for (let f = 0; f < k; f++) addDigits(key, (coded[f] as Coded).codes, radix[f] as number, f === 0, n);
  // The place value of each field's digit.
  const place = new Float64Array(k);
  for (let f = k - 1, p = 1; f >= 0; f--) {
    place[f] = p;
    p *= radix[f] as number;
  }
  const codeOf = (x: number, f: number): number => {
    const r = radix[f] as number, d = Math.floor(x / (place[f] as number)) % r;
    return d === r - 1 ? -1 : d;
  };
  return assignByKey(fn, coded, fields, options, key, 0, combinations, codeOf, key);
}

/**
 * Several fields with more combinations of codes than a dense table takes: the key of each row's first fields is
 * renumbered densely after each field (one hash-table look-up per row and field), so it stays an exact small
 * integer however many combinations there are; each key's codes are read from the first row that has it.
 */
function assignByHash(fn: string, coded: ReadonlyArray<Coded>, fields: ReadonlyArray<string>, options: AssignOptions, n: number, radix: ReadonlyArray<number>): GroupAssignment {
  const key = scratchInt32('groupingColumns.groupOf', n);
  const first = scratchInt32('groupingColumns.firstRow', n);
  addDigits(key, (coded[0] as Coded).codes, radix[0] as number, true, n);
  let keys = 0;
  for (let f = 1; f < coded.length; f++) {
    const codes = (coded[f] as Coded).codes, r = radix[f] as number;
    const ids = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const c = codes[i] as number;
      const x = (key[i] as number) * r + (c < 0 ? r - 1 : c);
      let id = ids.get(x);
      if (id === undefined) {
        id = ids.size;
        ids.set(x, id);
        first[id] = i;
      }
      key[i] = id;
    }
    keys = ids.size;
  }
  const codeOf = (x: number, f: number): number => (coded[f] as Coded).codes[first[x] as number] as number;
  return assignByKey(fn, coded, fields, options, key, 0, keys, codeOf, key);
}

/**
 * The groups of rows whose key is known: row i's key is `key[i] + offset`, from 0 to `keys` − 1, and `codeOf(x, f)`
 * is field f's code (−1: missing) in key x. Rows are counted per key, each key that occurs becomes a group (or joins
 * one: a category spelled like the missing label joins the recoded missing values, as it does for records) once,
 * and a last pass writes each row's group's final position (−1: dropped) to `groupOf`, which may be `key` itself.
 */
function assignByKey(fn: string, coded: ReadonlyArray<Coded>, fields: ReadonlyArray<string>, options: AssignOptions, key: ArrayLike<number>, offset: number, keys: number, codeOf: (x: number, f: number) => number, groupOf: Int32Array): GroupAssignment {
  const n = groupOf.length, k = coded.length;
  // Rows per key; then, for each key that occurs, its group (−1: dropped) in the same array.
  const perKey = scratchInt32('groupingColumns.perKey', keys).fill(0);
  for (let i = 0; i < n; i++) {
    const x = (key[i] as number) + offset;
    perKey[x] = (perKey[x] as number) + 1;
  }
  const slots: GroupSlot[] = [];
  // Distinct keys are distinct groups unless a field has a category spelled like the missing label; only then (or
  // for complete, which looks groups up) are the groups keyed by their values.
  const index = new Map<string, number>();
  const keyed = options.complete || coded.some((c) => c.levels.includes(options.missingLabel));
  let missing = 0, dropped = 0;
  for (let x = 0; x < keys; x++) {
    const rows = perKey[x] as number;
    if (rows === 0) continue;
    const values: CategoryValue[] = [];
    let anyMissing = false;
    for (let f = 0; f < k; f++) {
      const c = codeOf(x, f);
      if (c < 0) anyMissing = true;
      values.push(c < 0 ? options.missingLabel : ((coded[f] as Coded).levels[c] as CategoryValue));
    }
    if (anyMissing) {
      missing += rows;
      if (options.dropMissing) {
        dropped += rows;
        perKey[x] = -1;
        continue;
      }
    }
    let g = -1;
    if (keyed) {
      const enc = encodeKey(values);
      g = index.get(enc) ?? -1;
      if (g < 0) index.set(enc, slots.length);
    }
    if (g < 0) {
      g = slots.length;
      slots.push({ values, n: 0, id: g });
    }
    (slots[g] as GroupSlot).n += rows;
    perKey[x] = g;
  }
  const assigned = finishAssignment(fn, fields, options, { slots, index, groupOf: new Int32Array(0), missing, dropped });
  const position = new Int32Array(slots.length);
  assigned.groups.forEach((s, p) => { if (s.id >= 0) position[s.id] = p; });
  for (let i = 0; i < n; i++) {
    const g = perKey[(key[i] as number) + offset] as number;
    groupOf[i] = g < 0 ? -1 : (position[g] as number);
  }
  return { ...assigned, groupOf };
}
