/**
 * Cell decoders: turn one cell of a CSV (a string), a worksheet (string, number, boolean, Date, error)
 * or a table (any value) into the typed value of a record field, or a {@link Fail} saying why not.
 * Blank cells decode to `undefined`. Decoders never throw and allocate only on failure.
 */
import type { ErrorCode } from '../../errors';
import { describeValue } from '../../_internal/describeValue';
import type { CodeEntry } from '../../schema/codings';
import {
  ageBandSpan,
  CLIENT_ID_PATTERN,
  CONTROL_RE,
  isIsoDate,
  isReportingPeriod,
  LSOA_CODE_PATTERN,
  OUTPUT_ID_PATTERN,
  POSTCODE_DISTRICT_PATTERN,
} from '../../schema/_internal/formats';
import { looksLikeFullPostcode, looksLikeNhsNumber, looksLikePhoneNumber, personalDataIn } from '../../schema/_internal/personalData';

/** Why a cell could not be decoded. */
export class Fail {
  constructor(
    readonly code: ErrorCode,
    readonly message: string,
  ) {}
}

/** An Excel error value in a worksheet cell (`#N/A`, `#VALUE!`, …). */
export class SheetError {
  constructor(readonly error: string) {}
}

/** A cell decoder: value, `undefined` for a blank cell, or a Fail. */
export type Decoder = (cell: unknown) => unknown;

const FORMULA_ESCAPED = /^'+[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * The text of a string cell as the record sees it: trimmed, and with the leading apostrophe that
 * `toCsv` adds to neutralise a formula removed again (so that writing and reading round-trips).
 */
export function cleanText(s: string): string {
  let t = s.trim();
  if (t.charCodeAt(0) === 39 && FORMULA_ESCAPED.test(t)) t = t.slice(1);
  return t;
}

/** `true` for an empty cell: null, undefined, NaN, or a string of white space only. */
export function isBlank(cell: unknown): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === 'string') return cell.trim().length === 0;
  if (typeof cell === 'number') return Number.isNaN(cell);
  return false;
}

/** The raw cell as text for an issue's `value`: at most 100 characters. */
export function rawText(cell: unknown): string | null {
  if (cell === null || cell === undefined) return null;
  let s: string;
  if (typeof cell === 'string') s = cell;
  else if (cell instanceof Date) s = Number.isNaN(cell.getTime()) ? 'Invalid Date' : cell.toISOString();
  else if (cell instanceof SheetError) s = cell.error;
  else if (typeof cell === 'number' || typeof cell === 'boolean' || typeof cell === 'bigint') s = String(cell);
  else s = describeValue(cell);
  return s.length > 100 ? `${s.slice(0, 99)}…` : s;
}

function got(cell: unknown): string {
  if (typeof cell === 'string') return describeValue(cell);
  if (cell instanceof SheetError) return `the sheet error ${cell.error}`;
  return describeValue(cell);
}

/**
 * A string cell's text, or a Fail for cells that are not text. Numbers become their decimal text when
 * `numbers` is true (ids typed as numbers in a worksheet).
 */
function text(cell: unknown, numbers: boolean): string | Fail | undefined {
  if (typeof cell === 'string') {
    const t = cleanText(cell);
    if (t.length === 0) return undefined;
    if (t.includes('\uFFFD')) return new Fail('invalid-format', `holds an invalid byte sequence (got ${got(cell)}); the file is not in the expected encoding: save it as "CSV UTF-8" or pass the encoding option`);
    return t;
  }
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === 'number') {
    if (Number.isNaN(cell)) return undefined;
    if (numbers && Number.isSafeInteger(cell) && cell >= 0) return String(cell);
  }
  if (cell instanceof SheetError) return new Fail('invalid-format', `holds ${got(cell)}`);
  return new Fail('invalid-type', `must be text (got ${got(cell)})`);
}

