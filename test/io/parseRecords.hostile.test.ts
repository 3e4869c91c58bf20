// Hostile and broken input: each case must end in records plus clear issues (or a typed refusal),
// never a crash, a silently shifted row, or a polluted prototype.
import { describe, expect, it } from 'vitest';
import { InvalidInputError, fromDataFrame, parseRecords, type ParseRecordsResult } from 'social-outcomes/io';

const CORE = 'ageBand,gender,genderSameAsBirth,disability,ethnicity';
const person = '25-34,woman,yes,no,white-irish';

function rowIssues(r: ParseRecordsResult): Array<[number, string | null, string]> {
  return r.issues.filter((i) => i.row > 0).map((i) => [i.row, i.column, i.code]);
}
function notices(r: ParseRecordsResult): string[] {
  return r.issues.filter((i) => i.row === 0).map((i) => i.code);
}
function invariant(r: ParseRecordsResult): void {
  expect(r.records.length + r.stats.rowsWithIssues).toBe(r.stats.inputRows);
}

describe('prototype pollution', () => {
  it('treats __proto__, constructor and prototype headers as unknown columns and pollutes nothing', async () => {
    const csv = `clientId,__proto__,constructor,prototype,${CORE}\nC1,{"polluted":1},x,y,${person}\n`;
    const r = await parseRecords(csv);
    expect(r.records).toHaveLength(1);
    expect(Object.getPrototypeOf(r.records[0])).toBe(Object.prototype);
    expect(Object.keys(r.records[0] ?? {})).not.toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.issues.filter((i) => i.row === 0).map((i) => i.column)).toEqual(['__proto__', 'constructor', 'prototype']);
  });

  it('reads row objects with an own __proto__ key (JSON.parse) without touching prototypes', async () => {
    const rows = JSON.parse(`[{"clientId":"C1","__proto__":{"polluted":1},"gender":"man","constructor":"x"}]`) as Array<Record<string, unknown>>;
    const r = await parseRecords(rows);
    expect(r.records[0]?.clientId).toBe('C1');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(notices(r)).toContain('unknown-field');
  });

  it('refuses Object.prototype names as area ids and __proto__ as a score column', async () => {
    const csv = `clientId,${CORE},instrumentId,readingDate,score___proto__,score_constructor,score_tostring,score_total\nC1,${person},wemwbs,2023-01-01,1,2,3,40\n`;
    const r = await parseRecords(csv);
    expect(r.records[0]?.readings[0]?.scores).toEqual({ total: 40 });
    expect(Object.getPrototypeOf(r.records[0]?.readings[0]?.scores)).toBe(Object.prototype);
    expect(r.issues.filter((i) => i.code === 'unknown-field').map((i) => i.column)).toEqual(['score___proto__', 'score_constructor', 'score_tostring']);
  });
});

