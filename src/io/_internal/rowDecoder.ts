/** Turns one row of cells into a validated ClientRecord, or the issues that stop it. */
import type { ErrorCode } from '../../errors';
import { CLIENT_RECORD_FIELDS, ClientRecordSchema, type ClientRecord, type Reading } from '../../schema/clientRecord';
import type { RecordIssue } from '../../schema/recordIssue';
import { Fail, isBlank, rawText } from './cells';
import type { Plan, ReadingGroup, Source } from './plan';

/** What became of one row. */
export type RowOutcome = { readonly kind: 'record'; readonly record: ClientRecord } | { readonly kind: 'issues'; readonly issues: RecordIssue[] } | { readonly kind: 'blank' };

let failColumn = -1;

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return false;
}

/** Reads a source; on failure returns the Fail and leaves its column in `failColumn`. */
function read(src: Source, cells: ReadonlyArray<unknown>): unknown {
  const c0 = src.cols[0] ?? 0;
  let v = src.decode(cells[c0]);
  failColumn = c0;
  if (v instanceof Fail || src.cols.length === 1) return v;
  for (let k = 1; k < src.cols.length; k++) {
    const c = src.cols[k] ?? 0;
    const cell = cells[c];
    if (isBlank(cell)) continue;
    const w = src.decode(cell);
    if (w instanceof Fail) {
      failColumn = c;
      return w;
    }
    if (v === undefined) v = w;
    else if (!same(v, w)) {
      failColumn = c;
      return new Fail('duplicate', `disagrees between duplicate columns (${JSON.stringify(rawText(cells[c0]))} and ${JSON.stringify(rawText(cell))})`);
    }
  }
  return v;
}

/** Per-file state of the decoder. */
export interface DecoderState {
  /** Set once a value was found under a blank header (reported once, as a notice). */
  blankHeaderReported: boolean;
}

/**
 * Decodes one data row. `strictWidth` (CSV) makes a row with more or fewer fields than the header an
 * issue, since its cells may be shifted; worksheets and tables pad short rows with blanks.
 */
