// The CSV source splits plain lines itself (the hot path) and hands anything else to csv-parse. These properties
// check that the split is invisible: the same rows and line numbers as csv-parse on the whole text, however the
// text is cut into chunks.
import { fc, test } from '@fast-check/vitest';
import { parse } from 'csv-parse/sync';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { csvSource, type RawRow } from '../../../src/io/_internal/sources';

async function rowsOf(chunks: string[]): Promise<Array<{ cells: unknown[]; line: number | undefined; error: boolean }>> {
  const out = [];
  for await (const r of csvSource('test', chunks, { delimiter: ',', encoding: 'utf-8' }).rows as AsyncIterable<RawRow>) {
    out.push({ cells: [...r.cells], line: r.line, error: r.error !== undefined });
  }
  return out;
}

function cut(text: string, sizes: number[]): string[] {
  const out: string[] = [];
  let i = 0;
  let k = 0;
  while (i < text.length) {
    const n = Math.max(1, sizes[k++ % sizes.length] ?? 1);
    out.push(text.slice(i, i + n));
    i += n;
  }
  return out.length > 0 ? out : [''];
}

const cell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r', 'é', '𝔘'), maxLength: 6 });
const eol = fc.constantFrom('\n', '\r\n', '\r');

describe('csvSource', () => {
  test.prop([fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }), eol, fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 })], { numRuns: 400 })(
    'well-formed RFC 4180 text: every row and its physical line, whatever the chunks',
    async (table, end, sizes) => {
      const quote = (s: string): string => (/[",\r\n]/.test(s) || s.length === 0 ? `"${s.replace(/"/g, '""')}"` : s);
      const text = table.map((r) => r.map(quote).join(',')).join(end) + end;
      const rows = await rowsOf(cut(text, sizes));
      expect(rows.map((r) => r.cells)).toEqual(table);
      let line = 1;
      const lines = table.map((r) => {
        const at = line;
        line += 1 + r.join(',').split(/\r\n|\r|\n/).length - 1;
        return at;
      });
      expect(rows.map((r) => r.line)).toEqual(lines);
      expect(rows.every((r) => !r.error)).toBe(true);
    },
  );

  test.prop([fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r'), maxLength: 40 }), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 })], { numRuns: 600 })(
    'any text: the same rows as csv-parse on the whole text (when it reads it without errors), and the same rows for any chunking',
    async (text, sizes) => {
      const whole = await rowsOf([text]);
      expect(await rowsOf(cut(text, sizes))).toEqual(whole);
      const skips: unknown[] = [];
      const ref = parse(text, { relax_column_count: true, relax_quotes: true, skip_records_with_error: true, record_delimiter: ['\r\n', '\n', '\r'], on_skip: (e: unknown) => void skips.push(e) }) as string[][];
      if (skips.length === 0) expect(whole.map((r) => r.cells)).toEqual(ref);
    },
  );

  it('a quote left open is reported on its line and the lines it swallowed are rows again, with plain lines around it', async () => {
    const src = csvSource('test', ['a,b\nc,"d\ne,f\ng,"h"\ni,j\n'], { delimiter: ',', encoding: 'utf-8' });
    src.setColumns?.(2);
    const rows: Array<[number | undefined, boolean, unknown[]]> = [];
    for await (const r of src.rows) rows.push([r.line, r.error !== undefined, [...r.cells]]);
    expect(rows).toEqual([
      [1, false, ['a', 'b']],
      [2, true, []],
      [3, false, ['e', 'f']],
      [4, false, ['g', 'h']],
      [5, false, ['i', 'j']],
    ]);
  });

  it('one large chunk (a stream built by Readable.from(text)): every row and its line, quoted rows among many plain ones', async () => {
    // Regression: the search for the next quote ran to the end of the chunk, once per line (quadratic in the
    // chunk). The fix keeps the next quote's position from line to line and stops the other searches at the
    // line end; a position kept wrongly would split a quoted line as a plain one, or a plain one wrongly.
    const table: string[][] = [['id', 'name', 'note', 'score']];
    const lines: number[] = [1];
    let text = 'id,name,note,score\n';
    let line = 2;
    const add = (cells: string[], raw: string, eol: string): void => {
      table.push(cells);
      lines.push(line);
      text += raw + eol;
      line += 1 + (raw.match(/\r\n|\r|\n/g)?.length ?? 0);
    };
    for (let i = 1; i <= 20_000; i++) {
      const eol = i % 13 === 0 ? '\r\n' : i % 17 === 0 ? '\r' : '\n';
      if (i % 97 === 0) add([`${i}`, `Surname, ${i}`, 'plain', `${i % 10}`], `${i},"Surname, ${i}",plain,${i % 10}`, eol);
      else if (i % 89 === 0) add([`${i}`, `said "hi" ${i}`, 'two\nlines, here', ''], `${i},"said ""hi"" ${i}","two\nlines, here",`, eol);
      else if (i % 83 === 0) add([`${i}`, `O"Brien ${i}`, '', 'x'], `${i},O"Brien ${i},,"x"`, eol);
      else if (i % 79 === 0) add([`${i}`, '', 'a\r\nb\rc', `${i % 10}`], `${i},"","a\r\nb\rc",${i % 10}`, eol);
      else if (i < 15_000 || i % 1000 !== 0) add([`${i}`, `name${i}`, `note ${i}`, `${i % 10}`], `${i},name${i},note ${i},${i % 10}`, eol);
    }
    // after the last quote, a long run of plain lines, then a quoted field holding line breaks
    for (let i = 20_001; i <= 30_000; i++) add([`${i}`, `name${i}`, `note ${i}`, `${i % 10}`], `${i},name${i},note ${i},${i % 10}`, '\n');
    add(['30001', 'last', 'line one\nline two\r\nline three', 'end'], '30001,last,"line one\nline two\r\nline three",end', '\n');
    add(['30002', 'after', '', '9'], '30002,after,,9', '\n');
    add(['30003', 'no break', 'at', 'end'], '30003,"no break",at,end', '');

    for (const input of [Readable.from(text), [text.slice(0, 700_001), text.slice(700_001)]]) {
      const src = csvSource('test', input, { delimiter: ',', encoding: 'utf-8' });
      const rows: RawRow[] = [];
      for await (const r of src.rows) {
        if (rows.length === 0) src.setColumns?.(r.cells.length);
        rows.push(r);
      }
      expect(rows.filter((r) => r.error !== undefined)).toEqual([]);
      expect(rows.map((r) => r.cells)).toEqual(table);
      expect(rows.map((r) => r.line)).toEqual(lines);
    }
  });
});