/** Decodes a pseudonymous client id (or provider / reading id). */
export function idDecoder(kind: 'client' | 'other'): Decoder {
  return (cell) => {
    const t = text(cell, true);
    if (t === undefined || t instanceof Fail) return t;
    if (t.includes('@')) return new Fail('forbidden-column', 'must be a pseudonymous id, not an email address (value withheld)');
    if (!CLIENT_ID_PATTERN.test(t)) {
      if (kind === 'client' && looksLikeNhsNumber(t)) return new Fail('forbidden-column', 'looks like an NHS number; use a pseudonymous id (value withheld)');
      return new Fail('invalid-format', `must be 1–64 characters from A–Z a–z 0–9 . _ : / - starting with a letter or digit (got ${got(t)})`);
    }
    if (kind === 'client' && looksLikeNhsNumber(t)) return new Fail('forbidden-column', 'looks like an NHS number; use a pseudonymous id (value withheld)');
    if (kind === 'client' && looksLikePhoneNumber(t)) return new Fail('forbidden-column', 'looks like a phone number; use a pseudonymous id (value withheld)');
    return t;
  };
}

/** Decodes one line of free text (up to `max` characters) that must not carry personal data. */
export function textDecoder(max: number): Decoder {
  return (cell) => {
    const t = text(cell, true);
    if (t === undefined || t instanceof Fail) return t;
    if (t.length > max) return new Fail('out-of-range', `must be at most ${max} characters (got ${t.length})`);
    if (CONTROL_RE.test(t)) return new Fail('invalid-format', `must be one line without control characters (got ${got(t)})`);
    const pd = personalDataIn(t);
    if (pd !== undefined) return new Fail('forbidden-column', `must not hold personal data (found what looks like ${pd === 'nhs-number' ? 'an NHS number' : pd === 'email' ? 'an email address' : pd === 'phone' ? 'a phone number' : 'a full postcode'}; value withheld)`);
    return t;
  };
}

/** Decodes a reporting period. */
export const periodDecoder: Decoder = (cell) => {
  const t = text(cell, true);
  if (t === undefined || t instanceof Fail) return t;
  const v = t.replace(/\s+/g, ' ').replace(/[\u2010-\u2015/]/g, '-').replace(/ ?q([1-4])$/i, ' Q$1').replace(/-q([1-4])$/i, '-Q$1');
  const canonical = /^\d{4}-Q[1-4]$/.test(v) ? v : v.replace(/^(\d{4}-\d{2})-?\s?(Q[1-4])$/, '$1 $2');
  if (!isReportingPeriod(canonical)) return new Fail('invalid-format', `must be a financial year '2023-24', a quarter '2023-24 Q1', a year '2023' or '2023-Q1' (got ${got(cell)})`);
  return canonical;
};

const INT_RE = /^[+-]?\d+(?:\.0+)?$/;
const NUM_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Decodes an integer in [min, max]. */
export function intDecoder(min: number, max: number): Decoder {
  return (cell) => {
    let v: number;
    if (typeof cell === 'number') {
      if (Number.isNaN(cell)) return undefined;
      v = cell;
    } else if (typeof cell === 'string') {
      const t = cleanText(cell);
      if (t.length === 0) return undefined;
      if (!INT_RE.test(t)) return new Fail('not-an-integer', `must be a whole number from ${min} to ${max} (got ${got(cell)})`);
      v = Number(t);
    } else if (cell === null || cell === undefined) return undefined;
    else return new Fail('invalid-type', `must be a whole number from ${min} to ${max} (got ${got(cell)})`);
    if (!Number.isInteger(v)) return new Fail('not-an-integer', `must be a whole number from ${min} to ${max} (got ${got(cell)})`);
    if (v < min || v > max) return new Fail('out-of-range', `must be a whole number from ${min} to ${max} (got ${got(cell)})`);
    return v === 0 ? 0 : v;
  };
}

