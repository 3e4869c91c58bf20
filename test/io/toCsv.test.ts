import { parse } from 'csv-parse/sync';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, toCsv } from 'social-outcomes/io';

const cells = (csv: string): string[][] => parse(csv, { relax_column_count: true }) as string[][];

describe('toCsv: formula injection (OWASP)', () => {
  const dangerous = ['=1+2', '+44 1', '-2+3', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://evil","click")', '\uFF1D1+1', "'=x", "''-1"];
  for (const s of dangerous) {
    it(`neutralises ${JSON.stringify(s)} with one more leading apostrophe`, () => {
      const out = cells(toCsv([{ a: s }]));
      expect(out[1]?.[0]).toBe(`'${s}`);
    });
  }
  it('leaves numbers as numbers: -3 stays -3, only the string "-3" is neutralised', () => {
    expect(toCsv([{ n: -3, s: '-3', x: 1.5e-7, z: 0 }], { eol: '\n' })).toBe("n,s,x,z\n-3,'-3,1.5e-7,0\n");
  });
  it('leaves harmless text alone, including apostrophes not followed by a formula character', () => {
    expect(toCsv([{ a: "O'Brien", b: "'quoted'", c: 'a=b', d: 'x-1' }], { eol: '\n' })).toBe("a,b,c,d\nO'Brien,'quoted',a=b,x-1\n");
  });
  it('neutralises header names too', () => {
    expect(toCsv([{ '=cmd': 1 }], { eol: '\n' })).toBe("'=cmd\n1\n");
  });
  it('can be turned off explicitly', () => {
    expect(toCsv([{ a: '=1' }], { eol: '\n', escapeFormulas: false })).toBe('a\n=1\n');
  });
  test.prop([fc.string({ unit: 'binary' })], { numRuns: 300 })('no written text cell can start a formula, and the prefix is the only change', (s) => {
    const out = cells(toCsv([{ a: s, b: 1 }]));
    const written = out[1]?.[0] ?? '';
    expect(/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(written)).toBe(false);
    expect(written === s || written === `'${s}`).toBe(true);
  });
});

describe('toCsv: quoting and values', () => {
  it('quotes delimiters, quotes, line breaks and outer spaces (RFC 4180)', () => {
    expect(toCsv([{ a: 'x, y', b: 'say "hi"', c: 'two\nlines', d: ' pad ', e: 'plain' }], { eol: '\n' })).toBe('a,b,c,d,e\n"x, y","say ""hi""","two\nlines"," pad ",plain\n');
    expect(toCsv([{ a: 'x;y', b: 'x,y' }], { delimiter: ';', eol: '\n' })).toBe('a;b\n"x;y";x,y\n');
  });
  it('writes empty for null and undefined, true/false, ISO dates, and unions keys in order', () => {
    expect(toCsv([{ a: null, b: true }, { b: false, c: new Date(Date.UTC(2023, 0, 2)) }], { eol: '\n' })).toBe('a,b,c\n,true,\n,false,2023-01-02T00:00:00.000Z\n');
  });
  it('picks and orders columns, adds a BOM, uses CRLF by default', () => {
    expect(toCsv([{ a: 1, b: 2 }], { columns: ['b', 'a'], bom: true })).toBe('\uFEFFb,a\r\n2,1\r\n');
    expect(toCsv({ columns: ['x'], data: [[1], [null]] })).toBe('x\r\n1\r\n\r\n');
  });
  it('refuses values it cannot write exactly', () => {
    expect(() => toCsv([{ a: Number.NaN }])).toThrow(/toCsv requires finite numbers \(got NaN\) → at input\[0\]\.a/);
    expect(() => toCsv([{ a: { nested: 1 } }])).toThrow(InvalidInputError);
    expect(() => toCsv([1, 2])).toThrow(/rows to be objects/);
    expect(() => toCsv('text')).toThrow(InvalidInputError);
    expect(() => toCsv([{ a: 1 }], { eol: '\r' } as never)).toThrow(/options\.eol/);
  });
  it('writes client records in the standard layout', () => {
    const records = [{ clientId: 'C1', ageBand: '25-34', gender: 'woman', genderSameAsBirth: 'yes', disability: 'no', ethnicity: 'white-irish', referralRoute: '=GP', readings: [] }];
    expect(toCsv(records, { eol: '\n' })).toBe("clientId,ageBand,gender,genderSameAsBirth,disability,ethnicity,referralRoute\nC1,25-34,woman,yes,no,white-irish,'=GP\n");
    expect(() => toCsv(records, { columns: ['nope'] })).toThrow(/asked for column "nope"/);
  });
});
