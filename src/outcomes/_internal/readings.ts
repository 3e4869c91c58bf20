// Validation and grouping of dated readings, shared by pairReadings and trajectories.
import { differenceInCalendarDays, isValid, parseISO } from 'date-fns';
import type { InstrumentDefinition, InstrumentRegistry, InstrumentScale } from '../../data/instruments';
import { InvalidInputError, ReferenceDataError, type SocialOutcomesError } from '../../errors';
import { describeValue } from '../../_internal/describeValue';
import { EXCLUSION_REASONS } from '../readings';
import type { ExcludedReadings, ExclusionReason, OnInvalidReading, PlacedReading, ReadingCounts, ReadingRef } from '../readings';
import { onScale, resolveInstrument, scaleOf, scaleText } from './instruments';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const EPOCH = parseISO('1970-01-01');

/** A reading that passed every data rule. */
export interface CheckedReading {
  readonly index: number;
  readonly ref: ReadingRef;
  readonly clientId: string;
  readonly instrumentId: string;
  readonly date: string;
  /** Days since 1970-01-01 (calendar days, date-fns). */
  readonly day: number;
  readonly scores: Record<string, number>;
  readonly retrospective: boolean;
  readonly completedBy: string | undefined;
}

/** One client × instrument series, readings sorted by date. */
export interface Series {
  readonly clientId: string;
  readonly instrumentId: string;
  readonly readings: CheckedReading[];
}

/**
 * Accumulates exclusions per (client, instrument, reason). An entry's distinct details are a Set (in first-seen
 * order) and its readings are appended one by one: a client id shared by many bad readings (a placeholder such as
 * "UNKNOWN") made the old `includes` search quadratic (32,000 readings: 14 s), and spreading ~200,000 readings
 * into `push` overflowed the call stack.
 */
export class Exclusions {
  private readonly entries = new Map<string, { clientId: string; instrumentId: string; reason: ExclusionReason; refs: ReadingRef[]; details: Set<string> }>();

  add(clientId: string, instrumentId: string, reason: ExclusionReason, refs: ReadonlyArray<ReadingRef>, detail: string): void {
    const key = `${clientId}\u0000${instrumentId}\u0000${reason}`;
    let e = this.entries.get(key);
    if (e === undefined) {
      e = { clientId, instrumentId, reason, refs: [], details: new Set() };
      this.entries.set(key, e);
    }
    for (let j = 0; j < refs.length; j++) e.refs.push(refs[j] as ReadingRef);
    e.details.add(detail);
  }

  /** Entries sorted by client, instrument and reason order; readings in input order. */
  list(): ExcludedReadings[] {
    const order = new Map(EXCLUSION_REASONS.map((r, i) => [r, i]));
    return [...this.entries.values()]
      .sort((a, b) => cmp(a.clientId, b.clientId) || cmp(a.instrumentId, b.instrumentId) || (order.get(a.reason) as number) - (order.get(b.reason) as number))
      .map((e) => ({
        clientId: e.clientId,
        instrumentId: e.instrumentId,
        reason: e.reason,
        readings: [...e.refs].sort((x, y) => x.index - y.index),
        detail: detailText([...e.details]),
      }));
  }
}

/** An entry's details: all of them, or the first three and how many more. */
function detailText(details: ReadonlyArray<string>): string {
  return details.length <= 3 ? details.join('; ') : `${details.slice(0, 3).join('; ')}; and ${details.length - 3} more`;
}

/** Code-point comparison of strings (locale-independent, so results are byte-identical everywhere). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `client "C1", reading "r7"` or `client "C1", reading at index 3`. */
function who(clientId: string, ref: ReadingRef): string {
  return `client ${JSON.stringify(clientId)}, reading ${ref.readingId !== undefined ? JSON.stringify(ref.readingId) : `at index ${ref.index}`}`;
}

/** Parses a `YYYY-MM-DD` calendar date to a day number (days since 1970-01-01), or returns undefined. */
export function dayOf(value: unknown, cache?: Map<string, number | undefined>): number | undefined {
  if (typeof value !== 'string') return undefined;
  if (cache !== undefined) {
    // One look-up for a valid date; invalid ones are cached as undefined, which `has` tells from not yet seen.
    const hit = cache.get(value);
    if (hit !== undefined || cache.has(value)) return hit;
  }
  let day: number | undefined;
  if (ISO_DATE.test(value)) {
    const d = parseISO(value);
    day = isValid(d) ? differenceInCalendarDays(d, EPOCH) : undefined;
  }
  // Real extracts repeat a few hundred dates many times: parse each distinct string once.
  cache?.set(value, day);
  return day;
}

