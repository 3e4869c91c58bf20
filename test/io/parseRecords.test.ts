import { describe, expect, it } from 'vitest';
import { InvalidInputError, parseRecords, type ParseProgress, type ParseRecordsResult } from 'social-outcomes/io';
import { ClientRecordSchema, NHS_ETHNIC_CATEGORY_TO_ONS2021, normaliseRecords } from 'social-outcomes/schema';
import { INSTRUMENTS } from 'social-outcomes/data/instruments';
import { syntheticCsv } from './_helpers/syntheticCsv';

const CORE = 'ageBand,gender,genderSameAsBirth,disability,ethnicity';
const person = '25-34,woman,yes,no,white-irish';

function invariant(r: ParseRecordsResult): void {
  expect(r.records.length + r.stats.rowsWithIssues).toBe(r.stats.inputRows);
  expect(r.records.length).toBe(r.stats.validRows);
  expect(r.recordRows).toHaveLength(r.records.length);
  expect(new Set(r.issues.filter((i) => i.row > 0).map((i) => i.row)).size).toBe(r.stats.rowsWithIssues);
  for (const rec of r.records) expect(ClientRecordSchema.safeParse(rec).success).toBe(true);
}

async function thrown(p: Promise<unknown>): Promise<InvalidInputError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidInputError);
    return e as InvalidInputError;
  }
  return expect.fail('expected an InvalidInputError');
}

describe('parseRecords: long and wide forms', () => {
  const long = [
    `clientId,${CORE},instrumentId,readingDate,retrospective,completedBy,score_managing-money,score_physical-health`,
    `C1,${person},homelessness-star,2023-04-01,true,worker,3,5`,
    `C1,${person},homelessness-star,2023-10-01,false,together,6,6`,
    `C1,${person},wemwbs,2023-04-01,,,,`,
    `C2,35-49,man,no,yes,asian-indian,homelessness-star,2023-05-01,,,4,`,
  ].join('\n');
  const wide = [
    `clientId,${CORE},star_homelessness-star_date_1,star_homelessness-star_retrospective_1,star_homelessness-star_completedBy_1,star_homelessness-star_managing-money_1,star_homelessness-star_physical-health_1,star_homelessness-star_date_2,star_homelessness-star_retrospective_2,star_homelessness-star_completedBy_2,star_homelessness-star_managing-money_2,star_homelessness-star_physical-health_2`,
    `C1,${person},2023-04-01,true,worker,3,5,2023-10-01,false,together,6,6`,
    `C2,35-49,man,no,yes,asian-indian,2023-05-01,,,4,,,,,,`,
  ].join('\n');

  it('parse into the same normalised clients and readings', async () => {
    const a = await parseRecords(long);
    const b = await parseRecords(wide);
    // The long file's third row holds a WEMWBS reading with no scores: reported, not dropped.
    expect(a.issues.filter((i) => i.row > 0)).toEqual([
      { row: 3, column: 'readingDate', path: ['readings', 0, 'scores'], code: 'missing-field', message: 'the reading of wemwbs on 2023-04-01 has no scores', value: null, line: 4 },
    ]);
    expect(a.stats).toMatchObject({ inputRows: 4, validRows: 3, rowsWithIssues: 1, shape: 'long', readings: 3 });
    expect(b.stats).toMatchObject({ inputRows: 2, validRows: 2, rowsWithIssues: 0, shape: 'wide', readings: 3 });
    invariant(a);
    invariant(b);
    const na = normaliseRecords(a.records, { rows: a.recordRows });
    const nb = normaliseRecords(b.records, { rows: b.recordRows });
    expect(na.clients).toEqual(nb.clients);
    expect(na.readings).toEqual(nb.readings);
    expect(nb.readings[0]).toEqual({ clientId: 'C1', instrumentId: 'homelessness-star', date: '2023-04-01', scores: { 'managing-money': 3, 'physical-health': 5 }, retrospective: true, completedBy: 'worker' });
  });

  it('reads demographics-only files (no reading columns)', async () => {
    const r = await parseRecords(`clientId,${CORE}\nC1,${person}\n`);
    expect(r.stats.shape).toBe('none');
    expect(r.records[0]?.readings).toEqual([]);
  });
});

