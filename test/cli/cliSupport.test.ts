/**
 * CLI plumbing in process: when the progress bar is drawn, and the area check that runs before any
 * file is read.
 */
import { describe, expect, it } from 'vitest';
import { checkArea, progressBar, PROGRESS_MIN_BYTES, UsageError, type CliIO } from '../../src/cli/cliSupport';

function capture(errIsTTY: boolean): { io: CliIO; err: () => string } {
  let err = '';
  return { io: { out: () => {}, err: (t) => (err += t), errIsTTY }, err: () => err };
}
function feed(bar: ReturnType<typeof progressBar>, total: number): void {
  for (let k = 1; k <= 4; k++) bar.update({ rowsRead: k * 1000, validRows: k * 1000, rowsWithIssues: 0, bytesRead: (total * k) / 4, totalBytes: total, done: k === 4 });
  bar.done();
}

describe('progressBar', () => {
  it('draws on a terminal for a large input, ending at 100 % with a newline', () => {
    const c = capture(true);
    feed(progressBar(c.io, 'reading big.csv', 2 * PROGRESS_MIN_BYTES), 2 * PROGRESS_MIN_BYTES);
    expect(c.err().split('\r').filter((s) => s !== '')).toEqual([
      'reading big.csv [########......................]  25%  1,000 rows',
      'reading big.csv [###############...............]  50%  2,000 rows',
      'reading big.csv [#######################.......]  75%  3,000 rows',
      'reading big.csv [##############################] 100%  4,000 rows\n',
    ]);
  });

  it('stays silent for a small input on a terminal, and for any input when stderr is not a terminal', () => {
    const small = capture(true);
    feed(progressBar(small.io, 'x', PROGRESS_MIN_BYTES - 1), PROGRESS_MIN_BYTES - 1);
    const piped = capture(false);
    feed(progressBar(piped.io, 'x', 10 * PROGRESS_MIN_BYTES), 10 * PROGRESS_MIN_BYTES);
    expect([small.err(), piped.err()]).toEqual(['', '']);
  });

  it('draws whatever the size and terminal when forced (--progress)', () => {
    const c = capture(false);
    feed(progressBar(c.io, 'x', 1000, true), 1000);
    expect(c.err()).toMatch(/\rx \[#{30}\] 100% {2}4,000 rows\n$/);
  });
});

describe('checkArea', () => {
  it('accepts a Census 2021 area and refuses malformed or unknown codes with a usage error', () => {
    expect(() => checkArea('E08000025', 'report')).not.toThrow();
    expect(() => checkArea('W06000015', 'report')).not.toThrow();
    expect(() => checkArea('e08000025', 'report')).toThrow(UsageError);
    expect(() => checkArea('E0800002', 'report')).toThrow(/--area must be an ONS GSS code/);
    expect(() => checkArea('E08999999', 'report')).toThrow(/not an area of the Census 2021 data/);
    expect(() => checkArea('toString', 'report')).toThrow(UsageError);
  });
});
