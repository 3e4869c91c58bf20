#!/usr/bin/env node
// Writes the small xlsx sample files of examples/data/ with exceljs (a dev dependency):
//   records-offset.xlsx — a provider return as people really lay it out: a merged title row above
//     the header, a blank row, a two-row header with merged cells (clientId merged down over both
//     header rows; `star_homelessness-star` merged across its reading columns), real Excel dates,
//     a rich-text cell, a formula with a cached result, blank rows between clients, and one bad row
//     (an #N/A score).
//   records-simple.xlsx — the same clients in a one-row header, long form, on a sheet named "Data"
//     after an empty "Notes" sheet.
// Run: node examples/data/generate-xlsx.mjs   (idempotent: fixed dates; content is the same each run)
import ExcelJS from 'exceljs';
import { fileURLToPath } from 'node:url';

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
const FIXED = new Date(Date.UTC(2024, 0, 1));
const d = (y, m, day) => new Date(Date.UTC(y, m - 1, day));

function workbook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'social-outcomes examples';
  wb.created = FIXED;
  wb.modified = FIXED;
  return wb;
}

async function offset() {
  const wb = workbook();
  const ws = wb.addWorksheet('Q1 return');
  ws.getCell('A1').value = 'Provider P01 — quarterly return 2023-24 Q1 (pseudonymised)';
  ws.mergeCells('A1:J1');
  // Row 2 left blank on purpose. Two-row header on rows 3–4.
  const top = ['clientId', 'ageBand', 'gender', 'ethnicity', 'star_homelessness-star', null, null, 'star_homelessness-star', null, null];
  const bottom = [null, null, null, null, 'date_1', 'managing-money_1', 'managing-tenancy_1', 'date_2', 'managing-money_2', 'managing-tenancy_2'];
  ws.getRow(3).values = top;
  ws.getRow(4).values = bottom;
  for (const col of ['A', 'B', 'C', 'D']) ws.mergeCells(`${col}3:${col}4`);
  ws.mergeCells('E3:G3');
  ws.mergeCells('H3:J3');
  const data = [
    ['C001', '25-34', 'Woman', 'White: English, Welsh, Scottish, Northern Irish or British', d(2023, 4, 3), 3, 4, d(2023, 10, 2), 5, 6],
    ['C002', 'Aged 35 to 49 years', 'Man', 'Asian, Asian British or Asian Welsh: Pakistani', d(2023, 5, 10), 2, 2, d(2023, 11, 8), 4, 5],
    null,
    ['C003', '50-64', 'In another way (self-describe)', 'Black, Black British, Black Welsh, Caribbean or African: Caribbean', d(2023, 6, 1), 6, 5, d(2024, 1, 15), 6, 7],
    null,
    null,
    ['C004', '18-24', 'Prefer not to say', 'Prefer not to say', null, null, null, null, null, null],
    ['C005', '65+', 'Man', 'White: Irish', d(2023, 7, 12), 4, 6, d(2024, 1, 10), 5, 6],
    ['C006', '25-34', 'Woman', 'Mixed or Multiple ethnic groups: White and Black Caribbean', d(2023, 8, 1), 3, 3, d(2024, 2, 1), 4, 4],
  ];
  let r = 5;
  for (const row of data) {
    if (row) ws.getRow(r).values = row;
    r++;
  }
  // Row 13 (C006): a rich-text id and a formula with a cached result. Row 14 (C007): an #N/A score.
  ws.getCell('A13').value = { richText: [{ text: 'C0' }, { font: { bold: true }, text: '06' }] };
  ws.getCell('J13').value = { formula: 'I13', result: 4 };
  ws.getRow(14).values = ['C007', '35-49', 'Man', 'Other ethnic group: Arab', d(2023, 9, 1), null, 5];
  ws.getCell('F14').value = { error: '#N/A' };
  for (const c of ['E', 'H']) ws.getColumn(c).numFmt = 'dd/mm/yyyy';
  await wb.xlsx.writeFile(here('records-offset.xlsx'));
}

async function simple() {
  const wb = workbook();
  wb.addWorksheet('Notes').getCell('A1').value = 'Readings are Homelessness Star (Outcomes Star 3.1) areas.';
  const ws = wb.addWorksheet('Data');
  ws.addRow(['Client ID', 'Age band', 'Gender', 'Gender same as birth', 'Disability', 'Ethnicity', 'Instrument', 'Reading date', 'score_managing-money', 'score_managing-tenancy']);
  ws.addRow(['C001', '25-34', 'woman', 'yes', 'no', 'white-british', 'homelessness-star', d(2023, 4, 3), 3, 4]);
  ws.addRow(['C001', '25-34', 'woman', 'yes', 'no', 'white-british', 'homelessness-star', d(2023, 10, 2), 5, 6]);
  ws.addRow([]);
  ws.addRow(['C002', '35-49', 'man', 'yes', 'yes', 'asian-pakistani', 'homelessness-star', d(2023, 5, 10), 2, 2]);
  ws.addRow([1234, '35-49', 'man', 'no', 'no', 'white-irish', 'homelessness-star', '2023-06-01', 4, 'four']);
  await wb.xlsx.writeFile(here('records-simple.xlsx'));
}

await offset();
await simple();
console.log('wrote records-offset.xlsx and records-simple.xlsx');
