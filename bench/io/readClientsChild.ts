// Child process of bench/io/readClients.bench.ts (bundled by esbuild, run with `node child.mjs <mode> <csv>`): reads a
// long-form cohort file into one record per client one way and prints one JSON line with time, peak RSS and a digest
// of the result (so the two ways can be checked to agree).
//   two-steps  parseFile, then normaliseRecords (what the CLI did before: every row's record held, each checked twice)
//   merged     the CLI's reader (src/io/_internal/readClients): batches of rows merged per client as they are read
import { createHash } from 'node:crypto';
import { parseFile } from '../../src/io';
import { readClientsFile } from '../../src/io/_internal/readClients';
import { normaliseRecords } from '../../src/schema';

const [mode, csvPath] = process.argv.slice(2) as [string, string];

async function main(): Promise<void> {
  const t0 = performance.now();
  let result: { clients: unknown[]; issues: unknown[]; stats: { inputRows: number } };
  if (mode === 'two-steps') {
    const parsed = await parseFile(csvPath);
    const merged = normaliseRecords(parsed.records, { rows: parsed.recordRows });
    result = { clients: merged.clients, issues: [...parsed.issues, ...merged.issues].sort((a, b) => a.row - b.row), stats: parsed.stats };
  } else if (mode === 'merged') {
    result = await readClientsFile('parseFile', csvPath);
  } else throw new Error(`unknown mode ${mode}`);
  const ms = performance.now() - t0;
  const h = createHash('sha256');
  for (const c of result.clients) h.update(JSON.stringify(c));
  h.update(JSON.stringify(result.issues));
  h.update(JSON.stringify(result.stats));
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ mode, ms, peakMb, rows: result.stats.inputRows, clients: result.clients.length, issues: result.issues.length, digest: h.digest('hex').slice(0, 16) }));
}
await main();
