// Child process of bench/io/parseRecords.bench.ts (bundled by esbuild, run with `node child.mjs <mode> <csv> <bad.json>`):
// parses the 1M-row file one way and prints one JSON line with time, peak RSS and (for our readers) the acceptance checks.
//   parseFile        social-outcomes parseFile (streams the file, collects every record: the documented path for big files)
//   stream           social-outcomes parseRecordsStream over a file stream (batches counted, records not kept)
//   csv-parse        csv-parse alone, streaming, every row kept as an object (columns: true)
//   csv-parse-count  csv-parse alone, streaming, rows counted, not kept
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { parse } from 'csv-parse';
import { parseFile, parseRecordsStream } from '../../src/io';
import type { RecordIssue } from '../../src/schema/recordIssue';

const [mode, csvPath, badPath] = process.argv.slice(2) as [string, string, string];
const fileBytes = statSync(csvPath).size;

interface Checks {
  inputRows: number;
  records: number;
  rowsWithIssues: number;
  identity: boolean;
  expectedBad: number;
  badReportedWithRowAndColumn: number;
  badMissing: number;
  wrongColumn: number;
  unexpectedBadRows: number;
}

/** Every expected bad row must be reported at its row, naming its column (the first issue of the row), and no other row may be bad. */
function check(inputRows: number, records: number, rowsWithIssues: number, firstIssue: Map<number, RecordIssue>): Checks {
  const bad = new Map<number, string>(JSON.parse(readFileSync(badPath, 'utf8')) as Array<[number, string]>);
  let ok = 0, missing = 0, wrong = 0;
  for (const [row, column] of bad) {
    const i = firstIssue.get(row);
    if (i === undefined) missing++;
    else if (i.column !== column) wrong++;
    else ok++;
  }
  let unexpected = 0;
  for (const row of firstIssue.keys()) if (!bad.has(row)) unexpected++;
  return { inputRows, records, rowsWithIssues, identity: records + rowsWithIssues === inputRows, expectedBad: bad.size, badReportedWithRowAndColumn: ok, badMissing: missing, wrongColumn: wrong, unexpectedBadRows: unexpected };
}

function firstIssues(issues: ReadonlyArray<RecordIssue>, into: Map<number, RecordIssue>): void {
  for (const i of issues) if (i.row > 0 && !into.has(i.row)) into.set(i.row, i);
}

async function main(): Promise<void> {
  const t0 = performance.now();
  let rows = 0;
  let checks: Checks | undefined;
  let kept = 0;
  if (mode === 'parseFile') {
    const r = await parseFile(csvPath);
    rows = r.stats.inputRows;
    kept = r.records.length;
    const first = new Map<number, RecordIssue>();
    firstIssues(r.issues, first);
    checks = check(r.stats.inputRows, r.records.length, r.stats.rowsWithIssues, first);
  } else if (mode === 'stream') {
    const first = new Map<number, RecordIssue>();
    let records = 0, inputRows = 0, rowsWithIssues = 0;
    const stream = createReadStream(csvPath, { highWaterMark: 1 << 20 });
    for await (const b of parseRecordsStream(stream)) {
      records += b.records.length;
      firstIssues(b.issues, first);
      inputRows = b.stats.inputRows;
      rowsWithIssues = b.stats.rowsWithIssues;
    }
    rows = inputRows;
    checks = check(inputRows, records, rowsWithIssues, first);
  } else if (mode === 'csv-parse' || mode === 'csv-parse-count') {
    const keep = mode === 'csv-parse';
    const out: unknown[] = [];
    // the options our reader needs to survive corrupted rows (relaxed quotes and column counts)
    const parser = createReadStream(csvPath, { highWaterMark: 1 << 20 }).pipe(parse({ columns: true, bom: true, relax_quotes: true, relax_column_count: true, skip_empty_lines: true }));
    for await (const rec of parser) {
      rows++;
      if (keep) out.push(rec);
    }
    kept = out.length;
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
  const ms = performance.now() - t0;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ mode, rows, kept, ms, rowsPerSec: (rows / ms) * 1000, mbPerSec: fileBytes / 2 ** 20 / (ms / 1000), peakMb, checks })}\n`);
}

await main();
