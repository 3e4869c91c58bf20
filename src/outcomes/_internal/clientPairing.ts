// Client-by-client pairing and mapping for bulk callers (buildReport over millions of readings).
//
// The same rules as `pairReadings` (strategy 'first-latest-before' with `windowEnd`, or 'first-last' without it;
// `onInvalid: 'exclude'`) followed by `mapPairsToPrimaryOutcomes` (`rescale: 'proportion'`, `aggregate: 'mean'`,
// `missingAreas: 'skip'`), but one client's readings at a time and with counts instead of per-reading detail:
// no object is made per reading, pair or row, so a 1M-client heap is not churned. The equivalence with the two
// public functions (every pair, value and count) is a property test (test/outcomes/clientPairing.test.ts).
import type { InstrumentDefinition, InstrumentRegistry, InstrumentScale } from '../../data/instruments';
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
  /** Per area in order: the scale's listed scores when it has no step (SWEMWBS metric scores), for exact matches. */
  readonly listed: ReadonlyArray<ReadonlySet<number> | undefined>;
  readonly scaleOf: ReadonlyMap<string, InstrumentScale>;
  /** Mapped outcomes: index into PRIMARY_OUTCOMES, area ids, and per area min, range and direction. */
  readonly outcomes: ReadonlyArray<{ readonly k: number; readonly areaIds: ReadonlyArray<string>; readonly min: Float64Array; readonly span: Float64Array; readonly higher: Uint8Array }> | null;
}

/** Receives each pair: the instrument, the two readings and the days between them. */
export type PairSink = (instrumentId: string, baseline: Reading, followUp: Reading, daysApart: number) => void;

