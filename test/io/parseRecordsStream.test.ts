import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, parseRecords, parseRecordsStream, type ParseRecordsBatch } from 'social-outcomes/io';
import { syntheticCsv } from './_helpers/syntheticCsv';

async function all(gen: AsyncGenerator<ParseRecordsBatch>): Promise<ParseRecordsBatch[]> {
  const out: ParseRecordsBatch[] = [];
  for await (const b of gen) out.push(b);
  return out;
}

describe('parseRecordsStream', () => {
  const { text, bad, rows } = syntheticCsv(20_000, 11, 0.01, '\r\n');

  it('yields batches of batchSize rows whose union equals parseRecords, with cumulative counts', async () => {
    const stream = Readable.from([Buffer.from(text)]);
    const batches = await all(parseRecordsStream(stream, { batchSize: 3000 }));
    const whole = await parseRecords(text);
    expect(batches.map((b) => b.records.length + new Set(b.issues.filter((i) => i.row > 0).map((i) => i.row)).size).slice(0, -1)).toEqual(Array.from({ length: 6 }, () => 3000));
    expect(batches.at(-1)?.done).toBe(true);
    expect(batches.slice(0, -1).every((b) => !b.done)).toBe(true);
    expect(batches.flatMap((b) => b.records)).toEqual(whole.records);
    expect(batches.flatMap((b) => b.recordRows)).toEqual(whole.recordRows);
    expect(batches.flatMap((b) => b.issues)).toEqual(whole.issues);
    const last = batches.at(-1)?.stats;
    expect(last).toMatchObject({ inputRows: rows, rowsWithIssues: bad.size, validRows: rows - bad.size });
    for (const b of batches) expect(b.stats.validRows + b.stats.rowsWithIssues).toBe(b.stats.inputRows);
  });

  it('reads chunks cut anywhere (inside quotes, CRLF pairs and multi-byte characters)', async () => {
    const small = syntheticCsv(500, 3, 0.05, '\r\n').text;
    const bytes = Buffer.from(small);
    async function* chunks(): AsyncGenerator<Uint8Array> {
      let i = 0;
      let size = 1;
      while (i < bytes.length) {
        yield bytes.subarray(i, i + size);
        i += size;
        size = (size * 7) % 13 + 1;
      }
    }
    const batches = await all(parseRecordsStream(chunks(), { batchSize: 100 }));
    const whole = await parseRecords(small);
    expect(batches.flatMap((b) => b.records)).toEqual(whole.records);
    expect(batches.flatMap((b) => b.issues)).toEqual(whole.issues);
  });

  it('waits for the consumer: nothing more is read until the next batch is asked for', async () => {
    let pulled = 0;
    const lines = text.split('\r\n');
    async function* source(): AsyncGenerator<string> {
      for (let i = 0; i < lines.length; i += 100) {
        pulled++;
        yield `${lines.slice(i, i + 100).join('\r\n')}\r\n`;
      }
    }
    const gen = parseRecordsStream(source(), { batchSize: 1000 });
    await gen.next();
    const after = pulled;
    expect(after).toBeLessThan(20);
    await gen.return(undefined);
    expect(pulled).toBe(after);
  });

  it('validates options at the call, before reading', () => {
    expect(() => parseRecordsStream('clientId\nC1\n', { batchSize: 0 })).toThrow(InvalidInputError);
    expect(() => parseRecordsStream('clientId\nC1\n', { format: 'xlsx' } as never)).toThrow(/options\.format/);
  });
});
