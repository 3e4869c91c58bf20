// Integration test: social-outcomes/io (the BUILT library, dist/io, i.e. what we publish) against real
// danfojs-node DataFrames. Run by run.sh (from .ci/run after `npm run build`), never by vitest.
//
// What it checks:
// - fromDataFrame(df) on a DataFrame built from demo-like typed rows gives the same records, issues and
//   counts as parseRecords on the equivalent CSV; the same for danfojs' own readCSV of the demo file;
// - toDataFrame(result, { dfd }) gives a DataFrame whose columns and values equal flattenRecords(result),
//   with danfojs dtypes that fit (numbers numeric, booleans boolean, text string), and which reads back
//   to the same records;
// - missing values as danfojs stores them (NaN in numeric columns, null/undefined in text columns) are
//   blanks: optional fields are left out, required fields become counted, located issues (never silently
//   dropped rows); non-finite numbers and non-table inputs are typed errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as dfd from 'danfojs-node';
import { fromDataFrame, parseRecords, parseFile, toDataFrame, flattenRecords, InvalidInputError } from '../../../dist/io/index.js';

const DEMO = fileURLToPath(new URL('../../../examples/demo/demo-records.csv', import.meta.url));

/** mulberry32, seeded: the rows are the same on every run. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COLUMNS = [
  'clientId', 'providerId', 'commissioningArea', 'reportingPeriod', 'age', 'ageBand', 'gender', 'genderSameAsBirth',
  'disability', 'ethnicity', 'postcodeDistrict', 'referralSource', 'referralOutcome', 'repeatReferral', 'instrumentId',
  'readingDate', 'retrospective', 'completedBy', 'score_managing-money', 'score_managing-tenancy', 'score_physical-health',
  'score_total', 'need_maximise-income', 'accessibilityRating',
];

/**
 * Demo-like rows with the JavaScript types an analyst's DataFrame holds: numbers for ages and scores,
 * booleans for flags, text elsewhere; missing numbers are NaN (as danfojs stores them), missing text null.
 * Two or three readings per client, Outcomes Star and SWEMWBS (metric scores with decimals).
 */
