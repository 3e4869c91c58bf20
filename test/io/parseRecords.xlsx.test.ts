// xlsx input: the checked-in samples of examples/data (written by examples/data/generate-xlsx.mjs)
// and workbooks built here with exceljs for the edge cases.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InvalidInputError, parseRecords, SocialOutcomesError } from 'social-outcomes/io';
import { loadExcelJs } from '../../src/io/_internal/sources';

const sample = (name: string): Buffer => readFileSync(new URL(`../../examples/data/${name}`, import.meta.url));

async function book(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Sheet1'), wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('parseRecords (xlsx)', () => {
  it('reads a return with a title row, a two-row merged header, blank rows and Excel dates', async () => {
    const r = await parseRecords(sample('records-offset.xlsx'), { headerRows: 2 });
    expect(r.stats).toMatchObject({ inputRows: 7, validRows: 6, rowsWithIssues: 1, blankRows: 3, headerRow: 4, shape: 'wide', readings: 10 });
    // Rows count from the first row under the header (sheet row 5); blank sheet rows 7, 9 and 10 keep their numbers.
    expect(r.recordRows).toEqual([1, 2, 4, 7, 8, 9]);
    expect(r.records.map((x) => [x.clientId, x.ageBand, x.gender, x.ethnicity])).toEqual([
      ['C001', '25-34', 'woman', 'white-british'],
      ['C002', '35-49', 'man', 'asian-pakistani'],
      ['C003', '50-64', 'self-describe', 'black-caribbean'],
      ['C004', '18-24', 'prefer-not-to-say', 'prefer-not-to-say'],
      ['C005', '65+', 'man', 'white-irish'],
      ['C006', '25-34', 'woman', 'mixed-white-and-black-caribbean'],
    ]);
    expect(r.records[0]?.readings).toEqual([
      { clientId: 'C001', instrumentId: 'homelessness-star', date: '2023-04-03', scores: { 'managing-money': 3, 'managing-tenancy': 4 } },
      { clientId: 'C001', instrumentId: 'homelessness-star', date: '2023-10-02', scores: { 'managing-money': 5, 'managing-tenancy': 6 } },
    ]);
    // The formula's cached result is read (C006's second reading), and the #N/A cell is reported.
    expect(r.records[5]?.readings[1]?.scores).toEqual({ 'managing-money': 4, 'managing-tenancy': 4 });
    expect(r.issues.filter((i) => i.row > 0)).toEqual([
      {
        row: 10, column: 'star_homelessness-star_managing-money_1', path: ['readings', 0, 'scores', 'managing-money'], code: 'not-a-number',
        message: 'star_homelessness-star_managing-money_1 must be a number (got the sheet error #N/A)', value: '#N/A',
      },
    ]);
    expect(r.issues.filter((i) => i.row === 0).map((i) => i.path[0])).toEqual(['genderSameAsBirth', 'disability']);
  });

  it('finds the header row itself, and honours an explicit header row', async () => {
    const auto = await parseRecords(sample('records-offset.xlsx'), { headerRows: 2, headerRow: 'auto' });
    const explicit = await parseRecords(sample('records-offset.xlsx'), { headerRows: 2, headerRow: 3 });
    expect(explicit).toEqual(auto);
    await expect(parseRecords(sample('records-offset.xlsx'), { headerRow: 2 })).rejects.toThrow(InvalidInputError);
  });

  it('reads a sheet by name or position, with labels in the header and numbers as ids', async () => {
    const r = await parseRecords(sample('records-simple.xlsx'), { sheet: 'Data' });
    expect(r.stats).toMatchObject({ inputRows: 4, validRows: 3, rowsWithIssues: 1, blankRows: 1, shape: 'long' });
    expect(r.issues).toMatchObject([{ row: 5, column: 'score_managing-tenancy', code: 'not-a-number', value: 'four' }]);
    expect(await parseRecords(sample('records-simple.xlsx'), { sheet: 2 })).toEqual(r);
    await expect(parseRecords(sample('records-simple.xlsx'), { sheet: 'Missing' })).rejects.toThrow(/no worksheet "Missing" \(the workbook has "Notes", "Data"\)/);
    // The first sheet holds only a note: no clientId header is found there.
    await expect(parseRecords(sample('records-simple.xlsx'))).rejects.toThrow(/no header row with a clientId column/);
  });

  it('infers xlsx from the zip signature', async () => {
    const buf = await book((ws) => {
      ws.addRow(['clientId', 'gender']);
      ws.addRow(['C1', 'man']);
    });
    expect((await parseRecords(buf)).records[0]?.gender).toBe('man');
    expect((await parseRecords(new Uint8Array(buf).buffer)).records).toHaveLength(1);
  });

  it('blanks data cells merged down from the header, keeps merges inside the data', async () => {
    const buf = await book((ws) => {
      ws.getRow(1).values = ['clientId', 'gender', 'instrumentId', 'readingDate', 'score_total'];
      ws.getRow(2).values = ['C1', 'woman', 'wemwbs', new Date(Date.UTC(2023, 0, 5)), 40];
      ws.getRow(3).values = [null, null, 'wemwbs', new Date(Date.UTC(2023, 6, 5)), 48];
      ws.mergeCells('A2:A3'); // one client, two readings: the id cell spans both rows
      ws.mergeCells('B2:B3');
      ws.getCell('F1').value = 'notes';
      ws.mergeCells('F1:F3'); // a header cell merged down over data rows
    });
    const r = await parseRecords(buf);
    expect(r.records.map((x) => [x.clientId, x.gender, x.readings[0]?.date])).toEqual([['C1', 'woman', '2023-01-05'], ['C1', 'woman', '2023-07-05']]);
    expect(r.issues.filter((i) => i.code !== 'missing-field').map((i) => [i.row, i.code, i.column])).toEqual([[0, 'unknown-field', 'notes']]);
    expect(r.stats.rowsWithIssues).toBe(0);
  });

  it('refuses corrupt workbooks and forbidden columns', async () => {
    await expect(parseRecords(Buffer.from('PK\u0003\u0004 not really a zip'), { format: 'xlsx' })).rejects.toThrow(/cannot open the input as an xlsx workbook/);
    const buf = await book((ws) => {
      ws.addRow(['clientId', 'NHS number']);
      ws.addRow(['C1', '9434765919']);
    });
    await expect(parseRecords(buf)).rejects.toMatchObject({ code: 'forbidden-column' });
  });
});