export function decodeRow(plan: Plan, cells: ReadonlyArray<unknown>, row: number, line: number | undefined, strictWidth: boolean, state: DecoderState, notices: RecordIssue[]): RowOutcome {
  let blank = true;
  for (let i = 0; i < cells.length; i++) {
    if (!isBlank(cells[i])) {
      blank = false;
      break;
    }
  }
  if (blank) return { kind: 'blank' };
  const header = plan.header;
  const lineField = line === undefined ? {} : { line };
  const issues: RecordIssue[] = [];
  const add = (col: number | null, path: ReadonlyArray<string | number>, code: ErrorCode, message: string, value: string | null): void => {
    issues.push({ row, column: col === null ? null : (header[col] ?? `(column ${col + 1})`), path, code, message, value, ...lineField });
  };
  const fail = (src: Source, f: Fail, path: ReadonlyArray<string | number> = src.path): void => {
    add(failColumn, path, f.code, `${src.label} ${f.message}`, f.code === 'forbidden-column' ? null : rawText(cells[failColumn]));
  };

  if (strictWidth && cells.length !== header.length) {
    const short = cells.length < header.length;
    add(
      short ? cells.length : null,
      [],
      'invalid-format',
      `row has ${cells.length} fields but the header has ${header.length}: a delimiter or quote is ${short ? 'missing' : 'extra'}, so the cells cannot be matched to columns`,
      rawText(short ? cells[cells.length - 1] : cells[header.length]),
    );
    if (!short) issues[issues.length - 1] = { ...(issues[issues.length - 1] as RecordIssue), column: `(extra field ${header.length + 1})` };
    return { kind: 'issues', issues };
  }
  if (!state.blankHeaderReported) {
    for (const c of plan.blankHeader) {
      if (!isBlank(cells[c])) {
        state.blankHeaderReported = true;
        notices.push({ row: 0, column: null, path: [], code: 'unknown-field', message: `column ${c + 1} has no header but holds data (first at row ${row}); its values were ignored`, value: rawText(cells[c]) });
        break;
      }
    }
    if (!state.blankHeaderReported && cells.length > header.length) {
      for (let c = header.length; c < cells.length; c++) {
        if (!isBlank(cells[c])) {
          state.blankHeaderReported = true;
          notices.push({ row: 0, column: null, path: [], code: 'unknown-field', message: `column ${c + 1} is beyond the header but holds data (first at row ${row}); its values were ignored`, value: rawText(cells[c]) });
          break;
        }
      }
    }
  }

  const rec: Record<string, unknown> = {};
  let clientId: string | undefined;
  for (const { field, source } of plan.scalars) {
    const v = read(source, cells);
    if (v instanceof Fail) {
      fail(source, v);
      continue;
    }
    if (field === 'clientId') {
      if (v === undefined) add(source.cols[0] ?? null, ['clientId'], 'missing-field', 'clientId is blank; every row needs a pseudonymous client id', null);
      else clientId = v as string;
    }
    if (v !== undefined) rec[field] = v;
  }
  for (const f of ['gender', 'genderSameAsBirth', 'disability', 'ethnicity'] as const) if (rec[f] === undefined) rec[f] = 'not-known';
  if (rec.age === undefined && rec.ageBand === undefined) rec.ageBand = 'not-known';

  const readings: Reading[] = [];
  const readingGroups: ReadingGroup[] = [];
  for (const group of plan.readings) {
    const r = readGroup(plan, group, cells, clientId ?? '', readings.length, add, fail);
    if (r !== undefined) {
      readings.push(r);
      readingGroups.push(group);
    }
  }
  let needs: Record<string, string> | undefined;
  for (const { id, source } of plan.needs) {
    const v = read(source, cells);
    if (v instanceof Fail) fail(source, v);
    else if (v !== undefined) (needs ??= {})[id] = v as string;
  }
  if (issues.length > 0) return { kind: 'issues', issues };

  // Assemble in the canonical field order.
  const ordered: Record<string, unknown> = {};
  for (const f of CLIENT_RECORD_FIELDS) {
    if (f === 'readings') ordered.readings = readings;
    else if (f === 'needs') {
      if (needs !== undefined) ordered.needs = needs;
    } else if (rec[f] !== undefined) ordered[f] = rec[f];
  }

  const parsed = ClientRecordSchema.safeParse(ordered);
  if (parsed.success) return { kind: 'record', record: parsed.data as ClientRecord };
  for (const zi of parsed.error.issues) {
    const path = zi.path.filter((p): p is string | number => typeof p !== 'symbol');
    let col: number | null = null;
    if (path[0] === 'readings' && typeof path[1] === 'number') {
      const g = readingGroups[path[1]];
      if (g) {
        const part = path[2];
        const sc = part === 'scores' && typeof path[3] === 'string' ? g.scores.find((s) => s.area === path[3]) : undefined;
        col = sc ? (sc.source.cols[0] ?? null) : typeof part === 'string' && part in g.parts ? (g.parts[part as keyof typeof g.parts]?.cols[0] ?? null) : g.anchor;
      }
    } else if (typeof path[0] === 'string') {
      col = plan.fieldColumn.get(path[0]) ?? (path[0] === 'needs' && typeof path[1] === 'string' ? (plan.needs.find((n) => n.id === path[1])?.source.cols[0] ?? null) : null);
    }
    add(col, path, 'invalid-record', `${path.length > 0 ? path.join('.') : 'record'} ${zi.message.charAt(0).toLowerCase()}${zi.message.slice(1)}`, col === null ? null : rawText(cells[col]));
  }
  return { kind: 'issues', issues };
}