function demoRows(clients, seed) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const bands = [[18, '18-24'], [30, '25-34'], [41, '35-49'], [57, '50-64'], [70, '65+']];
  const rows = [];
  for (let c = 1; c <= clients; c++) {
    const [age, band] = pick(bands);
    const base = [
      `C${String(c).padStart(5, '0')}`, pick(['va1-housing', 'P02', 'P03']), 'Vulnerable Adults 1', '2023-24',
      r() < 0.2 ? NaN : age, band, pick(['man', 'woman', 'self-describe', 'prefer-not-to-say']), pick(['yes', 'no']),
      pick(['yes', 'no', 'not-known']),
      pick(['white-british', 'asian-pakistani', 'black-caribbean', 'White: Irish', 'Mixed or Multiple ethnic groups: White and Black Caribbean']),
      pick(['B6', 'B15', 'B21']), pick(['statutory', 'vcse', 'self']), 'supported', r() < 0.5,
    ];
    const n = 2 + Math.floor(r() * 2);
    for (let k = 0; k < n; k++) {
      const star = r() < 0.6;
      const date = `2023-${String(4 + k * 3).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
      const score = () => (r() < 0.1 ? NaN : 1 + Math.floor(r() * 10));
      rows.push([
        ...base,
        star ? 'homelessness-star' : 'swemwbs', date, k === 0 && r() < 0.3 ? true : null, pick(['worker', 'client', 'together']),
        star ? score() : NaN, star ? score() : NaN, star ? 5 : NaN,
        star ? NaN : [7, 9.51, 17.98, 19.98, 23.21, 35][Math.floor(r() * 6)],
        pick(['identified', 'met-partially', 'met-fully', null]), r() < 0.3 ? NaN : 1 + Math.floor(r() * 5),
      ]);
    }
  }
  return rows;
}

/** The CSV an analyst would have written for the same rows: blanks for missing values. */
function toCsvText(columns, rows) {
  const cell = (v) => {
    if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) return '';
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.join(','), ...rows.map((row) => row.map(cell).join(','))].join('\n') + '\n';
}

/** Compare parse results field by field (headerRow and encoding legitimately differ: a table has no header line). */
function assertSameResult(fromDf, fromCsv) {
  assert.deepEqual(fromDf.records, fromCsv.records);
  assert.deepEqual(fromDf.recordRows, fromCsv.recordRows);
  const strip = ({ line: _line, ...rest }) => rest;
  assert.deepEqual(fromDf.issues.map(strip), fromCsv.issues.map(strip));
  for (const k of ['inputRows', 'validRows', 'rowsWithIssues', 'blankRows', 'readings', 'shape']) {
    assert.equal(fromDf.stats[k], fromCsv.stats[k], `stats.${k}`);
  }
}

test('fromDataFrame on a DataFrame of demo-like rows = parseRecords on the equivalent CSV', async () => {
  const rows = demoRows(400, 20261123);
  const df = new dfd.DataFrame(rows, { columns: COLUMNS });
  assert.deepEqual(df.shape, [rows.length, COLUMNS.length]);
  // danfojs infers numeric dtypes for the number columns and keeps missing numbers as NaN
  const dtypes = Object.fromEntries(df.columns.map((c, i) => [c, df.dtypes[i]]));
  assert.match(dtypes['score_total'], /^(float32|int32)$/);
  assert.equal(dtypes['repeatReferral'], 'boolean');
  assert.equal(dtypes['clientId'], 'string');

  const a = await fromDataFrame(df);
  const b = await parseRecords(toCsvText(COLUMNS, rows));
  assertSameResult(a, b);
  assert.equal(a.stats.inputRows, rows.length);
  assert.equal(a.stats.rowsWithIssues, 0, JSON.stringify(a.issues.filter((i) => i.row > 0).slice(0, 3)));
  assert.equal(a.records.length + a.stats.rowsWithIssues, a.stats.inputRows);
  // decimals survive danfojs' float32 dtype exactly (values stay JavaScript numbers)
  const swemwbs = a.records.flatMap((rec) => rec.readings).filter((x) => x.instrumentId === 'swemwbs').map((x) => x.scores.total);
  assert.ok(swemwbs.includes(17.98) && swemwbs.includes(9.51), 'metric SWEMWBS scores kept exactly');
  // NaN ages and scores are blanks: the field is left out, not NaN
  assert.ok(a.records.some((rec) => rec.age === undefined));
  assert.ok(a.records.every((rec) => rec.readings.every((x) => Object.values(x.scores).every(Number.isFinite))));
});

test('fromDataFrame on danfojs readCSV of the demo file = parseFile of the same file', async () => {
  const df = await dfd.readCSV(DEMO);
  assert.equal(df.shape[0], readFileSync(DEMO, 'utf8').trimEnd().split('\n').length - 1);
  const a = await fromDataFrame(df);
  const b = await parseFile(DEMO);
  assertSameResult(a, b);
  assert.equal(a.stats.inputRows, 2067);
  assert.equal(a.records.length, 2067);
});

test('toDataFrame(result, { dfd }) gives a DataFrame whose columns and values are the flattened result', async () => {
  const result = await parseFile(DEMO);
  for (const shape of ['long', 'wide']) {
    const flat = flattenRecords(result.records, { shape });
    const df = toDataFrame(result, { dfd, shape });
    assert.ok(df instanceof dfd.DataFrame, 'a real danfojs DataFrame');
    assert.deepEqual(df.columns, flat.columns);
    assert.deepEqual(df.shape, [flat.data.length, flat.columns.length]);
    // missing cells are null in the table, and danfojs keeps them as null in values
    assert.deepEqual(df.values, flat.data);
    for (const [i, c] of flat.columns.entries()) {
      const kinds = new Set(flat.data.map((r) => r[i]).filter((v) => v !== null).map((v) => typeof v));
      const dtype = df.dtypes[i];
      if (kinds.size === 1 && kinds.has('number')) assert.match(dtype, /^(float32|int32)$/, `${shape} ${c}`);
      else if (kinds.size === 1 && kinds.has('boolean')) assert.equal(dtype, 'boolean', `${shape} ${c}`);
      else if (kinds.size === 1 && kinds.has('string')) assert.equal(dtype, 'string', `${shape} ${c}`);
    }
  }
});

test('records → danfojs DataFrame → records is lossless (long and wide)', async () => {
  const result = await parseFile(DEMO);
  const long = await fromDataFrame(toDataFrame(result, { dfd, shape: 'long' }));
  assert.deepEqual(long.records.map((r) => r.clientId), result.records.map((r) => r.clientId));
  assert.deepEqual(long.records, result.records);
  assert.equal(long.stats.rowsWithIssues, 0);
  // wide: one row per record, readings numbered per instrument; the same records come back
  const wide = await fromDataFrame(toDataFrame(result, { dfd, shape: 'wide' }));
  assert.equal(wide.stats.shape, 'wide');
  assert.equal(wide.stats.rowsWithIssues, 0);
  assert.deepEqual(wide.records, result.records);
});

test('missing values in danfojs columns: blanks for optional fields, counted and located issues for required ones', async () => {
  const columns = ['clientId', 'ageBand', 'gender', 'genderSameAsBirth', 'disability', 'ethnicity', 'instrumentId', 'readingDate', 'score_managing-money', 'score_physical-health'];
  const rows = [
    ['C1', '25-34', 'woman', 'yes', 'no', 'white-irish', 'homelessness-star', '2023-04-01', 4, 5], // good
    ['C2', '25-34', 'man', 'yes', 'no', 'white-irish', 'homelessness-star', '2023-04-02', NaN, 5], // NaN score: left out
    [null, '25-34', 'man', 'yes', 'no', 'white-irish', 'homelessness-star', '2023-04-03', 3, 5], // null clientId
    ['C4', '25-34', 'man', 'yes', 'no', undefined, 'homelessness-star', '2023-04-04', 3, 5], // undefined ethnicity (core)
    ['C5', '25-34', 'man', 'yes', 'no', 'white-irish', 'homelessness-star', null, 3, 5], // reading without date
    ['C6', '25-34', 'man', 'yes', 'no', 'white-irish', 'homelessness-star', '2023-04-06', NaN, NaN], // reading without scores
  ];
  const df = new dfd.DataFrame(rows, { columns });
  assert.deepEqual(df.dtypes.slice(-2), ['float32', 'float32']);
  const out = await fromDataFrame(df);
  const csv = await parseRecords(toCsvText(columns, rows));
  assertSameResult(out, csv);
  assert.equal(out.stats.inputRows, 6);
  assert.equal(out.records.length + out.stats.rowsWithIssues, out.stats.inputRows);
  assert.deepEqual(out.recordRows.slice(0, 2), [1, 2]);
  assert.deepEqual(out.records[1].readings[0].scores, { 'physical-health': 5 });
  const bad = new Map();
  for (const i of out.issues) if (i.row > 0) bad.set(i.row, [...(bad.get(i.row) ?? []), `${i.column}:${i.code}`]);
  // every excluded row is reported with its row and the column at fault; no row silently disappears
  assert.equal(bad.size, out.stats.rowsWithIssues);
  assert.ok(bad.get(3)?.some((s) => s.startsWith('clientId:')), JSON.stringify([...bad]));
  for (const row of bad.keys()) assert.ok(!out.recordRows.includes(row));
  for (const i of out.issues) {
    assert.equal(typeof i.code, 'string');
    assert.equal(typeof i.message, 'string');
    if (i.row > 0) assert.equal(typeof i.column, 'string');
  }
  // onError: 'throw' stops at the first bad row with a typed error naming it
  await assert.rejects(fromDataFrame(df, { onError: 'throw' }), (e) => e instanceof InvalidInputError && typeof e.row === 'number' && e.row >= 3);
});

test('danfojs dtypes: datetime, int32 ids and boolean columns read as their text equivalents', async () => {
  const columns = ['clientId', 'ageBand', 'gender', 'genderSameAsBirth', 'disability', 'ethnicity', 'instrumentId', 'readingDate', 'retrospective', 'score_managing-money'];
  const typed = new dfd.DataFrame(
    [
      [1001, '25-34', 'woman', 'yes', 'no', 'white-irish', 'homelessness-star', new Date(Date.UTC(2023, 3, 1)), true, 4],
      [1002, '35-49', 'man', 'no', 'yes', 'asian-indian', 'homelessness-star', new Date(Date.UTC(2023, 9, 2)), false, 7],
    ],
    { columns },
  );
  assert.deepEqual(typed.dtypes, ['int32', 'string', 'string', 'string', 'string', 'string', 'string', 'datetime', 'boolean', 'int32']);
  const a = await fromDataFrame(typed);
  const b = await parseRecords(`${columns.join(',')}\n1001,25-34,woman,yes,no,white-irish,homelessness-star,2023-04-01,true,4\n1002,35-49,man,no,yes,asian-indian,homelessness-star,2023-10-02,false,7\n`);
  assert.deepEqual(a.records, b.records);
  assert.equal(a.records[0].clientId, '1001');
  assert.equal(a.records[0].readings[0].date, '2023-04-01');
  assert.equal(a.records[0].readings[0].retrospective, true);
});

test('non-finite numbers and things that are not DataFrames are typed errors, never silent', async () => {
  const df = new dfd.DataFrame(
    [['C1', '25-34', 'woman', 'yes', 'no', 'white-irish', 'homelessness-star', '2023-04-01', Infinity]],
    { columns: ['clientId', 'ageBand', 'gender', 'genderSameAsBirth', 'disability', 'ethnicity', 'instrumentId', 'readingDate', 'score_managing-money'] },
  );
  const out = await fromDataFrame(df);
  assert.equal(out.records.length, 0);
  assert.equal(out.stats.rowsWithIssues, 1);
  assert.equal(out.issues.find((i) => i.row === 1)?.column, 'score_managing-money');
  // a Series is not a table
  await assert.rejects(fromDataFrame(new dfd.Series([1, 2, 3])), InvalidInputError);
  // a DataFrame with a forbidden identifier column is refused whole
  const named = new dfd.DataFrame([['C1', 'Ann Smith']], { columns: ['clientId', 'fullName'] });
  await assert.rejects(fromDataFrame(named), (e) => e instanceof InvalidInputError && e.code === 'forbidden-column');
  // toDataFrame refuses a dfd that is not danfojs-like, with a typed error
  assert.throws(() => toDataFrame([{ a: 1 }], { dfd: {} }), InvalidInputError);
});