describe('parseRecords: nothing is lost', () => {
  it('keeps every good row and reports every bad row with its row and column (20k rows, 1% corrupted)', async () => {
    const { text, bad, rows } = syntheticCsv(20_000, 20261122, 0.01);
    const r = await parseRecords(text);
    invariant(r);
    expect(r.stats.inputRows).toBe(rows);
    expect(r.stats.rowsWithIssues).toBe(bad.size);
    expect(bad.size).toBeGreaterThan(150);
    const firstIssue = new Map<number, string | null>();
    for (const i of r.issues) if (i.row > 0 && !firstIssue.has(i.row)) firstIssue.set(i.row, i.column);
    expect(Object.fromEntries(firstIssue)).toEqual(Object.fromEntries(bad));
    const good = [];
    for (let i = 1; i <= rows; i++) if (!bad.has(i)) good.push(i);
    expect(r.recordRows).toEqual(good);
    expect(r.records.every((rec, k) => rec.clientId === `C${String(r.recordRows[k]).padStart(7, '0')}`)).toBe(true);
  });

  it('numbers rows from 1 after the header, keeps blank rows numbered, and gives CSV lines', async () => {
    const csv = `clientId,${CORE},notes\nC1,${person},ok\n\n,${person},"two\nlines"\nC3,${person},\n   ,  ,\nC4,${person},x\n`;
    const r = await parseRecords(csv);
    expect(r.recordRows).toEqual([1, 4, 6]);
    expect(r.stats).toMatchObject({ inputRows: 4, validRows: 3, rowsWithIssues: 1, blankRows: 2 });
    expect(r.issues.filter((i) => i.row > 0)).toEqual([
      { row: 3, column: 'clientId', path: ['clientId'], code: 'missing-field', message: 'clientId is blank; every row needs a pseudonymous client id', value: null, line: 4 },
    ]);
    // "two\nlines" spans lines 4-5, so C3 starts on line 6.
    const r2 = await parseRecords(`clientId,${CORE},notes\nC1,${person},"two\nlines"\nC3,${person},99,\n`);
    expect(r2.issues.filter((i) => i.row > 0)[0]).toMatchObject({ row: 2, line: 4, code: 'invalid-format' });
  });

  it('throws on the first bad row with onError: throw, naming row, column and value', async () => {
    const e = await thrown(parseRecords(`clientId,${CORE}\nC1,${person}\nC2,25-34,woman,yes,no,Martian\n`, { onError: 'throw' }));
    expect(e.code).toBe('unknown-category');
    expect(e.row).toBe(2);
    expect(e.path).toEqual(['ethnicity']);
    expect(e.message).toMatch(/^parseRecords rejected a row \(column "ethnicity"\): ethnicity must be one of .*\(got "Martian"\) → at ethnicity \(row 2\)$/);
  });

  it('is deterministic: the same file gives byte-identical JSON', async () => {
    const { text } = syntheticCsv(2000, 5, 0.02);
    expect(JSON.stringify(await parseRecords(text))).toBe(JSON.stringify(await parseRecords(text)));
  });

  it('reports progress every interval and once at the end', async () => {
    const { text } = syntheticCsv(2500, 9, 0);
    const calls: ParseProgress[] = [];
    await parseRecords(Buffer.from(text), { onProgress: (p) => calls.push(p), progressInterval: 1000 });
    expect(calls.map((c) => [c.rowsRead, c.done])).toEqual([[1000, false], [2000, false], [2500, true]]);
    expect(calls[2]).toMatchObject({ validRows: 2500, rowsWithIssues: 0, bytesRead: Buffer.byteLength(text) });
  });
});

