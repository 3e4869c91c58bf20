// Grouping of a column table (one array per field, or dictionary-encoded {codes, levels}), giving the same
// GroupAssignment as assignGroups does for the equivalent records, without a key string per record.
import { InvalidInputError, type ErrorPath } from '../../errors';
import { describeValue } from '../../_internal/describeValue';
import { scratchInt32 } from '../../_internal/scratch';
import { encodeKey, encodeValue, finishAssignment, isMissing, MissingTally, type AssignOptions, type CategoryValue, type GroupAssignment, type GroupSlot } from './groupingRecords';

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
    const codes = inPlace ? (raw as Int8Array | Int16Array | Int32Array) : new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const c = src[i];
      if (typeof c !== 'number' || !Number.isInteger(c) || c < -1 || c >= levels.length) {
        throw new InvalidInputError({ code: 'out-of-range', message: `${fn} requires ${field}.codes to be integers from -1 (missing) to ${levels.length - 1} (got ${describeValue(c)})`, path: [...base, 'codes', i], row: i + 1 });
      }
      if (!inPlace) codes[i] = c;
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
  if (k === 1) return assignOneField(fn, coded[0] as Coded, fields, options, n);
  // Mixed-radix key over the fields' codes (code −1, missing, takes the last digit of each field).
  const radix = coded.map((c) => c.levels.length + 1);
  const combos = radix.reduce((p, r) => p * r, 1);
  const table = combos <= 1 << 22 ? new Int32Array(combos).fill(-2) : undefined;
  const map = table === undefined ? new Map<number, number>() : undefined;
  const groupOf = scratchInt32('groupingColumns.groupOf', n);
  const slots: GroupSlot[] = [];
  // Group sizes in a typed array (an increment of each slot object's field costs more per row).
  let sizes = new Float64Array(16);
  const index = new Map<string, number>();
  const skip = new MissingTally(options.dropMissing);
  const single = k === 1 ? (coded[0] as Coded).codes : undefined;
  const lastDigit = (radix[0] as number) - 1;
  for (let i = 0; i < n; i++) {
    let key = 0, anyMissing = false;
    if (single !== undefined) {
      // One field (the common case): the key is the code itself.
      const c = single[i] as number;
      anyMissing = c < 0;
      key = c < 0 ? lastDigit : c;
    } else {
      for (let f = 0; f < k; f++) {
        const c = (coded[f] as Coded).codes[i] as number;
        if (c < 0) anyMissing = true;
        key = key * (radix[f] as number) + (c < 0 ? (radix[f] as number) - 1 : c);
      }
    }
    if (skip.drops(anyMissing)) {
      groupOf[i] = -1;
      continue;
    }
    let g = table !== undefined ? (table[key] as number) : (map as Map<number, number>).get(key) ?? -2;
    if (g === -2) {
      // The row is copied so that only this rare branch makes a closure context (capturing the loop's `i` would
      // make V8 allocate one per row).
      const row = i;
      const values = coded.map((c) => {
        const code = c.codes[row] as number;
        return code < 0 ? options.missingLabel : (c.levels[code] as CategoryValue);
      });
      const enc = encodeKey(values);
      // A category spelled like the missing label joins the recoded missing values, as it does for records.
      g = index.get(enc) ?? -1;
      if (g < 0) {
        g = slots.length;
        index.set(enc, g);
        slots.push({ values, n: 0, id: g });
        if (g === sizes.length) {
          const grown = new Float64Array(2 * g); grown.set(sizes); sizes = grown;
        }
      }
      if (table !== undefined) table[key] = g;
      else (map as Map<number, number>).set(key, g);
    }
    sizes[g] = (sizes[g] as number) + 1;
    groupOf[i] = g;
  }
  slots.forEach((s, g) => { s.n = sizes[g] as number; });
  return finishAssignment(fn, fields, options, { slots, index, groupOf, missing: skip.missing, dropped: skip.dropped });
}

/**
 * One grouping field: rows counted per code, the groups ordered, then each row given its group's final position
 * (two light passes, instead of a look-up per row and a remapping pass). The slots are made in code order rather
 * than first-seen order, which the canonical order set by finishAssignment does not depend on.
 */
function assignOneField(fn: string, c: Coded, fields: ReadonlyArray<string>, options: AssignOptions, n: number): GroupAssignment {
  const nLevels = c.levels.length;
  const codes = c.codes;
  // Rows per code; the last entry counts missing values (code −1).
  const perCode = new Float64Array(nLevels + 1);
  for (let i = 0; i < n; i++) {
    const x = codes[i] as number;
    const at = x < 0 ? nLevels : x;
    perCode[at] = (perCode[at] as number) + 1;
  }
  const missing = perCode[nLevels] as number;
  const slots: GroupSlot[] = [];
  const index = new Map<string, number>();
  const slotOf = new Int32Array(nLevels + 1).fill(-1);
  for (let at = 0; at <= nLevels; at++) {
    const rows = perCode[at] as number;
    if (rows === 0 || (at === nLevels && options.dropMissing)) continue;
    const values = [at === nLevels ? options.missingLabel : (c.levels[at] as CategoryValue)];
    // A category spelled like the missing label joins the recoded missing values, as it does for records.
    const enc = encodeKey(values);
    let g = index.get(enc) ?? -1;
    if (g < 0) {
      g = slots.length;
      index.set(enc, g);
      slots.push({ values, n: 0, id: g });
    }
    (slots[g] as GroupSlot).n += rows;
    slotOf[at] = g;
  }
  const assigned = finishAssignment(fn, fields, options, { slots, index, groupOf: new Int32Array(0), missing, dropped: options.dropMissing ? missing : 0 });
  const position = new Map(assigned.groups.map((s, p) => [s, p]));
  const finalOf = Int32Array.from(slotOf, (g) => (g < 0 ? -1 : (position.get(slots[g] as GroupSlot) as number)));
  const groupOf = scratchInt32('groupingColumns.groupOf', n);
  for (let i = 0; i < n; i++) {
    const x = codes[i] as number;
    groupOf[i] = finalOf[x < 0 ? nLevels : x] as number;
  }
  return { ...assigned, groupOf };
}
