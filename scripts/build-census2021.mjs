#!/usr/bin/env node
// Builds the bundled Census 2021 baselines (`social-outcomes/data/census2021`) from the long-format
// CSVs in data-raw/census2021/ (copied unchanged from the project's research data; their provenance,
// row by row, is in data-raw/census2021/SOURCES.md).
//
//   node scripts/build-census2021.mjs            writes src/data/census2021/tables/*.ts and areas.ts
//   node scripts/build-census2021.mjs --out DIR  writes the same files under DIR (used by the test
//                                                that checks the checked-in files are reproducible)
//
// What it does, exhaustively (also recorded in the generated `transformations`):
//  1. groups rows by ONS table and area; categories are ordered by their Cell_ID (Nomis column order);
//  2. writes each area's counts as one array aligned with the table's category list, with `null` where
//     the source for that area does not publish the cell (e.g. TS021 has no LTLA total);
//  3. TS009 labels "Female; Age: Total" become "Female" (the margin of sex by single year of age),
//     the source label is kept as `sourceLabel`;
//  4. attaches to each detail category the code of its published aggregate ("White: Irish" → "White"),
//     and to each age category its age span parsed from the label;
//  5. checks, and refuses to write if any fails: one value per (table, area, category); integer,
//     non-negative counts; details sum exactly to the table total; aggregates sum to the total and
//     equal the sum of their details; TS007 band subtotals equal the sum of their single years;
//     every area has the same name in every file.
// Nothing is estimated, rounded or summed into the output: every number written is a CSV value.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import console from 'node:console';
import process from 'node:process';
import { URL } from 'node:url';
import { parse } from 'csv-parse/sync';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const rawDir = join(root, 'data-raw/census2021');
const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(root, 'src/data/census2021');

const HEADER = 'area_code,area_name,category_code,category_label,count,level,source_id';
const COUNTRY_ORDER = ['K04000001', 'E92000001', 'W92000004'];

/** Table definitions: file, identity and which caveats (ids from src/data/census2021/caveats.ts) apply. */
const TABLES = [
  {
    id: 'TS001', file: 'census2021_ts001_usual_residents.csv', topic: 'usual-residents',
    title: 'Number of usual residents in households and communal establishments',
    populationBase: 'All usual residents', baseAges: { min: 0 }, voluntary: false,
    caveats: ['mandatory-question'],
  },
  {
    id: 'TS007A', file: 'census2021_ts007a_age_18_bands.csv', topic: 'age-five-year', classification: 'resident_age_18a',
    title: 'Age by five-year age bands', populationBase: 'All usual residents', baseAges: { min: 0 }, voluntary: false,
    caveats: ['mandatory-question', 'age-bands-cut-adult-ages'],
  },
  {
    id: 'TS007', file: 'census2021_ts007_age_single_year.csv', topic: 'age-single-year', classification: 'resident_age_101a',
    title: 'Age by single year', populationBase: 'All usual residents', baseAges: { min: 0 }, voluntary: false,
    caveats: ['mandatory-question', 'ts007-subtotals-overlap'],
  },
  {
    id: 'TS008', file: 'census2021_ts008_sex.csv', topic: 'sex', classification: 'sex',
    title: 'Sex', populationBase: 'All usual residents', baseAges: { min: 0 }, voluntary: false,
    caveats: ['mandatory-question', 'sex-question'],
  },
  {
    id: 'TS009', file: 'census2021_ts009_sex_totals.csv', topic: 'sex', classification: 'sex',
    title: 'Sex by single year of age (the Age: Total margin only)', populationBase: 'All usual residents',
    baseAges: { min: 0 }, voluntary: false,
    caveats: ['mandatory-question', 'sex-question', 'ts009-margin'],
    relabel: (label) => label.replace(/; Age: Total$/, ''),
  },
  {
    id: 'TS021', file: 'census2021_ts021_ethnic_group.csv', topic: 'ethnic-group', classification: 'ethnic_group_tb_20b',
    title: 'Ethnic group', populationBase: 'All usual residents', baseAges: { min: 0 }, voluntary: false,
    caveats: ['mandatory-question', 'ts021-ltla-source', 'ts021-labels', 'ethnic-group-age-structure'],
  },
  {
    id: 'TS030', file: 'census2021_ts030_religion.csv', topic: 'religion', classification: 'religion_tb',
    title: 'Religion', populationBase: 'All usual residents', baseAges: { min: 0 }, voluntary: true,
    caveats: ['voluntary-question', 'country-only'],
  },
  {
    id: 'TS038', file: 'census2021_ts038_disability.csv', topic: 'disability', classification: 'disability',
    title: 'Disability', populationBase: 'All usual residents', baseAges: { min: 0 }, voluntary: false,
    caveats: ['mandatory-question', 'disability-definition', 'ts038-ltla-aggregates-only', 'disability-age-structure'],
  },
  {
    id: 'TS077', file: 'census2021_ts077_sexual_orientation.csv', topic: 'sexual-orientation', classification: 'sexual_orientation_6a',
    title: 'Sexual orientation', populationBase: 'All usual residents aged 16 years and over', baseAges: { min: 16 }, voluntary: true,
    caveats: ['base-16-plus', 'voluntary-question'],
  },
  {
    id: 'TS078', file: 'census2021_ts078_gender_identity.csv', topic: 'gender-identity', classification: 'gender_identity_7a',
    title: 'Gender identity', populationBase: 'All usual residents aged 16 years and over', baseAges: { min: 16 }, voluntary: true,
    caveats: ['base-16-plus', 'voluntary-question', 'gender-identity-question', 'gender-identity-not-accredited', 'ts078-includes-non-binary', 'country-only'],
  },
  {
    id: 'TS070', file: 'census2021_ts070_gender_identity_detailed.csv', topic: 'gender-identity-detailed', classification: 'gender_identity_8a',
    title: 'Gender identity (detailed)', populationBase: 'All usual residents aged 16 years and over', baseAges: { min: 16 }, voluntary: true,
    caveats: ['base-16-plus', 'voluntary-question', 'gender-identity-question', 'gender-identity-not-accredited', 'ts070-non-binary-separate', 'country-only'],
  },
];

