/** Turns what the writers accept (records, parse results, row objects, tables) into one flat table. */
import { InvalidInputError } from '../../errors';
import { describeValue } from '../../_internal/describeValue';
import type { ClientRecord } from '../../schema/clientRecord';
import type { FlatTable, TableCell } from '../flattenRecords';
import { checkRecords, flattenChecked } from './flatten';

function isRecordLike(x: unknown): boolean {
  return x !== null && typeof x === 'object' && typeof (x as ClientRecord).clientId === 'string' && Array.isArray((x as ClientRecord).readings);
}

function scalar(fn: string, v: unknown, path: Array<string | number>): TableCell {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new InvalidInputError({ code: 'non-finite', message: `${fn} requires finite numbers (got ${describeValue(v)})`, path });
    return v;
  }
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) throw new InvalidInputError({ code: 'invalid-date', message: `${fn} requires valid dates (got an invalid Date)`, path });
    return v.toISOString();
  }
  throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires cells to be text, numbers, yes/no, dates or empty (got ${describeValue(v)})`, path });
}

function ownValue(o: object, key: string): unknown {
  if (key === '__proto__') return Object.getOwnPropertyDescriptor(o, key)?.value;
  return Object.prototype.hasOwnProperty.call(o, key) ? (o as Record<string, unknown>)[key] : undefined;
}

/**
 * The flat table of `input`: client records (an array, a `parseRecords` result's `records`, a
 * `normaliseRecords` result's `clients`) are flattened in `shape`; arrays of flat row objects and
 * `{ columns, data }` tables are taken as they are. `columns` picks and orders columns.
 */
export function tableOf(fn: string, input: unknown, shape: 'long' | 'wide' | undefined, columns: ReadonlyArray<string> | undefined): FlatTable {
  let records: unknown;
  let table: FlatTable | undefined;
  if (Array.isArray(input)) {
    if (input.length > 0 && input.every(isRecordLike)) records = input;
  } else if (input !== null && typeof input === 'object') {
    const o = input as { records?: unknown; clients?: unknown; columns?: unknown; data?: unknown };
    if (Array.isArray(o.records)) records = o.records;
    else if (Array.isArray(o.clients)) records = o.clients;
    else if (Array.isArray(o.columns) && Array.isArray(o.data)) {
      const cols = Array.from(o.columns, (c: unknown, i) => {
        if (typeof c !== 'string') throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires column names to be strings (got ${describeValue(c)})`, path: ['input', 'columns', i] });
        return c;
      });
      const data = Array.from(o.data as unknown[], (row, i) => {
        if (!Array.isArray(row)) throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires each row of a table to be an array (got ${describeValue(row)})`, path: ['input', 'data', i] });
        return cols.map((_, j) => scalar(fn, row[j], ['input', 'data', i, j]));
      });
      table = { columns: cols, data };
    } else {
      throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires records, a parse result, row objects or a { columns, data } table (got ${describeValue(input)})`, path: ['input'] });
    }
  } else {
    throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires records, a parse result, row objects or a { columns, data } table (got ${describeValue(input)})`, path: ['input'] });
  }
  if (records !== undefined) table = flattenChecked(checkRecords(fn, records), shape ?? 'long');
  if (table === undefined) {
    const rows = Array.from(input as unknown[]); // holes become undefined and are rejected below (forEach/map skip them)
    const cols: string[] = [];
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      if (r === null || typeof r !== 'object' || Array.isArray(r)) throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires rows to be objects (got ${describeValue(r)})`, path: ['input', i] });
      for (const k of Object.keys(r)) if (!seen.has(k)) { seen.add(k); cols.push(k); }
    });
    const use = columns ? [...columns] : cols;
    return { columns: use, data: rows.map((r, i) => use.map((k) => scalar(fn, ownValue(r as object, k), ['input', i, k]))) };
  }
  if (columns === undefined) return table;
  const index = columns.map((c) => {
    const j = table.columns.indexOf(c);
    if (j < 0) throw new InvalidInputError({ code: 'unknown-field', message: `${fn} was asked for column ${JSON.stringify(c)}, which the table does not have (it has ${table.columns.slice(0, 10).map((x) => JSON.stringify(x)).join(', ')}${table.columns.length > 10 ? ', …' : ''})`, path: ['options', 'columns'] });
    return j;
  });
  return { columns: [...columns], data: table.data.map((row) => index.map((j) => row[j] ?? null)) };
}
