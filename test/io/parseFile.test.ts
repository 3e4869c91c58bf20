import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, parseFile, parseRecords, SocialOutcomesError, type ParseProgress } from 'social-outcomes/io';
import { normaliseRecords } from 'social-outcomes/schema';

const data = (name: string): string => new URL(`../../examples/data/${name}`, import.meta.url).pathname;

describe('parseFile', () => {
  it('streams a CSV file and reports progress in bytes', async () => {
    const calls: ParseProgress[] = [];
    const r = await parseFile(data('records-long.csv'), { onProgress: (p) => calls.push(p), progressInterval: 5 });
    expect(r.stats).toMatchObject({ inputRows: 12, validRows: 10, rowsWithIssues: 2, blankRows: 1, shape: 'long', encoding: 'utf-8' });
    expect(r.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [11, 'postcodeDistrict', 'forbidden-column'],
      [12, 'readingDate', 'invalid-date'],
    ]);
    const last = calls.at(-1);
    expect(last).toMatchObject({ done: true, rowsRead: 13 });
    expect(last?.bytesRead).toBe(last?.totalBytes);
    expect(calls.map((c) => c.rowsRead)).toEqual([5, 10, 13]);
  });

  it('reads the wide sample into the same clients as the long one, where they overlap', async () => {
    const long = await parseFile(data('records-long.csv'));
    const wide = await parseFile(data('records-wide.csv'));
    const byId = (rs: typeof long.records) => new Map(normaliseRecords(rs).clients.map((c) => [c.clientId, c]));
    const l = byId(long.records);
    const w = byId(wide.records);
    for (const id of ['C001', 'C002', 'C003']) {
      const star = (c: typeof long.records[number] | undefined) => c?.readings.filter((x) => x.instrumentId === 'homelessness-star').map((x) => [x.date, x.scores['managing-money'], x.scores['managing-tenancy']]);
      expect(star(w.get(id))).toEqual(star(l.get(id)));
    }
    expect(wide.records[1]?.outputsAchieved).toEqual(['HACT-1001', 'HACT-1002']);
  });

  it('gives the same result as parseRecords on the file contents', async () => {
    const { readFileSync } = await import('node:fs');
    const fromFile = await parseFile(data('records-long.csv'));
    const fromBytes = await parseRecords(readFileSync(data('records-long.csv')));
    expect(fromFile).toEqual(fromBytes);
  });

  it('picks the format and delimiter from the extension', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'so-parsefile-'));
    writeFileSync(join(dir, 'r.tsv'), 'clientId\tgender\nC1\tman\n');
    expect((await parseFile(join(dir, 'r.tsv'))).records[0]?.gender).toBe('man');
    writeFileSync(join(dir, 'r.data'), 'clientId,gender\nC1,woman\n');
    expect((await parseFile(join(dir, 'r.data'))).records[0]?.gender).toBe('woman');
    expect((await parseFile(data('records-offset.xlsx'), { headerRows: 2 })).stats.validRows).toBe(6);
    writeFileSync(join(dir, 'old.xls'), 'x');
    await expect(parseFile(join(dir, 'old.xls'))).rejects.toThrow(/legacy \.xls/);
  });

  it('fails with io-failure for missing files and directories, and checks its path', async () => {
    const e = await parseFile('examples/data/no-such-file.csv').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(SocialOutcomesError);
    expect(e).toMatchObject({ code: 'io-failure', message: 'parseFile cannot read "examples/data/no-such-file.csv": no such file → at path' });
    await expect(parseFile(tmpdir())).rejects.toMatchObject({ code: 'io-failure' });
    await expect(parseFile('' as string)).rejects.toThrow(InvalidInputError);
    await expect(parseFile(data('records-long.csv'), { sheet: 0 } as never)).rejects.toThrow(InvalidInputError);
  });
});
