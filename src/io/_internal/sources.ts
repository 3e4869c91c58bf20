/**
 * Row sources: CSV (bytes or text, streamed through csv-parse), worksheets (exceljs, loaded on demand)
 * and in-memory tables. Each yields raw rows of cells; the engine finds the header and decodes rows.
 */
import type { CsvError } from 'csv-parse';
import { parse as parseCsvSync } from 'csv-parse/sync';
import { TextDecoder } from 'node:util';
import { InvalidInputError, SocialOutcomesError, type ErrorCode } from '../../errors';
import { describeValue } from '../../_internal/describeValue';
import type { RecordIssue } from '../../schema/recordIssue';
import type { CsvInput, RowTable as TableInput } from '../parseRecords';
import { SheetError } from './cells';

/** One row as a source read it. */
export interface RawRow {
  /** The cells, in column order. */
  readonly cells: ReadonlyArray<unknown>;
  /** CSV: 1-based physical line on which the row starts. */
  readonly line?: number;
  /** Worksheet: 1-based sheet row. */
  readonly sheetRow?: number;
  /** Worksheet: for each cell that is part of a merged range, the sheet row of the range's top-left cell. */
  readonly mergedFrom?: ReadonlyArray<number | undefined>;
  /** A row the source could not split into cells (CSV: a quote left open). */
  readonly error?: { readonly code: ErrorCode; readonly message: string; readonly value: string | null; readonly column: number | null };
}

/** Where rows come from, and what the source learnt on the way. */
export interface RowSource {
  /** The rows, header rows included. */
  readonly rows: AsyncIterable<RawRow>;
  /** The header, when the source knows it (tables); otherwise the engine looks for it. */
  readonly header?: ReadonlyArray<string>;
  /** CSV rows must have as many fields as the header. */
  readonly strictWidth: boolean;
  /** Notices the source raised (encoding). */
  readonly notices: RecordIssue[];
  /** Tells a CSV source how many columns the header has, which enables the recovery of rows swallowed by an open quote. */
  setColumns?(n: number): void;
  /** Bytes consumed so far (and the total, when known). */
  progress?(): { bytesRead: number; totalBytes?: number };
  /** The text encoding used (CSV from bytes). */
  readonly encoding?: () => string | undefined;
}

// ---------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------

/** Encodings the CSV reader decodes. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';


const SLICE = 1 << 20;
const MAX_RECORD_CHARS = 64 * 1024 * 1024;

function isAsyncIterable(x: unknown): x is AsyncIterable<unknown> {
  return x !== null && typeof x === 'object' && typeof (x as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function';
}
function isIterable(x: unknown): x is Iterable<unknown> {
  return x !== null && typeof x === 'object' && typeof (x as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}

async function* chunksOf(fn: string, input: CsvInput): AsyncGenerator<Uint8Array | string> {
  if (typeof input === 'string') {
    for (let i = 0; i < input.length; i += SLICE) yield input.slice(i, i + SLICE);
    return;
  }
  if (input instanceof ArrayBuffer) input = new Uint8Array(input);
  if (input instanceof Uint8Array) {
    for (let i = 0; i < input.length; i += SLICE) yield input.subarray(i, i + SLICE);
    return;
  }
  if (isAsyncIterable(input) || isIterable(input)) {
    for await (const c of input as AsyncIterable<unknown>) {
      if (typeof c === 'string' || c instanceof Uint8Array) yield c;
      else throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires a stream of bytes or strings (got a chunk that is ${describeValue(c)})`, path: ['input'] });
    }
    return;
  }
  throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires CSV input as a string, bytes or a stream (got ${describeValue(input)})`, path: ['input'] });
}

function countBreaks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (s.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

function firstLineEnd(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 13) return s.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return s.length;
}

function stripBreak(s: string): string {
  return s.replace(/(\r\n|\r|\n)$/, '');
}

/**
 * A CSV source. Bytes are decoded with the byte-order mark taking precedence over `encoding`
 * (WHATWG rule); text is split into records by csv-parse with relaxed quotes and column counts, so a
 * stray quote or a short row never desynchronises the parser. A record that an unclosed quote
 * stretched over following lines is split back: its first line is reported, the rest re-read.
 */