describe('exceljs is an optional peer', () => {
  afterEach(() => {
    vi.doUnmock('exceljs');
    vi.resetModules();
  });

  it('throws missing-peer with the install command when exceljs cannot be imported', async () => {
    const err = await loadExcelJs('parseRecords', () => Promise.reject(new Error("Cannot find package 'exceljs'"))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SocialOutcomesError);
    expect(err).toMatchObject({ code: 'missing-peer', message: 'parseRecords needs the optional peer dependency exceljs to read xlsx files: npm install exceljs@^4.4.0' });
  });

  it('through parseRecords, when the module is absent', async () => {
    vi.resetModules();
    vi.doMock('exceljs', () => {
      throw new Error("Cannot find package 'exceljs'");
    });
    const io = await import('../../src/io/index');
    await expect(io.parseRecords(sample('records-simple.xlsx'), { sheet: 'Data' })).rejects.toMatchObject({ code: 'missing-peer' });
    // CSV needs no peer.
    expect((await io.parseRecords('clientId\nC1\n')).records).toHaveLength(1);
  });
});

describe('parseRecords (xlsx): hostile workbooks', () => {
  it('__proto__/constructor headers, duplicate headers, a 1 MB cell and a header offset with a merged title: clear issues, no pollution', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort().join(',');
    const big = 'x'.repeat(1 << 20);
    const bytes = await book((ws) => {
      ws.getCell('A1').value = 'Provider return';
      ws.mergeCells('A1:H1');
      ws.addRow([]);
      ws.addRow(['clientId', '__proto__', 'constructor', 'ageBand', 'gender', 'genderSameAsBirth', 'disability', 'ethnicity', 'Ethnicity', 'notes']);
      ws.addRow(['C1', '{"polluted":1}', 'x', '25-34', 'woman', 'yes', 'no', 'white-irish', 'white-irish', big]);
      ws.addRow([]);
      ws.addRow(['C2', 'y', 'z', '25-34', 'man', 'yes', 'no', 'white-irish', 'asian-indian', '']);
      ws.addRow([big, '', '', '25-34', 'man', 'yes', 'no', 'white-irish', '', '']);
    });
    const r = await parseRecords(bytes);
    expect(r.stats).toMatchObject({ headerRow: 3, inputRows: 3, validRows: 1, rowsWithIssues: 2, blankRows: 1 });
    expect(r.records.map((x) => x.clientId)).toEqual(['C1']);
    expect(r.issues.filter((i) => i.row === 0).map((i) => [i.column, i.code])).toEqual(expect.arrayContaining([['__proto__', 'unknown-field'], ['constructor', 'unknown-field']]));
    expect(r.issues.filter((i) => i.row > 0).map((i) => [i.row, i.code])).toEqual([[3, 'duplicate'], [4, 'invalid-format']]);
    for (const i of r.issues) expect((i.value ?? '').length).toBeLessThanOrEqual(100);
    expect(Object.getPrototypeOf(r.records[0])).toBe(Object.prototype);
    expect(Object.getOwnPropertyNames(Object.prototype).sort().join(',')).toBe(before);
    expect('polluted' in {}).toBe(false);
  });
});