describe('encodings and byte-order marks', () => {
  const text = `clientId,${CORE},ward\nC1,${person},Café Quarter\nC2,${person},Ladywood\n`;

  it('strips a UTF-8 byte-order mark (bytes or string)', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    const r = await parseRecords(bytes);
    expect(r.records.map((x) => x.ward)).toEqual(['Café Quarter', 'Ladywood']);
    expect(r.issues).toEqual([]);
    expect(r.stats.encoding).toBe('utf-8');
    expect((await parseRecords(`\uFEFF${text}`)).records).toHaveLength(2);
  });

  it('decodes UTF-16 LE and BE with a byte-order mark, and says so', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const r = await parseRecords(le);
    expect(r.records.map((x) => x.ward)).toEqual(['Café Quarter', 'Ladywood']);
    expect(r.stats.encoding).toBe('utf-16le');
    expect(r.issues).toMatchObject([{ row: 0, code: 'invalid-format', message: expect.stringContaining('UTF-16LE byte-order mark') }]);
    const beBody = Buffer.from(text, 'utf16le');
    beBody.swap16();
    const be = await parseRecords(Buffer.concat([Buffer.from([0xfe, 0xff]), beBody]));
    expect(be.records.map((x) => x.ward)).toEqual(['Café Quarter', 'Ladywood']);
  });

  it('refuses UTF-16 without a byte-order mark with a hint, and reads it when told', async () => {
    const raw = Buffer.from(text, 'utf16le');
    await expect(parseRecords(raw)).rejects.toThrow(/looks like UTF-16 without a byte-order mark; pass encoding: 'utf-16le'/);
    expect((await parseRecords(raw, { encoding: 'utf-16le' })).records).toHaveLength(2);
  });

  it('reports rows with invalid UTF-8 (a Windows-1252 file) and reads them with the right encoding', async () => {
    const cp1252 = Buffer.from(text.replace('é', '\u0000'), 'latin1');
    cp1252[cp1252.indexOf(0)] = 0xe9; // é in Windows-1252, invalid on its own in UTF-8
    const r = await parseRecords(cp1252);
    invariant(r);
    expect(rowIssues(r)).toEqual([[1, 'ward', 'invalid-format']]);
    expect(r.issues[0]).toMatchObject({ row: 0, code: 'invalid-format', message: expect.stringContaining("encoding: 'windows-1252'") });
    expect(r.records.map((x) => x.ward)).toEqual(['Ladywood']);
    const ok = await parseRecords(cp1252, { encoding: 'windows-1252' });
    expect(ok.records.map((x) => x.ward)).toEqual(['Café Quarter', 'Ladywood']);
  });

  it('decodes multi-byte characters split across stream chunks', async () => {
    const bytes = Buffer.from(`clientId,${CORE},ward\r\nC1,${person},Ŵrexham — ☕ 𝔘\r\nC2,${person},Ladywood\r\n`, 'utf8');
    async function* oneByte(): AsyncGenerator<Uint8Array> {
      for (const b of bytes) yield Uint8Array.of(b);
    }
    const r = await parseRecords(oneByte(), { format: 'csv' });
    expect(r.records.map((x) => x.ward)).toEqual(['Ŵrexham — ☕ 𝔘', 'Ladywood']);
  });
});

