/**
 * The merge behind `normaliseRecords`: records (already checked against the record standard) are
 * added one at a time, so that a reader can merge a file batch by batch and let each row's record go
 * once it is merged, instead of holding every row of the file until the end.
 *
 * @internal
 * @packageDocumentation
 */
import { CLIENT_RECORD_FIELDS, type ClientRecord, type Reading } from '../clientRecord';
import type { NeedStatus } from '../codings';
import type { RecordIssue } from '../recordIssue';
import type { Va1OutcomeId } from '../va1Outcomes';

type Field = (typeof CLIENT_RECORD_FIELDS)[number];

/** Fields that describe the person and should not change: later disagreements are reported. */
const STABLE_FIELDS: ReadonlyArray<Field> = [
  'gender', 'genderSameAsBirth', 'disability', 'ethnicity', 'sex', 'disabilityDetail', 'sexualOrientation',
  'religion', 'nationality', 'interpreterNeeded', 'postcodeDistrict', 'ward', 'lsoaCode',
];
/** Fields that may change between periods or referrals: the first value given is kept, silently by design. */
const FIRST_VALUE_FIELDS: ReadonlyArray<Field> = [
  'providerId', 'commissioningArea', 'reportingPeriod', 'employmentStatus', 'immigrationStatus', 'referralDate',
  'referralRoute', 'referralSource', 'referralOutcome', 'unsuccessfulReason', 'repeatReferral', 'accessibilityRating',
];
/** STABLE_FIELDS then FIRST_VALUE_FIELDS: a client's kept values are held by position in this list. */
const KEPT_FIELDS: ReadonlyArray<Field> = [...STABLE_FIELDS, ...FIRST_VALUE_FIELDS];
const KEPT_AT: ReadonlyMap<Field, number> = new Map(KEPT_FIELDS.map((f, k) => [f, k]));
const NEED_RANK: Readonly<Record<NeedStatus, number>> = { identified: 0, 'met-partially': 1, 'met-fully': 2 };

/** 2 = a substantive answer, 1 = prefer not to say, 0 = not known or absent. */
function informative(v: unknown): number {
  if (v === undefined || v === 'not-known') return 0;
  if (v === 'prefer-not-to-say') return 1;
  return 2;
}

/** What is kept of one client while its records are merged. */
interface Acc {
  clientId: string;
  /** The client's first record (fields no record gave a value for are taken from it). */
  first: ClientRecord;
  /** Per field of KEPT_FIELDS (by position): the value kept and the file row it came from. */
  values: Array<{ value: unknown; row: number } | undefined>;
  ageFrom?: ClientRecord;
  readings: Reading[];
  outputs: string[];
  providerOutputs: string[];
  needs: Map<Va1OutcomeId, NeedStatus>;
  providers: Set<string>;
}

/** One record per client, every reading, the conflicts as issues, and counts (`normaliseRecords`' result). */
export interface MergedClients {
  readonly clients: ClientRecord[];
  readonly readings: Reading[];
  readonly issues: RecordIssue[];
  readonly stats: { readonly records: number; readonly clients: number; readonly readings: number; readonly conflicts: number };
}

/** Merges checked records into one record per client, by the rules `normaliseRecords` documents. */
export class ClientMerger {
  private readonly clients = new Map<string, Acc>();
  private readonly issues: RecordIssue[] = [];
  private conflicts = 0;
  private records = 0;

  /** @param byProvider - key clients by provider and client id (`clientKey: 'providerId+clientId'`) */
  constructor(private readonly byProvider: boolean) {}

