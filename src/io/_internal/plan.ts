/**
 * The column grammar of the record standard, compiled once per file into a {@link Plan}: which column
 * feeds which field of the record, with which decoder. See `parseRecords` for the grammar in prose.
 */
import { InvalidInputError, type ErrorCode } from '../../errors';
import { CLIENT_RECORD_FIELDS, CORE_FIELDS, type ClientRecord } from '../../schema/clientRecord';
import {
  AGE_BANDS_TS007A,
  COMPLETED_BY,
  DISABILITY,
  DISABILITY_DETAIL,
  EMPLOYMENT_STATUS,
  ETHNICITY_2021,
  GENDER,
  GENDER_SAME_AS_BIRTH,
  IMMIGRATION_STATUS,
  NATIONALITY,
  NEED_STATUS,
  REFERRAL_OUTCOME,
  REFERRAL_SOURCE,
  RELIGION,
  SEX,
  SEXUAL_ORIENTATION,
  UNSUCCESSFUL_REFERRAL_REASON,
  type CodeEntry,
} from '../../schema/codings';
import { findForbiddenColumns } from '../../schema/findForbiddenColumns';
import type { RecordIssue } from '../../schema/recordIssue';
import { VA1_OUTCOME_IDS, type Va1OutcomeId } from '../../schema/va1Outcomes';
import { ID_PATTERN, RESERVED_AREA_IDS, RESERVED_IDS } from '../../schema/_internal/formats';
import {
  ageBandDecoder,
  boolDecoder,
  codeDecoder,
  codeKey,
  codeLookup,
  dateDecoder,
  Fail,
  idDecoder,
  idListDecoder,
  intDecoder,
  lsoaDecoder,
  numberDecoder,
  periodDecoder,
  postcodeDistrictDecoder,
  textDecoder,
  type Decoder,
} from './cells';
import { StringPool } from './stringPool';

/** A field of the record that one column can fill. */
export type ScalarField = Exclude<keyof ClientRecord, 'readings' | 'needs'>;

/** The parts of a reading other than its scores. */
export type ReadingPart = 'instrumentId' | 'date' | 'retrospective' | 'completedBy' | 'readingId';

/** Instrument definitions used to check scores (the shape of `social-outcomes/data/instruments`). */
export interface InstrumentSpec {
  readonly id: string;
  readonly scale: { readonly min: number; readonly max: number; readonly step?: number | null | undefined; readonly values?: ReadonlyArray<number> | undefined } | null;
  readonly areas: ReadonlyArray<{ readonly id: string; readonly scale?: { readonly min: number; readonly max: number } | undefined }>;
  readonly items?: { readonly ids: ReadonlyArray<string>; readonly responseMin: number; readonly responseMax: number } | undefined;
}

/** Reader options that shape the plan. */
export interface PlanOptions {
  readonly columnMap?: Readonly<Record<string, string>> | undefined;
  readonly valueMap?: Readonly<Partial<Record<string, Readonly<Record<string, string>>>>> | undefined;
  readonly shape?: 'auto' | 'long' | 'wide' | undefined;
  readonly dateFormat?: 'iso' | 'dmy' | undefined;
  readonly unknownColumns?: 'ignore' | 'error' | undefined;
  readonly instruments?: ReadonlyArray<InstrumentSpec> | Readonly<Record<string, InstrumentSpec>> | undefined;
}

/** Columns feeding one target, first (primary) column first. */
export interface Source {
  readonly cols: number[];
  readonly decode: Decoder;
  readonly path: ReadonlyArray<string | number>;
  readonly label: string;
}

/** One group of reading columns (long form: the single group; wide form: one per instrument and n). */
export interface ReadingGroup {
  readonly instrument?: string;
  readonly n?: number;
  readonly parts: Partial<Record<ReadingPart, Source>>;
  readonly scores: Array<{ readonly area: string; readonly source: Source }>;
  /** Column of the group used for issues that are not about one score (the date, else the first). */
  readonly anchor: number;
}

