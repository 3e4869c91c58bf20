// Seeded synthetic provider returns in the record standard's long form, with a known share of
// corrupted rows, for the io tests (20k rows) and bench/io (1M rows). Each corrupted row records the
// column the reader must name, so tests can check that every bad row is reported where it is.
import { ETHNICITY_2021 } from '../../../src/schema/codings';

import { mulberry32 } from '../../_helpers/mulberry32';

/** mulberry32: a small seeded generator, enough for test data. */
export const rng = mulberry32;

export const HEADER = [
  'clientId', 'providerId', 'ageBand', 'gender', 'genderSameAsBirth', 'disability', 'ethnicity', 'postcodeDistrict',
  'referralSource', 'instrumentId', 'readingDate', 'score_managing-money', 'score_managing-tenancy',
  'score_physical-health', 'score_emotional-mental-health', 'score_social-networks',
];

/** Kinds of corruption, with the column the reader must name. */
export const CORRUPTIONS = [
  { kind: 'score-not-number', column: 'score_physical-health' },
  { kind: 'invalid-date', column: 'readingDate' },
  { kind: 'blank-client', column: 'clientId' },
  { kind: 'unknown-ethnicity', column: 'ethnicity' },
  { kind: 'missing-field', column: 'score_social-networks' },
  { kind: 'extra-field', column: '(extra field 17)' },
  { kind: 'stray-quote', column: 'clientId' },
  { kind: 'full-postcode', column: 'postcodeDistrict' },
  { kind: 'age-band', column: 'ageBand' },
  { kind: 'unclosed-quote', column: 'providerId' },
] as const;

const BANDS = ['18-24', '25-34', '35-49', '50-64', '65+'];
const GENDERS = ['man', 'woman', 'self-describe', 'prefer-not-to-say', 'not-known', 'Woman', 'Man'];
const SAME = ['yes', 'no', 'prefer-not-to-say', 'not-known'];
const DISABILITY = ['yes', 'no', 'not-known'];
const DISTRICTS = ['B1', 'B5', 'B10', 'B11', 'B15', 'B21', 'B29', 'B44'];
const SOURCES = ['statutory', 'vcse', 'self', 'family-or-friend'];
const ETHNIC = ETHNICITY_2021.filter((e) => e.code !== 'prefer-not-to-say' && e.code !== 'not-known');

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One generated line and, when corrupted, what the reader must report. */
export interface SyntheticLine {
  readonly line: string;
  readonly bad?: { readonly kind: string; readonly column: string };
}

/**
 * The data lines of a synthetic file (header excluded). Row i (1-based) is corrupted with probability
 * `badRate`, cycling through the corruption kinds. Unclosed quotes are placed so that a later quoted
 * field closes them (the realistic case: the reader must report the line and re-read the rest).
 */
export function* syntheticLines(n: number, seed: number, badRate = 0.01): Generator<SyntheticLine> {
  const r = rng(seed);
  const pick = <T>(xs: ReadonlyArray<T>): T => xs[Math.floor(r() * xs.length)] as T;
  let k = 0;
  for (let i = 1; i <= n; i++) {
    const eth = pick(ETHNIC);
    const ethText = r() < 0.5 ? eth.code : eth.label;
    const day = 1 + Math.floor(r() * 28);
    const month = 1 + Math.floor(r() * 12);
    const scores: string[] = Array.from({ length: 5 }, () => (r() < 0.03 ? '' : String(1 + Math.floor(r() * 10))));
    if (!scores.some((s) => s !== '')) scores[0] = '5';
    const cells = [
      `C${String(i).padStart(7, '0')}`, `P${1 + (i % 12)}`, pick(BANDS), pick(GENDERS), pick(SAME), pick(DISABILITY),
      csvField(ethText), pick(DISTRICTS), pick(SOURCES), 'homelessness-star',
      `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, ...scores,
    ];
    const corrupt = r() < badRate && i > 1;
    if (!corrupt) {
      yield { line: cells.join(',') };
      continue;
    }
    const c = CORRUPTIONS[k++ % CORRUPTIONS.length] as (typeof CORRUPTIONS)[number];
    switch (c.kind) {
      case 'score-not-number':
        cells[13] = 'n/a';
        break;
      case 'invalid-date':
        cells[10] = '2023-02-30';
        break;
      case 'blank-client':
        cells[0] = '';
        break;
      case 'unknown-ethnicity':
        cells[6] = 'Martian';
        break;
      case 'missing-field':
        cells.pop();
        break;
      case 'extra-field':
        cells.push('7');
        break;
      case 'stray-quote':
        cells[0] = `C${i}"x`;
        break;
      case 'full-postcode':
        cells[7] = 'B15 2TT';
        break;
      case 'age-band':
        cells[2] = '64-25';
        break;
      case 'unclosed-quote':
        // A quote opens the providerId field and is never closed on this line; the next quoted
        // field in the file (a census label) closes it, many lines later.
        cells[1] = `"P${1 + (i % 12)}`;
        cells[6] = eth.code;
        break;
    }
    yield { line: cells.join(','), bad: c };
  }
}

/** A whole synthetic file in memory, with the expected bad rows (row → column). */
export function syntheticCsv(n: number, seed: number, badRate = 0.01, eol = '\n'): { text: string; bad: Map<number, string>; rows: number } {
  const lines = [HEADER.join(',')];
  const bad = new Map<number, string>();
  let row = 0;
  for (const l of syntheticLines(n, seed, badRate)) {
    row++;
    lines.push(l.line);
    if (l.bad) bad.set(row, l.bad.column);
  }
  return { text: lines.join(eol) + eol, bad, rows: row };
}