  /** Adds record `r`, the `i`-th record (0-based, for issue paths), read from file row `row`. */
  add(r: ClientRecord, i: number, row: number): void {
    this.records++;
    const byProvider = this.byProvider;
    const key = byProvider ? `${r.providerId ?? ''}/${r.clientId}` : r.clientId;
    let acc = this.clients.get(key);
    if (acc === undefined) {
      acc = { clientId: key, first: r, values: new Array(KEPT_FIELDS.length).fill(undefined), readings: [], outputs: [], providerOutputs: [], needs: new Map(), providers: new Set() };
      this.clients.set(key, acc);
    }
    if (r.providerId !== undefined && !acc.providers.has(r.providerId)) {
      acc.providers.add(r.providerId);
      if (!byProvider && acc.providers.size === 2) {
        this.issues.push({
          row, column: 'providerId', path: ['records', i, 'providerId'], code: 'duplicate', value: r.providerId,
          message: `clientId ${JSON.stringify(r.clientId)} appears under providers ${[...acc.providers].map((p) => JSON.stringify(p)).join(' and ')}; ids are unique only within a provider, so use clientKey 'providerId+clientId'`,
        });
      }
    }
    const values = acc.values;
    for (let k = 0; k < STABLE_FIELDS.length; k++) {
      const f = STABLE_FIELDS[k] as Field;
      const v = r[f];
      const level = informative(v);
      if (level === 0) continue;
      const prev = values[k];
      const prevLevel = prev === undefined ? 0 : informative(prev.value);
      if (level > prevLevel) values[k] = { value: v, row };
      else if (level === 2 && prevLevel === 2 && prev !== undefined && prev.value !== v) {
        this.conflicts++;
        this.issues.push({
          row, column: f, path: ['records', i, f], code: 'invalid-record', value: String(v),
          message: `client ${JSON.stringify(key)} has ${f} ${JSON.stringify(v)} here but ${JSON.stringify(prev.value)} at row ${prev.row}; kept the first`,
        });
      }
    }
    for (let k = STABLE_FIELDS.length; k < KEPT_FIELDS.length; k++) {
      if (values[k] !== undefined) continue;
      const v = r[KEPT_FIELDS[k] as Field];
      if (v !== undefined) values[k] = { value: v, row };
    }
    if (acc.ageFrom === undefined && (r.age !== undefined || (r.ageBand !== undefined && informative(r.ageBand) > 0))) acc.ageFrom = r;
    for (const reading of r.readings) acc.readings.push(byProvider ? { ...reading, clientId: key } : reading);
    for (const o of r.outputsAchieved ?? []) if (!acc.outputs.includes(o)) acc.outputs.push(o);
    for (const o of r.providerOutputs ?? []) if (!acc.providerOutputs.includes(o)) acc.providerOutputs.push(o);
    for (const [id, status] of Object.entries(r.needs ?? {}) as Array<[Va1OutcomeId, NeedStatus]>) {
      const prev = acc.needs.get(id);
      if (prev === undefined || NEED_RANK[status] > NEED_RANK[prev]) acc.needs.set(id, status);
    }
  }

  /** One record per client in order of first appearance, each client's readings sorted by date, then instrument id. */
  finish(): MergedClients {
    const outClients: ClientRecord[] = [];
    const outReadings: Reading[] = [];
    for (const acc of this.clients.values()) {
      const sorted = acc.readings
        .map((reading, k) => ({ reading, k }))
        .sort((a, b) => (a.reading.date < b.reading.date ? -1 : a.reading.date > b.reading.date ? 1 : a.reading.instrumentId < b.reading.instrumentId ? -1 : a.reading.instrumentId > b.reading.instrumentId ? 1 : a.k - b.k))
        .map((x) => x.reading);
      const firstRecord = acc.first;
      const out: Record<string, unknown> = {};
      for (const f of CLIENT_RECORD_FIELDS) {
        if (f === 'clientId') out[f] = acc.clientId;
        else if (f === 'age' || f === 'ageBand') {
          const src = acc.ageFrom ?? firstRecord;
          if (src[f] !== undefined) out[f] = src[f];
        } else if (f === 'readings') out[f] = sorted;
        else if (f === 'outputsAchieved') { if (acc.outputs.length > 0) out[f] = acc.outputs; }
        else if (f === 'providerOutputs') { if (acc.providerOutputs.length > 0) out[f] = acc.providerOutputs; }
        else if (f === 'needs') {
          if (acc.needs.size > 0) out[f] = Object.fromEntries(acc.needs);
        } else {
          const at = KEPT_AT.get(f);
          const held = at === undefined ? undefined : acc.values[at];
          if (held !== undefined) out[f] = held.value;
          else if (firstRecord[f] !== undefined) out[f] = firstRecord[f];
        }
      }
      if (out.age === undefined && out.ageBand === undefined) out.ageBand = 'not-known';
      outClients.push(out as unknown as ClientRecord);
      for (const r of sorted) outReadings.push(r);
    }
    return {
      clients: outClients,
      readings: outReadings,
      issues: this.issues,
      stats: { records: this.records, clients: outClients.length, readings: outReadings.length, conflicts: this.conflicts },
    };
  }
}