describe('parseRecords: columns and values', () => {
  it('matches column names loosely and through columnMap and aliases', async () => {
    const r = await parseRecords(`Client ID,Age Band,GENDER,gender_same_as_birth,Disabled,Ethnic group,Ref\nC1,25-34,Woman,Yes,No,White: Irish,self\n`, { columnMap: { Ref: 'referralRoute' } });
    expect(r.records[0]).toMatchObject({ clientId: 'C1', ageBand: '25-34', gender: 'woman', genderSameAsBirth: 'yes', disability: 'no', ethnicity: 'white-irish' });
    expect(r.issues).toEqual([]);
  });

  it('recodes provider values with valueMap (NHS ethnic category letters)', async () => {
    const csv = `clientId,ageBand,gender,ethnicity\nC1,25-34,M,A\nC2,25-34,F,R\nC3,25-34,M,Z\nC4,25-34,M,T\n`;
    const r = await parseRecords(csv, { valueMap: { ethnicity: NHS_ETHNIC_CATEGORY_TO_ONS2021, gender: { M: 'man', F: 'woman' } } });
    expect(r.records.map((x) => [x.gender, x.ethnicity])).toEqual([['man', 'white-british'], ['woman', 'asian-chinese'], ['man', 'prefer-not-to-say']]);
    expect(r.issues.at(-1)).toMatchObject({ row: 4, column: 'ethnicity', code: 'unknown-category', value: 'T' });
    await expect(parseRecords(csv, { valueMap: { gender: { M: 'boy' } } })).rejects.toThrow(/valueMap\.gender to map to codes of gender/);
  });

  it('fills missing core columns with not-known and says so', async () => {
    const r = await parseRecords('clientId,gender\nC1,man\n');
    expect(r.records[0]).toEqual({ clientId: 'C1', ageBand: 'not-known', gender: 'man', genderSameAsBirth: 'not-known', disability: 'not-known', ethnicity: 'not-known', readings: [] });
    expect(r.issues.map((i) => [i.row, i.code, i.path.join('.')])).toEqual([
      [0, 'missing-field', 'genderSameAsBirth'],
      [0, 'missing-field', 'disability'],
      [0, 'missing-field', 'ethnicity'],
      [0, 'missing-field', 'ageBand'],
    ]);
    expect(r.stats.rowsWithIssues).toBe(0);
  });

  it('reads every field of the standard and decodes labels, bands, booleans, lists and needs', async () => {
    const header = 'clientId,providerId,commissioningArea,reportingPeriod,age,ageBand,gender,genderSameAsBirth,disability,ethnicity,postcodeDistrict,ward,lsoaCode,sex,disabilityDetail,sexualOrientation,religion,employmentStatus,nationality,immigrationStatus,interpreterNeeded,referralDate,referralRoute,referralSource,referralOutcome,unsuccessfulReason,repeatReferral,outputsAchieved,providerOutputs,need_paid-work,need_reduce-debt,accessibilityRating';
    const row = 'C1,P01,Vulnerable Adults 1,2023/24 q2,30,Aged 25 to 34 years,Man,Prefer not to say,Yes,Black: African,b15,Ladywood,e01009001,Male,Day-to-day activities limited a little,Straight,No religion,Full-time,UK,Settled status,n,2023-03-20,GP,VCSE,Unsuccessful referral,Needs Too High,yes,HACT-1; HACT-2,ESOL,fully met,Partially,5';
    const r = await parseRecords(`${header}\n${row}\n`);
    expect(r.issues).toEqual([]);
    expect(r.records[0]).toEqual({
      clientId: 'C1', providerId: 'P01', commissioningArea: 'Vulnerable Adults 1', reportingPeriod: '2023-24 Q2', age: 30, ageBand: '25-34',
      gender: 'man', genderSameAsBirth: 'prefer-not-to-say', disability: 'yes', ethnicity: 'black-african', postcodeDistrict: 'B15', ward: 'Ladywood',
      lsoaCode: 'E01009001', sex: 'male', disabilityDetail: 'limited-a-little', sexualOrientation: 'straight-or-heterosexual', religion: 'no-religion',
      employmentStatus: 'employed-full-time', nationality: 'british', immigrationStatus: 'settled', interpreterNeeded: false, referralDate: '2023-03-20',
      referralRoute: 'GP', referralSource: 'vcse', referralOutcome: 'unsuccessful', unsuccessfulReason: 'needs-too-high', repeatReferral: true,
      readings: [], outputsAchieved: ['HACT-1', 'HACT-2'], providerOutputs: ['ESOL'], needs: { 'paid-work': 'met-fully', 'reduce-debt': 'met-partially' }, accessibilityRating: 5,
    });
  });

  it('reports each bad field of a row, and cross-field contradictions', async () => {
    const r = await parseRecords('clientId,age,ageBand,gender,disability,disabilityDetail,accessibilityRating\nC1,abc,25-34,woman,yes,,9\nC2,40,25-34,woman,no,limited-a-lot,\n');
    expect(r.issues.filter((i) => i.row > 0).map((i) => [i.row, i.column, i.code])).toEqual([
      [1, 'age', 'not-an-integer'],
      [1, 'accessibilityRating', 'out-of-range'],
      [2, 'ageBand', 'invalid-record'],
      [2, 'disabilityDetail', 'invalid-record'],
    ]);
  });

  it('reads DD/MM/YYYY with dateFormat: dmy only', async () => {
    const csv = `clientId,${CORE},instrumentId,readingDate,score_total\nC1,${person},wemwbs,03/04/2023,40\n`;
    expect((await parseRecords(csv)).issues[0]).toMatchObject({ code: 'invalid-date', column: 'readingDate' });
    expect((await parseRecords(csv, { dateFormat: 'dmy' })).records[0]?.readings[0]?.date).toBe('2023-04-03');
  });

  it('checks scores against instrument definitions when given', async () => {
    const csv = `clientId,${CORE},instrumentId,readingDate,score_managing-money,score_total\nC1,${person},homelessness-star,2023-04-01,11,\nC2,${person},homelessness-star,2023-04-01,4.5,\nC3,${person},wemwbs,2023-04-01,,52\nC4,${person},no-such-star,2023-04-01,3,\nC5,${person},wemwbs,2023-04-01,3,\n`;
    const r = await parseRecords(csv, { instruments: INSTRUMENTS });
    expect(r.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [1, 'score_managing-money', 'out-of-range'],
      [2, 'score_managing-money', 'out-of-range'],
      [4, 'instrumentId', 'unknown-instrument'],
      [5, 'score_managing-money', 'unknown-area-id'],
    ]);
    expect(r.records.map((x) => x.clientId)).toEqual(['C3']);
  });

  it('refuses files it cannot read safely, with the reason', async () => {
    const forbidden = await thrown(parseRecords(`clientId,Name,DOB,${CORE}\nC1,Ann,1990-01-01,${person}\n`));
    expect(forbidden.code).toBe('forbidden-column');
    expect(forbidden.message).toContain('"Name", "DOB"');
    expect((await thrown(parseRecords(`id,${CORE}\n1,${person}\n`))).code).toBe('missing-field');
    expect((await thrown(parseRecords(`clientId,instrumentId,star_wemwbs_total_1\nC1,wemwbs,3\n`))).code).toBe('invalid-format');
    expect((await thrown(parseRecords(`clientId,score_total\nC1,3\n`))).message).toMatch(/no instrumentId or readingDate column/);
    expect((await thrown(parseRecords(`clientId,star_wemwbs_total_1\nC1,3\n`))).message).toMatch(/star_wemwbs_date_1/);
    expect((await thrown(parseRecords(`clientId,score_total,instrumentId,readingDate\nC1,3,wemwbs,2023-01-01\n`, { shape: 'wide' }))).code).toBe('invalid-format');
    expect((await thrown(parseRecords(`clientId,mystery\nC1,3\n`, { unknownColumns: 'error' }))).code).toBe('unknown-field');
  });

  it('lets columnMap vouch for a column whose name looks personal, and still checks its values', async () => {
    const csv = `clientId,Postcode,${CORE}\nC1,B15,${person}\nC2,B15 2TT,${person}\n`;
    expect((await thrown(parseRecords(csv))).code).toBe('forbidden-column');
    const r = await parseRecords(csv, { columnMap: { Postcode: 'postcodeDistrict' } });
    expect(r.records[0]?.postcodeDistrict).toBe('B15');
    expect(r.issues[0]).toMatchObject({ row: 2, column: 'Postcode', code: 'forbidden-column', value: null });
    expect(JSON.stringify(r.issues)).not.toContain('2TT');
  });

  it('validates options, naming the option', async () => {
    expect((await thrown(parseRecords('clientId\nC1\n', { format: 'xls' } as never))).message).toMatch(/^parseRecords requires a valid options\.format: invalid option/);
    const unknown = await thrown(parseRecords('clientId\nC1\n', { delimeter: ';' } as never));
    expect(unknown.code).toBe('unknown-option');
    expect(unknown.message).toMatch(/^parseRecords does not know options\.delimeter \(did you mean delimiter\?\); known options: format, .*delimiter.* → at options\.delimeter$/);
    expect((await thrown(parseRecords('clientId\nC1\n', null as never))).code).toBe('invalid-option');
    expect((await thrown(parseRecords(42 as never))).code).toBe('invalid-type');
    expect((await thrown(parseRecords('clientId\nC1\n', { format: 'xlsx' }))).code).toBe('invalid-type');
  });
});

