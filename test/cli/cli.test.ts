/**
 * The `social-outcomes` command line, run as a process (see ./_cli.ts): help, exit codes, one-line
 * errors, report in three formats with the example value bank, validate with k-anonymity, progress
 * bar, demo, determinism and privacy of what it writes.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFile, normaliseRecords } from 'social-outcomes/io';
import { buildReport, type ReportModel } from 'social-outcomes/report';
import { checkKAnonymity } from 'social-outcomes/equity';
import { parseValueBank } from 'social-outcomes/schema';
import { parse } from 'csv-parse/sync';
import { bundleCli, DEMO_CSV, EXAMPLE_BANK, oneErrorLine, runCli, type CliRun } from './_cli';

let cli = '';
let cleanup = (): void => {};
let dir = '';
const DATE = '2024-06-30';

beforeAll(async () => {
  ({ cli, cleanup } = await bundleCli('cli'));
  dir = mkdtempSync(join(tmpdir(), 'so-cli-'));
}, 60_000);
afterAll(() => {
  cleanup();
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

const run = (...args: string[]): Promise<CliRun> => runCli(cli, args, { cwd: dir });
const demoIds = (): string[] => [...new Set((parse(readFileSync(DEMO_CSV, 'utf8'), { columns: true }) as Array<{ clientId: string }>).map((r) => r.clientId))];

/** A small copy of the demo file with two broken rows (an age that is not a number, an impossible date). */
function brokenFile(): string {
  const lines = readFileSync(DEMO_CSV, 'utf8').split('\n');
  const header = (lines[0] as string).split(',');
  const body = lines.slice(1, 41);
  const ageCol = header.indexOf('age');
  const dateCol = header.indexOf('readingDate');
  const bad = (line: string, col: number, value: string): string => line.split(',').map((c, i) => (i === col ? value : c)).join(',');
  body[2] = bad(body[2] as string, ageCol, 'forty');
  body[5] = bad(body[5] as string, dateCol, '2023-02-30');
  const file = join(dir, 'broken.csv');
  writeFileSync(file, `${[lines[0], ...body].join('\n')}\n`);
  return file;
}

describe('cli: help', () => {
  it.each([
    [['--help'], 'social-outcomes demo'],
    [['report', '--help'], 'social-outcomes report returns.csv --area E08000025 --bank bank.csv --out report.html'],
    [['validate', '--help'], 'social-outcomes validate returns.xlsx --k 5'],
    [['demo', '--help'], 'social-outcomes demo --out /tmp/demo --format md'],
    [['help', 'report'], 'social-outcomes report returns.csv'],
  ])('%j prints usage with examples and exits 0', async (args, example) => {
    const r = await run(...args);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Usage:|\nUsage:/);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain(example);
  });

  it('every --flag a help text names is accepted by its command (help matches the real flags)', async () => {
    for (const command of ['report', 'validate', 'demo']) {
      const help = (await run(command, '--help')).stdout;
      const flags = [...new Set([...help.matchAll(/^\s+(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1] as string))];
      expect(flags.length, command).toBeGreaterThan(2);
      for (const flag of flags) {
        // Each flag with --help still prints the help: an unknown flag would be a usage error (exit 2).
        const takesValue = new RegExp(`${flag} <`).test(help);
        const r = await run(command, flag, ...(takesValue ? ['x'] : []), '--help');
        expect([r.code, r.stderr], `${command} ${flag}`).toEqual([0, '']);
      }
    }
  }, 60_000);
});

