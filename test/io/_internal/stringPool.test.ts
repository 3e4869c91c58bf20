// The read's string pool: values pass through unchanged, and the records of a read no longer keep the file's text.
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/io';
import { readClientsFile } from '../../../src/io/_internal/readClients';
import { Fail } from '../../../src/io/_internal/cells';
import { StringPool } from '../../../src/io/_internal/stringPool';
import { generateCohort } from '../../../src/report/generateCohort';

/** A long-form file of `n` generated clients (about 800 bytes a client) in a new temporary folder. */
function writeCohort(n: number): string {
  const path = join(mkdtempSync(join(tmpdir(), 'so-pool-')), 'cohort.csv');
  writeFileSync(path, toCsv(generateCohort({ n, seed: 3, area: 'E08000025', year: 2023 }), { shape: 'long', eol: '\n' }));
  return path;
}

describe('StringPool', () => {
  it('passes every decoded value through unchanged: strings, lists of strings, numbers, blanks and failures', () => {
    const pool = new StringPool();
    const fail = new Fail('invalid-format', 'no');
    const values: unknown[] = ['Vulnerable Adults 1', 'x', '', ['HACT-1001', 'a long output identifier'], 42, undefined, fail, 'Vulnerable Adults 1'];
    const decode = pool.wrap((cell) => cell);
    expect(values.map((v) => decode(v))).toEqual(values);
    expect(decode(fail)).toBe(fail);
    // past its limit the pool still returns every value
    for (let i = 0; i < 70_000; i++) expect(pool.keep(`client-identifier-${i}`)).toBe(`client-identifier-${i}`);
  });

  it('keeps the clients of a read from holding the text of the file they were read from', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heap = (): number => {
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };
    const path = writeCohort(4000);
    const bytes = statSync(path).size;
    // Reads in functions of their own, so that no result stays on this function's stack: the first read loads what
    // every read needs once (modules, compiled code); the second is measured while it holds its clients.
    const read = async (): Promise<number> => (await readClientsFile('parseFile', path)).clients.length;
    const heldBy = async (): Promise<{ held: number; clients: number }> => {
      const before = heap();
      const r = await readClientsFile('parseFile', path);
      return { held: heap() - before, clients: r.clients.length };
    };
    expect(await read()).toBe(4000);
    const { held, clients } = await heldBy();
    expect(clients).toBe(4000);
    // Measured: 1.25 times the file's bytes with the pool; 3.2 times without it, when every block of the file's text
    // stayed alive (4,000 clients, 3.2 MB).
    expect(held / bytes).toBeLessThan(2);
    expect(held / bytes).toBeGreaterThan(0.3);
  });
});
