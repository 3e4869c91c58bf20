/**
 * The reading loop shared by parseRecords, parseRecordsStream, parseFile and fromDataFrame: find the
 * header, compile the plan, decode every row, count everything, report progress, yield batches.
 */
import { InvalidInputError } from '../../errors';
import type { ClientRecord } from '../../schema/clientRecord';
import type { RecordIssue } from '../../schema/recordIssue';
import { SheetError } from './cells';
import { compilePlan, looseKey, type Plan, type PlanOptions } from './plan';
import { decodeRow, type DecoderState } from './rowDecoder';
import type { RawRow, RowSource } from './sources';

/** Counts of a read (see `ParseRecordsStats` in parseRecords.ts for the documented form). */
export interface EngineStats {
  inputRows: number;
  validRows: number;
  rowsWithIssues: number;
  blankRows: number;
  readings: number;
  headerRow: number;
  shape: 'long' | 'wide' | 'none';
  encoding?: string;
}

/** Progress report (see `ParseProgress` in parseRecords.ts). */
export interface EngineProgress {
  rowsRead: number;
  validRows: number;
  rowsWithIssues: number;
  bytesRead?: number;
  totalBytes?: number;
  done: boolean;
}

/** Options of the loop. */
export interface EngineOptions extends PlanOptions {
  readonly onError?: 'collect' | 'throw' | undefined;
  readonly onProgress?: ((p: EngineProgress) => void) | undefined;
  readonly progressInterval?: number | undefined;
  readonly headerRow?: number | 'auto' | undefined;
  readonly headerRows?: number | undefined;
  readonly batchSize?: number | undefined;
}

/** One batch of results; `stats` are cumulative. */
export interface Batch {
  records: ClientRecord[];
  recordRows: number[];
  issues: RecordIssue[];
  stats: EngineStats;
  done: boolean;
}

const AUTO_SCAN = 20;

function headerText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.replace(/^\uFEFF/, '').trim();
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (cell instanceof SheetError) return '';
  return String(cell);
}

function isClientIdHeader(text: string, columnMap: Readonly<Record<string, string>> | undefined): boolean {
  const mapped = columnMap !== undefined && Object.prototype.hasOwnProperty.call(columnMap, text) ? columnMap[text] : text;
  const k = looseKey(mapped ?? '');
  return k === 'clientid' || k === 'clientref' || k === 'clientreference' || k === 'pseudonymisedid' || k === 'pseudonymousid' || k === 'pseudoid';
}

function combineHeader(rows: ReadonlyArray<RawRow>): string[] {
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const out: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (const r of rows) {
      const t = headerText(r.cells[c]);
      if (t.length > 0 && parts[parts.length - 1] !== t) parts.push(t);
    }
    out.push(parts.join('_'));
  }
  return out;
}

async function* iterate(rows: AsyncIterable<RawRow>): AsyncGenerator<RawRow> {
  yield* rows;
}

