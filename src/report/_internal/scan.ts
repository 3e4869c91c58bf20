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

/** A string → count tally that keeps first-seen order irrelevant (callers sort). */
export type Tally = Map<string, number>;

function bump(t: Tally, k: string, by = 1): void {
  t.set(k, (t.get(k) ?? 0) + by);
}

/** What the scan collects. */
export interface Scan {
  /** Number of records. */
  readonly n: number;
  /** Client id → record index. */
  readonly clientIndex: Map<string, number>;
  /** Provider ids, sorted. */
  readonly providerIds: string[];
  /** Provider index of each record (into `providerIds`). */
  readonly providerOf: Int32Array;
  /** Ethnicity code of each record. */
  readonly ethnicity: string[];
  /** Gender code of each record. */
  readonly gender: string[];
  /** Disability code of each record. */
  readonly disability: string[];
  /** Sex code of each record (`not-recorded` when absent). */
  readonly sex: string[];
  /** Age in years, or −1. */
  readonly age: Float64Array;
  /** Age band string, or `''` when absent. */
  readonly ageBand: string[];
  /** Client id of each record. */
  readonly ids: string[];
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
  /** Output id → indices of the records that achieved it. */
  readonly outputs: Map<string, number[]>;
  /** Field → number of records where it is known. */
  readonly known: Tally;
  /** FNV-1a hash of the fields the report reads. */
  readonly hash: string;
}

const UNKNOWN = new Set(['not-known', 'prefer-not-to-say']);