/** Checks a date option (`windowEnd`) and returns its day number. */
export function dateOption(fn: string, name: string, value: unknown, path: ReadonlyArray<string | number> = ['options', name]): number {
  const day = dayOf(value);
  if (day === undefined) {
    throw new InvalidInputError({ code: 'invalid-date', message: `${fn} requires ${name} to be a calendar date 'YYYY-MM-DD' (got ${describeValue(value)})`, path });
  }
  return day;
}

/** Settings of a collection run. */
export interface CollectSettings {
  readonly fn: string;
  readonly registry: InstrumentRegistry | undefined;
  readonly onInvalid: OnInvalidReading;
  readonly requireSorted: boolean;
}

/** Valid readings grouped in series, and the exclusions found while checking them. */
export interface Collected {
  readonly series: Series[];
  readonly exclusions: Exclusions;
  readonly nReadings: number;
  readonly nClients: number;
}

/** One client's series of one instrument while readings are grouped. */
interface SeriesSlot {
  readonly instrumentId: string;
  readonly list: CheckedReading[];
}

interface InstrumentInfo {
  readonly def: InstrumentDefinition;
  readonly scales: ReadonlyMap<string, InstrumentScale>;
}

/**
 * Checks every reading against the data rules. Structural faults (not an object, a bad clientId,
 * readingId, retrospective or completedBy field, scores not an object, repeated readingIds, an
 * instrument whose scale must be supplied) always throw; data faults throw or become exclusions
 * according to `onInvalid`.
 */