export function csvSource(fn: string, input: CsvInput, options: { delimiter: string; encoding: TextEncodingName; totalBytes?: number }): RowSource {
  const notices: RecordIssue[] = [];
  let bytesRead = 0;
  let columns = 0;
  let usedEncoding: string | undefined;
  const delimiter = options.delimiter;

  async function* text(): AsyncGenerator<string> {
    let decoder: TextDecoder | undefined;
    let pending: Uint8Array | undefined;
    let replacementSeen = false;
    let decodedChars = 0;
    const check = (s: string): string => {
      if (!replacementSeen) {
        const at = s.indexOf('\uFFFD');
        if (at >= 0) {
          replacementSeen = true;
          notices.push({
            row: 0, column: null, path: [], code: 'invalid-format', value: null,
            message: `the file is not valid ${usedEncoding ?? 'UTF-8'} (first undecodable bytes near character ${decodedChars + at}); rows holding them are reported: save the file as "CSV UTF-8", or pass the encoding it was saved in (e.g. encoding: 'windows-1252')`,
          });
        }
      }
      decodedChars += s.length;
      return s;
    };
    let first = true;
    for await (const chunk of chunksOf(fn, input)) {
      if (typeof chunk === 'string') {
        usedEncoding ??= 'text';
        const s = first ? chunk.replace(/^\uFEFF/, '') : chunk;
        first = false;
        if (s.length > 0) yield check(s);
        continue;
      }
      bytesRead += chunk.length;
      let bytes = chunk;
      if (decoder === undefined) {
        bytes = pending ? concat(pending, chunk) : chunk;
        if (bytes.length < 4 && bytes.length > 0) {
          pending = bytes;
          continue;
        }
        pending = undefined;
        decoder = openDecoder(fn, bytes, options.encoding, notices, (e) => (usedEncoding = e));
      }
      first = false;
      const s = decoder.decode(bytes, { stream: true });
      if (s.length > 0) yield check(s);
    }
    if (decoder === undefined && pending !== undefined) {
      decoder = openDecoder(fn, pending, options.encoding, notices, (e) => (usedEncoding = e));
      const s = decoder.decode(pending, { stream: true });
      if (s.length > 0) yield check(s);
    }
    if (decoder !== undefined) {
      const s = decoder.decode();
      if (s.length > 0) yield check(s);
    }
  }

  const csvOptions = {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    raw: true,
    max_record_size: MAX_RECORD_CHARS,
  };

  /** A record an open quote stretched over later lines: one of its inner lines holds a whole row's worth of delimiters. */
  function swallowed(raw: string): boolean {
    if (columns === 0) return false;
    const body = stripBreak(raw);
    const start = firstLineEnd(body);
    if (start >= body.length) return false;
    const need = Math.max(1, columns - 1);
    for (const line of body.slice(start).split(/\r\n|\r|\n/)) {
      let n = 0;
      for (let i = 0; i < line.length; i++) if (line[i] === delimiter) n++;
      if (n >= need) return true;
    }
    return false;
  }

  /** The 0-based field in which a quote opens and stays open to the end of `line`, or null. */
  function openQuoteField(line: string): number | null {
    let field = 0;
    let inQuote = false;
    let openedIn = -1;
    let atStart = true;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (inQuote) {
        if (ch === '"') {
          if (line[i + 1] === '"') i++;
          else inQuote = false;
        }
        atStart = false;
      } else if (ch === delimiter) {
        field++;
        atStart = true;
      } else {
        if (ch === '"' && atStart) {
          inQuote = true;
          openedIn = field;
        }
        atStart = false;
      }
    }
    return inQuote ? openedIn : null;
  }

  function openQuoteRow(raw: string, line: number): RawRow {
    const firstLine = stripBreak(raw.slice(0, firstLineEnd(raw)));
    const value = firstLine.length > 100 ? `${firstLine.slice(0, 99)}…` : firstLine;
    return {
      cells: [],
      line,
      error: { code: 'invalid-format', column: openQuoteField(firstLine), value, message: `a quote opened on line ${line} is not closed on that line; the row cannot be split into cells (the lines after it were read as rows of their own)` },
    };
  }

  /** Rows of a region of text that starts at a record boundary, parsed by csv-parse (sync), starting at physical line `at`. */
  function* regionRows(region: string, at: number, depth: number): Generator<RawRow> {
    const skipped: Array<{ records: number; raw: string; code: string | undefined }> = [];
    const parsed = parseCsvSync(region, { ...csvOptions, on_skip: (err: CsvError | undefined, r: string | undefined) => void skipped.push({ records: Number(err?.records ?? 0), raw: r ?? '', code: err?.code }) }) as unknown as Array<{ record: string[]; raw: string }>;
    let k = 0;
    const skip = function* (): Generator<RawRow> {
      const s = skipped[k++] as (typeof skipped)[number];
      if (s.code === 'CSV_MAX_RECORD_SIZE') fatal(at);
      yield* expand(undefined, s.raw, at, depth);
      at += Math.max(1, countBreaks(s.raw));
    };
    for (let j = 0; j < parsed.length; j++) {
      while (k < skipped.length && (skipped[k]?.records ?? 0) <= j) yield* skip();
      const p = parsed[j] as { record: string[]; raw: string };
      yield* expand(p.record, p.raw, at, depth);
      at += countBreaks(p.raw) || 1;
    }
    while (k < skipped.length) yield* skip();
  }

  /** Does csv-parse reach the end of `region` inside a quoted field (so the record goes on in the following lines)? */
  function endsInsideQuote(region: string): boolean {
    let open = false;
    parseCsvSync(region, { ...csvOptions, on_skip: (err: CsvError | undefined) => void (open = err?.code === 'CSV_QUOTE_NOT_CLOSED') });
    return open;
  }

  /** Expands one parsed record (or skipped text) into rows, recovering swallowed lines. */
  function* expand(record: string[] | undefined, raw: string, line: number, depth: number): Generator<RawRow> {
    if (record !== undefined && (depth >= 4 || !swallowed(raw))) {
      yield { cells: record, line };
      return;
    }
    yield openQuoteRow(raw, line);
    const rest = raw.slice(firstLineEnd(raw));
    if (rest.length === 0) return;
    yield* regionRows(rest, line + 1, depth + 1);
  }

  function fatal(line: number): never {
    throw new InvalidInputError({ code: 'invalid-format', message: `${fn} cannot read the CSV: a record exceeds ${MAX_RECORD_CHARS / (1024 * 1024)} Mi characters at line ${line} (is the file CSV, and is a quote left open?) (CSV_MAX_RECORD_SIZE)`, path: ['input'] });
  }

  /**
   * The cells of one physical line (without its break) when it is plain RFC 4180 — unquoted fields
   * without quotes, and quoted fields closed on the line and followed by a delimiter or the line end —
   * else `null`, and csv-parse reads it. On such lines both give the same cells; this is the hot path.
   * `q` is the position of the first quote at or after `from` (-1 when there is none), which the caller
   * keeps from line to line, so that a long run of lines without quotes is searched for quotes once
   * rather than once per line. The searches here stop at the line end (`to`), except the search for
   * the quote that closes a field, which runs on only when the quote is not closed on the line (and
   * then the lines up to that quote are read by csv-parse, not searched again).
   */
  function splitLine(text: string, from: number, to: number, q: number): string[] | null {
    if (q < 0 || q >= to) return text.slice(from, to).split(delimiter);
    const out: string[] = [];
    const d = delimiter.charCodeAt(0);
    let i = from;
    for (;;) {
      if (i < to && text.charCodeAt(i) === 34) {
        let value = '';
        let start = i + 1;
        for (;;) {
          const close = text.indexOf('"', start);
          if (close < 0 || close >= to) return null;
          if (text.charCodeAt(close + 1) === 34 && close + 1 < to) {
            value += text.slice(start, close + 1);
            start = close + 2;
            continue;
          }
          value += text.slice(start, close);
          i = close + 1;
          break;
        }
        out.push(value);
        if (i === to) return out;
        if (text.charCodeAt(i) !== d) return null;
        i++;
      } else {
        // the field ends at the next delimiter or the line end; a quote before that makes the line not plain
        let k = i;
        for (; k < to; k++) {
          const c = text.charCodeAt(k);
          if (c === d) break;
          if (c === 34) return null;
        }
        out.push(text.slice(i, k));
        if (k === to) return out;
        i = k + 1;
      }
    }
  }

  /**
   * Rows, line by line: plain lines are split here; from a line that is not plain, lines are
   * gathered until csv-parse ends them outside a quote, and that region is read by csv-parse
   * (whose records are checked for lines an open quote swallowed, see `expand`).
   */
  async function* rows(): AsyncGenerator<RawRow> {
    let carry = '';
    let line = 1;
    let region: string[] = [];
    let regionChars = 0;
    let regionLine = 0;
    let inQuote = false;
    let nextTry = 0;

    /** Tracks whether a quote is open at the end of `text[from, to)`, roughly as csv-parse with relaxed quotes does. */
    function quoteOpenAfter(text: string, from: number, to: number, open: boolean): boolean {
      let atStart = true;
      for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (open) {
          if (c === 34) {
            if (text.charCodeAt(i + 1) === 34 && i + 1 < to) i++;
            else open = false;
          }
          atStart = false;
        } else if (c === delimiter.charCodeAt(0)) atStart = true;
        else {
          if (c === 34 && atStart) open = true;
          atStart = false;
        }
      }
      return open;
    }

    function* flushRegion(): Generator<RawRow> {
      const text = region.join('');
      region = [];
      regionChars = 0;
      inQuote = false;
      yield* regionRows(text, regionLine, 0);
    }

    function* lines(text: string, final: boolean): Generator<RawRow> {
      let pos = 0;
      const n = text.length;
      let nextR = text.indexOf('\r');
      let nextQ = text.indexOf('"');
      while (pos < n) {
        const nl = text.indexOf('\n', pos);
        if (nextR >= 0 && nextR < pos) nextR = text.indexOf('\r', pos);
        let end: number;
        let brk: number;
        if (nextR >= 0 && (nl < 0 || nextR < nl)) {
          if (nextR + 1 === n && !final) break; // a CR at the end of the text: wait for a possible LF
          end = nextR;
          brk = text.charCodeAt(nextR + 1) === 10 ? nextR + 2 : nextR + 1;
        } else if (nl >= 0) {
          end = nl;
          brk = nl + 1;
        } else if (final) {
          end = n;
          brk = n;
        } else break;
        if (region.length === 0) {
          // as with `nextR`, the next quote is looked for again only once passed: a chunk is searched once, not once per line
          if (nextQ >= 0 && nextQ < pos) nextQ = text.indexOf('"', pos);
          const cells = splitLine(text, pos, end, nextQ);
          if (cells !== null) {
            yield { cells, line };
            line++;
            pos = brk;
            continue;
          }
          regionLine = line;
          nextTry = 1;
        }
        region.push(text.slice(pos, brk));
        regionChars += brk - pos;
        inQuote = quoteOpenAfter(text, pos, end, inQuote);
        line++;
        pos = brk;
        if (regionChars > MAX_RECORD_CHARS) {
          // bounded memory: csv-parse reports a record over the limit (fatal), or reads what is there
          yield* flushRegion();
          continue;
        }
        if (!inQuote && region.length >= nextTry) {
          // confirm with csv-parse: try at once, then (while it keeps a quote open) at doubling sizes
          if (!endsInsideQuote(region.join(''))) yield* flushRegion();
          else nextTry = region.length * 2;
        }
      }
      carry = text.slice(pos);
    }

    for await (const chunk of text()) {
      yield* lines(carry.length > 0 ? carry + chunk : chunk, false);
    }
    yield* lines(carry, true);
    carry = '';
    if (region.length > 0) yield* flushRegion();
  }

  return {
    rows: rows(),
    strictWidth: true,
    notices,
    setColumns: (n) => {
      columns = n;
    },
    progress: () => ({ bytesRead, ...(options.totalBytes !== undefined ? { totalBytes: options.totalBytes } : {}) }),
    encoding: () => usedEncoding,
  };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function openDecoder(fn: string, head: Uint8Array, requested: TextEncodingName, notices: RecordIssue[], used: (e: string) => void): TextDecoder {
  let label: string = requested;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) label = 'utf-8';
  else if (head[0] === 0xff && head[1] === 0xfe) label = 'utf-16le';
  else if (head[0] === 0xfe && head[1] === 0xff) label = 'utf-16be';
  else if (requested === 'utf-8') {
    let nul = 0;
    let nulEven = 0;
    const n = Math.min(head.length, 4096);
    for (let i = 0; i < n; i++) {
      if (head[i] === 0) {
        nul++;
        if ((i & 1) === 0) nulEven++;
      }
    }
    if (n > 0 && nul / n > 0.1) {
      // ASCII in UTF-16 LE has its zero bytes at odd offsets, in UTF-16 BE at even ones
      const hint = nulEven > nul - nulEven ? 'utf-16be' : 'utf-16le';
      throw new InvalidInputError({ code: 'invalid-format', message: `${fn} cannot read the file as UTF-8: ${Math.round((100 * nul) / n)}% of its first bytes are zero, so it looks like UTF-16 without a byte-order mark; pass encoding: '${hint}' (or save it as "CSV UTF-8")`, path: ['options', 'encoding'] });
    }
  }
  if (label !== requested) {
    notices.push({ row: 0, column: null, path: [], code: 'invalid-format', value: null, message: `the file starts with a ${label.toUpperCase()} byte-order mark, so it was decoded as ${label.toUpperCase()}${requested !== 'utf-8' ? ` rather than the ${requested} asked for` : ''}; save it as "CSV UTF-8" to avoid surprises in other tools` });
  }
  used(label);
  return new TextDecoder(label, { fatal: false, ignoreBOM: false });
}