/** Scans the records once. */
export function scanRecords(fn: string, records: ReadonlyArray<ClientRecord>): Scan {
  const n = records.length;
  const clientIndex = new Map<string, number>();
  const providerIndex = new Map<string, number>();
  const providerOfRaw = new Int32Array(n);
  const ethnicity = new Array<string>(n);
  const gender = new Array<string>(n);
  const disability = new Array<string>(n);
  const sex = new Array<string>(n);
  const ageBand = new Array<string>(n);
  const age = new Float64Array(n);
  const ids = new Array<string>(n);
  let nReadings = 0;
  const provider: Tally = new Map(), outcome: Tally = new Map(), source: Tally = new Map(), route: Tally = new Map();
  const reason: Tally = new Map(), repeat: Tally = new Map(), known: Tally = new Map();
  const accessibility = new Float64Array(6);
  const outputs = new Map<string, number[]>();
  const h = new Fnv64();

  for (let i = 0; i < n; i++) {
    const r = records[i] as ClientRecord;
    if (r === null || typeof r !== 'object') {
      throw new InvalidInputError({ code: 'invalid-record', message: `${fn} requires records[${i}] to be a client record (got ${describeValue(r)})`, path: ['records', i], row: i });
    }
    const id = r.clientId;
    if (typeof id !== 'string' || id === '') {
      throw new InvalidInputError({ code: 'invalid-record', message: `${fn} requires records[${i}].clientId to be a non-empty string (got ${describeValue(id)})`, path: ['records', i, 'clientId'], row: i });
    }
    if (clientIndex.has(id)) {
      throw new InvalidInputError({
        code: 'duplicate',
        message: `${fn} requires unique client ids (records[${i}] repeats the id of records[${clientIndex.get(id) as number}]; merge them with normaliseRecords, clientKey 'providerId+clientId') → at records[${i}].clientId`,
        path: ['records', i, 'clientId'],
        row: i,
      });
    }
    clientIndex.set(id, i);
    ids[i] = id;
    if (!Array.isArray(r.readings)) {
      throw new InvalidInputError({ code: 'invalid-record', message: `${fn} requires records[${i}].readings to be an array (got ${describeValue(r.readings)})`, path: ['records', i, 'readings'], row: i });
    }
    const pid = r.providerId ?? 'unknown';
    let p = providerIndex.get(pid);
    if (p === undefined) {
      p = providerIndex.size;
      providerIndex.set(pid, p);
    }
    providerOfRaw[i] = p;
    bump(provider, pid);
    ethnicity[i] = r.ethnicity;
    gender[i] = r.gender;
    disability[i] = r.disability;
    sex[i] = r.sex ?? 'not-recorded';
    age[i] = typeof r.age === 'number' ? r.age : -1;
    ageBand[i] = r.ageBand ?? '';
    if (!UNKNOWN.has(r.ethnicity)) bump(known, 'ethnicity');
    if (!UNKNOWN.has(r.gender)) bump(known, 'gender');
    if (!UNKNOWN.has(r.disability)) bump(known, 'disability');
    if (typeof r.age === 'number' || (r.ageBand !== undefined && !UNKNOWN.has(r.ageBand))) bump(known, 'age');
    if (r.postcodeDistrict !== undefined) bump(known, 'postcodeDistrict');
    if (r.referralSource !== undefined && r.referralSource !== 'not-known') bump(known, 'referralSource');
    if (r.referralOutcome !== undefined) bump(known, 'referralOutcome');
    if (r.accessibilityRating !== undefined) bump(known, 'accessibilityRating');

    bump(outcome, r.referralOutcome ?? 'not-known');
    bump(source, r.referralSource ?? 'not-known');
    bump(route, r.referralRoute === undefined ? 'not-recorded' : r.referralRoute.trim().toLowerCase());
    if (r.referralOutcome === 'unsuccessful' || r.unsuccessfulReason !== undefined) bump(reason, r.unsuccessfulReason ?? 'not-recorded');
    bump(repeat, r.repeatReferral === undefined ? 'not-recorded' : r.repeatReferral ? 'repeat' : 'new');
    const acc = r.accessibilityRating;
    if (typeof acc === 'number' && acc >= 1 && acc <= 5 && Number.isInteger(acc)) accessibility[acc] = (accessibility[acc] as number) + 1;

    h.str(id);

    h.sym(pid);
    h.sym(r.ethnicity);
    h.sym(r.gender);
    h.sym(r.disability);
    h.sym(r.sex ?? '');
    h.num(age[i] as number);
    h.sym(r.ageBand ?? '');
    h.sym(r.postcodeDistrict ?? '');
    h.sym(r.referralOutcome ?? '');
    h.sym(r.referralSource ?? '');
    h.sym(r.referralRoute ?? '');
    h.sym(r.unsuccessfulReason ?? '');
    h.num(r.repeatReferral === undefined ? -1 : r.repeatReferral ? 1 : 0);
    h.num(acc ?? -1);

    const rs = r.readings;
    nReadings += rs.length;
    for (let j = 0; j < rs.length; j++) {
      const reading = rs[j] as Reading;
      h.sym(reading.instrumentId);
      h.sym(reading.date);
      h.num(reading.retrospective === true ? 1 : 0);
      const scores = reading.scores;
      if (scores !== null && typeof scores === 'object') {
        for (const k in scores) {
          h.sym(k);
          h.num(scores[k] as number);
        }
      }
    }
    const outs = r.outputsAchieved;
    if (outs !== undefined) {
      for (const o of outs) {
        h.sym(o);
        let list = outputs.get(o);
        if (list === undefined) outputs.set(o, (list = []));
        list.push(i);
      }
    }
  }

  // Providers sorted by id, so output order does not depend on record order.
  const providerIds = [...providerIndex.keys()].sort();
  const remap = new Int32Array(providerIds.length);
  providerIds.forEach((pid, k) => { remap[providerIndex.get(pid) as number] = k; });
  const providerOf = new Int32Array(n);
  for (let i = 0; i < n; i++) providerOf[i] = remap[providerOfRaw[i] as number] as number;

  return {
    n, clientIndex, ids, nReadings, providerIds, providerOf, ethnicity, gender, disability, sex, age, ageBand,
    tallies: { provider, outcome, source, route, reason, repeat, accessibility },
    outputs, known, hash: h.hex(),
  };
}
