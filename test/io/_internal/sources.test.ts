// The CSV source splits plain lines itself (the hot path) and hands anything else to csv-parse. These properties
// check that the split is invisible: the same rows and line numbers as csv-parse on the whole text, however the
// text is cut into chunks.
import { fc, test } from '@fast-check/vitest';
import { parse } from 'csv-parse/sync';
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
});