describe('line ends, quotes and field counts', () => {
  it('reads CRLF, LF and CR line ends, even mixed in one file', async () => {
    for (const eol of ['\r\n', '\n', '\r']) {
      const r = await parseRecords(`clientId,${CORE}${eol}C1,${person}${eol}C2,${person}${eol}`);
      expect(r.records.map((x) => x.clientId), JSON.stringify(eol)).toEqual(['C1', 'C2']);
    }
    const mixed = await parseRecords(`clientId,${CORE}\r\nC1,${person}\nC2,${person}\rC3,${person}\r\n`);
    expect(mixed.records.map((x) => x.clientId)).toEqual(['C1', 'C2', 'C3']);
    expect(mixed.records[2]?.ethnicity).toBe('white-irish');
  });

  it('keeps quoted line breaks inside a field (and refuses them in one-line fields)', async () => {
    const r = await parseRecords(`clientId,${CORE},notes,referralRoute\nC1,${person},"line one\r\nline two",GP\nC2,${person},,"housing\nofficer"\nC3,${person},,self\n`);
    expect(r.records.map((x) => x.clientId)).toEqual(['C1', 'C3']);
    expect(r.issues.filter((i) => i.row > 0)).toMatchObject([{ row: 2, column: 'referralRoute', code: 'invalid-format', line: 4 }]);
    expect(r.issues.find((i) => i.row === 0)?.column).toBe('notes');
  });

  it('reports a row with too few or too many fields instead of shifting its cells', async () => {
    const r = await parseRecords(`clientId,${CORE}\nC1,${person}\nC2,25-34,woman,yes,no\nC3,${person},extra\nC4,${person}\n`);
    invariant(r);
    expect(rowIssues(r)).toEqual([[2, 'ethnicity', 'invalid-format'], [3, '(extra field 7)', 'invalid-format']]);
    expect(r.records.map((x) => x.clientId)).toEqual(['C1', 'C4']);
  });

  it('keeps stray quotes literal (no desynchronised parse) and reports the value they break', async () => {
    const r = await parseRecords(`clientId,${CORE},score_x\nC1",${person}\nC2,"25-34"x,woman,yes,no,white-irish\nC3,${person}\n`.replace(',score_x', ''));
    invariant(r);
    expect(rowIssues(r)).toEqual([[1, 'clientId', 'invalid-format'], [2, 'ageBand', 'invalid-format']]);
    expect(r.records.map((x) => x.clientId)).toEqual(['C3']);
  });

  it('reports a quote left open on its line and reads the lines it swallowed as rows', async () => {
    const csv = [`clientId,${CORE}`, `C1,${person}`, `C2,"25-34,woman,yes,no,white-irish`, `C3,${person}`, `C4,${person}`, `C5,25-34,woman,yes,no,"White: Irish"`, `C6,${person}`].join('\n');
    const r = await parseRecords(`${csv}\n`);
    invariant(r);
    expect(r.issues.filter((i) => i.row > 0)).toMatchObject([{ row: 2, line: 3, column: 'ageBand', code: 'invalid-format', value: 'C2,"25-34,woman,yes,no,white-irish' }]);
    expect(r.records.map((x) => x.clientId)).toEqual(['C1', 'C3', 'C4', 'C5', 'C6']);
    expect(r.recordRows).toEqual([1, 3, 4, 5, 6]);
  });

  it('recovers from a quote still open at the end of the file', async () => {
    const r = await parseRecords(`clientId,${CORE}\nC1,${person}\nC2,"${person}\nC3,${person}\nC4,${person}`);
    invariant(r);
    expect(rowIssues(r)).toEqual([[2, 'ageBand', 'invalid-format']]);
    expect(r.records.map((x) => x.clientId)).toEqual(['C1', 'C3', 'C4']);
  });

  it('reads other delimiters', async () => {
    expect((await parseRecords(`clientId;${CORE.replace(/,/g, ';')}\nC1;${person.replace(/,/g, ';')}\n`, { delimiter: ';' })).records).toHaveLength(1);
    expect((await parseRecords(`clientId\t${CORE.replace(/,/g, '\t')}\nC1\t${person.replace(/,/g, '\t')}\n`, { delimiter: '\t' })).records).toHaveLength(1);
  });

  it('un-neutralises the formula prefix toCsv adds, and only that', async () => {
    const r = await parseRecords(`clientId,${CORE},referralRoute\nC1,${person},'-self\nC2,${person},''=x\nC3,${person},'plain\n`);
    expect(r.records.map((x) => x.referralRoute)).toEqual(['-self', "'=x", "'plain"]);
  });
});

describe('large and duplicated cells', () => {
  it('handles 1 MB cells: ignored in unknown columns, reported in fields', async () => {
    const big = 'x'.repeat(1 << 20);
    const r = await parseRecords(`clientId,${CORE},notes,referralRoute\nC1,${person},"${big}",GP\nC2,${person},,${big}\n${big},${person},,\n`);
    invariant(r);
    expect(rowIssues(r)).toEqual([[2, 'referralRoute', 'out-of-range'], [3, 'clientId', 'invalid-format']]);
    expect(r.records.map((x) => x.clientId)).toEqual(['C1']);
    for (const i of r.issues) expect((i.value ?? '').length).toBeLessThanOrEqual(100);
  });

  it('merges duplicate headers when their cells agree and reports rows where they differ', async () => {
    const r = await parseRecords(`clientId,ethnicity,${CORE}\nC1,white-irish,${person}\nC2,,${person}\nC3,asian-indian,${person}\n`);
    invariant(r);
    expect(notices(r)).toEqual(['duplicate']);
    expect(r.issues[0]?.message).toBe('columns "ethnicity", "ethnicity" hold the same field; each row must agree between them (blank cells are ignored), else the row is reported');
    expect(rowIssues(r)).toEqual([[3, 'ethnicity', 'duplicate']]);
    expect(r.records.map((x) => x.ethnicity)).toEqual(['white-irish', 'white-irish']);
  });

  it('reports data under a blank header once, and ignores it', async () => {
    const r = await parseRecords(`clientId,,${CORE}\nC1,,${person}\nC2,oops,${person}\nC3,again,${person}\n`);
    expect(r.records).toHaveLength(3);
    expect(r.issues).toMatchObject([{ row: 0, code: 'unknown-field', message: 'column 2 has no header but holds data (first at row 2); its values were ignored' }]);
  });

  it('survives an empty file, a header only, and garbage', async () => {
    await expect(parseRecords('')).rejects.toThrow(InvalidInputError);
    const headerOnly = await parseRecords(`clientId,${CORE}\n`);
    expect(headerOnly.stats).toMatchObject({ inputRows: 0, validRows: 0, rowsWithIssues: 0 });
    await expect(parseRecords(Buffer.from([0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07]))).rejects.toThrow(InvalidInputError);
    await expect(parseRecords('\u0000\u0001"""",,,\n\n')).rejects.toThrow(/no header row with a clientId column/);
  });
});

