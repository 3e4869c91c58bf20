/** Flattening of client records into tables (shared by flattenRecords, toCsv, toDataFrame). */
import { InvalidInputError } from '../../errors';
import { describeValue } from '../../_internal/describeValue';
import { CLIENT_RECORD_FIELDS, ClientRecordSchema, type ClientRecord, type Reading } from '../../schema/clientRecord';
import { VA1_OUTCOME_IDS } from '../../schema/va1Outcomes';
import type { FlatTable, TableCell } from '../flattenRecords';

const BEFORE_READINGS = CLIENT_RECORD_FIELDS.slice(0, CLIENT_RECORD_FIELDS.indexOf('readings'));
const ALWAYS = new Set(['clientId', 'gender', 'genderSameAsBirth', 'disability', 'ethnicity']);

function cell(v: unknown): TableCell {
  if (v === undefined || v === null) return null;
  if (Array.isArray(v)) return v.join(';');
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

/** Checks the light shape every writer relies on. */
export function checkRecords(fn: string, records: unknown): ReadonlyArray<ClientRecord> {
  if (!Array.isArray(records)) throw new InvalidInputError({ code: 'not-an-array', message: `${fn} requires records to be an array (got ${describeValue(records)})`, path: ['records'] });
  // Array.from visits holes (forEach skips them); each record must follow the record standard, so NaN,
  // ±Infinity, a function or a malformed reading is reported instead of written out.
  Array.from(records as unknown[]).forEach((r: unknown, i) => {
    if (r === null || typeof r !== 'object' || typeof (r as ClientRecord).clientId !== 'string' || !Array.isArray((r as ClientRecord).readings)) {
      throw new InvalidInputError({ code: 'invalid-record', message: `${fn} requires client records with a clientId and readings (got ${describeValue(r)})`, path: ['records', i] });
    }
    const checked = ClientRecordSchema.safeParse(r);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const at = (issue?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol');
      throw new InvalidInputError({ code: 'invalid-record', message: `${fn} requires records to follow the record standard (${issue?.message ?? 'invalid'} at ${['records', i, ...at].join('.')})`, path: ['records', i, ...at], row: i + 1 });
    }
  });
  return records as ReadonlyArray<ClientRecord>;
}

/** Flattens records that have been checked with {@link checkRecords}. */
export function flattenChecked(records: ReadonlyArray<ClientRecord>, shape: 'long' | 'wide'): FlatTable {
  const present = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) if ((r as unknown as Record<string, unknown>)[k] !== undefined) present.add(k);
  const scalars = BEFORE_READINGS.filter((f) => ALWAYS.has(f) || present.has(f));
  const after = (['outputsAchieved', 'providerOutputs'] as const).filter((f) => present.has(f));
  const needIds = VA1_OUTCOME_IDS.filter((id) => records.some((r) => r.needs?.[id] !== undefined));
  const rating = present.has('accessibilityRating');

  const base = (r: ClientRecord): TableCell[] => scalars.map((f) => cell(r[f]));
  const tail = (r: ClientRecord): TableCell[] => [
    ...after.map((f) => cell(r[f])),
    ...needIds.map((id) => cell(r.needs?.[id])),
    ...(rating ? [cell(r.accessibilityRating)] : []),
  ];
  const tailColumns = [...after, ...needIds.map((id) => `need_${id}`), ...(rating ? ['accessibilityRating'] : [])];

  const all: Reading[] = records.flatMap((r) => r.readings);
  if (all.length === 0) {
    return { columns: [...scalars, ...tailColumns], data: records.map((r) => [...base(r), ...tail(r)]) };
  }
  const has = (k: 'retrospective' | 'completedBy' | 'readingId', list: ReadonlyArray<Reading>): boolean => list.some((x) => x[k] !== undefined);

  if (shape === 'long') {
    const metas = (['retrospective', 'completedBy', 'readingId'] as const).filter((k) => has(k, all));
    const areas: string[] = [];
    const seen = new Set<string>();
    for (const x of all) for (const a of Object.keys(x.scores)) if (!seen.has(a)) { seen.add(a); areas.push(a); }
    const columns = [...scalars, 'instrumentId', 'readingDate', ...metas, ...areas.map((a) => `score_${a}`), ...tailColumns];
    const data: TableCell[][] = [];
    for (const r of records) {
      const b = base(r);
      const t = tail(r);
      if (r.readings.length === 0) data.push([...b, null, null, ...metas.map(() => null), ...areas.map(() => null), ...t]);
      for (const x of r.readings) {
        data.push([...b, x.instrumentId, x.date, ...metas.map((k) => cell(x[k])), ...areas.map((a) => cell(Object.prototype.hasOwnProperty.call(x.scores, a) ? x.scores[a] : undefined)), ...t]);
      }
    }
    return { columns, data };
  }

  // Wide: per instrument (first-seen order), readings numbered per record.
  const instruments: string[] = [];
  const info = new Map<string, { maxN: number; areas: string[]; areaSet: Set<string>; metas: Set<string> }>();
  for (const r of records) {
    const counts = new Map<string, number>();
    for (const x of r.readings) {
      let inf = info.get(x.instrumentId);
      if (!inf) {
        inf = { maxN: 0, areas: [], areaSet: new Set(), metas: new Set() };
        info.set(x.instrumentId, inf);
        instruments.push(x.instrumentId);
      }
      const n = (counts.get(x.instrumentId) ?? 0) + 1;
      counts.set(x.instrumentId, n);
      inf.maxN = Math.max(inf.maxN, n);
      for (const a of Object.keys(x.scores)) if (!inf.areaSet.has(a)) { inf.areaSet.add(a); inf.areas.push(a); }
      for (const k of ['retrospective', 'completedBy', 'readingId'] as const) if (x[k] !== undefined) inf.metas.add(k);
    }
  }
  const readingColumns: string[] = [];
  const slots: Array<{ instrument: string; n: number; key: string; area: boolean }> = [];
  for (const ins of instruments) {
    const inf = info.get(ins) as { maxN: number; areas: string[]; metas: Set<string> };
    for (let n = 1; n <= inf.maxN; n++) {
      readingColumns.push(`star_${ins}_date_${n}`);
      slots.push({ instrument: ins, n, key: 'date', area: false });
      for (const k of ['retrospective', 'completedBy', 'readingId']) {
        if (!inf.metas.has(k)) continue;
        readingColumns.push(`star_${ins}_${k}_${n}`);
        slots.push({ instrument: ins, n, key: k, area: false });
      }
      for (const a of inf.areas) {
        readingColumns.push(`star_${ins}_${a}_${n}`);
        slots.push({ instrument: ins, n, key: a, area: true });
      }
    }
  }
  const data = records.map((r) => {
    const byKey = new Map<string, Reading>();
    const counts = new Map<string, number>();
    for (const x of r.readings) {
      const n = (counts.get(x.instrumentId) ?? 0) + 1;
      counts.set(x.instrumentId, n);
      byKey.set(`${x.instrumentId}\u0000${n}`, x);
    }
    const cells = slots.map((s) => {
      const x = byKey.get(`${s.instrument}\u0000${s.n}`);
      if (x === undefined) return null;
      if (s.area) return cell(Object.prototype.hasOwnProperty.call(x.scores, s.key) ? x.scores[s.key] : undefined);
      return cell(x[s.key as 'date' | 'retrospective' | 'completedBy' | 'readingId']);
    });
    return [...base(r), ...cells, ...tail(r)];
  });
  return { columns: [...scalars, ...readingColumns, ...tailColumns], data };
}