// ---------------------------------------------------------------------------------------------
// Worksheets (exceljs, an optional peer)
// ---------------------------------------------------------------------------------------------

interface ExcelCell {
  value: unknown;
  isMerged?: boolean;
  master?: { row: number | string };
}
interface ExcelRow {
  getCell(c: number): ExcelCell;
}
interface ExcelWorksheet {
  name: string;
  rowCount: number;
  columnCount: number;
  getRow(r: number): ExcelRow;
}
interface ExcelWorkbook {
  worksheets: ExcelWorksheet[];
  xlsx: { load(data: ArrayBuffer | Uint8Array): Promise<unknown> };
}
interface ExcelModule {
  Workbook: new () => ExcelWorkbook;
}

/** Loads exceljs with a dynamic import; `importer` exists for tests. */
export async function loadExcelJs(fn: string, importer: () => Promise<unknown> = () => import('exceljs')): Promise<ExcelModule> {
  let mod: unknown;
  try {
    mod = await importer();
  } catch (cause) {
    throw new SocialOutcomesError({ code: 'missing-peer', message: `${fn} needs the optional peer dependency exceljs to read xlsx files: npm install exceljs@^4.4.0`, cause });
  }
  const m = mod as { default?: ExcelModule } & Partial<ExcelModule>;
  const lib = m.Workbook !== undefined ? (m as ExcelModule) : m.default;
  if (lib === undefined || typeof lib.Workbook !== 'function') {
    throw new SocialOutcomesError({ code: 'missing-peer', message: `${fn} loaded exceljs but found no Workbook constructor; install exceljs@^4.4.0` });
  }
  return lib;
}

function cellValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as { richText?: Array<{ text?: string }>; formula?: string; sharedFormula?: string; result?: unknown; text?: unknown; hyperlink?: string; error?: string };
    if (Array.isArray(o.richText)) return o.richText.map((t) => t.text ?? '').join('');
    if (o.error !== undefined) return new SheetError(String(o.error));
    if (o.formula !== undefined || o.sharedFormula !== undefined) return o.result === undefined ? new SheetError('formula without a cached result') : cellValue(o.result);
    if (o.text !== undefined) return cellValue(o.text);
  }
  return new SheetError(`unsupported cell value (${describeValue(v)})`);
}

/** A worksheet source: the whole workbook is loaded (exceljs), the chosen sheet read row by row. */
export async function xlsxSource(fn: string, data: Uint8Array | ArrayBuffer, sheet: string | number | undefined, importer?: () => Promise<unknown>): Promise<RowSource> {
  const ExcelJS = await loadExcelJs(fn, importer);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data instanceof Uint8Array ? data : new Uint8Array(data));
  } catch (cause) {
    throw new InvalidInputError({ code: 'invalid-format', message: `${fn} cannot open the input as an xlsx workbook (${cause instanceof Error ? cause.message : String(cause)}); legacy .xls files must be saved as .xlsx`, path: ['input'], cause });
  }
  const sheets = wb.worksheets;
  const ws = sheet === undefined ? sheets[0] : typeof sheet === 'number' ? sheets[sheet - 1] : sheets.find((s) => s.name === sheet);
  if (ws === undefined) {
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} found no worksheet ${JSON.stringify(sheet ?? 1)} (the workbook has ${sheets.map((s) => JSON.stringify(s.name)).join(', ') || 'no sheets'})`, path: ['options', 'sheet'] });
  }
  const width = ws.columnCount;
  const height = ws.rowCount;
  async function* rows(): AsyncGenerator<RawRow> {
    for (let r = 1; r <= height; r++) {
      const row = ws!.getRow(r);
      const cells: unknown[] = new Array(width);
      let merged: Array<number | undefined> | undefined;
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        cells[c - 1] = cellValue(cell.value);
        if (cell.isMerged && cell.master !== undefined) {
          const mr = Number(cell.master.row);
          if (mr !== r) (merged ??= new Array<number | undefined>(width))[c - 1] = mr;
        }
      }
      yield { cells, sheetRow: r, ...(merged ? { mergedFrom: merged } : {}) };
    }
  }
  return { rows: rows(), strictWidth: false, notices: [] };
}

// ---------------------------------------------------------------------------------------------
// Tables in memory (row objects, column arrays, DataFrames)
// ---------------------------------------------------------------------------------------------


function ownValue(o: object, key: string): unknown {
  if (key === '__proto__') return Object.getOwnPropertyDescriptor(o, key)?.value;
  return Object.prototype.hasOwnProperty.call(o, key) ? (o as Record<string, unknown>)[key] : undefined;
}

/** A source over row objects (`[{ clientId: 'C1', … }]`) or a `{ columns, rows }` table. */
export function tableSource(fn: string, input: unknown): RowSource {
  if (Array.isArray(input)) {
    const columns: string[] = [];
    const seen = new Set<string>();
    input.forEach((r, i) => {
      if (r === null || typeof r !== 'object' || Array.isArray(r)) {
        throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires rows to be objects keyed by column name (got ${describeValue(r)})`, path: ['input', i] });
      }
      for (const k of Object.keys(r)) {
        if (!seen.has(k)) {
          seen.add(k);
          columns.push(k);
        }
      }
    });
    async function* rows(): AsyncGenerator<RawRow> {
      for (const r of input as object[]) yield { cells: columns.map((k) => ownValue(r, k)) };
    }
    return { rows: rows(), header: columns, strictWidth: false, notices: [] };
  }
  if (input !== null && typeof input === 'object' && Array.isArray((input as TableInput).columns) && Array.isArray((input as TableInput).rows)) {
    const t = input as TableInput;
    t.columns.forEach((c, i) => {
      if (typeof c !== 'string') throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires column names to be strings (got ${describeValue(c)})`, path: ['input', 'columns', i] });
    });
    async function* rows(): AsyncGenerator<RawRow> {
      for (let i = 0; i < t.rows.length; i++) {
        const r = t.rows[i];
        if (!Array.isArray(r)) throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires each row of a table to be an array of cells (got ${describeValue(r)})`, path: ['input', 'rows', i] });
        yield { cells: r };
      }
    }
    return { rows: rows(), header: [...t.columns], strictWidth: false, notices: [] };
  }
  throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires rows as an array of objects or a { columns, rows } table (got ${describeValue(input)})`, path: ['input'] });
}