/** A compiled header. */
export interface Plan {
  readonly header: ReadonlyArray<string>;
  readonly shape: 'long' | 'wide' | 'none';
  readonly scalars: ReadonlyArray<{ readonly field: ScalarField; readonly source: Source }>;
  readonly readings: ReadonlyArray<ReadingGroup>;
  readonly needs: ReadonlyArray<{ readonly id: Va1OutcomeId; readonly source: Source }>;
  /** Core fields with no column (filled with `not-known`). */
  readonly missingCore: ReadonlyArray<string>;
  /** `true` when neither `age` nor `ageBand` has a column. */
  readonly missingAge: boolean;
  /** Columns read by nothing: unknown names and blank headers. */
  readonly ignored: ReadonlyArray<number>;
  /** Ignored columns with a blank header (their data is reported once if any). */
  readonly blankHeader: ReadonlyArray<number>;
  /** Header notices (row 0). */
  readonly notices: RecordIssue[];
  /** Instrument checks, when instruments were given. */
  readonly instruments?: ReadonlyMap<string, ReadonlyMap<string, { min: number; max: number; step: number | null; values?: ReadonlyArray<number> | undefined }>>;
  /** Field → first column, for mapping schema issues back to columns. */
  readonly fieldColumn: ReadonlyMap<string, number>;
}

const CODINGS: Partial<Record<ScalarField, ReadonlyArray<CodeEntry>>> = {
  gender: GENDER,
  genderSameAsBirth: GENDER_SAME_AS_BIRTH,
  disability: DISABILITY,
  ethnicity: ETHNICITY_2021,
  sex: SEX,
  disabilityDetail: DISABILITY_DETAIL,
  sexualOrientation: SEXUAL_ORIENTATION,
  religion: RELIGION,
  employmentStatus: EMPLOYMENT_STATUS,
  nationality: NATIONALITY,
  immigrationStatus: IMMIGRATION_STATUS,
  referralSource: REFERRAL_SOURCE,
  referralOutcome: REFERRAL_OUTCOME,
  unsuccessfulReason: UNSUCCESSFUL_REFERRAL_REASON,
};

/** Header spellings accepted for each field besides its own name (compared with {@link looseKey}). */
const ALIASES: Readonly<Record<string, string>> = {
  clientref: 'clientId', clientreference: 'clientId', pseudonymisedid: 'clientId', pseudonymousid: 'clientId', pseudoid: 'clientId',
  provider: 'providerId', providercode: 'providerId',
  area: 'commissioningArea', commissioningarea: 'commissioningArea',
  period: 'reportingPeriod', reportingyear: 'reportingPeriod',
  ageyears: 'age', agegroup: 'ageBand', agerange: 'ageBand',
  ethnicgroup: 'ethnicity', ethnicorigin: 'ethnicity',
  gendersameassexatbirth: 'genderSameAsBirth', gendersameassexregisteredatbirth: 'genderSameAsBirth', genderidentitysameassex: 'genderSameAsBirth',
  disabled: 'disability',
  outcode: 'postcodeDistrict', postcodeoutcode: 'postcodeDistrict',
  lsoa: 'lsoaCode', lsoa21: 'lsoaCode', lsoa11: 'lsoaCode', lsoa21cd: 'lsoaCode', lsoa11cd: 'lsoaCode',
  interpreterrequired: 'interpreterNeeded', interpreter: 'interpreterNeeded',
  dateofreferral: 'referralDate', referralsector: 'referralSource', referralstatus: 'referralOutcome',
  reasonforunsuccessfulreferral: 'unsuccessfulReason', unsuccessfulreferralreason: 'unsuccessfulReason',
  standardisedoutputs: 'outputsAchieved', outputs: 'outputsAchieved',
  accessibility: 'accessibilityRating',
  repeat: 'repeatReferral',
};

// Lookups by header text use Maps, never object literals: a header called `constructor` must not find
// Object.prototype.constructor.
const READING_ALIASES: ReadonlyMap<string, ReadingPart> = new Map<string, ReadingPart>([
  ['instrumentid', 'instrumentId'], ['instrument', 'instrumentId'], ['startype', 'instrumentId'],
  ['readingdate', 'date'], ['dateofreading', 'date'], ['stardate', 'date'], ['assessmentdate', 'date'], ['date', 'date'],
  ['retrospective', 'retrospective'], ['isretrospective', 'retrospective'],
  ['completedby', 'completedBy'],
  ['readingid', 'readingId'],
]);

