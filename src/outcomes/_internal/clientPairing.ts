// Client-by-client pairing and mapping for bulk callers (buildReport over millions of readings).
//
// The same rules as `pairReadings` (strategy 'first-latest-before' with `windowEnd`, or 'first-last' without it;
// `onInvalid: 'exclude'`) followed by `mapPairsToPrimaryOutcomes` (`rescale: 'proportion'`, `aggregate: 'mean'`,
// `missingAreas: 'skip'`), but one client's readings at a time and with counts instead of per-reading detail:
// no object is made per reading, pair or row, so a 1M-client heap is not churned. The equivalence with the two
// public functions (every pair, value and count) is a property test (test/outcomes/clientPairing.test.ts).
import { INSTRUMENTS, type InstrumentDefinition, type InstrumentRegistry, type InstrumentScale } from '../../data/instruments';
import { PRIMARY_OUTCOMES, type PrimaryOutcomeMapping } from '../../data/preventionFirst';
import { InvalidInputError, SocialOutcomesError, type ErrorPath } from '../../errors';
import { describeValue } from '../../_internal/describeValue';
import { EXCLUSION_REASONS } from '../readings';
import type { ExclusionReason, Reading } from '../readings';
import { onScale, resolveInstrument, scaleOf } from './instruments';
import { cmp, dayOf } from './readings';
import { prepareInstrument, type MappingSettings } from './mapping';

/** An instrument met in the readings, with what validation and mapping need. */
interface KnownInstrument {
  readonly def: InstrumentDefinition;
  /** Area ids in the instrument's order (readings usually list them in this order). */
  readonly areaIds: ReadonlyArray<string>;
  readonly scales: ReadonlyArray<InstrumentScale>;
  /** Per area in order: 1 when the scale is whole numbers from an integer minimum in steps of 1. */
  readonly wholeSteps: Uint8Array;
  /** Per area in order: the scale's minimum and maximum (typed, so the check reads no scale object). */
  readonly min: Float64Array;
  readonly max: Float64Array;
  /** Per area in order: the scale's listed scores when it has no step (SWEMWBS metric scores), for exact matches. */
  readonly listed: ReadonlyArray<ReadonlySet<number> | undefined>;
  /** Area id → position in `areaIds`. */
  readonly indexOf: ReadonlyMap<string, number>;
  /** Mapped outcomes: index into PRIMARY_OUTCOMES, area ids, and per area min, range and direction. */
  readonly outcomes: ReadonlyArray<{ readonly k: number; readonly area: Int32Array; readonly min: Float64Array; readonly span: Float64Array; readonly higher: Uint8Array }> | null;
}

/** Receives each pair: the instrument, the two readings, the days between them and the readings' positions in the client's list. */
export type PairSink = (instrumentId: string, baseline: Reading, followUp: Reading, daysApart: number, baselineAt: number, followUpAt: number) => void;

/** True when for-in over a plain object yields a key it inherits (something added enumerable keys to Object.prototype). */
function hasInheritedEnumerable(): boolean {
  for (const _ in {}) return true;
  return false;
}

const REASON_INDEX: ReadonlyMap<ExclusionReason, number> = new Map(EXCLUSION_REASONS.map((r, i) => [r, i]));

/** Pairs readings client by client and maps Star pairs onto the Prevention First outcomes, counting exclusions. */
export class ClientPairer {
  /** Readings excluded, by reason (EXCLUSION_REASONS order). */
  readonly readingsByReason = new Float64Array(EXCLUSION_REASONS.length);
  /** Pair × outcome left out because a mapped area was not scored in both readings, by outcome. */
  readonly missing = new Float64Array(PRIMARY_OUTCOMES.length);
  /** Number of pairs. */
  nPairs = 0;
  /** Readings seen. */
  nReadings = 0;
  private readonly known = new Map<string, KnownInstrument | null>();
  private readonly dates = new Map<string, number | undefined>();
  private readingIds: Map<string, string> | undefined;
  private lastDate: unknown = undefined;
  private lastDay: number | undefined = undefined;
  private lastId: string | undefined;
  private lastInfo: KnownInstrument | null = null;
  private prevId: string | undefined;
  private prevInfo: KnownInstrument | null = null;
  // Scratch for one client's valid readings.
  private inst: Array<KnownInstrument | undefined> = [];
  private day = new Int32Array(16);
  private idx = new Int32Array(16);
  /** Longest area list of any instrument (bundled or in the registry): the row stride of `values` and `present`. */
  private readonly stride: number;
  /** Scores of the client's valid readings by (reading, area position), and which are present. */
  private values: Float64Array;
  private present: Uint8Array;

  /** Object.prototype has no enumerable keys (checked once: the pairer runs within one synchronous call). */
  private readonly cleanObjectPrototype = !hasInheritedEnumerable();

