#!/usr/bin/env node
// Writes examples/demo/demo-records.csv: a synthetic cohort from generateCohort, in the long CSV
// format parseRecords reads. Run `npm run build` first (it imports the built package).
// The options live in examples/demo/demo-options.json, which the test
// test/report/generateCohort.demo.test.ts also reads to check the committed file is current.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { generateCohort } = await import(join(root, 'dist/report/index.js'));
const { toCsv } = await import(join(root, 'dist/io/index.js'));

const options = JSON.parse(readFileSync(join(root, 'examples/demo/demo-options.json'), 'utf8'));
const records = generateCohort(options.cohort);
const csv = toCsv(records, options.csv);
const out = join(root, 'examples/demo/demo-records.csv');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, csv);
const readings = records.reduce((s, r) => s + r.readings.length, 0);
console.log(`wrote ${out}: ${records.length} clients, ${readings} readings (seed ${options.cohort.seed})`);