describe('parseRecords: rows and tables', () => {
  it('reads arrays of row objects with typed values', async () => {
    const rows = [
      { clientId: 'C1', age: 30, gender: 'woman', ethnicity: 'white-irish', instrumentId: 'wemwbs', readingDate: new Date(Date.UTC(2023, 3, 1)), score_total: 44, retrospective: false },
      { clientId: 1234, age: 30.5, gender: 'woman', ethnicity: 'white-irish', instrumentId: 'wemwbs', readingDate: '2023-04-02', score_total: '44', retrospective: 0 },
      'not a row',
    ];
    await expect(parseRecords(rows as never)).rejects.toThrow(/rows to be objects/);
    const r = await parseRecords(rows.slice(0, 2) as Array<Record<string, unknown>>);
    expect(r.records[0]?.readings[0]).toEqual({ clientId: 'C1', instrumentId: 'wemwbs', date: '2023-04-01', scores: { total: 44 }, retrospective: false });
    expect(r.issues.filter((i) => i.row > 0)).toMatchObject([{ row: 2, column: 'age', code: 'not-an-integer' }]);
  });

  it('reads { columns, rows } tables', async () => {
    const r = await parseRecords({ columns: ['clientId', 'gender'], rows: [['C1', 'man'], ['C2', null]] });
    expect(r.records.map((x) => x.gender)).toEqual(['man', 'not-known']);
  });
});