describe('cli: errors are one clear line with a non-zero exit, never a stack trace', () => {
  it.each([
    ['an unknown flag', ['report', DEMO_CSV, '--area', 'E08000025', '--bogus'], /Unknown option '--bogus'.*report --help/],
    ['an unknown command', ['reprot', DEMO_CSV], /unknown command 'reprot'/],
    ['a missing records file', ['report', 'no-such-file.csv', '--area', 'E08000025'], /cannot read .*no-such-file\.csv.*no such file/],
    ['a missing file to validate', ['validate', 'no-such-file.csv'], /no-such-file\.csv.*no such file/],
    ['a malformed area code', ['report', DEMO_CSV, '--area', 'Birmingham'], /--area must be an ONS GSS code such as E08000025 \(got 'Birmingham'\)/],
    ['an area not in the census', ['report', DEMO_CSV, '--area', 'E99999999'], /--area E99999999 is not an area of the Census 2021 data/],
    ['no area', ['report', DEMO_CSV], /--area is required/],
    ['a missing bank file', ['report', DEMO_CSV, '--area', 'E08000025', '--bank', 'no-bank.csv'], /cannot read the value bank .*no-bank\.csv: no such file/],
    ['a bad --format', ['report', DEMO_CSV, '--area', 'E08000025', '--format', 'pdf'], /--format must be html, md or json \(got 'pdf'\)/],
    ['a bad --k', ['validate', DEMO_CSV, '--k', '1'], /--k must be an integer of at least 2 \(got '1'\)/],
  ])('%s', async (_what, args, message) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const line = oneErrorLine(r);
    expect(line.startsWith('social-outcomes: ')).toBe(true);
    expect(line).toMatch(message);
  });

  it.each([
    ['an empty CSV bank', 'empty.csv', 'id,label\n', /parseValueBank requires at least one row/],
    ['a bank that is not JSON', 'bank.json', '{ "entries": [', /the value bank bank\.json is not valid JSON/],
    ['a bank row with a bad value', 'bad-value.csv', readFileSync(EXAMPLE_BANK, 'utf8').replace(',1000,,,2023-24', ',lots,,,2023-24'), /parseValueBank.*value/],
  ])('a bad bank file: %s', async (_what, name, text, message) => {
    writeFileSync(join(dir, name), text);
    const r = await run('report', DEMO_CSV, '--area', 'E08000025', '--bank', name, '--out', 'x.html');
    expect(r.code).toBe(2);
    expect(oneErrorLine(r)).toMatch(message);
    expect(readdirSync(dir)).not.toContain('x.html');
  });
});

