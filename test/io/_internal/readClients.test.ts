// readClientsFile (the CLI's reader) must give exactly what parseFile followed by normaliseRecords gives: the same
// clients, the same issues in the same order and the same counts, while merging batch by batch.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile, toCsv, type ParseFileOptions } from '../../../src/io';
import { readClientsFile } from '../../../src/io/_internal/readClients';
import { generateCohort } from '../../../src/report/generateCohort';
import { normaliseRecords } from '../../../src/schema';
import { mulberry32 } from '../../_helpers/mulberry32';

const data = (name: string): string => new URL(`../../../examples/data/${name}`, import.meta.url).pathname;

/** parseFile, then normaliseRecords with the file rows, issues of both sorted by row (as the CLI did before). */
async function twoSteps(path: string, options?: ParseFileOptions): Promise<unknown> {
  const parsed = await parseFile(path, options);
  const merged = normaliseRecords(parsed.records, { rows: parsed.recordRows });
  return { clients: merged.clients, issues: [...parsed.issues, ...merged.issues].sort((a, b) => a.row - b.row), stats: parsed.stats };
}

/**
 * A long file of `clients` generated clients whose rows are shuffled (so a client's rows fall in different batches),
 * with conflicting person fields, client ids under a second provider, and corrupted rows.
 */
function messyFile(clients: number, seed: number): { path: string; rows: number } {
  const text = toCsv(generateCohort({ n: clients, seed, area: 'E08000025', year: 2023 }), { shape: 'long', eol: '\n' });
  const [header, ...lines] = text.trimEnd().split('\n') as [string, ...string[]];
  const cols = header.split(',');
  const at = (name: string): number => cols.indexOf(name);
  const r = mulberry32(seed);
  const edited = lines.map((line) => {
    const cells = line.split(',');
    // only lines without quoted cells are edited, so splitting on commas is exact
    if (line.includes('"')) return line;
    const u = r();
    if (u < 0.02) cells[at('gender')] = cells[at('gender')] === 'man' ? 'woman' : 'man'; // conflict
    else if (u < 0.03) cells[at('ethnicity')] = 'white-irish'; // conflict (or agreement)
    else if (u < 0.04) cells[at('providerId')] = 'second-provider'; // id under two providers
    else if (u < 0.05) cells[at('readingDate')] = '2023-02-30'; // bad row
    else if (u < 0.055) cells[at('clientId')] = ''; // bad row
    return cells.join(',');
  });
  for (let i = edited.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [edited[i], edited[j]] = [edited[j] as string, edited[i] as string];
  }
  const dir = mkdtempSync(join(tmpdir(), 'so-read-clients-'));
  const path = join(dir, 'messy.csv');
  writeFileSync(path, [header, ...edited].join('\n') + '\n');
  return { path, rows: edited.length };
}

describe('readClientsFile', () => {
  it('equals parseFile + normaliseRecords on a shuffled long file of several batches with conflicts and bad rows', async () => {
    const { path, rows } = messyFile(6000, 7);
    expect(rows).toBeGreaterThan(2 * 8192); // three batches or more
    const expected = (await twoSteps(path)) as { issues: Array<{ code: string }>; clients: unknown[] };
    // the file exercises every kind of issue the merge reports, and the read's own
    const codes = new Set(expected.issues.map((i) => i.code));
    for (const c of ['duplicate', 'invalid-record', 'invalid-date', 'missing-field']) expect(codes, c).toContain(c);
    const got = await readClientsFile('parseFile', path);
    expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
  });

  it('equals parseFile + normaliseRecords on the example files (long and wide CSV, xlsx)', async () => {
    const files: Array<[string, ParseFileOptions?]> = [['records-long.csv'], ['records-wide.csv'], ['records-simple.xlsx', { sheet: 'Data' }], ['records-offset.xlsx', { headerRows: 2 }]];
    for (const [f, options] of files) {
      const got = await readClientsFile('parseFile', data(f), options);
      expect(JSON.stringify(got), f).toBe(JSON.stringify(await twoSteps(data(f), options)));
    }
  });

  it('reports progress and refuses what parseFile refuses, with the same errors', async () => {
    const seen: number[] = [];
    await readClientsFile('parseFile', data('records-long.csv'), { onProgress: (p) => seen.push(p.rowsRead), progressInterval: 5 });
    expect(seen).toEqual([5, 10, 13]);
    for (const bad of [data('no-such-file.csv'), data('')]) {
      const a = await parseFile(bad).catch((e: unknown) => e);
      const b = await readClientsFile('parseFile', bad).catch((e: unknown) => e);
      expect(b).toBeInstanceOf(Error);
      expect([(b as Error).name, (b as Error).message]).toEqual([(a as Error).name, (a as Error).message]);
    }
    await expect(readClientsFile('parseFile', data('records-long.csv'), { batchSize: 1 } as never)).rejects.toThrow(/batchSize/);
  });
});
