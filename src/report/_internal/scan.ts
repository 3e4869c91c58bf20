/**
 * One pass over the client records: structural checks, per-client codes in flat arrays, reach
 * tallies, and the input hash.
 *
 * @packageDocumentation
 */
import { InvalidInputError } from '../../errors';
import { describeValue } from '../../_internal/describeValue';
import type { ClientRecord, Reading } from '../../schema/clientRecord';
import { Fnv64 } from './hash';
import type { Codes } from '../../_internal/codes';
import { AgeCoder, FieldCoder, type CodedField, type FieldValue } from './codedField';

/** A string → count tally that keeps first-seen order irrelevant (callers sort). */
export type Tally = Map<string, number>;

function bump(t: Tally, k: string, by = 1): void {
  t.set(k, (t.get(k) ?? 0) + by);
}

/** What the scan collects. */
export interface Scan {
  /** Number of records. */
  readonly n: number;
  /** Record indices in client-id order (code-point order), or `null` when the records already are in that order. */
  readonly order: Int32Array | null;
  /** Provider ids, sorted. */
  readonly providerIds: string[];
  /** Provider index of each record (into `providerIds`). */
  readonly providerOf: Codes;
  /** Ethnicity code of each record. */
  readonly ethnicity: CodedField;
  /** Gender code of each record. */
  readonly gender: CodedField;
  /** Disability code of each record. */
  readonly disability: CodedField;
  /** Sex of each record (`not-recorded` when absent). */
  readonly sex: CodedField;
  /** Numeric age of each record: index into `ages`, or −1 when absent. */
  readonly age: { readonly codes: Codes; readonly ages: ReadonlyArray<number> };
  /** Age band of each record (`''` when absent). */
  readonly ageBand: CodedField;
  /** Postcode district of each record (`''` when absent). */
  readonly postcodeDistrict: CodedField;
  /** Number of readings. */
  readonly nReadings: number;
  /** Tallies for reach. */
  readonly tallies: {
    /** By provider id. */
    readonly provider: Tally;
    /** By referral outcome (`not-known` when absent). */
    readonly outcome: Tally;
    /** By referral source (`not-known` when absent). */
    readonly source: Tally;
    /** By route, lower-cased (`not-recorded` when absent). */
    readonly route: Tally;
    /** By unsuccessful reason (`not-recorded` for unsuccessful referrals without one). */
    readonly reason: Tally;
    /** `repeat` / `new` / `not-recorded`. */
    readonly repeat: Tally;
    /** Accessibility ratings 1–5 (index 0 unused). */
    readonly accessibility: Float64Array;
  };
  /** Instrument id → number of records with at least two readings of it (a bound on its pairs). */
  readonly multiReading: Map<string, number>;
  /** Output id → indices of the records that achieved it. */
  readonly outputs: Map<string, number[]>;
  /** Field → number of records where it is known. */
  readonly known: Tally;
  /** FNV-1a hash of the fields the report reads. */
  readonly hash: string;
}

const KNOWN_FIELDS = ['ethnicity', 'gender', 'disability', 'age', 'postcodeDistrict', 'referralSource', 'referralOutcome', 'accessibilityRating'];

/** Not a date: the initial value of the last date seen. */
const NO_DATE = Symbol('no date');

/** An instrument's hash, and the last key sequence of its readings with the keys' hashes. */
interface KeyCache {
  readonly id: number;
  readonly keys: string[];
  readonly hashes: number[];
}

/** Throws for the first of a record's core equality fields (ethnicity, gender, disability) that is not a string code. */
function coreFieldError(fn: string, r: ClientRecord, i: number): never {
  for (const field of ['ethnicity', 'gender', 'disability'] as const) {
    const v: unknown = r[field];
    if (typeof v !== 'string') {
      throw new InvalidInputError({ code: v === undefined ? 'invalid-record' : 'invalid-type', message: `${fn} requires records[${i}].${field} to be a string code (got ${describeValue(v)})`, path: ['records', i, field], row: i + 1 });
    }
  }
  throw new Error('coreFieldError: every core field is a string');
}