/** True when Object.prototype's own chain yields an enumerable key to for-in. */
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
  private lastId: string | undefined;
  private lastInfo: KnownInstrument | null = null;
  // Scratch for one client's valid readings.
  private inst: Array<KnownInstrument | undefined> = [];
  private day = new Int32Array(16);
  private idx = new Int32Array(16);

  /** Object.prototype has no enumerable keys (checked once: the pairer runs within one synchronous call). */
  private readonly cleanObjectPrototype = Object.keys(Object.prototype).length === 0 && !hasInheritedEnumerable();

  constructor(
    private readonly fn: string,
    private readonly settings: { readonly registry: InstrumentRegistry | undefined; readonly windowEnd: number | undefined; readonly minDaysApart: number; readonly mapping: PrimaryOutcomeMapping },
  ) {}

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
    const byArea = new Map(def.areas.map((a, j) => [a.id, scales[j] as InstrumentScale]));
    let outcomes: KnownInstrument['outcomes'] = null;
    if (Object.hasOwn(this.settings.mapping, id)) {
      const ms: MappingSettings = { fn: this.fn, mapping: this.settings.mapping, aggregate: 'mean', rescale: 'proportion', missingAreas: 'skip', registry: this.settings.registry };
      const prep = prepareInstrument(ms, def, undefined, path);
      outcomes = prep.outcomes.flatMap((o, k) => {
        if (o.areaIds.length === 0) return [];
        const sc = o.areaIds.map((a) => byArea.get(a) as InstrumentScale);
        return [{ k, areaIds: o.areaIds, min: Float64Array.from(sc, (s) => s.min), span: Float64Array.from(sc, (s) => s.max - s.min), higher: Uint8Array.from(sc, (s) => (s.higherIsBetter ? 1 : 0)) }];
      });
    }
    const wholeSteps = Uint8Array.from(scales, (sc) => (sc.step === 1 && Number.isInteger(sc.min) && Number.isInteger(sc.max) ? 1 : 0));
    const listed = scales.map((sc) => (sc.step === null && sc.values !== undefined ? new Set(sc.values) : undefined));
    info = { def, areaIds: def.areas.map((a) => a.id), scales, wholeSteps, listed, scaleOf: byArea, outcomes };
    this.known.set(id, info);
    return info;
  }

  /** True when for-in over `o` yields only its own keys (its prototype is Object.prototype or null, with no enumerable keys). */
  private ownKeysOnly(o: object): boolean {
    const proto = Object.getPrototypeOf(o) as unknown;
    return proto === null || (proto === Object.prototype && this.cleanObjectPrototype);
  }

  /** True when every score is a known area on its scale (else counts the reading as excluded). */
  private scoresValid(info: KnownInstrument, scores: Readonly<Record<string, unknown>>): boolean {
    let a = 0;
    // for-in yields own keys only, unless the scores object has another prototype or Object.prototype carries
    // enumerable keys; only then is each key checked (Object.hasOwn per score would cost more than the rest).
    const plainProto = this.ownKeysOnly(scores);
    for (const key in scores) {
      if (!plainProto && !Object.hasOwn(scores, key)) continue;
      // Readings usually list areas in the instrument's order: compare with the expected id before hashing.
      const inOrder = info.areaIds[a] === key;
      const scale = inOrder ? info.scales[a] : info.scaleOf.get(key);
      if (scale === undefined) {
        this.exclude('unknown-area', 1);
        return false;
      }
      const v = scores[key];
      // A whole number within a whole-step scale, or a listed score, is on the scale; anything else gets onScale's
      // full (tolerant) check.
      const plain = inOrder && typeof v === 'number' && (info.wholeSteps[a] === 1 ? v >= scale.min && v <= scale.max && Math.floor(v) === v : info.listed[a]?.has(v) === true);
      a++;
      if (!plain && (typeof v !== 'number' || !onScale(scale, v))) {
        this.exclude('off-scale', 1);
        return false;
      }
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
      const info = instrumentId === this.lastId ? this.lastInfo : this.known.get(instrumentId) ?? this.instrument(instrumentId, ['records', record, 'readings', j, 'instrumentId']);
      this.lastId = instrumentId;
      this.lastInfo = info;
      if (info === null) {
        this.exclude('unknown-instrument', 1);
        continue;
      }
      const d = dayOf(date, this.dates);
      if (d === undefined) {
        this.exclude('invalid-date', 1);
        continue;
      }
      if (!this.scoresValid(info, scores as Record<string, unknown>)) continue;
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
    onPair(info.def.id, readings[this.idx[first] as number] as Reading, readings[this.idx[last] as number] as Reading, days);
  }

  /** Outcome scores of the last {@link mapPair}: pre at [2k], post at [2k + 1] for outcome k (PRIMARY_OUTCOMES order). */
  readonly mapped = new Float64Array(2 * PRIMARY_OUTCOMES.length);
  /** 1 for each outcome the last {@link mapPair} scored in both readings, else 0. */
  readonly scored = new Uint8Array(PRIMARY_OUTCOMES.length);

  /**
   * Maps one pair of validated Star readings onto the primary outcomes (proportion of the scale range, mean of the
   * mapped areas, both readings scoring every mapped area) into `mapped` and `scored`; an outcome mapped from the
   * instrument but missing an area in either reading is counted in `missing`. Results go to typed arrays rather than
   * a callback, so no double is boxed per outcome.
   */
  mapPair(instrumentId: string, pre: Readonly<Record<string, number>>, post: Readonly<Record<string, number>>): void {
    this.scored.fill(0);
    const outcomes = (this.known.get(instrumentId) as KnownInstrument).outcomes;
    if (outcomes === null) return;
    const plain = this.ownKeysOnly(pre) && this.ownKeysOnly(post);
    for (const o of outcomes) {
      const n = o.areaIds.length;
      let a = 0, b = 0, q = 0;
      for (; q < n; q++) {
        const area = o.areaIds[q] as string;
        // Validated scores are own numbers; a number found through the prototype is not a score.
        const x: unknown = pre[area];
        const y: unknown = post[area];
        if (typeof x !== 'number' || typeof y !== 'number' || (!plain && !(Object.hasOwn(pre, area) && Object.hasOwn(post, area)))) break;
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