function readGroup(
  plan: Plan,
  group: ReadingGroup,
  cells: ReadonlyArray<unknown>,
  clientId: string,
  index: number,
  add: (col: number | null, path: ReadonlyArray<string | number>, code: ErrorCode, message: string, value: string | null) => void,
  fail: (src: Source, f: Fail, path?: ReadonlyArray<string | number>) => void,
): Reading | undefined {
  // Is anything of this reading present?
  let present = false;
  for (const p of Object.values(group.parts)) {
    if (p === undefined) continue;
    for (const c of p.cols) if (!isBlank(cells[c])) present = true;
  }
  if (!present) for (const s of group.scores) for (const c of s.source.cols) if (!isBlank(cells[c])) present = true;
  if (!present) return undefined;

  const at = (path: ReadonlyArray<string | number>): Array<string | number> => ['readings', index, ...path.slice(2)];
  let ok = true;
  const value = (key: 'instrumentId' | 'date' | 'retrospective' | 'completedBy' | 'readingId'): unknown => {
    const src = group.parts[key];
    if (src === undefined) return undefined;
    const v = read(src, cells);
    if (v instanceof Fail) {
      fail(src, v, at(src.path));
      ok = false;
      return undefined;
    }
    return v;
  };
  let instrumentId = group.instrument ?? (value('instrumentId') as string | undefined);
  const date = value('date') as string | undefined;
  const retrospective = value('retrospective') as boolean | undefined;
  const completedBy = value('completedBy') as Reading['completedBy'];
  const readingId = value('readingId') as string | undefined;
  if (instrumentId === undefined && group.instrument === undefined && ok) {
    const src = group.parts.instrumentId;
    add(src?.cols[0] ?? group.anchor, ['readings', index, 'instrumentId'], 'missing-field', 'instrumentId is blank but the row holds a reading', null);
    ok = false;
    instrumentId = '';
  }
  if (date === undefined && ok) {
    add(group.parts.date?.cols[0] ?? group.anchor, ['readings', index, 'date'], 'missing-field', `${group.parts.date?.label ?? 'readingDate'} is blank but the row holds a reading`, null);
    ok = false;
  }
  const entries: Array<[string, number]> = [];
  const scale = plan.instruments?.get(instrumentId ?? '');
  if (plan.instruments !== undefined && ok && scale === undefined) {
    const src = group.parts.instrumentId;
    add(src?.cols[0] ?? group.anchor, ['readings', index, 'instrumentId'], 'unknown-instrument', `instrument ${JSON.stringify(instrumentId)} is not among the instruments given`, src ? rawText(cells[src.cols[0] ?? 0]) : null);
    ok = false;
  }
  for (const { area, source } of group.scores) {
    const v = read(source, cells);
    if (v instanceof Fail) {
      fail(source, v, at(source.path));
      ok = false;
      continue;
    }
    if (v === undefined) continue;
    if (scale !== undefined) {
      const s = scale.get(area);
      const col = source.cols[0] ?? null;
      if (s === undefined) {
        add(col, ['readings', index, 'scores', area], 'unknown-area-id', `${source.label}: ${JSON.stringify(area)} is not an area or item of ${instrumentId}`, rawText(cells[failColumn]));
        ok = false;
        continue;
      }
      const n = v as number;
      const onGrid = s.values !== undefined ? s.values.includes(n) : s.step === null || Math.abs((n - s.min) / s.step - Math.round((n - s.min) / s.step)) < 1e-9;
      if (n < s.min || n > s.max || !onGrid) {
        add(col, ['readings', index, 'scores', area], 'out-of-range', `${source.label} must be on the ${instrumentId} scale ${s.min}–${s.max}${s.step !== null && s.values === undefined ? ` in steps of ${s.step}` : ''} (got ${n})`, rawText(cells[failColumn]));
        ok = false;
        continue;
      }
    }
    entries.push([area, v as number]);
  }
  if (ok && entries.length === 0) {
    add(group.anchor, ['readings', index, 'scores'], 'missing-field', `the reading of ${instrumentId} on ${date} has no scores`, null);
    ok = false;
  }
  if (!ok) return undefined;
  const reading: { -readonly [K in keyof Reading]: Reading[K] } = { clientId, instrumentId: instrumentId as string, date: date as string, scores: Object.fromEntries(entries) };
  if (retrospective !== undefined) reading.retrospective = retrospective;
  if (completedBy !== undefined) reading.completedBy = completedBy;
  if (readingId !== undefined) reading.readingId = readingId;
  return reading;
}