/** Decodes a finite number (a score). `-0` becomes 0. */
export const numberDecoder: Decoder = (cell) => {
  let v: number;
  if (typeof cell === 'number') {
    if (Number.isNaN(cell)) return undefined;
    v = cell;
  } else if (typeof cell === 'string') {
    const t = cleanText(cell);
    if (t.length === 0) return undefined;
    if (!NUM_RE.test(t)) {
      if (/^[+-]?\d+,\d+$/.test(t)) return new Fail('not-a-number', `must be a number with a decimal point, not a comma (got ${got(cell)})`);
      return new Fail('not-a-number', `must be a number (got ${got(cell)})`);
    }
    v = Number(t);
  } else if (cell === null || cell === undefined) return undefined;
  else return new Fail('not-a-number', `must be a number (got ${got(cell)})`);
  if (!Number.isFinite(v)) return new Fail('non-finite', `must be a finite number (got ${got(cell)})`);
  return v === 0 ? 0 : v;
};

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 't']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'f']);

/** Decodes a yes/no value. */
export const boolDecoder: Decoder = (cell) => {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') {
    if (Number.isNaN(cell)) return undefined;
    if (cell === 1) return true;
    if (cell === 0) return false;
  }
  if (typeof cell === 'string') {
    const t = cleanText(cell).toLowerCase();
    if (t.length === 0) return undefined;
    if (TRUE_WORDS.has(t)) return true;
    if (FALSE_WORDS.has(t)) return false;
  }
  if (cell === null || cell === undefined) return undefined;
  return new Fail('invalid-type', `must be yes or no (true/false, 1/0) (got ${got(cell)})`);
};

