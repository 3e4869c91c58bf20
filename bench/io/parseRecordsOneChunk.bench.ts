// parseRecords on a CSV that arrives as one large chunk: a stream built by `Readable.from(text)` hands the whole
// text over at once (strings and bytes are cut into 1 MiB slices, streams are not). 160,000 long-form rows
// (10 columns, 11 MB) without quotes, with a quoted header only, and with a quoted field in every row; the same
// text as a string (read in 1 MiB slices) for comparison. The search for the next quote once ran to the end of
// the chunk for every line, so a single chunk without quotes took time quadratic in its length.
// Run with `npm run bench` (or `npx vitest bench --run bench/io/parseRecordsOneChunk.bench.ts`). Speed is
// measured here, never asserted in unit tests.
import { Readable } from 'node:stream';
import { bench, describe } from 'vitest';
import { parseRecords } from '../../src/io';

const N = 160_000;
const HEADER = 'clientId,ageBand,gender,genderSameAsBirth,disability,ethnicity,instrumentId,readingDate,score_managing-money,score_self-care';

function csv(quotes: 'none' | 'header' | 'every'): string {
  const lines = [quotes === 'header' ? HEADER.replace('clientId', '"clientId"') : HEADER];
  for (let i = 0; i < N; i++) {
    const ethnicity = quotes === 'every' ? '"White: Irish"' : 'white-irish';
    lines.push(`C${i >> 1},25-34,woman,yes,no,${ethnicity},homelessness-star,${i & 1 ? '2023-10-01' : '2023-04-01'},${1 + (i % 10)},${1 + ((i * 7) % 10)}`);
  }
  return `${lines.join('\n')}\n`;
}

const plain = csv('none');
const quotedHeader = csv('header');
const quotedEveryRow = csv('every');
let sink = 0;
const once = { iterations: 3, time: 0, warmupIterations: 0, warmupTime: 0 };

describe(`parseRecords, ${N.toLocaleString('en-GB')} rows in one stream chunk`, () => {
  bench('one chunk, no quotes', async () => {
    sink += (await parseRecords(Readable.from(plain))).records.length;
  }, once);
  bench('one chunk, quoted header only', async () => {
    sink += (await parseRecords(Readable.from(quotedHeader))).records.length;
  }, once);
  bench('one chunk, a quoted field in every row', async () => {
    sink += (await parseRecords(Readable.from(quotedEveryRow))).records.length;
  }, once);
  bench('string (1 MiB slices), no quotes', async () => {
    sink += (await parseRecords(plain)).records.length;
  }, once);
});

export { sink };