describe('cli: report', () => {
  let json: ReportModel;
  let runs: Record<'html' | 'md' | 'json', CliRun>;
  const config = { adjustments: { attribution: { value: 0.2, source: 'stated assumption' }, displacement: { value: 0.1, source: 'stated assumption' } }, investment: 100000 };

  beforeAll(async () => {
    writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
    const common = [DEMO_CSV, '--area', 'E08000025', '--bank', EXAMPLE_BANK, '--config', 'config.json', '--date', DATE];
    runs = {
      html: await run('report', ...common, '--out', 'out/report.html'),
      md: await run('report', ...common, '--format', 'md', '--out', 'out/md/report.md'),
      json: await run('report', ...common, '--format', 'json', '--out', 'out/report.json'),
    };
    json = JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8')) as ReportModel;
  }, 120_000);

  it('writes HTML, Markdown (+ SVG charts) and JSON, printing the path and the 10-line summary', () => {
    for (const [format, r] of Object.entries(runs)) {
      expect(r.code, `${format}: ${r.stderr}`).toBe(0);
      const out = r.stdout.split('\n').filter((l) => l !== '');
      expect(out[0]).toBe(join(dir, 'out', format === 'md' ? 'md/report.md' : `report.${format}`));
      expect(out.slice(-10)).toEqual(json.summary.lines);
    }
    expect(readFileSync(join(dir, 'out/report.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    expect(readFileSync(join(dir, 'out/md/report.md'), 'utf8')).toMatch(/^# /);
    const svgs = readdirSync(join(dir, 'out/md/charts'));
    expect(svgs.length).toBeGreaterThan(0);
    expect(runs.md.stdout).toContain(`(and ${svgs.length} chart files in`);
  });

  it('the JSON equals buildReport on parseFile → normaliseRecords with the same bank and config, byte for byte', async () => {
    const parsed = await parseFile(DEMO_CSV);
    const clients = normaliseRecords(parsed.records, { rows: parsed.recordRows }).clients;
    const bank = parseValueBank(parse(readFileSync(EXAMPLE_BANK, 'utf8'), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>, { name: 'example-bank.csv' });
    const model = buildReport(clients, { ...config, area: 'E08000025', period: '2023-24', generated: DATE, valueBank: bank, issues: [] });
    expect(readFileSync(join(dir, 'out/report.json'), 'utf8')).toBe(`${JSON.stringify(model, null, 2)}\n`);
    // The example bank was used: social value is computed from its entries.
    expect(json.socialValue.computed).toBe(true);
  });

  it('is byte-identical when run again (HTML and Markdown with charts)', async () => {
    const again = await run('report', DEMO_CSV, '--area', 'E08000025', '--bank', EXAMPLE_BANK, '--config', 'config.json', '--date', DATE, '--out', 'again/report.html');
    expect(again.code).toBe(0);
    expect(readFileSync(join(dir, 'again/report.html'))).toEqual(readFileSync(join(dir, 'out/report.html')));
    const md = await run('report', DEMO_CSV, '--area', 'E08000025', '--bank', EXAMPLE_BANK, '--config', 'config.json', '--date', DATE, '--out', 'again/md/report.md');
    expect(md.code).toBe(0);
    expect(readFileSync(join(dir, 'again/md/report.md'))).toEqual(readFileSync(join(dir, 'out/md/report.md')));
    for (const f of readdirSync(join(dir, 'out/md/charts'))) expect(readFileSync(join(dir, 'again/md/charts', f)), f).toEqual(readFileSync(join(dir, 'out/md/charts', f)));
  }, 60_000);

  it('never writes a client id, in any format', () => {
    const ids = demoIds();
    expect(ids.length).toBe(600);
    const texts = [readFileSync(join(dir, 'out/report.html'), 'utf8'), readFileSync(join(dir, 'out/md/report.md'), 'utf8'), readFileSync(join(dir, 'out/report.json'), 'utf8'), ...readdirSync(join(dir, 'out/md/charts')).map((f) => readFileSync(join(dir, 'out/md/charts', f), 'utf8')), ...Object.values(runs).map((r) => r.stdout + r.stderr)];
    for (const t of texts) {
      expect(t.match(/C\d{7}/g)).toBeNull();
      for (const id of ids.slice(0, 50)) expect(t.includes(id)).toBe(false);
    }
  });

  it('suppresses small counts by default; --no-suppression publishes them, with a warning; a config file alone cannot turn it off', async () => {
    expect(json.meta.suppression.applied).toBe(true);
    expect(JSON.stringify(json)).toContain('"suppressed":true');
    const open = await run('report', DEMO_CSV, '--area', 'E08000025', '--date', DATE, '--format', 'json', '--out', 'open.json', '--no-suppression');
    expect(open.code).toBe(0);
    expect(open.stderr).toMatch(/warning: --no-suppression publishes small counts/);
    const model = JSON.parse(readFileSync(join(dir, 'open.json'), 'utf8')) as ReportModel;
    expect(model.meta.suppression.applied).toBe(false);
    expect(JSON.stringify(model)).not.toContain('"suppressed":true');
    writeFileSync(join(dir, 'nosup.json'), JSON.stringify({ suppression: false }));
    const refused = await run('report', DEMO_CSV, '--area', 'E08000025', '--config', 'nosup.json', '--out', 'nosup.html');
    expect(refused.code).toBe(2);
    expect(oneErrorLine(refused)).toMatch(/turns suppression off; that must be asked for explicitly with --no-suppression/);
  }, 60_000);
});

describe('cli: validate', () => {
  it('a clean file: exit 0, a one-line summary, and a k-anonymity warning on the default quasi-identifiers', async () => {
    const r = await run('validate', DEMO_CSV);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/demo-records\.csv: 2067 rows, 2067 valid, 0 with issues \(0 issues\)/);
    // The same check as checkKAnonymity on the merged records.
    const parsed = await parseFile(DEMO_CSV);
    const clients = normaliseRecords(parsed.records, { rows: parsed.recordRows }).clients as unknown as ReadonlyArray<Record<string, unknown>>;
    const k = checkKAnonymity(clients, ['ageBand', 'gender', 'ethnicity', 'postcodeDistrict'], 10);
    expect(k.satisfied).toBe(false);
    expect(oneErrorLine(r)).toBe(
      `social-outcomes: warning: the extract is not 10-anonymous on ageBand, gender, ethnicity, postcodeDistrict: ${k.nRecordsAtRisk} of ${k.nRecords} records are in ${k.violatingClasses.length} groups smaller than 10 (smallest ${k.smallestClass.n}); do not share it at record level`,
    );
  });

  it('--k and --quasi choose the check; no warning when the extract passes', async () => {
    const r = await run('validate', DEMO_CSV, '--k', '5', '--quasi', 'gender');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const j = await run('validate', DEMO_CSV, '--k', '3', '--quasi', 'ageBand,postcodeDistrict', '--json');
    const out = JSON.parse(j.stdout) as { kAnonymity: { k: number; quasiIdentifiers: string[]; satisfied: boolean } };
    expect(out.kAnonymity).toMatchObject({ k: 3, quasiIdentifiers: ['ageBand', 'postcodeDistrict'] });
  });

  it('a file with bad rows: prints each issue with its row and exits 1', async () => {
    const file = brokenFile();
    const r = await run('validate', file, '--k', '2', '--quasi', 'gender');
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('row\tcolumn\tcode\tmessage');
    const rows = lines.slice(1, -1).map((l) => l.split('\t'));
    // Rows are data rows, 1-based, header excluded (body[2] is data row 3).
    expect(rows.map((c) => [c[0], c[1]])).toEqual([['3', 'age'], ['6', 'readingDate']]);
    expect(lines[lines.length - 1]).toMatch(/broken\.csv: 40 rows, 38 valid, 2 with issues \(2 issues\)/);
    // report leaves those rows out and says so.
    const rep = await run('report', file, '--area', 'E08000025', '--format', 'json', '--out', 'broken.json', '--date', DATE);
    expect(rep.code).toBe(0);
    expect(rep.stderr).toMatch(/warning: 2 rows of .*broken\.csv had issues and were left out/);
  });
});

describe('cli: progress bar', () => {
  it('is drawn on stderr with --progress (stdout unchanged), and not at all without it when stderr is not a terminal', async () => {
    const plain = await run('validate', DEMO_CSV, '--k', '2', '--quasi', 'gender');
    const withBar = await run('validate', DEMO_CSV, '--k', '2', '--quasi', 'gender', '--progress');
    expect(plain.stderr).toBe('');
    expect(withBar.stdout).toBe(plain.stdout);
    expect(withBar.stderr).toMatch(/\rreading demo-records\.csv \[#+\] 100% {2}2,067 rows\n$/);
  });
});

describe('cli: demo', () => {
  it('writes report.html and prints its path and a 10-line summary that shows reliable change', async () => {
    const r = await run('demo', '--out', 'demo');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => l !== '');
    expect(lines[0]).toBe(join(dir, 'demo', 'report.html'));
    expect(lines).toHaveLength(11);
    expect(lines[8]).toMatch(/^Reliable change \(SWEMWBS\): \d+% reliably improved, \d+% reliably deteriorated\.$/);
    const html = readFileSync(join(dir, 'demo', 'report.html'), 'utf8');
    expect(html).toContain('Vaingankar JA et al. (2017)');
    expect(html.match(/C\d{7}/g)).toBeNull();
  }, 60_000);
});