  constructor(
    private readonly fn: string,
    private readonly settings: { readonly registry: InstrumentRegistry | undefined; readonly windowEnd: number | undefined; readonly minDaysApart: number; readonly mapping: PrimaryOutcomeMapping },
  ) {
    let stride = 1;
    for (const def of [...Object.values(INSTRUMENTS), ...Object.values(settings.registry ?? {})]) stride = Math.max(stride, def.areas.length);
    this.stride = stride;
    this.values = new Float64Array(16 * stride);
    this.present = new Uint8Array(16 * stride);
  }

  private exclude(reason: ExclusionReason, n: number): void {
    const r = REASON_INDEX.get(reason) as number;
    this.readingsByReason[r] = (this.readingsByReason[r] as number) + n;
  }

  private instrument(id: string, path: ErrorPath): KnownInstrument | null {
    let info = this.known.get(id);
    if (info !== undefined) return info;
    let def: InstrumentDefinition;
    try {
      def = resolveInstrument(this.fn, id, this.settings.registry, path);
    } catch (e) {
      if (!(e instanceof SocialOutcomesError) || e.code !== 'unknown-instrument') throw e;
      this.known.set(id, null);
      return null;
    }
    const scales = def.areas.map((a) => scaleOf(this.fn, def, a, undefined, path));
    const indexOf = new Map(def.areas.map((a, j) => [a.id, j]));
    let outcomes: KnownInstrument['outcomes'] = null;
    if (Object.hasOwn(this.settings.mapping, id)) {
      const ms: MappingSettings = { fn: this.fn, mapping: this.settings.mapping, aggregate: 'mean', rescale: 'proportion', missingAreas: 'skip', registry: this.settings.registry };
      const prep = prepareInstrument(ms, def, undefined, path);
      outcomes = prep.outcomes.flatMap((o, k) => {
        if (o.areaIds.length === 0) return [];
        const area = Int32Array.from(o.areaIds, (a) => indexOf.get(a) as number);
        const sc = Array.from(area, (j) => scales[j] as InstrumentScale);
        return [{ k, area, min: Float64Array.from(sc, (s) => s.min), span: Float64Array.from(sc, (s) => s.max - s.min), higher: Uint8Array.from(sc, (s) => (s.higherIsBetter ? 1 : 0)) }];
      });
    }
    const wholeSteps = Uint8Array.from(scales, (sc) => (sc.step === 1 && Number.isInteger(sc.min) && Number.isInteger(sc.max) ? 1 : 0));
    const listed = scales.map((sc) => (sc.step === null && sc.values !== undefined ? new Set(sc.values) : undefined));
    const min = Float64Array.from(scales, (sc) => sc.min), max = Float64Array.from(scales, (sc) => sc.max);
    info = { def, areaIds: def.areas.map((a) => a.id), scales, wholeSteps, min, max, listed, indexOf, outcomes };
    if (def.areas.length > this.stride) throw new InvalidInputError({ code: 'invalid-option', message: `${this.fn} cannot pair ${def.id}: it has more than ${this.stride} areas`, path });
    this.known.set(id, info);
    return info;
  }

  /**
   * The instrument of a reading. A client's readings are of one or two instruments, so the last two look-ups are
   * compared by === before the hash table is asked.
   */
  private instrumentOf(instrumentId: string, record: number, j: number): KnownInstrument | null {
    if (instrumentId === this.lastId) return this.lastInfo;
    if (instrumentId === this.prevId) {
      const info = this.prevInfo;
      this.prevId = this.lastId;
      this.prevInfo = this.lastInfo;
      this.lastId = instrumentId;
      this.lastInfo = info;
      return info;
    }
    const info = this.known.get(instrumentId) ?? this.instrument(instrumentId, ['records', record, 'readings', j, 'instrumentId']);
    this.prevId = this.lastId;
    this.prevInfo = this.lastInfo;
    this.lastId = instrumentId;
    this.lastInfo = info;
    return info;
  }

  /** True when for-in over `o` yields only its own keys (its prototype is Object.prototype or null, with no enumerable keys). */
  private ownKeysOnly(o: object): boolean {
    const proto = Object.getPrototypeOf(o) as unknown;
    return proto === null || (proto === Object.prototype && this.cleanObjectPrototype);
  }