/** Decodes a date to ISO `YYYY-MM-DD`; with `dmy`, `DD/MM/YYYY` (also with `-` or `.`) is read too. */
export function dateDecoder(dateFormat: 'iso' | 'dmy'): Decoder {
  const hint = dateFormat === 'dmy' ? 'a date YYYY-MM-DD or DD/MM/YYYY in 1900–2100' : "an ISO date YYYY-MM-DD in 1900–2100 (pass dateFormat: 'dmy' for DD/MM/YYYY)";
  return (cell) => {
    if (cell instanceof Date) {
      if (Number.isNaN(cell.getTime())) return new Fail('invalid-date', `must be ${hint} (got an invalid date)`);
      const iso = cell.toISOString().slice(0, 10);
      return isIsoDate(iso) ? iso : new Fail('invalid-date', `must be a date in 1900–2100 (got ${iso})`);
    }
    const t = text(cell, false);
    if (t === undefined) return undefined;
    if (t instanceof Fail) return typeof cell === 'number' ? new Fail('invalid-date', `must be ${hint}, not a number (an Excel date serial?) (got ${got(cell)})`) : t;
    let iso = t;
    const dt = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
    if (dt) iso = dt[1] ?? t;
    else if (dateFormat === 'dmy') {
      const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
      if (m) iso = `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
    }
    if (!isIsoDate(iso)) return new Fail('invalid-date', `must be ${hint} (got ${got(cell)})`);
    return iso;
  };
}

/** Decodes a postcode district; a full postcode is refused with its own message. */
export const postcodeDistrictDecoder: Decoder = (cell) => {
  const t = text(cell, false);
  if (t === undefined || t instanceof Fail) return t;
  if (looksLikeFullPostcode(t)) return new Fail('forbidden-column', "must be a postcode district (outward code, e.g. 'B15'), not a full postcode (value withheld)");
  const v = t.toUpperCase();
  if (!POSTCODE_DISTRICT_PATTERN.test(v)) return new Fail('invalid-format', `must be a postcode district (outward code) such as 'B15' or 'SW1A' (got ${got(t)})`);
  return v;
};

/** Decodes an LSOA code. */
export const lsoaDecoder: Decoder = (cell) => {
  const t = text(cell, false);
  if (t === undefined || t instanceof Fail) return t;
  const v = t.toUpperCase();
  if (!LSOA_CODE_PATTERN.test(v)) return new Fail('invalid-format', `must be an LSOA code such as 'E01000001' (got ${got(t)})`);
  return v;
};

/** Decodes a `;`-separated list of output ids (unique). */
export const idListDecoder: Decoder = (cell) => {
  const t = text(cell, true);
  if (t === undefined || t instanceof Fail) return t;
  const ids = t.split(';').map((s) => s.trim()).filter((s) => s.length > 0);
  if (ids.length === 0) return undefined;
  for (const id of ids) {
    if (!OUTPUT_ID_PATTERN.test(id)) return new Fail('invalid-format', `must be ids separated by ';', each 1–100 characters from A–Z a–z 0–9 . _ : / - (got ${got(id)})`);
  }
  if (new Set(ids).size !== ids.length) return new Fail('duplicate', `must not repeat an id (got ${got(t)})`);
  return ids;
};

/** The key under which codes, labels and synonyms are matched: case, spacing, hyphens and dashes folded. */
export function codeKey(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2010-\u2015_-]/g, ' ')
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Builds the lookup of a coding: code, label, census label and synonyms → code. */
export function codeLookup(entries: ReadonlyArray<CodeEntry>): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of entries) {
    for (const s of [e.code, e.label, e.census?.label, ...(e.synonyms ?? [])]) {
      if (s === undefined) continue;
      const k = codeKey(s);
      if (!map.has(k)) map.set(k, e.code);
    }
  }
  return map;
}

const MEMO_LIMIT = 4096;

/** Decodes a coded field through `lookup` (after the caller's `valueMap`, matched by the same key). */
export function codeDecoder(lookup: ReadonlyMap<string, string>, userMap: ReadonlyMap<string, string> | undefined, list: string): Decoder {
  // Files repeat a handful of spellings per field: remember each raw text's outcome.
  const memo = new Map<string, unknown>();
  return (cell) => {
    if (typeof cell === 'string') {
      const hit = memo.get(cell);
      if (hit !== undefined) return hit;
    }
    const t = text(cell, true);
    if (t === undefined || t instanceof Fail) return t;
    const k = codeKey(t);
    const code = userMap?.get(k) ?? lookup.get(k);
    const out = code === undefined ? new Fail('unknown-category', `must be one of ${list} (got ${got(t)})`) : code;
    if (typeof cell === 'string' && memo.size < MEMO_LIMIT) memo.set(cell, out);
    return out;
  };
}

/** Decodes an age band to `<min>-<max>` / `<min>+`, accepting census labels and common spellings. */
export function ageBandDecoder(lookup: ReadonlyMap<string, string>, userMap: ReadonlyMap<string, string> | undefined): Decoder {
  const memo = new Map<string, unknown>();
  const decode = (cell: unknown): unknown => {
    const t = text(cell, false);
    if (t === undefined) return undefined;
    if (t instanceof Fail) return typeof cell === 'number' ? new Fail('invalid-type', `must be a band such as '18-24' or '85+', not a number (use the age column for ages) (got ${got(cell)})`) : t;
    const k = codeKey(t);
    const mapped = userMap?.get(k) ?? lookup.get(k);
    if (mapped !== undefined) return mapped;
    const s = t
      .toLowerCase()
      .replace(/[\u2010-\u2015]/g, '-')
      .replace(/^aged\s+/, '')
      .replace(/\s*years?(?:\s+old)?/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    let band: string | undefined;
    let m: RegExpExecArray | null;
    if ((m = /^(\d{1,3})\s*(?:-|to)\s*(\d{1,3})$/.exec(s))) band = `${Number(m[1])}-${Number(m[2])}`;
    else if ((m = /^(\d{1,3})\s*(?:\+|and over|or over|and above|or older|plus)$/.exec(s))) band = `${Number(m[1])}+`;
    else if ((m = /^(\d{1,3}) (?:and|or) under$/.exec(s))) band = `0-${Number(m[1])}`;
    else if ((m = /^under (\d{1,3})$/.exec(s))) band = Number(m[1]) > 0 ? `0-${Number(m[1]) - 1}` : undefined;
    if (band === undefined || ageBandSpan(band) === undefined) {
      return new Fail('invalid-format', `must be an age band such as '18-24', '85+' or 'Aged 20 to 24 years', 'prefer-not-to-say' or 'not-known' (got ${got(t)})`);
    }
    return band;
  };
  return (cell) => {
    if (typeof cell !== 'string') return decode(cell);
    const hit = memo.get(cell);
    if (hit !== undefined) return hit;
    const out = decode(cell);
    if (memo.size < MEMO_LIMIT) memo.set(cell, out);
    return out;
  };
}