/** Header key used to match field names: lower-case, without spaces, underscores, hyphens, dots, brackets or slashes. */
export function looseKey(s: string): string {
  return s.toLowerCase().replace(/[\s_\-.()/\\]+/g, '');
}

const SCALAR_KEYS: ReadonlyMap<string, ScalarField> = (() => {
  const m = new Map<string, ScalarField>();
  for (const f of CLIENT_RECORD_FIELDS) if (f !== 'readings' && f !== 'needs') m.set(looseKey(f), f);
  for (const [k, f] of Object.entries(ALIASES)) m.set(k, f as ScalarField);
  return m;
})();

/** An id as the record stores it: lower-case, white space and underscores as hyphens. */
export function toId(s: string): string {
  return s.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

function validId(id: string): boolean {
  return ID_PATTERN.test(id) && id.length <= 64 && !RESERVED_IDS.has(id);
}

const AGE_BAND_ENTRIES: ReadonlyArray<CodeEntry> = [
  ...AGE_BANDS_TS007A,
  { code: 'prefer-not-to-say', label: 'Prefer not to say', synonyms: ['declined', 'refused', 'not stated'] },
  { code: 'not-known', label: 'Not known', synonyms: ['unknown', 'not recorded'] },
];

const LOOKUP_CACHE = new Map<string, Map<string, string>>();
function lookupFor(field: string, entries: ReadonlyArray<CodeEntry>): Map<string, string> {
  let m = LOOKUP_CACHE.get(field);
  if (m === undefined) {
    m = codeLookup(entries);
    LOOKUP_CACHE.set(field, m);
  }
  return m;
}

function codesList(entries: ReadonlyArray<CodeEntry>): string {
  const codes = entries.map((e) => `'${e.code}'`);
  return codes.length > 8 ? `${codes.slice(0, 8).join(', ')}, … (${codes.length} codes; labels accepted)` : `${codes.join(', ')} (or their labels)`;
}

/** The instrument id decoder: text → id. */
const instrumentDecoder: Decoder = (cell) => {
  if (typeof cell !== 'string') {
    if (cell === null || cell === undefined || (typeof cell === 'number' && Number.isNaN(cell))) return undefined;
    return new Fail('invalid-type', `must be an instrument id (got ${String(cell)})`);
  }
  const t = cell.trim();
  if (t.length === 0) return undefined;
  const id = toId(t);
  if (!validId(id)) return new Fail('invalid-format', `must be an instrument id in lower-case letters and digits with hyphens, e.g. 'homelessness-star' (got ${JSON.stringify(t.length > 40 ? `${t.slice(0, 40)}…` : t)})`);
  return id;
};

type Target =
  | { kind: 'scalar'; field: ScalarField }
  | { kind: 'long'; part: ReadingPart }
  | { kind: 'longScore'; area: string }
  | { kind: 'wide'; instrument: string; n: number; part: ReadingPart }
  | { kind: 'wideScore'; instrument: string; n: number; area: string }
  | { kind: 'need'; id: Va1OutcomeId };

const WIDE_PARTS: ReadonlyMap<string, ReadingPart> = new Map<string, ReadingPart>([['date', 'date'], ['retrospective', 'retrospective'], ['completedby', 'completedBy'], ['readingid', 'readingId']]);
const VA1_SET = new Set<string>(VA1_OUTCOME_IDS);

function classify(name: string): Target | { kind: 'unknown'; why: string } {
  const key = looseKey(name);
  const scalar = SCALAR_KEYS.get(key);
  if (scalar !== undefined) return { kind: 'scalar', field: scalar };
  const part = READING_ALIASES.get(key);
  if (part !== undefined) return { kind: 'long', part };
  let m = /^star_([^_]+)_([^_]+)_(\d{1,4})$/i.exec(name.trim());
  if (m) {
    const instrument = (m[1] ?? '').toLowerCase();
    const p = (m[2] ?? '').toLowerCase();
    const n = Number(m[3]);
    if (!validId(instrument)) return { kind: 'unknown', why: `'${m[1]}' is not a valid instrument id` };
    if (n < 1) return { kind: 'unknown', why: 'reading numbers start at 1' };
    const wp = WIDE_PARTS.get(p);
    if (wp !== undefined) return { kind: 'wide', instrument, n, part: wp };
    if (!validId(p)) return { kind: 'unknown', why: `'${m[2]}' is not a valid area id` };
    return { kind: 'wideScore', instrument, n, area: p };
  }
  m = /^score[\s_:-]+(.+)$/i.exec(name.trim());
  if (m) {
    const area = toId(m[1] ?? '');
    if (!validId(area) || RESERVED_AREA_IDS.includes(area)) return { kind: 'unknown', why: `'${m[1]}' is not a valid area id` };
    return { kind: 'longScore', area };
  }
  m = /^need[\s_:-]+(.+)$/i.exec(name.trim());
  if (m) {
    const id = toId(m[1] ?? '');
    if (!VA1_SET.has(id)) return { kind: 'unknown', why: `'${m[1]}' is not a VA1 outcome id` };
    return { kind: 'need', id: id as Va1OutcomeId };
  }
  return { kind: 'unknown', why: 'it is not a field of the record standard' };
}

function targetKey(t: Target): string {
  switch (t.kind) {
    case 'scalar':
      return `s:${t.field}`;
    case 'long':
      return `l:${t.part}`;
    case 'longScore':
      return `ls:${t.area}`;
    case 'wide':
      return `w:${t.instrument}:${t.n}:${t.part}`;
    case 'wideScore':
      return `ws:${t.instrument}:${t.n}:${t.area}`;
    case 'need':
      return `n:${t.id}`;
  }
}

function notice(code: ErrorCode, column: string | null, message: string, path: ReadonlyArray<string | number> = []): RecordIssue {
  return { row: 0, column, path, code, message, value: null };
}

/**
 * Compiles a header into a plan. Throws `forbidden-column` (listing every such column),
 * `missing-field` (no client id column, or reading columns without instrument or date), or
 * `invalid-format` (long- and wide-form reading columns mixed, or a shape option contradicted).
 */
export function compilePlan(fn: string, header: ReadonlyArray<string>, options: PlanOptions): Plan {
  const notices: RecordIssue[] = [];
  const names = header.map((h) => {
    const raw = h.replace(/^\uFEFF/, '');
    const mapped = options.columnMap !== undefined && Object.prototype.hasOwnProperty.call(options.columnMap, raw) ? options.columnMap[raw] : undefined;
    return (mapped ?? raw).trim();
  });

  // Direct identifiers: refuse the file, naming every such column. A column mapped explicitly with
  // columnMap is the caller's statement of what it holds (its values are still checked by the field's
  // decoder); reading-column names (star_…, score_…, need_…) carry ids, not personal data.
  const mappedExplicitly = (i: number): boolean => {
    const raw = (header[i] ?? '').replace(/^\uFEFF/, '');
    return options.columnMap !== undefined && Object.prototype.hasOwnProperty.call(options.columnMap, raw);
  };
  const isReadingName = (n: string): boolean => /^(star_|score[\s_:-]|need[\s_:-])/i.test(n);
  const forbidden = findForbiddenColumns(header.map((h, i) => (mappedExplicitly(i) || isReadingName(names[i] ?? '') ? '' : h)));
  if (forbidden.length > 0) {
    const kinds = [...new Set(forbidden.map((f) => f.kind))];
    throw new InvalidInputError({
      code: 'forbidden-column',
      message: `${fn} refuses a file with columns that look like direct identifiers (${kinds.join(', ')}): ${forbidden.map((f) => JSON.stringify(f.column)).join(', ')}; remove them before reading (a column that holds no personal data can be renamed or mapped with columnMap, e.g. { Postcode: 'postcodeDistrict' }, and its values are then checked)`,
      path: ['columns'],
    });
  }

  const valueMaps = new Map<string, Map<string, string>>();
  for (const [field, map] of Object.entries(options.valueMap ?? {})) {
    if (map === undefined) continue;
    const entries = CODINGS[field as ScalarField];
    const lookup = entries ? lookupFor(field, entries) : field === 'ageBand' ? lookupFor('ageBand', AGE_BAND_ENTRIES) : undefined;
    const m = new Map<string, string>();
    for (const [from, to] of Object.entries(map)) {
      const target = lookup?.get(codeKey(to)) ?? (field === 'ageBand' ? to : undefined);
      if (target === undefined) {
        throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires options.valueMap.${field} to map to codes of ${field} (got ${JSON.stringify(to)} for ${JSON.stringify(from)})`, path: ['options', 'valueMap', field, from] });
      }
      m.set(codeKey(from), target);
    }
    valueMaps.set(field, m);
  }
  // Strings the records keep (ids, free text, periods, dates) go through one pool per read (see StringPool); codes
  // are the codings' own constants already.
  const pool = new StringPool();
  const dateDec = pool.wrap(dateDecoder(options.dateFormat ?? 'iso'));
  const decoderFor = (field: ScalarField): Decoder => {
    switch (field) {
      case 'clientId':
        return pool.wrap(idDecoder('client'));
      case 'providerId':
        return pool.wrap(idDecoder('other'));
      case 'commissioningArea':
      case 'ward':
      case 'referralRoute':
        return pool.wrap(textDecoder(100));
      case 'reportingPeriod':
        return pool.wrap(periodDecoder);
      case 'age':
        return intDecoder(0, 120);
      case 'accessibilityRating':
        return intDecoder(1, 5);
      case 'ageBand':
        return ageBandDecoder(lookupFor('ageBand', AGE_BAND_ENTRIES), valueMaps.get('ageBand'));
      case 'postcodeDistrict':
        return postcodeDistrictDecoder;
      case 'lsoaCode':
        return lsoaDecoder;
      case 'interpreterNeeded':
      case 'repeatReferral':
        return boolDecoder;
      case 'referralDate':
        return dateDec;
      case 'outputsAchieved':
      case 'providerOutputs':
        return pool.wrap(idListDecoder);
      default: {
        const entries = CODINGS[field] ?? [];
        return codeDecoder(lookupFor(field, entries), valueMaps.get(field), codesList(entries));
      }
    }
  };
  const partDecoder: Record<ReadingPart, Decoder> = {
    instrumentId: pool.wrap(instrumentDecoder),
    date: dateDec,
    retrospective: boolDecoder,
    completedBy: codeDecoder(lookupFor('completedBy', COMPLETED_BY), valueMaps.get('completedBy'), codesList(COMPLETED_BY)),
    readingId: pool.wrap(idDecoder('other')),
  };
  const needDecoder = codeDecoder(lookupFor('needStatus', NEED_STATUS), undefined, codesList(NEED_STATUS));

  // Classify every column and group duplicates.
  const groups = new Map<string, { target: Target; cols: number[] }>();
  const ignored: number[] = [];
  const blankHeader: number[] = [];
  const unknown: string[] = [];
  names.forEach((name, i) => {
    if (name.length === 0) {
      ignored.push(i);
      blankHeader.push(i);
      return;
    }
    const t = classify(name);
    if (t.kind === 'unknown') {
      ignored.push(i);
      unknown.push(header[i] ?? name);
      notices.push(notice('unknown-field', header[i] ?? name, `column ${JSON.stringify(header[i] ?? name)} was ignored: ${t.why}`));
      return;
    }
    const key = targetKey(t);
    const g = groups.get(key);
    if (g) g.cols.push(i);
    else groups.set(key, { target: t, cols: [i] });
  });
  if (options.unknownColumns === 'error' && unknown.length > 0) {
    throw new InvalidInputError({ code: 'unknown-field', message: `${fn} found columns that are not fields of the record standard: ${unknown.map((u) => JSON.stringify(u)).join(', ')} (pass unknownColumns: 'ignore', or map them with columnMap)`, path: ['columns'] });
  }
  for (const g of groups.values()) {
    if (g.cols.length > 1) {
      const cols = g.cols.map((c) => JSON.stringify(header[c]));
      notices.push(notice('duplicate', header[g.cols[1] ?? 0] ?? null, `columns ${cols.join(', ')} hold the same field; each row must agree between them (blank cells are ignored), else the row is reported`));
    }
  }

  const all = [...groups.values()];
  const hasLong = all.some((g) => g.target.kind === 'long' || g.target.kind === 'longScore');
  const hasWide = all.some((g) => g.target.kind === 'wide' || g.target.kind === 'wideScore');
  if (hasLong && hasWide) {
    throw new InvalidInputError({ code: 'invalid-format', message: `${fn} found both long-form reading columns (instrumentId, readingDate, score_<area>) and wide-form ones (star_<instrument>_<area>_<n>); a file must use one form`, path: ['columns'] });
  }
  const shape: Plan['shape'] = hasLong ? 'long' : hasWide ? 'wide' : 'none';
  if ((options.shape === 'long' && shape === 'wide') || (options.shape === 'wide' && shape === 'long')) {
    throw new InvalidInputError({ code: 'invalid-format', message: `${fn} was asked for shape '${options.shape}' but the columns are ${shape}-form`, path: ['options', 'shape'] });
  }

  const src = (cols: number[], decode: Decoder, path: ReadonlyArray<string | number>, label: string): Source => ({ cols, decode, path, label });
  const fieldColumn = new Map<string, number>();
  const scalars: Array<{ field: ScalarField; source: Source }> = [];
  for (const field of CLIENT_RECORD_FIELDS) {
    if (field === 'readings' || field === 'needs') continue;
    const g = groups.get(`s:${field}`);
    if (g) {
      scalars.push({ field, source: src(g.cols, decoderFor(field), [field], field) });
      fieldColumn.set(field, g.cols[0] ?? 0);
    }
  }
  if (!groups.has('s:clientId')) {
    throw new InvalidInputError({ code: 'missing-field', message: `${fn} requires a clientId column (a pseudonymous id; map yours with columnMap, e.g. { 'Client ref': 'clientId' }); the columns are ${header.slice(0, 12).map((h) => JSON.stringify(h)).join(', ')}${header.length > 12 ? ', …' : ''}`, path: ['columns', 'clientId'] });
  }
  const missingCore = CORE_FIELDS.filter((f) => !groups.has(`s:${f}`));
  for (const f of missingCore) notices.push(notice('missing-field', null, `the file has no ${f} column (a core field of the record standard); every record holds ${f}: 'not-known'`, [f]));
  const missingAge = !groups.has('s:age') && !groups.has('s:ageBand');
  if (missingAge) notices.push(notice('missing-field', null, "the file has no age or ageBand column (a core field of the record standard); every record holds ageBand: 'not-known'", ['ageBand']));

  const readings: ReadingGroup[] = [];
  if (shape === 'long') {
    const parts: Partial<Record<ReadingPart, Source>> = {};
    for (const part of ['instrumentId', 'date', 'retrospective', 'completedBy', 'readingId'] as const) {
      const g = groups.get(`l:${part}`);
      if (g) parts[part] = src(g.cols, partDecoder[part], ['readings', 0, part], part === 'date' ? 'readingDate' : part);
    }
    const scores = all
      .filter((g): g is { target: { kind: 'longScore'; area: string }; cols: number[] } => g.target.kind === 'longScore')
      .map((g) => ({ area: g.target.area, source: src(g.cols, numberDecoder, ['readings', 0, 'scores', g.target.area], `score ${g.target.area}`) }));
    if (parts.instrumentId === undefined || parts.date === undefined || scores.length === 0) {
      const missing = [parts.instrumentId ? '' : 'instrumentId', parts.date ? '' : 'readingDate', scores.length > 0 ? '' : 'score_<area>'].filter((s) => s.length > 0);
      throw new InvalidInputError({ code: 'missing-field', message: `${fn} found long-form reading columns but no ${missing.join(' or ')} column; a long-form file needs instrumentId, readingDate and at least one score_<area> column`, path: ['columns', missing[0] ?? ''] });
    }
    readings.push({ parts, scores, anchor: parts.date.cols[0] ?? 0 });
  } else if (shape === 'wide') {
    const byGroup = new Map<string, { instrument: string; n: number; parts: Partial<Record<ReadingPart, Source>>; scores: Array<{ area: string; source: Source }>; first: number }>();
    for (const g of all) {
      const t = g.target;
      if (t.kind !== 'wide' && t.kind !== 'wideScore') continue;
      const key = `${t.instrument}:${t.n}`;
      let rg = byGroup.get(key);
      if (!rg) {
        rg = { instrument: t.instrument, n: t.n, parts: {}, scores: [], first: g.cols[0] ?? 0 };
        byGroup.set(key, rg);
      }
      rg.first = Math.min(rg.first, g.cols[0] ?? 0);
      if (t.kind === 'wide') rg.parts[t.part] = src(g.cols, partDecoder[t.part], ['readings', 0, t.part], `star_${t.instrument}_${t.part === 'date' ? 'date' : t.part.toLowerCase()}_${t.n}`);
      else rg.scores.push({ area: t.area, source: src(g.cols, numberDecoder, ['readings', 0, 'scores', t.area], `star_${t.instrument}_${t.area}_${t.n}`) });
    }
    const noDate: string[] = [];
    const noScores: string[] = [];
    for (const rg of byGroup.values()) {
      if (rg.parts.date === undefined) noDate.push(`star_${rg.instrument}_date_${rg.n}`);
      if (rg.scores.length === 0) noScores.push(`star_${rg.instrument}_<area>_${rg.n}`);
    }
    if (noDate.length > 0 || noScores.length > 0) {
      throw new InvalidInputError({ code: 'missing-field', message: `${fn} found wide-form reading columns without ${[...noDate, ...noScores].slice(0, 6).join(', ')}${noDate.length + noScores.length > 6 ? ', …' : ''}; each reading n of an instrument needs a star_<instrument>_date_<n> column and at least one score column`, path: ['columns'] });
    }
    for (const rg of [...byGroup.values()].sort((a, b) => a.first - b.first)) {
      readings.push({ instrument: rg.instrument, n: rg.n, parts: rg.parts, scores: rg.scores, anchor: rg.parts.date?.cols[0] ?? rg.first });
    }
  }

  const needs = VA1_OUTCOME_IDS.flatMap((id) => {
    const g = groups.get(`n:${id}`);
    return g ? [{ id, source: src(g.cols, needDecoder, ['needs', id], `need_${id}`) }] : [];
  });

  let instruments: Plan['instruments'];
  if (options.instruments !== undefined) {
    const m = new Map<string, Map<string, { min: number; max: number; step: number | null; values?: ReadonlyArray<number> | undefined }>>();
    const list: ReadonlyArray<InstrumentSpec> = Array.isArray(options.instruments) ? options.instruments : Object.values(options.instruments);
    for (const ins of list) {
      const areas = new Map<string, { min: number; max: number; step: number | null; values?: ReadonlyArray<number> | undefined }>();
      for (const a of ins.areas) {
        const step = ins.scale?.step ?? null;
        if (a.scale) areas.set(a.id, { min: a.scale.min, max: a.scale.max, step });
        else if (ins.scale) areas.set(a.id, { min: ins.scale.min, max: ins.scale.max, step, values: ins.scale.values });
        else areas.set(a.id, { min: Number.NEGATIVE_INFINITY, max: Number.POSITIVE_INFINITY, step: null });
      }
      if (ins.items) for (const id of ins.items.ids) areas.set(id, { min: ins.items.responseMin, max: ins.items.responseMax, step: 1 });
      m.set(ins.id, areas);
    }
    instruments = m;
  }

  return { header, shape, scalars, readings, needs, missingCore, missingAge, ignored, blankHeader, notices, fieldColumn, ...(instruments ? { instruments } : {}) };
}