/** Runs a read, yielding batches of at most `batchSize` rows' results (records plus rows with issues). */
export async function* parseBatches(fn: string, source: RowSource, options: EngineOptions): AsyncGenerator<Batch> {
  const it = iterate(source.rows);
  const stats: EngineStats = { inputRows: 0, validRows: 0, rowsWithIssues: 0, blankRows: 0, readings: 0, headerRow: 0, shape: 'none' };
  const headerRows = options.headerRows ?? 1;

  // 1. The header.
  let header: string[];
  let headerEndSheetRow = 0;
  const replay: RawRow[] = [];
  if (source.header !== undefined) {
    header = [...source.header];
  } else {
    const buffered: RawRow[] = [];
    let start = -1;
    if (options.headerRow === undefined || options.headerRow === 'auto') {
      for (let i = 0; i < AUTO_SCAN + headerRows; i++) {
        const n = await it.next();
        if (n.done) break;
        buffered.push(n.value);
        if (start < 0 && i < AUTO_SCAN) {
          const col = n.value.cells.findIndex((c) => isClientIdHeader(headerText(c), options.columnMap));
          if (col >= 0) {
            start = i;
            if (headerRows > 1) {
              // The clientId cell is the top of the header block unless the cell below it holds another name.
              const below = await it.next();
              if (!below.done) buffered.push(below.value);
              const b = below.done ? '' : headerText(below.value.cells[col]);
              if (b.length > 0 && !isClientIdHeader(b, options.columnMap)) start = Math.max(0, i - headerRows + 1);
              i++;
            }
          }
        }
        if (start >= 0 && buffered.length >= start + headerRows) break;
      }
      if (start < 0) {
        throw new InvalidInputError({ code: 'missing-field', message: `${fn} found no header row with a clientId column in the first ${AUTO_SCAN} rows (map your id column with columnMap, e.g. { 'Client ref': 'clientId' }, or give headerRow)`, path: ['columns', 'clientId'] });
      }
    } else {
      start = options.headerRow - 1;
      while (buffered.length < start + headerRows) {
        const n = await it.next();
        if (n.done) break;
        buffered.push(n.value);
      }
    }
    const block = buffered.slice(start, start + headerRows);
    if (block.length < headerRows) {
      throw new InvalidInputError({ code: 'empty-input', message: `${fn} found no header at row ${start + 1} (the input has ${buffered.length} rows)`, path: ['input'] });
    }
    header = combineHeader(block);
    const last = block[block.length - 1];
    headerEndSheetRow = last?.sheetRow ?? 0;
    stats.headerRow = last?.sheetRow ?? start + headerRows;
    replay.push(...buffered.slice(start + headerRows));
  }

  const plan: Plan = compilePlan(fn, header, options);
  stats.shape = plan.shape;
  source.setColumns?.(header.length);
  const notices: RecordIssue[] = [...plan.notices];
  let noticesSent = 0;
  let sourceNoticesSeen = 0;
  const state: DecoderState = { blankHeaderReported: false };
  const batchSize = options.batchSize ?? Number.POSITIVE_INFINITY;
  const interval = options.progressInterval ?? 10_000;
  let rowNo = 0;
  let batch: Batch = { records: [], recordRows: [], issues: [], stats, done: false };
  let batchRows = 0;

  const progress = (done: boolean): void => {
    if (options.onProgress === undefined) return;
    const p = source.progress?.();
    options.onProgress({
      rowsRead: rowNo,
      validRows: stats.validRows,
      rowsWithIssues: stats.rowsWithIssues,
      ...(p ? { bytesRead: p.bytesRead, ...(p.totalBytes !== undefined ? { totalBytes: p.totalBytes } : {}) } : {}),
      done,
    });
  };
  const flushNotices = (): void => {
    while (sourceNoticesSeen < source.notices.length) notices.push(source.notices[sourceNoticesSeen++] as RecordIssue);
    while (noticesSent < notices.length) batch.issues.push(notices[noticesSent++] as RecordIssue);
  };
  const rowIssues = (issues: RecordIssue[]): void => {
    stats.rowsWithIssues++;
    if (options.onError === 'throw') {
      const first = issues[0] as RecordIssue;
      throw new InvalidInputError({
        code: first.code,
        message: `${fn} rejected a row${first.column !== null ? ` (column ${JSON.stringify(first.column)})` : ''}: ${first.message}`,
        path: [...first.path],
        row: first.row,
      });
    }
    for (const i of issues) batch.issues.push(i);
  };

  async function* dataRows(): AsyncGenerator<RawRow> {
    yield* replay;
    yield* it;
  }

  for await (const raw of dataRows()) {
    rowNo++;
    let cells = raw.cells;
    if (raw.mergedFrom !== undefined && headerEndSheetRow > 0) {
      let copy: unknown[] | undefined;
      raw.mergedFrom.forEach((m, c) => {
        if (m !== undefined && m <= headerEndSheetRow) (copy ??= [...cells])[c] = null;
      });
      if (copy) cells = copy;
    }
    if (raw.error !== undefined) {
      stats.inputRows++;
      rowIssues([{ row: rowNo, column: raw.error.column === null ? null : (header[raw.error.column] ?? `(column ${raw.error.column + 1})`), path: [], code: raw.error.code, message: raw.error.message, value: raw.error.value, ...(raw.line !== undefined ? { line: raw.line } : {}) }]);
      batchRows++;
    } else {
      const out = decodeRow(plan, cells, rowNo, raw.line, source.strictWidth, state, notices);
      if (out.kind === 'blank') stats.blankRows++;
      else {
        stats.inputRows++;
        batchRows++;
        if (out.kind === 'record') {
          stats.validRows++;
          stats.readings += out.record.readings.length;
          batch.records.push(out.record);
          batch.recordRows.push(rowNo);
        } else rowIssues(out.issues);
      }
    }
    flushNotices();
    if (rowNo % interval === 0) progress(false);
    if (batchRows >= batchSize) {
      const enc = source.encoding?.();
      if (enc !== undefined) stats.encoding = enc;
      yield { ...batch, stats: { ...stats } };
      batch = { records: [], recordRows: [], issues: [], stats, done: false };
      batchRows = 0;
    }
  }
  flushNotices();
  const enc = source.encoding?.();
  if (enc !== undefined) stats.encoding = enc;
  progress(true);
  yield { ...batch, stats: { ...stats }, done: true };
}

/** Everything a read produced, collected. */
export interface Collected {
  records: ClientRecord[];
  recordRows: number[];
  issues: RecordIssue[];
  stats: EngineStats;
}

/**
 * Runs a read to the end, handing each batch's records and their rows to `onRecords`, and returns every issue
 * (notices first, then issues by row) and the counts.
 */
export async function readAll(fn: string, source: RowSource, options: EngineOptions, onRecords: (records: ReadonlyArray<ClientRecord>, rows: ReadonlyArray<number>) => void): Promise<Omit<Collected, 'records' | 'recordRows'>> {
  const notices: RecordIssue[] = [];
  const issues: RecordIssue[] = [];
  let stats: EngineStats | undefined;
  for await (const b of parseBatches(fn, source, options)) {
    onRecords(b.records, b.recordRows);
    for (const i of b.issues) (i.row === 0 ? notices : issues).push(i);
    stats = b.stats;
  }
  return { issues: [...notices, ...issues], stats: stats as EngineStats };
}

/** Runs a read to the end and collects every record and issue (notices first, then issues by row). */
export async function collectAll(fn: string, source: RowSource, options: EngineOptions): Promise<Collected> {
  const records: ClientRecord[] = [];
  const recordRows: number[] = [];
  const { issues, stats } = await readAll(fn, source, options, (batch, rows) => {
    for (const r of batch) records.push(r);
    for (const r of rows) recordRows.push(r);
  });
  return { records, recordRows, issues, stats };
}