describe('hostile input, combined and through every reader', () => {
  const protos = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
  function snapshot(): string[] {
    return protos.map((p) => Object.getOwnPropertyNames(p).sort().map((k) => `${k}:${typeof Object.getOwnPropertyDescriptor(p, k)?.value}`).join(','));
  }
  function assertUnpolluted(before: string[]): void {
    expect(snapshot()).toEqual(before);
    for (const k of ['polluted', 'isAdmin', 'x']) expect(k in {}).toBe(false);
  }

  it('no prototype pollution from hostile headers, values, columnMap and valueMap keys, in CSV, rows, tables and DataFrames', async () => {
    const before = snapshot();
    const header = `clientId,__proto__,constructor,prototype,toString,valueOf,hasOwnProperty,${CORE},instrumentId,readingDate,score_managing-money`;
    const line = `C1,{"isAdmin":true},{"prototype":{"polluted":1}},x,y,z,w,${person},homelessness-star,2023-01-01,4`;
    const csv = await parseRecords(`${header}\n${line}\nC2,a,b,c,d,e,f,25-34,__proto__,yes,no,constructor,constructor,2023-01-01,4\n`);
    expect(csv.records.map((r) => r.clientId)).toEqual(['C1']);
    expect(csv.issues.filter((i) => i.row === 2).map((i) => [i.column, i.code])).toEqual([['gender', 'unknown-category'], ['ethnicity', 'unknown-category'], ['instrumentId', 'invalid-format']]);
    const rows = JSON.parse(`[{"clientId":"C1","__proto__":{"isAdmin":true},"constructor":{"prototype":{"polluted":1}},"ageBand":"25-34","gender":"woman","genderSameAsBirth":"yes","disability":"no","ethnicity":"white-irish"}]`) as Array<Record<string, unknown>>;
    const fromRows = await parseRecords(rows);
    expect(fromRows.records).toHaveLength(1);
    const table = await parseRecords({ columns: ['clientId', '__proto__', ...CORE.split(',')], rows: [['C1', { polluted: 1 }, ...person.split(',')]] });
    expect(table.records).toHaveLength(1);
    const df = await fromDataFrame({ columns: ['clientId', '__proto__', 'constructor', ...CORE.split(',')], values: [['C1', 'x', 'y', ...person.split(',')]] });
    expect(df.records).toHaveLength(1);
    // options whose keys come from JSON (an own "__proto__" key) are maps, not prototypes
    const columnMap = JSON.parse('{"__proto__":"clientId","Ref":"clientId"}') as Record<string, string>;
    const valueMap = JSON.parse('{"__proto__":{"polluted":"x"},"gender":{"__proto__":"woman","constructor":"man","F":"woman"}}') as Record<string, Record<string, string>>;
    const mapped = await parseRecords(`Ref,${CORE}\nC1,25-34,F,yes,no,white-irish\nC2,25-34,toString,yes,no,white-irish\n`, { columnMap, valueMap });
    expect(mapped.records.map((r) => [r.clientId, r.gender])).toEqual([['C1', 'woman']]);
    expect(mapped.issues.filter((i) => i.row > 0).map((i) => [i.row, i.column, i.code])).toEqual([[2, 'gender', 'unknown-category']]);
    for (const r of [...csv.records, ...fromRows.records, ...table.records, ...df.records, ...mapped.records]) {
      expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
      expect(Object.keys(r)).not.toContain('__proto__');
      expect((r as unknown as Record<string, unknown>).isAdmin).toBeUndefined();
    }
    assertUnpolluted(before);
  });

  it('refuses UTF-16 BE without a byte-order mark with a hint, and reads it when told', async () => {
    const text = `clientId,${CORE},ward\nC1,${person},Café Quarter\n`;
    const be = Buffer.from(text, 'utf16le');
    be.swap16();
    await expect(parseRecords(be)).rejects.toThrow(/UTF-16 without a byte-order mark; pass encoding: 'utf-16be'/);
    expect((await parseRecords(be, { encoding: 'utf-16be' })).records.map((r) => r.ward)).toEqual(['Café Quarter']);
  });

  it('reads UTF-16 LE with a byte-order mark from a stream cut at odd byte offsets, with CRLF and quoted line breaks', async () => {
    const text = `\uFEFFclientId,${CORE},notes,ward\r\nC1,${person},"two\r\nlines, and ""quotes""",Café Quarter\r\nC2,${person},,Ŵrexham 𝔘\r\n`;
    const bytes = Buffer.from(text, 'utf16le');
    async function* chunks(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
    }
    const r = await parseRecords(chunks(), { format: 'csv' });
    expect(r.records.map((x) => x.ward)).toEqual(['Café Quarter', 'Ŵrexham 𝔘']);
    expect(r.stats.encoding).toBe('utf-16le');
  });

  it('Latin-1 / Windows-1252 bytes (£, €, smart quotes) are reported per row as UTF-8, and decoded exactly when declared', async () => {
    const body = `clientId,${CORE},ward\nC1,${person},#\nC2,${person},B\nC3,${person},^\n`;
    const bytes = Buffer.from(body, 'latin1');
    bytes[bytes.indexOf('#')] = 0xa3; // £
    bytes[bytes.indexOf('^')] = 0x80; // € (Windows-1252 only)
    const r = await parseRecords(bytes);
    invariant(r);
    expect(rowIssues(r)).toEqual([[1, 'ward', 'invalid-format'], [3, 'ward', 'invalid-format']]);
    expect(r.records.map((x) => x.clientId)).toEqual(['C2']);
    const ok = await parseRecords(bytes, { encoding: 'windows-1252' });
    expect(ok.records.map((x) => x.ward)).toEqual(['£', 'B', '€']);
    expect(ok.issues).toEqual([]);
  });

  it('a 1 MB quoted cell full of delimiters, quotes and line breaks neither crashes nor shifts later rows', async () => {
    const big = 'a,"b"\r\nc'.repeat(1 << 17);
    const quoted = `"${big.replace(/"/g, '""')}"`;
    const r = await parseRecords(`clientId,${CORE},notes\r\nC1,${person},${quoted}\r\nC2,${person},${quoted}\r\nC3,${person},\r\n`);
    invariant(r);
    expect(r.records.map((x) => x.clientId)).toEqual(['C1', 'C2', 'C3']);
    expect(r.recordRows).toEqual([1, 2, 3]);
  });

  it('duplicate headers in different spellings are one field, reported once, and checked row by row', async () => {
    const r = await parseRecords(`clientId,Client ID,client_id,${CORE}\nC1,C1,,${person}\nC2,C9,C2,${person}\n`);
    invariant(r);
    expect(notices(r)).toEqual(['duplicate']);
    // the issue names the source column that disagrees
    expect(rowIssues(r)).toEqual([[2, 'Client ID', 'duplicate']]);
    expect(r.records.map((x) => x.clientId)).toEqual(['C1']);
  });
});