/** Scans the records once. */
export function scanRecords(fn: string, records: ReadonlyArray<ClientRecord>): Scan {
  const n = records.length;
  let nReadings = 0;
  const provider: Tally = new Map(), outcome: Tally = new Map(), source: Tally = new Map(), route: Tally = new Map();
  const reason: Tally = new Map(), repeat: Tally = new Map(), known: Tally = new Map();
  const accessibility = new Float64Array(6);
  const outputs = new Map<string, number[]>();
  const outputHash = new Map<string, { hash: number; list: number[] }>();
  const multiReading = new Map<string, number>();
  const h = new Fnv64();
  const keyCache = new Map<string, KeyCache>();
  const recent: KeyCache[] = [], recentIds: string[] = [];
  let lastDate: unknown = NO_DATE, lastDateHash = 0;
  const pidT = new FieldCoder(h, n), ethT = new FieldCoder(h, n), genT = new FieldCoder(h, n), disT = new FieldCoder(h, n), sexT = new FieldCoder(h, n);
  const bandT = new FieldCoder(h, n), pcT = new FieldCoder(h, n), outT = new FieldCoder(h, 0), srcT = new FieldCoder(h, 0), routeT = new FieldCoder(h, 0);
  const reasonT = new FieldCoder(h, 0);
  const ages = new AgeCoder(n);
  const noSex = h.symHash('');
  let noOutcome = 0, noSource = 0, noRoute = 0;
  const repeatCount = new Float64Array(3);
  const knownCount = new Float64Array(KNOWN_FIELDS.length);

  let ascending = true, previousId = '';
  for (let i = 0; i < n; i++) {
    const r = records[i] as ClientRecord;
    if (r === null || typeof r !== 'object') {
      throw new InvalidInputError({ code: 'invalid-record', message: `${fn} requires records[${i}] to be a client record (got ${describeValue(r)})`, path: ['records', i], row: i + 1 });
    }
    const id = r.clientId;
    if (typeof id !== 'string' || id === '') {
      throw new InvalidInputError({ code: 'invalid-record', message: `${fn} requires records[${i}].clientId to be a non-empty string (got ${describeValue(id)})`, path: ['records', i, 'clientId'], row: i + 1 });
    }
    // Client-id order is checked while the record is at hand (sorted input needs no sort and no id array).
    if (ascending && i > 0 && !(previousId < id)) ascending = false;
    previousId = id;
    if (!Array.isArray(r.readings)) {
      throw new InvalidInputError({ code: 'invalid-record', message: `${fn} requires records[${i}].readings to be an array (got ${describeValue(r.readings)})`, path: ['records', i, 'readings'], row: i + 1 });
    }
    // The three core equality fields are required codes (strings); anything else is named at its record.
    const eth = r.ethnicity, gen = r.gender, dis = r.disability;
    if (typeof eth !== 'string' || typeof gen !== 'string' || typeof dis !== 'string') coreFieldError(fn, r, i);
    // One look-up per field: each distinct value's entry holds its code, its count and its FNV hash.
    const eP = pidT.see(r.providerId ?? 'unknown', true, i);
    const eEth = ethT.see(eth, true, i), eGen = genT.see(gen, true, i), eDis = disT.see(dis, true, i);
    const eSex = sexT.see(r.sex ?? 'not-recorded', false, i);
    ages.see(r.age, i);
    const eBand = bandT.see(r.ageBand ?? '', false, i);
    const ePc = pcT.see(r.postcodeDistrict ?? '', false, i);
    // Referral fields are tallied, not coded.
    const eOut = outT.tally(r.referralOutcome ?? '', r.referralOutcome !== undefined);
    const eSrc = srcT.tally(r.referralSource ?? '', r.referralSource !== undefined);
    const eRoute = routeT.tally(r.referralRoute ?? '', r.referralRoute !== undefined);
    const eReason = reasonT.tally(r.unsuccessfulReason ?? '', false);
    if (eEth.known) knownCount[0] = (knownCount[0] as number) + 1;
    if (eGen.known) knownCount[1] = (knownCount[1] as number) + 1;
    if (eDis.known) knownCount[2] = (knownCount[2] as number) + 1;
    if (typeof r.age === 'number' || (r.ageBand !== undefined && eBand.known)) knownCount[3] = (knownCount[3] as number) + 1;
    if (r.postcodeDistrict !== undefined) knownCount[4] = (knownCount[4] as number) + 1;
    if (r.referralSource !== undefined && r.referralSource !== 'not-known') knownCount[5] = (knownCount[5] as number) + 1;
    if (r.referralOutcome !== undefined) knownCount[6] = (knownCount[6] as number) + 1;
    if (r.accessibilityRating !== undefined) knownCount[7] = (knownCount[7] as number) + 1;
    if (r.referralOutcome === undefined) noOutcome++;
    if (r.referralSource === undefined) noSource++;
    if (r.referralRoute === undefined) noRoute++;
    if (r.referralOutcome === 'unsuccessful' || r.unsuccessfulReason !== undefined) bump(reason, r.unsuccessfulReason ?? 'not-recorded');
    repeatCount[r.repeatReferral === undefined ? 0 : r.repeatReferral ? 1 : 2] = (repeatCount[r.repeatReferral === undefined ? 0 : r.repeatReferral ? 1 : 2] as number) + 1;
    const acc = r.accessibilityRating;
    if (typeof acc === 'number' && acc >= 1 && acc <= 5 && Number.isInteger(acc)) accessibility[acc] = (accessibility[acc] as number) + 1;

    h.str(id);

    h.mix(eP.hash);
    h.mix(eEth.hash);
    h.mix(eGen.hash);
    h.mix(eDis.hash);
    // Hashed as before codes existed: an absent (or null) sex as ''.
    h.mix(r.sex === undefined || r.sex === null ? noSex : eSex.hash);
    h.num(typeof r.age === 'number' ? r.age : -1);
    h.mix(eBand.hash);
    h.mix(ePc.hash);
    h.mix(eOut.hash);
    h.mix(eSrc.hash);
    h.mix(eRoute.hash);
    h.mix(eReason.hash);
    h.num(r.repeatReferral === undefined ? -1 : r.repeatReferral ? 1 : 0);
    h.num(acc ?? -1);

    const rs = r.readings;
    nReadings += rs.length;
    for (let j = 0; j < rs.length; j++) {
      const reading = rs[j] as Reading;
      // Count the record once per instrument, at its second reading of it.
      let earlier = 0;
      for (let q = 0; q < j && earlier < 2; q++) if ((rs[q] as Reading).instrumentId === reading.instrumentId) earlier++;
      if (earlier === 1) bump(multiReading, reading.instrumentId);
      // Per instrument: its hash, and the last key sequence of its readings with their hashes (readings list their
      // areas in the same order, so most keys cost a string comparison instead of a hash-table look-up).
      // A record has readings of one or two instruments, so a short list compared by === finds the cache first.
      const instrumentId = reading.instrumentId;
      let cache: KeyCache | undefined;
      for (let c = 0; c < recent.length; c++) if (recentIds[c] === instrumentId) { cache = recent[c]; break; }
      if (cache === undefined) {
        cache = keyCache.get(instrumentId);
        if (cache === undefined) keyCache.set(instrumentId, (cache = { id: h.symHash(instrumentId), keys: [], hashes: [] }));
        if (recent.length < 4) { recent.push(cache); recentIds.push(instrumentId); }
      }
      h.mix(cache.id);
      // Readings taken together share a date: the last date's hash is reused without a look-up.
      const date = reading.date;
      if (date !== lastDate) {
        lastDate = date;
        lastDateHash = h.symHash(date as string);
      }
      h.mix(lastDateHash);
      h.num(reading.retrospective === true ? 1 : 0);
      const scores = reading.scores;
      if (scores !== null && typeof scores === 'object') {
        let a = 0;
        for (const k in scores) {
          if (cache.keys[a] !== k) {
            cache.keys[a] = k;
            cache.hashes[a] = h.symHash(k);
          }
          h.mix(cache.hashes[a] as number);
          h.num(scores[k] as number);
          a++;
        }
      }
    }
    const outs = r.outputsAchieved;
    if (outs !== undefined && !Array.isArray(outs)) {
      throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires records[${i}].outputsAchieved to be an array of output ids when given (got ${describeValue(outs)})`, path: ['records', i, 'outputsAchieved'], row: i + 1 });
    }
    if (outs !== undefined) {
      // Indexed (for…of over a frozen array allocates per step on Node 20); one look-up gives hash and list.
      for (let q = 0; q < outs.length; q++) {
        const o = outs[q] as string;
        let e = outputHash.get(o);
        if (e === undefined) outputHash.set(o, (e = { hash: h.symHash(o), list: [] }));
        h.mix(e.hash);
        e.list.push(i);
      }
    }
  }
  for (const [o, e] of outputHash) outputs.set(o, e.list);

  // Providers sorted by id, so output order does not depend on record order.
  KNOWN_FIELDS.forEach((f, k) => { if ((knownCount[k] as number) > 0) known.set(f, knownCount[k] as number); });
  for (const [v, e] of pidT.map) bump(provider, v, e.n);
  for (const [v, e] of outT.map) if (e.n > 0) bump(outcome, v, e.n);
  if (noOutcome > 0) bump(outcome, 'not-known', noOutcome);
  for (const [v, e] of srcT.map) if (e.n > 0) bump(source, v, e.n);
  if (noSource > 0) bump(source, 'not-known', noSource);
  for (const [v, e] of routeT.map) if (e.n > 0) bump(route, v.trim().toLowerCase(), e.n);
  if (noRoute > 0) bump(route, 'not-recorded', noRoute);
  (['not-recorded', 'repeat', 'new'] as const).forEach((k, j) => { if ((repeatCount[j] as number) > 0) bump(repeat, k, repeatCount[j] as number); });
  const providerIds = [...pidT.map.keys()].sort();
  const remap = new Int32Array(providerIds.length);
  providerIds.forEach((pid, k) => { remap[(pidT.map.get(pid) as FieldValue).index] = k; });
  const providerOf = pidT.codes;
  for (let i = 0; i < n; i++) providerOf[i] = remap[providerOf[i] as number] as number;

  return {
    n, order: ascending ? null : idOrder(fn, records), nReadings, providerIds, providerOf,
    ethnicity: ethT.field(), gender: genT.field(), disability: disT.field(), sex: sexT.field(), age: { codes: ages.codes, ages: ages.ages }, ageBand: bandT.field(), postcodeDistrict: pcT.field(),
    tallies: { provider, outcome, source, route, reason, repeat, accessibility },
    multiReading, outputs, known, hash: h.hex(),
  };
}

/**
 * Record indices in client-id order (code-point order), for records that are not in that order, checking that the
 * ids are unique.
 */
function idOrder(fn: string, records: ReadonlyArray<ClientRecord>): Int32Array {
  const n = records.length;
  const ids = records.map((r) => r.clientId);
  const order = Int32Array.from(ids, (_, i) => i).sort((x, y) => {
    const a = ids[x] as string, b = ids[y] as string;
    return a < b ? -1 : a > b ? 1 : x - y;
  });
  // The first record (in input order) whose id an earlier record already has.
  let dup = -1, first = -1;
  for (let j = 1; j < n; j++) {
    const i = order[j] as number;
    if (ids[i] === ids[order[j - 1] as number] && (dup < 0 || i < dup)) {
      dup = i;
      let k = j - 1;
      while (k > 0 && ids[order[k - 1] as number] === ids[i]) k--;
      first = order[k] as number;
    }
  }
  if (dup >= 0) {
    throw new InvalidInputError({
      code: 'duplicate',
      message: `${fn} requires unique client ids (records[${dup}] repeats the id of records[${first}]; merge them with normaliseRecords, clientKey 'providerId+clientId') → at records[${dup}].clientId`,
      path: ['records', dup, 'clientId'],
      row: dup + 1,
    });
  }
  return order;
}