  /** True when every score is a known area on its scale (else counts the reading as excluded). */
  private scoresValid(info: KnownInstrument, scores: Readonly<Record<string, unknown>>, row: number): boolean {
    const base = row * this.stride;
    this.present.fill(0, base, base + info.areaIds.length);
    let a = 0;
    // for-in yields own keys only, unless the scores object has another prototype or Object.prototype carries
    // enumerable keys; only then is each key checked (Object.hasOwn per score would cost more than the rest).
    const plainProto = this.ownKeysOnly(scores);
    for (const key in scores) {
      if (!plainProto && !Object.hasOwn(scores, key)) continue;
      // Readings usually list areas in the instrument's order: compare with the expected id before hashing.
      const at = info.areaIds[a] === key ? a : info.indexOf.get(key) ?? -1;
      a++;
      if (at < 0) {
        this.exclude('unknown-area', 1);
        return false;
      }
      const v = scores[key];
      // A whole number within a whole-step scale, or a listed score, is on the scale; anything else gets onScale's
      // full (tolerant) check.
      const listed = info.listed[at];
      const plain = typeof v === 'number' && (info.wholeSteps[at] === 1 ? v >= (info.min[at] as number) && v <= (info.max[at] as number) && Math.floor(v) === v : listed !== undefined && listed.has(v));
      if (!plain && (typeof v !== 'number' || !onScale(info.scales[at] as InstrumentScale, v))) {
        this.exclude('off-scale', 1);
        return false;
      }
      // Kept by area position for mapPair, which then reads typed arrays instead of looking keys up again.
      this.values[base + at] = v as number;
      this.present[base + at] = 1;
    }
    if (a === 0) {
      this.exclude('no-scores', 1);
      return false;
    }
    return true;
  }

