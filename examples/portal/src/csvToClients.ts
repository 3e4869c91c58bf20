/**
 * Reads a long-form records CSV (one row per reading, as `social-outcomes demo` and `toCsv` write it)
 * into one client per `clientId`, in the browser.
 *
 * This is the minimal browser equivalent of `parseRecords` + `normaliseRecords` (both in
 * `social-outcomes/io` / `schema`, which are Node-side): it reads only the fields the portal summary
 * uses, expects the record standard's codes (not census labels or synonyms), and reports rows it
 * cannot read instead of guessing. test/e2e/portal.test.ts checks that on the demo file it gives the
 * same clients and readings as the Node reader.
 *
 * @packageDocumentation
 */
import { parse } from 'csv-parse/browser/esm/sync';
import type { Reading } from 'social-outcomes/outcomes';

/** One client as the portal needs it: the fields of the record standard the summary reads. */
export interface PortalClient {
  /** Pseudonymous client id. */
  readonly clientId: string;
  /** Provider id (`unknown` when the file has none). */
  readonly providerId?: string;
  /** Gender code. */
  readonly gender: string;
  /** Disability code (`yes`, `no`, `prefer-not-to-say`, `not-known`). */
  readonly disability: string;
  /** Ethnicity code of the record standard (`asian-indian`, `white-british`, …). */
  readonly ethnicity: string;
  /** Sex code (`female`, `male`), when recorded. */
  readonly sex?: string;
  /** Age band, when recorded. */
  readonly ageBand?: string;
  /** The client's readings, sorted by date then instrument id (as `normaliseRecords` sorts them). */
  readonly readings: ReadonlyArray<Reading>;
}

/** A row the page could not read. */
export interface PortalRowIssue {
  /** 1-based data row (header excluded). */
  readonly row: number;
  /** Column concerned. */
  readonly column: string;
  /** What is wrong, in words. */
  readonly message: string;
}

/** Result of {@link csvToClients}. */
export interface CsvToClientsResult {
  /** One client per distinct `clientId`, in order of first appearance. */
  readonly clients: PortalClient[];
  /** Rows left out, with the reason. */
  readonly issues: PortalRowIssue[];
  /** Counts: data rows, rows used, readings, distinct clients. */
  readonly stats: { readonly rows: number; readonly rowsUsed: number; readonly readings: number; readonly clients: number };
}

/** Header match key: case, spaces, `_`, `-` and `.` ignored (as `parseRecords` matches columns). */
const key = (h: string): string => h.toLowerCase().replace(/[\s_.-]+/g, '');
const FIELDS = ['clientId', 'providerId', 'gender', 'disability', 'ethnicity', 'sex', 'ageBand', 'instrumentId', 'readingDate', 'retrospective'] as const;
type Field = (typeof FIELDS)[number];
const CORE = ['gender', 'disability', 'ethnicity'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Draft {
  clientId: string;
  providerId?: string;
  gender: string;
  disability: string;
  ethnicity: string;
  sex?: string;
  ageBand?: string;
  readings: Reading[];
}

/**
 * Parses CSV text of the long record format into clients with their readings.
 *
 * @param text - the CSV file's text (a byte-order mark is ignored)
 * @returns clients, row issues and counts
 * @throws {Error} when the file has no `clientId` column or is a wide-form file
 */
export function csvToClients(text: string): CsvToClientsResult {
  const rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  const header = rows[0] ?? [];
  const col = new Map<Field, number>();
  const scoreCols: Array<{ index: number; area: string; name: string }> = [];
  header.forEach((h, i) => {
    const name = h.trim();
    const m = /^score[\s_.-]*(.+)$/i.exec(name);
    if (m !== null) {
      scoreCols.push({ index: i, area: (m[1] as string).trim().toLowerCase(), name });
      return;
    }
    const f = FIELDS.find((x) => key(x) === key(name));
    if (f !== undefined && !col.has(f)) col.set(f, i);
  });
  if (!col.has('clientId')) throw new Error('the file has no clientId column: is it a records file of the social-outcomes standard?');
  if (header.some((h) => /^star_/i.test(h.trim()))) throw new Error('this page reads the long form (one row per reading); the file is in the wide form');

  const issues: PortalRowIssue[] = [];
  const byId = new Map<string, Draft>();
  let rowsUsed = 0;
  let readings = 0;
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r] as string[];
    const cell = (f: Field): string | undefined => {
      const i = col.get(f);
      const v = i === undefined ? undefined : cells[i]?.trim();
      return v === undefined || v === '' ? undefined : v;
    };
    const clientId = cell('clientId');
    if (clientId === undefined) {
      issues.push({ row: r, column: 'clientId', message: 'missing client id' });
      continue;
    }
    const scores: Record<string, number> = {};
    let bad: PortalRowIssue | undefined;
    for (const s of scoreCols) {
      const raw = cells[s.index]?.trim() ?? '';
      if (raw === '') continue;
      const v = Number(raw);
      if (!Number.isFinite(v)) {
        bad = { row: r, column: s.name, message: `score is not a number (${raw.slice(0, 20)})` };
        break;
      }
      scores[s.area] = v;
    }
    const instrumentId = cell('instrumentId')?.toLowerCase();
    const date = cell('readingDate');
    if (bad === undefined && instrumentId !== undefined && (date === undefined || !ISO_DATE.test(date))) {
      bad = { row: r, column: 'readingDate', message: `reading date is not an ISO date YYYY-MM-DD (${date ?? 'blank'})` };
    }
    if (bad !== undefined) {
      issues.push(bad);
      continue;
    }
    rowsUsed++;
    let draft = byId.get(clientId);
    if (draft === undefined) {
      const lower = (f: Field): string | undefined => cell(f)?.toLowerCase();
      draft = { clientId, gender: lower('gender') ?? 'not-known', disability: lower('disability') ?? 'not-known', ethnicity: lower('ethnicity') ?? 'not-known', readings: [] };
      const providerId = cell('providerId');
      if (providerId !== undefined) draft.providerId = providerId;
      const sex = lower('sex');
      if (sex !== undefined) draft.sex = sex;
      const ageBand = lower('ageBand');
      if (ageBand !== undefined) draft.ageBand = ageBand;
      for (const f of CORE) if (draft[f] === '') draft[f] = 'not-known';
      byId.set(clientId, draft);
    }
    if (instrumentId !== undefined && date !== undefined) {
      const retro = cell('retrospective')?.toLowerCase();
      const reading: Reading = {
        clientId,
        instrumentId,
        date,
        scores,
        ...(retro === 'true' || retro === 'yes' ? { retrospective: true } : retro === 'false' || retro === 'no' ? { retrospective: false } : {}),
      };
      draft.readings.push(reading);
      readings++;
    }
  }
  const clients: PortalClient[] = [];
  for (const d of byId.values()) {
    // Sorted copy by date, then instrument id: the order normaliseRecords gives (sort is stable).
    const sorted = [...d.readings].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.instrumentId < b.instrumentId ? -1 : a.instrumentId > b.instrumentId ? 1 : 0));
    clients.push({ ...d, readings: sorted });
  }
  return { clients, issues, stats: { rows: rows.length - 1, rowsUsed, readings, clients: clients.length } };
}