export function collectReadings(s: CollectSettings, readings: unknown): Collected {
  const { fn } = s;
  if (!Array.isArray(readings)) {
    throw new InvalidInputError({ code: 'not-an-array', message: `${fn} requires readings to be an array of reading objects (got ${describeValue(readings)})`, path: ['readings'] });
  }
  const exclusions = new Exclusions();
  const instruments = new Map<string, InstrumentInfo | null>();
  const readingIds = new Map<string, number>();
  // One hash look-up per reading: each client's entry counts it (nClients) and later holds its series, one per
  // instrument in first-appearance order (a client has few instruments, so a linear scan finds the right one).
  const clients = new Map<string, SeriesSlot[]>();
  const valid: CheckedReading[] = [];
  const validSlots: SeriesSlot[][] = [];
  const dates = new Map<string, number | undefined>();

  const fail = (reason: ExclusionReason, error: SocialOutcomesError, clientId: string, instrumentId: string, ref: ReadingRef, detail: string): void => {
    if (s.onInvalid === 'throw') throw error;
    exclusions.add(clientId, instrumentId, reason, [ref], detail);
  };

  for (let i = 0; i < readings.length; i++) {
    const path = ['readings', i];
    const r: unknown = i in readings ? readings[i] : undefined;
    if (r === null || typeof r !== 'object' || Array.isArray(r)) {
      throw new InvalidInputError({ code: 'invalid-record', message: `${fn} requires each reading to be an object (got ${describeValue(r)})`, path });
    }
    const rec = r as Record<string, unknown>;
    const { clientId, instrumentId, readingId, retrospective, completedBy, date, scores } = rec;
    if (typeof clientId !== 'string' || clientId === '') {
      throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires clientId to be a non-empty string (got ${describeValue(clientId)}) in reading at index ${i}`, path: [...path, 'clientId'] });
    }
    let slots = clients.get(clientId);
    if (slots === undefined) {
      slots = [];
      clients.set(clientId, slots);
    }
    if (readingId !== undefined && (typeof readingId !== 'string' || readingId === '')) {
      throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires readingId to be a non-empty string when given (got ${describeValue(readingId)}) for client ${JSON.stringify(clientId)}`, path: [...path, 'readingId'] });
    }
    const ref: ReadingRef = readingId === undefined ? { index: i } : { index: i, readingId };
    if (readingId !== undefined) {
      const prev = readingIds.get(readingId);
      if (prev !== undefined) {
        throw new InvalidInputError({ code: 'duplicate', message: `${fn} requires readingIds to be unique (${JSON.stringify(readingId)} is used at index ${prev} and ${i})`, path: [...path, 'readingId'] });
      }
      readingIds.set(readingId, i);
    }
    if (retrospective !== undefined && typeof retrospective !== 'boolean') {
      throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires retrospective to be true or false when given (got ${describeValue(retrospective)}) for ${who(clientId, ref)}`, path: [...path, 'retrospective'] });
    }
    if (completedBy !== undefined && typeof completedBy !== 'string') {
      throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires completedBy to be a string when given (got ${describeValue(completedBy)}) for ${who(clientId, ref)}`, path: [...path, 'completedBy'] });
    }
    if (typeof instrumentId !== 'string' || instrumentId === '') {
      throw new InvalidInputError({ code: 'invalid-type', message: `${fn} requires instrumentId to be a non-empty string (got ${describeValue(instrumentId)}) for ${who(clientId, ref)}`, path: [...path, 'instrumentId'] });
    }
    if (scores === null || typeof scores !== 'object' || Array.isArray(scores)) {
      throw new InvalidInputError({ code: 'invalid-record', message: `${fn} requires scores to be an object {areaId: score} (got ${describeValue(scores)}) for ${who(clientId, ref)}`, path: [...path, 'scores'] });
    }

    // Instrument (data fault: unknown id).
    let info = instruments.get(instrumentId);
    if (info === undefined) {
      try {
        const def = resolveInstrument(fn, instrumentId, s.registry, [...path, 'instrumentId']);
        const scales = new Map<string, InstrumentScale>();
        for (const area of def.areas) scales.set(area.id, scaleOf(fn, def, area, undefined, [...path, 'instrumentId']));
        info = { def, scales };
      } catch (e) {
        if ((e as SocialOutcomesError).code !== 'unknown-instrument') throw e;
        info = null;
      }
      instruments.set(instrumentId, info);
    }
    if (info === null) {
      fail(
        'unknown-instrument',
        new ReferenceDataError({ code: 'unknown-instrument', message: `${fn} does not know instrument ${describeValue(instrumentId)} for ${who(clientId, ref)} (pass its definition in options.instruments)`, path: [...path, 'instrumentId'] }),
        clientId, instrumentId, ref, `unknown instrument ${JSON.stringify(instrumentId)}`,
      );
      continue;
    }

    // Date.
    const day = dayOf(date, dates);
    if (day === undefined) {
      fail(
        'invalid-date',
        new InvalidInputError({ code: 'invalid-date', message: `${fn} requires date to be a calendar date 'YYYY-MM-DD' (got ${describeValue(date)}) for ${who(clientId, ref)}`, path: [...path, 'date'] }),
        clientId, instrumentId, ref, `invalid date ${describeValue(date)} (${ref.readingId ?? `index ${i}`})`,
      );
      continue;
    }

    // Scores.
    // Object.keys + indexing reads the same own enumerable properties in the same order as Object.entries, without
    // allocating a [key, value] pair per score.
    const scoreRec = scores as Record<string, unknown>;
    const areaIds = Object.keys(scoreRec);
    if (areaIds.length === 0) {
      fail(
        'no-scores',
        new InvalidInputError({ code: 'empty-input', message: `${fn} requires at least one area score for ${who(clientId, ref)}`, path: [...path, 'scores'] }),
        clientId, instrumentId, ref, `no scores (${ref.readingId ?? `index ${i}`})`,
      );
      continue;
    }
    let bad = false;
    const copy: Record<string, number> = {};
    for (let a = 0; a < areaIds.length; a++) {
      const areaId = areaIds[a] as string;
      const value = scoreRec[areaId];
      const scale = info.scales.get(areaId);
      if (scale === undefined) {
        fail(
          'unknown-area',
          new ReferenceDataError({ code: 'unknown-area-id', message: `${fn} found area ${describeValue(areaId)}, which ${info.def.id} does not have, for ${who(clientId, ref)} (areas: ${info.def.areas.map((a) => a.id).join(', ')})`, path: [...path, 'scores', areaId] }),
          clientId, instrumentId, ref, `unknown area ${JSON.stringify(areaId)} (${ref.readingId ?? `index ${i}`})`,
        );
        bad = true;
        break;
      }
      if (typeof value !== 'number' || !onScale(scale, value)) {
        fail(
          'off-scale',
          new InvalidInputError({
            code: typeof value !== 'number' || Number.isNaN(value) ? 'not-a-number' : 'out-of-range',
            message: `${fn} requires the ${areaId} score to be on the ${info.def.id} scale ${scaleText(scale)} (got ${describeValue(value)}) for ${who(clientId, ref)}`,
            path: [...path, 'scores', areaId],
          }),
          clientId, instrumentId, ref, `${areaId} = ${describeValue(value)} off the scale (${ref.readingId ?? `index ${i}`})`,
        );
        bad = true;
        break;
      }
      copy[areaId] = value;
    }
    if (bad) continue;
    valid.push({ index: i, ref, clientId, instrumentId, date: date as string, day, scores: copy, retrospective: retrospective === true, completedBy: completedBy as string | undefined });
    validSlots.push(slots);
  }

  // Group into series; check order and duplicate dates.
  // Lists in order of first appearance of their (client, instrument): the order the checks below meet them.
  const lists: CheckedReading[][] = [];
  for (let v = 0; v < valid.length; v++) {
    const r = valid[v] as CheckedReading;
    const slots = validSlots[v] as SeriesSlot[];
    let list: CheckedReading[] | undefined;
    for (let q = 0; q < slots.length; q++) {
      const slot = slots[q] as SeriesSlot;
      if (slot.instrumentId === r.instrumentId) {
        list = slot.list;
        break;
      }
    }
    if (list === undefined) {
      const fresh = [r];
      slots.push({ instrumentId: r.instrumentId, list: fresh });
      lists.push(fresh);
    } else {
      const last = list[list.length - 1] as CheckedReading;
      if (s.requireSorted && r.day < last.day) {
        throw new InvalidInputError({
          code: 'out-of-order',
          message: `${fn} requires each client's readings in date order (requireSorted): ${who(r.clientId, r.ref)} dated ${r.date} follows ${last.date} for ${r.instrumentId}`,
          path: ['readings', r.index, 'date'],
        });
      }
      list.push(r);
    }
  }
  const series: Series[] = [];
  for (const list of lists) {
    // A list is in input (index) order, so it is already sorted by (day, index) when its days never decrease.
    let inOrder = true;
    for (let q = 1; q < list.length; q++) {
      if ((list[q] as CheckedReading).day < (list[q - 1] as CheckedReading).day) {
        inOrder = false;
        break;
      }
    }
    const sorted = inOrder ? list : [...list].sort((a, b) => a.day - b.day || a.index - b.index);
    const kept: CheckedReading[] = [];
    for (let j = 0; j < sorted.length; ) {
      let k = j + 1;
      while (k < sorted.length && (sorted[k] as CheckedReading).day === (sorted[j] as CheckedReading).day) k++;
      if (k - j === 1) kept.push(sorted[j] as CheckedReading);
      else {
        const dup = sorted.slice(j, k);
        const first = dup[0] as CheckedReading;
        const names = dup.map((d) => (d.ref.readingId !== undefined ? JSON.stringify(d.ref.readingId) : `index ${d.index}`)).join(' and ');
        if (s.onInvalid === 'throw') {
          throw new InvalidInputError({
            code: 'duplicate',
            message: `${fn} found ${dup.length} ${first.instrumentId} readings dated ${first.date} for client ${JSON.stringify(first.clientId)} (${names}); keep one, or use onInvalid 'exclude'`,
            path: ['readings', (dup[1] as CheckedReading).index, 'date'],
          });
        }
        exclusions.add(first.clientId, first.instrumentId, 'duplicate-date', dup.map((d) => d.ref), `${dup.length} readings dated ${first.date} (${names})`);
      }
      j = k;
    }
    if (kept.length > 0) series.push({ clientId: (list[0] as CheckedReading).clientId, instrumentId: (list[0] as CheckedReading).instrumentId, readings: kept });
  }
  series.sort((a, b) => cmp(a.clientId, b.clientId) || cmp(a.instrumentId, b.instrumentId));
  return { series, exclusions, nReadings: readings.length, nClients: clients.size };
}

/** Copies a checked reading into its result form. */
export function place(r: CheckedReading): PlacedReading {
  return {
    index: r.index,
    ...(r.ref.readingId !== undefined ? { readingId: r.ref.readingId } : {}),
    date: r.date,
    scores: { ...r.scores },
    retrospective: r.retrospective,
    ...(r.completedBy !== undefined ? { completedBy: r.completedBy } : {}),
  };
}

/** Builds the reading accounting from the exclusions and the used/unused totals. */
export function countReadings(nReadings: number, used: number, unused: number, excluded: ReadonlyArray<ExcludedReadings>): ReadingCounts {
  const byReason = Object.fromEntries(EXCLUSION_REASONS.map((r) => [r, 0])) as Record<ExclusionReason, number>;
  const readingsByReason = { ...byReason };
  let n = 0;
  for (const e of excluded) {
    byReason[e.reason] += 1;
    readingsByReason[e.reason] += e.readings.length;
    n += e.readings.length;
  }
  return { readings: nReadings, used, unused, excluded: n, byReason, readingsByReason };
}