function fail(message) {
  console.error(`build-census2021: ${message}`);
  process.exit(1);
}

/** Parses an ONS age label into the span of completed years it covers (max omitted when open-ended). */
function ageSpan(label) {
  let m;
  if (label === 'Aged under 1 year') return { min: 0, max: 0 };
  if ((m = /^Aged (\d+) years? and under$/.exec(label))) return { min: 0, max: Number(m[1]) };
  if ((m = /^Aged (\d+) years? and over$/.exec(label))) return { min: Number(m[1]) };
  if ((m = /^Aged (\d+) to (\d+) years$/.exec(label))) return { min: Number(m[1]), max: Number(m[2]) };
  if ((m = /^Aged (\d+) years?$/.exec(label))) return { min: Number(m[1]), max: Number(m[1]) };
  return undefined;
}

function sha256(buf) {
  return createHash('sha256').update(buf).digest('hex');
}

const areaNames = new Map(); // code -> name
const inputs = [];

function buildTable(def) {
  const buf = readFileSync(join(rawDir, def.file));
  inputs.push({ file: `data-raw/census2021/${def.file}`, sha256: sha256(buf) });
  const text = buf.toString('utf8');
  if (!text.startsWith(`${HEADER}\n`)) fail(`${def.file}: unexpected header`);
  const rows = parse(text, { columns: true, skip_empty_lines: true });
  const cats = new Map(); // code -> {code, label, level}
  const byArea = new Map(); // area -> Map(code -> count), plus source
  for (const [i, r] of rows.entries()) {
    const where = `${def.file} row ${i + 2}`;
    if (!/^\d+$/.test(r.count)) fail(`${where}: count ${JSON.stringify(r.count)} is not a non-negative integer`);
    const count = Number(r.count);
    if (!Number.isSafeInteger(count)) fail(`${where}: count too large`);
    const known = areaNames.get(r.area_code);
    if (known !== undefined && known !== r.area_name) fail(`${where}: area ${r.area_code} named ${r.area_name}, elsewhere ${known}`);
    areaNames.set(r.area_code, r.area_name);
    const prev = cats.get(r.category_code);
    if (prev && (prev.sourceLabel !== r.category_label || prev.level !== r.level)) fail(`${where}: category ${r.category_code} changes label or level`);
    if (!prev) cats.set(r.category_code, { code: r.category_code, sourceLabel: r.category_label, level: r.level });
    let area = byArea.get(r.area_code);
    if (!area) byArea.set(r.area_code, (area = { counts: new Map(), source: r.source_id }));
    if (area.source !== r.source_id) fail(`${where}: area ${r.area_code} mixes sources ${area.source} and ${r.source_id}`);
    if (area.counts.has(r.category_code)) fail(`${where}: duplicate (${r.area_code}, ${r.category_code})`);
    area.counts.set(r.category_code, count);
  }
  const sorted = [...cats.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const totals = sorted.filter((c) => c.level === 'total');
  if (totals.length !== 1) fail(`${def.id}: expected one total category, got ${totals.length}`);
  const total = totals[0];
  const categories = sorted.filter((c) => c.level !== 'total').map((c) => {
    const label = def.relabel ? def.relabel(c.sourceLabel) : c.sourceLabel;
    const out = { code: c.code, label, level: c.level };
    if (label !== c.sourceLabel) out.sourceLabel = c.sourceLabel;
    return out;
  });
  // parents: "Aggregate: detail"
  const aggregates = categories.filter((c) => c.level === 'aggregate');
  for (const c of categories) {
    if (c.level !== 'detail') continue;
    const parent = aggregates.find((a) => c.label.startsWith(`${a.label}: `));
    if (aggregates.length > 0 && !parent) fail(`${def.id}: detail ${c.label} has no aggregate`);
    if (parent) c.parent = parent.code;
  }
  if (def.topic.startsWith('age-')) {
    for (const c of categories) {
      const span = ageSpan(c.label);
      if (!span) fail(`${def.id}: cannot parse age label ${c.label}`);
      c.ages = span;
    }
  }
  // Rows: countries first (fixed order), then LTLAs by code.
  const codes = [...byArea.keys()].sort((a, b) => {
    const ia = COUNTRY_ORDER.indexOf(a);
    const ib = COUNTRY_ORDER.indexOf(b);
    if (ia >= 0 || ib >= 0) return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const out = [];
  for (const code of codes) {
    const area = byArea.get(code);
    const t = area.counts.has(total.code) ? area.counts.get(total.code) : null;
    const counts = categories.map((c) => (area.counts.has(c.code) ? area.counts.get(c.code) : null));
    checkRow(def, code, categories, t, counts);
    out.push({ code, source: area.source, total: t, counts });
  }
  return {
    id: def.id, title: def.title, topic: def.topic, classification: def.classification,
    totalCode: total.code, totalLabel: total.sourceLabel, populationBase: def.populationBase, baseAges: def.baseAges,
    voluntary: def.voluntary, caveats: def.caveats, categories, rows: out,
  };
}

function sumWhere(categories, counts, pred) {
  let s = 0;
  let complete = true;
  let any = false;
  categories.forEach((c, i) => {
    if (!pred(c)) return;
    any = true;
    if (counts[i] === null) complete = false;
    else s += counts[i];
  });
  return any && complete ? s : null;
}

function checkRow(def, area, categories, total, counts) {
  const where = `${def.id} ${area}`;
  const details = sumWhere(categories, counts, (c) => c.level === 'detail');
  const aggs = sumWhere(categories, counts, (c) => c.level === 'aggregate');
  if (total !== null && details !== null && details !== total) fail(`${where}: details sum to ${details}, total ${total}`);
  if (total !== null && aggs !== null && aggs !== total) fail(`${where}: aggregates sum to ${aggs}, total ${total}`);
  categories.forEach((a, i) => {
    if (a.level === 'aggregate' && counts[i] !== null) {
      const s = sumWhere(categories, counts, (c) => c.parent === a.code);
      if (s !== null && s !== counts[i]) fail(`${where}: ${a.label} is ${counts[i]} but its details sum to ${s}`);
    }
    if (a.level === 'subtotal' && counts[i] !== null) {
      const s = sumWhere(categories, counts, (c) => c.level === 'detail' && c.ages.min >= a.ages.min && (a.ages.max === undefined || (c.ages.max !== undefined && c.ages.max <= a.ages.max)));
      if (s !== counts[i]) fail(`${where}: ${a.label} is ${counts[i]} but its single years sum to ${s}`);
    }
  });
  if (counts.every((c) => c === null)) fail(`${where}: no counts`);
}

// ---- emit ---------------------------------------------------------------------------------------

const BANNER = '// Generated by scripts/build-census2021.mjs from data-raw/census2021/*.csv. Do not edit by hand:\n// change the generator or the raw data and run `node scripts/build-census2021.mjs`.\n';

function lit(v) {
  return JSON.stringify(v);
}

function objLit(o) {
  return `{ ${Object.entries(o).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${lit(v)}`).join(', ')} }`;
}

function emitTable(t) {
  const name = t.id.toLowerCase();
  const lines = [];
  lines.push(BANNER);
  lines.push("import type { CensusTable } from '../types';");
  lines.push('');
  lines.push(`/** ONS Census 2021 ${t.id} ${t.title}: counts by area (${t.rows.length} areas). */`);
  lines.push(`export const ${name}: CensusTable = {`);
  lines.push(`  id: ${lit(t.id)},`);
  lines.push(`  title: ${lit(t.title)},`);
  lines.push(`  topic: ${lit(t.topic)},`);
  if (t.classification) lines.push(`  classification: ${lit(t.classification)},`);
  lines.push(`  totalCode: ${lit(t.totalCode)},`);
  lines.push(`  totalLabel: ${lit(t.totalLabel)},`);
  lines.push(`  populationBase: ${lit(t.populationBase)},`);
  lines.push(`  baseAges: ${objLit(t.baseAges)},`);
  lines.push(`  voluntary: ${t.voluntary},`);
  lines.push(`  caveats: ${lit(t.caveats)},`);
  lines.push('  categories: [');
  for (const c of t.categories) lines.push(`    ${objLit({ code: c.code, label: c.label, sourceLabel: c.sourceLabel, level: c.level, parent: c.parent, ages: c.ages })},`);
  lines.push('  ],');
  lines.push('  rows: {');
  for (const r of t.rows) lines.push(`    ${r.code}: { source: ${lit(r.source)}, total: ${lit(r.total)}, counts: ${lit(r.counts)} },`);
  lines.push('  },');
  lines.push('};');
  lines.push('');
  return lines.join('\n');
}

function emitAreas() {
  const codes = [...areaNames.keys()].sort((a, b) => {
    const ia = COUNTRY_ORDER.indexOf(a);
    const ib = COUNTRY_ORDER.indexOf(b);
    if (ia >= 0 || ib >= 0) return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const lines = [BANNER, "import type { CensusArea } from './types';", ''];
  lines.push(`/** The ${codes.length} areas that appear in any bundled table: 3 countries and the 2021 local authority districts (LTLAs), with Nomis names. */`);
  lines.push('export const areas: Readonly<Record<string, CensusArea>> = {');
  for (const c of codes) {
    const type = COUNTRY_ORDER.includes(c) ? 'country' : 'ltla';
    lines.push(`  ${c}: { name: ${lit(areaNames.get(c))}, type: ${lit(type)} },`);
  }
  lines.push('};');
  lines.push('');
  lines.push('/** sha256 of each raw CSV this build read (checked by test/data/census2021). */');
  lines.push('export const inputs: ReadonlyArray<{ readonly file: string; readonly sha256: string }> = [');
  for (const i of inputs) lines.push(`  ${objLit(i)},`);
  lines.push('];');
  lines.push('');
  return lines.join('\n');
}

const tables = TABLES.map(buildTable);
mkdirSync(join(outDir, 'tables'), { recursive: true });
for (const t of tables) writeFileSync(join(outDir, 'tables', `${t.id.toLowerCase()}.ts`), emitTable(t));
writeFileSync(join(outDir, 'areas.ts'), emitAreas());
const ltla = [...areaNames.keys()].filter((c) => !COUNTRY_ORDER.includes(c)).length;
console.log(`build-census2021: wrote ${tables.length} tables, ${areaNames.size} areas (${ltla} LTLAs) to ${outDir}`);