  /**
   * Pairs one client's readings. Structural faults throw a typed error at `['records', record, 'readings', j, field]`;
   * data faults are counted in `readingsByReason`. `onPair` gets each pair in instrument-id order.
   */
  pairClient(clientId: string, readings: ReadonlyArray<Reading>, record: number, onPair: PairSink): void {
    const fn = this.fn;
    const m = readings.length;
    this.nReadings += m;
    if (m > this.day.length) {
      this.day = new Int32Array(2 * m);
      this.idx = new Int32Array(2 * m);
      this.values = new Float64Array(2 * m * this.stride);
      this.present = new Uint8Array(2 * m * this.stride);
    }
    let nValid = 0;
    for (let j = 0; j < m; j++) {
      const r = readings[j] as unknown;
      if (r === null || typeof r !== 'object' || Array.isArray(r)) {
        throw new InvalidInputError({ code: 'invalid-record', message: `${fn} requires each reading to be an object (got ${describeValue(r)})`, path: ['records', record, 'readings', j] });
      }
      const { clientId: cid, instrumentId, readingId, retrospective, completedBy, date, scores } = r as Record<string, unknown>;
      if (cid !== clientId) {
        throw new InvalidInputError({ code: 'invalid-record', message: `${fn} requires each reading's clientId to be its record's (${JSON.stringify(clientId)}; got ${describeValue(cid)})`, path: ['records', record, 'readings', j, 'clientId'] });
      }
      if (readingId !== undefined) {
        if (typeof readingId !== 'string' || readingId === '') {
          throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires readingId to be a non-empty string when given (got ${describeValue(readingId)}) for client ${JSON.stringify(clientId)}`, path: ['records', record, 'readings', j, 'readingId'] });
        }
        this.readingIds ??= new Map();
        const prev = this.readingIds.get(readingId);
        if (prev !== undefined) {
          throw new InvalidInputError({ code: 'duplicate', message: `${fn} requires readingIds to be unique (${JSON.stringify(readingId)} is used by clients ${JSON.stringify(prev)} and ${JSON.stringify(clientId)})`, path: ['records', record, 'readings', j, 'readingId'] });
        }
        this.readingIds.set(readingId, clientId);
      }
      if (retrospective !== undefined && typeof retrospective !== 'boolean') {
        throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires retrospective to be true or false when given (got ${describeValue(retrospective)}) for client ${JSON.stringify(clientId)}`, path: ['records', record, 'readings', j, 'retrospective'] });
      }
      if (completedBy !== undefined && typeof completedBy !== 'string') {
        throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires completedBy to be a string when given (got ${describeValue(completedBy)}) for client ${JSON.stringify(clientId)}`, path: ['records', record, 'readings', j, 'completedBy'] });
      }
      if (typeof instrumentId !== 'string' || instrumentId === '') {
        throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires instrumentId to be a non-empty string (got ${describeValue(instrumentId)}) for client ${JSON.stringify(clientId)}`, path: ['records', record, 'readings', j, 'instrumentId'] });
      }
      if (scores === null || typeof scores !== 'object' || Array.isArray(scores)) {
        throw new InvalidInputError({ code: 'invalid-record', message: `${fn} requires scores to be an object {areaId: score} (got ${describeValue(scores)}) for client ${JSON.stringify(clientId)}`, path: ['records', record, 'readings', j, 'scores'] });
      }
      // A client's readings are mostly of one instrument: reuse the last look-up.
      const info = this.instrumentOf(instrumentId, record, j);
      if (info === null) {
        this.exclude('unknown-instrument', 1);
        continue;
      }
      // Readings taken together share a date: the last date's day is reused without a look-up.
      let d: number | undefined;
      if (date === this.lastDate) d = this.lastDay;
      else {
        d = dayOf(date, this.dates);
        this.lastDate = date;
        this.lastDay = d;
      }
      if (d === undefined) {
        this.exclude('invalid-date', 1);
        continue;
      }
      if (!this.scoresValid(info, scores as Record<string, unknown>, j)) continue;
      // Insert in (instrument id, day, input index) order; a client has a handful of readings.
      let p = nValid++;
      while (p > 0) {
        const q = this.idx[p - 1] as number;
        const qi = this.inst[q] as KnownInstrument;
        const c = qi === info ? 0 : cmp(qi.def.id, info.def.id);
        if (c < 0 || (c === 0 && (this.day[p - 1] as number) <= d)) break;
        this.idx[p] = q;
        this.day[p] = this.day[p - 1] as number;
        p--;
      }
      this.idx[p] = j;
      this.day[p] = d;
      this.inst[j] = info;
    }
    for (let s = 0; s < nValid; ) {
      const info = this.inst[this.idx[s] as number] as KnownInstrument;
      let e = s + 1;
      while (e < nValid && this.inst[this.idx[e] as number] === info) e++;
      this.pairSeries(readings, info, s, e, onPair);
      s = e;
    }
  }

  /** One series: sorted positions [s, e) of the scratch arrays. */
  private pairSeries(readings: ReadonlyArray<Reading>, info: KnownInstrument, s: number, e: number, onPair: PairSink): void {
    const { windowEnd, minDaysApart } = this.settings;
    // Keep the readings whose day is not repeated; readings sharing a day are excluded together.
    let first = -1, last = -1, kept = 0;
    for (let j = s; j < e; ) {
      const d = this.day[j] as number;
      let k = j + 1;
      while (k < e && this.day[k] === d) k++;
      if (k - j > 1) this.exclude('duplicate-date', k - j);
      else if (windowEnd !== undefined && d > windowEnd) this.exclude('outside-window', 1);
      else {
        if (first < 0) first = j;
        last = j;
        kept++;
      }
      j = k;
    }
    if (kept === 0) return;
    if (kept === 1) {
      this.exclude('single-reading', 1);
      return;
    }
    const days = (this.day[last] as number) - (this.day[first] as number);
    if (days < minDaysApart) {
      this.exclude('too-close', kept);
      return;
    }
    this.nPairs++;
    const jb = this.idx[first] as number, jf = this.idx[last] as number;
    onPair(info.def.id, readings[jb] as Reading, readings[jf] as Reading, days, jb, jf);
  }

  /** Outcome scores of the last {@link mapPair}: pre at [2k], post at [2k + 1] for outcome k (PRIMARY_OUTCOMES order). */
  readonly mapped = new Float64Array(2 * PRIMARY_OUTCOMES.length);
  /** 1 for each outcome the last {@link mapPair} scored in both readings, else 0. */
  readonly scored = new Uint8Array(PRIMARY_OUTCOMES.length);

  /**
   * Maps a pair of the current client's readings (positions `jb`, `jf` in the list given to {@link pairClient}, as
   * passed to the pair sink) onto the primary outcomes: proportion of the scale range, mean of the mapped areas,
   * both readings scoring every mapped area. Results go to `mapped` and `scored` (typed arrays, so no double is
   * boxed per outcome); an outcome mapped from the instrument but missing an area in either reading is counted in
   * `missing`.
   */
  mapPair(instrumentId: string, jb: number, jf: number): void {
    this.scored.fill(0);
    const outcomes = (this.known.get(instrumentId) as KnownInstrument).outcomes;
    if (outcomes === null) return;
    const b0 = jb * this.stride, f0 = jf * this.stride;
    for (const o of outcomes) {
      const n = o.area.length;
      let a = 0, b = 0, q = 0;
      for (; q < n; q++) {
        const at = o.area[q] as number;
        if (this.present[b0 + at] !== 1 || this.present[f0 + at] !== 1) break;
        const x = this.values[b0 + at] as number, y = this.values[f0 + at] as number;
        const min = o.min[q] as number, span = o.span[q] as number, up = o.higher[q] === 1;
        const px = (x - min) / span, py = (y - min) / span;
        a += up ? px : 1 - px;
        b += up ? py : 1 - py;
      }
      if (q < n) {
        this.missing[o.k] = (this.missing[o.k] as number) + 1;
        continue;
      }
      this.mapped[2 * o.k] = a / n;
      this.mapped[2 * o.k + 1] = b / n;
      this.scored[o.k] = 1;
    }
  }
}
