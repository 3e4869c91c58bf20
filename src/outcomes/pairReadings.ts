import type { InstrumentRegistry } from '../data/instruments';
import { InvalidInputError } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { booleanOption, integerInRange, oneOf, optionsObject } from '../_internal/validate';
import { checkRegistry } from './_internal/instruments';
import { collectReadings, countReadings, dateOption, place, type CheckedReading } from './_internal/readings';
import type { ExcludedReadings, OnInvalidReading, PlacedReading, Reading, ReadingCounts, ReadingRef } from './readings';

/** Options of {@link pairReadings}. */
export interface PairReadingsOptions {
  /**
   * How the follow-up is chosen (the baseline is always the client's first reading of the
   * instrument, within the window):
   * - `first-last`: the last reading (Star Online's "first and latest"); `windowEnd` not allowed;
   * - `first-latest-before`: the latest reading on or before `windowEnd` (required), e.g. the end
   *   of the reporting year; later readings are excluded as `outside-window`;
   * - `baseline-and-nearest`: the reading nearest to `targetDays` after the baseline (ties: the
   *   earlier), among those at least `minDaysApart` after it; optional `targetToleranceDays`.
   * @defaultValue 'first-last'
   */
  readonly strategy?: 'first-last' | 'first-latest-before' | 'baseline-and-nearest';
  /**
   * Fewest days between baseline and follow-up. Our default: (S)WEMWBS asks about "the last two
   * weeks", so readings closer than 14 days overlap; Triangle publishes no minimum for Stars.
   * @defaultValue 14
   */
  readonly minDaysApart?: number;
  /**
   * Last date of the reporting window (`YYYY-MM-DD`); readings after it are excluded as
   * `outside-window`. Required by `first-latest-before`, refused by `first-last`.
   * @defaultValue none
   */
  readonly windowEnd?: string;
  /**
   * Most days from the client's start to the baseline; a later first reading is excluded as
   * `no-baseline` ("at or near the beginning of their time with the project", Triangle). The start
   * is `startDates[clientId]` when given, else the client's earliest reading of any instrument.
   * @defaultValue no limit
   */
  readonly maxBaselineDelayDays?: number;
  /**
   * Each client's service start (`YYYY-MM-DD`), keyed by client id, for `maxBaselineDelayDays`.
   * @defaultValue the client's earliest reading of any instrument
   */
  readonly startDates?: Readonly<Record<string, string>>;
  /**
   * Target interval for `baseline-and-nearest`, in days (e.g. 91 for a quarter, 365 for a year).
   * @defaultValue none: required by `baseline-and-nearest`
   */
  readonly targetDays?: number;
  /**
   * With `baseline-and-nearest`: largest accepted distance between the chosen follow-up and the
   * target; a series whose nearest reading is further away is excluded as `outside-window`.
   * @defaultValue no limit
   */
  readonly targetToleranceDays?: number;
  /**
   * Exclude a series whose first reading is retrospective (`retrospective-baseline`), as a
   * sensitivity analysis: Triangle warns a retrospective reading "may have been exaggerated to the
   * lower end of the Journey of Change".
   * @defaultValue false
   */
  readonly excludeRetrospectiveBaseline?: boolean;
  /**
   * Readings that break a data rule (invalid date, unknown instrument or area, off-scale or missing
   * scores, two readings of one instrument on one date for a client): `throw` a typed error naming
   * the client and the reading, or `exclude` them as counted exclusions and carry on.
   * @defaultValue 'throw'
   */
  readonly onInvalid?: OnInvalidReading;
  /**
   * Throw when a client's readings of an instrument are not in date order in the input (a check on
   * extracts that should be sorted). Otherwise input order does not matter.
   * @defaultValue false
   */
  readonly requireSorted?: boolean;
  /**
   * Instrument definitions of your own, keyed by id (e.g. the Carers Wellbeing Check with its scale).
   * @defaultValue the bundled registry (`social-outcomes/data/instruments`)
   */
  readonly instruments?: InstrumentRegistry;
}

/** A baseline and follow-up reading of one client on one instrument. */
export interface ReadingPair {
  /** The client. */
  readonly clientId: string;
  /** The instrument. */
  readonly instrumentId: string;
  /** The first reading (within the window). */
  readonly baseline: PlacedReading;
  /** The chosen follow-up reading. */
  readonly followUp: PlacedReading;
  /** Calendar days from baseline to follow-up. */
  readonly daysApart: number;
  /** Calendar days from the client's start (start date, else first reading of any instrument) to the baseline. */
  readonly baselineDelayDays: number;
  /** Other readings of the series within the window, neither baseline nor follow-up, in date order (counted as `unused`). */
  readonly unused: ReadonlyArray<ReadingRef>;
}

/** The options as applied. */
export interface PairReadingsSettings {
  /** Strategy. */
  readonly strategy: 'first-last' | 'first-latest-before' | 'baseline-and-nearest';
  /** Fewest days apart. */
  readonly minDaysApart: number;
  /** Window end, if any. */
  readonly windowEnd?: string;
  /** Baseline delay limit, if any. */
  readonly maxBaselineDelayDays?: number;
  /** Target interval, if any. */
  readonly targetDays?: number;
  /** Target tolerance, if any. */
  readonly targetToleranceDays?: number;
  /** Whether retrospective baselines were excluded. */
  readonly excludeRetrospectiveBaseline: boolean;
  /** Invalid-reading policy. */
  readonly onInvalid: OnInvalidReading;
}

/** Result of {@link pairReadings}. */
export interface PairReadingsResult {
  /** The options as applied. */
  readonly settings: PairReadingsSettings;
  /** One pair per client × instrument series that met every rule, sorted by client then instrument. */
  readonly pairs: ReadonlyArray<ReadingPair>;
  /** Readings left out, one entry per series and reason, sorted by client, instrument, reason. */
  readonly excluded: ReadonlyArray<ExcludedReadings>;
  /** Accounting of every input reading: `readings = used + unused + excluded`. */
  readonly counts: ReadingCounts;
  /** Number of pairs. */
  readonly nPairs: number;
  /** Number of input readings. */
  readonly nReadings: number;
  /** Number of distinct clients in the input. */
  readonly nClients: number;
  /** Number of retrospective baselines among the pairs. */
  readonly nRetrospectiveBaselines: number;
}

const FN = 'pairReadings';

function nonNegativeInteger(name: string, value: unknown): number {
  return integerInRange(FN, name, value, { min: 0 }, ['options', name]);
}

/**
 * Picks a baseline and a follow-up reading per client and instrument from dated readings, and
 * accounts for every reading it does not use.
 *
 * @remarks
 * Rules, applied per client × instrument series in this order (a series stops at the first rule
 * it breaks, and all its remaining readings are excluded for that reason):
 * 1. data rules (see `onInvalid`), checked per reading in this order — instrument known, date a real
 *    `YYYY-MM-DD` date, at least one score, every area known and every score on its scale (the first
 *    failure is the reason) — then two or more readings of one instrument on one date for one client
 *    (all of them `duplicate-date`): such readings are dropped from the series, or throw;
 * 2. readings after `windowEnd` → `outside-window` (the rest of the series carries on);
 * 3. first reading retrospective and `excludeRetrospectiveBaseline` → `retrospective-baseline`;
 * 4. first reading more than `maxBaselineDelayDays` after the client's start → `no-baseline`;
 * 5. only one reading → `single-reading`;
 * 6. no follow-up at least `minDaysApart` after the baseline → `too-close`;
 * 7. (`baseline-and-nearest`) nearest reading further than `targetToleranceDays` from the target →
 *    `outside-window`.
 * Otherwise the series gives one pair; its other readings are listed as `unused`.
 * Structural faults always throw, whatever `onInvalid` says: a reading that is not an object, a
 * missing or empty `clientId`/`instrumentId`, malformed `readingId`/`retrospective`/`completedBy`,
 * `scores` that is not an object, a repeated `readingId`, or an instrument whose scale must be
 * supplied. They mean a broken extract or configuration rather than a bad data row, and some cannot
 * be attributed to a client's series. Every input
 * reading ends up in exactly one place: `counts.readings = counts.used + counts.unused + counts.excluded`.
 * Days are calendar days (date-fns `differenceInCalendarDays` on `parseISO` dates). Change scores
 * from these pairs are not causal impact (review 6.3); excluding clients without a baseline may
 * bias results (review 6.3b), so report `counts.byReason` with every figure.
 *
 * **Formula**
 * ```tex
 * b = \text{first reading},\quad
 * f = \begin{cases}
 * \text{last reading} & \text{first-last, first-latest-before}\\
 * \arg\min_{r:\ d(b,r) \ge m} |d(b,r) - t| & \text{baseline-and-nearest}
 * \end{cases},\quad \text{pair if } d(b,f) \ge m
 * ```
 *
 * **References** Triangle Consulting Social Enterprise, "About the Outcomes Star" (baseline "at or
 * near the beginning", readings "every three, six or 12 months") and Star Online reporting (first
 * and latest reading; retrospective readings), https://www.outcomesstar.org.uk/about-the-outcomes-star/ ;
 * Hopley R et al. (2022) Birmingham Prevention Portfolio review, sections 6.3–6.4 and
 * recommendation 14 ("repeated measures are collected every 3 months … if involved for a shorter
 * time frame a pre-post measure should be completed").
 *
 * @param readings - dated readings, any order (long form: one per client, instrument and date)
 * @param options - strategy, window, intervals, data-rule policy and instrument definitions
 * @returns pairs, exclusions by reason, and the accounting of every reading
 * @throws {InvalidInputError} when readings is not an array, a reading is malformed, an option is
 *   invalid, or (with `onInvalid: 'throw'`) a date is invalid, a score is off the scale, or two
 *   readings share a date; the message names the client and the reading
 * @throws {ReferenceDataError} when (with `onInvalid: 'throw'`) an instrument or area is unknown,
 *   or an instrument's scale must be supplied (Carers Wellbeing Check)
 * @example
 * ```ts
 * import { pairReadings } from 'social-outcomes/outcomes';
 * const star = (clientId: string, date: string, s: number) => ({ clientId, instrumentId: 'homelessness-star', date, scores: { 'managing-tenancy': s } });
 * const r = pairReadings([star('A', '2023-01-10', 3), star('A', '2023-04-12', 5), star('A', '2023-07-11', 6), star('B', '2023-02-01', 4), star('C', '2023-03-01', 2), star('C', '2023-03-08', 3)]);
 * r.pairs[0] //=> { clientId: 'A', daysApart: 182, baseline: { date: '2023-01-10' }, followUp: { date: '2023-07-11' } }
 * r.counts //=> { readings: 6, used: 2, unused: 1, excluded: 3 }
 * r.excluded.map((e) => e.reason) //=> ['single-reading', 'too-close']
 * pairReadings([star('A', '2023-02-30', 3)]) //=> throws InvalidInputError
 * ```
 */
export function pairReadings(readings: ReadonlyArray<Reading>, options?: PairReadingsOptions): PairReadingsResult {
  const o = optionsObject(FN, options, ['strategy', 'minDaysApart', 'windowEnd', 'maxBaselineDelayDays', 'startDates', 'targetDays', 'targetToleranceDays', 'excludeRetrospectiveBaseline', 'onInvalid', 'requireSorted', 'instruments']);
  const strategy = oneOf(FN, 'strategy', o.strategy === undefined ? 'first-last' : o.strategy, ['first-last', 'first-latest-before', 'baseline-and-nearest']);
  const minDaysApart = o.minDaysApart === undefined ? 14 : nonNegativeInteger('minDaysApart', o.minDaysApart);
  const onInvalid = oneOf(FN, 'onInvalid', o.onInvalid === undefined ? 'throw' : o.onInvalid, ['throw', 'exclude']);
  const excludeRetro = booleanOption(FN, 'excludeRetrospectiveBaseline', o.excludeRetrospectiveBaseline, false);
  const requireSorted = booleanOption(FN, 'requireSorted', o.requireSorted, false);
  const windowEnd = o.windowEnd === undefined ? undefined : dateOption(FN, 'windowEnd', o.windowEnd);
  if (strategy === 'first-latest-before' && windowEnd === undefined) {
    throw new InvalidInputError({ code: 'invalid-option', message: `${FN} requires windowEnd ('YYYY-MM-DD') with strategy 'first-latest-before'`, path: ['options', 'windowEnd'] });
  }
  if (strategy === 'first-last' && windowEnd !== undefined) {
    throw new InvalidInputError({ code: 'invalid-option', message: `${FN} does not use windowEnd with strategy 'first-last' (use 'first-latest-before' to stop at a date)`, path: ['options', 'windowEnd'] });
  }
  const maxDelay = o.maxBaselineDelayDays === undefined ? undefined : nonNegativeInteger('maxBaselineDelayDays', o.maxBaselineDelayDays);
  let targetDays: number | undefined;
  let tolerance: number | undefined;
  if (strategy === 'baseline-and-nearest') {
    if (o.targetDays === undefined) {
      throw new InvalidInputError({ code: 'invalid-option', message: `${FN} requires targetDays (a whole number of days, e.g. 91 or 365) with strategy 'baseline-and-nearest'`, path: ['options', 'targetDays'] });
    }
    targetDays = integerInRange(FN, 'targetDays', o.targetDays, { min: 1 }, ['options', 'targetDays']);
    tolerance = o.targetToleranceDays === undefined ? undefined : nonNegativeInteger('targetToleranceDays', o.targetToleranceDays);
  } else {
    for (const name of ['targetDays', 'targetToleranceDays'] as const) {
      if (o[name] !== undefined) {
        throw new InvalidInputError({ code: 'invalid-option', message: `${FN} uses ${name} only with strategy 'baseline-and-nearest' (got strategy ${describeValue(strategy)})`, path: ['options', name] });
      }
    }
  }
  let startDays: Map<string, number> | undefined;
  if (o.startDates !== undefined) {
    if (o.startDates === null || typeof o.startDates !== 'object' || Array.isArray(o.startDates)) {
      throw new InvalidInputError({ code: 'invalid-option', message: `${FN} requires startDates to be an object {clientId: 'YYYY-MM-DD'} (got ${describeValue(o.startDates)})`, path: ['options', 'startDates'] });
    }
    startDays = new Map();
    for (const [client, date] of Object.entries(o.startDates)) startDays.set(client, dateOption(FN, `startDates[${JSON.stringify(client)}]`, date, ['options', 'startDates', client]));
  }

  const collected = collectReadings({ fn: FN, registry: checkRegistry(FN, o.instruments), onInvalid, requireSorted }, readings);
  const { exclusions } = collected;

  // The client's reference start: supplied start date, else earliest valid reading of any instrument (within the window).
  const firstDay = new Map<string, number>();
  for (const s of collected.series) {
    for (const r of s.readings) {
      if (windowEnd !== undefined && r.day > windowEnd) continue;
      const d = firstDay.get(s.clientId);
      if (d === undefined || r.day < d) firstDay.set(s.clientId, r.day);
    }
  }

  const pairs: ReadingPair[] = [];
  let unusedCount = 0;
  let retroBaselines = 0;
  for (const s of collected.series) {
    const refs = (list: ReadonlyArray<CheckedReading>): ReadingRef[] => list.map((r) => r.ref);
    let rs = s.readings;
    if (windowEnd !== undefined) {
      const after = rs.filter((r) => r.day > windowEnd);
      if (after.length > 0) {
        exclusions.add(s.clientId, s.instrumentId, 'outside-window', refs(after), `${after.length} reading(s) after windowEnd ${o.windowEnd as string}`);
        rs = rs.filter((r) => r.day <= windowEnd);
      }
      if (rs.length === 0) continue;
    }
    const first = rs[0] as CheckedReading;
    if (excludeRetro && first.retrospective) {
      exclusions.add(s.clientId, s.instrumentId, 'retrospective-baseline', refs(rs), `first reading ${first.date} is retrospective`);
      continue;
    }
    const start = startDays?.get(s.clientId) ?? (firstDay.get(s.clientId) as number);
    const delay = first.day - start;
    if (maxDelay !== undefined && delay > maxDelay) {
      exclusions.add(s.clientId, s.instrumentId, 'no-baseline', refs(rs), `first reading ${first.date} is ${delay} days after the start (limit ${maxDelay})`);
      continue;
    }
    if (rs.length === 1) {
      exclusions.add(s.clientId, s.instrumentId, 'single-reading', refs(rs), `one reading (${first.date})`);
      continue;
    }
    let follow: CheckedReading | undefined;
    if (strategy === 'baseline-and-nearest') {
      const target = targetDays as number;
      let best = Number.POSITIVE_INFINITY;
      for (let j = 1; j < rs.length; j++) {
        const r = rs[j] as CheckedReading;
        const d = r.day - first.day;
        if (d < minDaysApart) continue;
        const dist = Math.abs(d - target);
        if (dist < best) {
          best = dist;
          follow = r;
        }
      }
      if (follow === undefined) {
        const last = rs[rs.length - 1] as CheckedReading;
        exclusions.add(s.clientId, s.instrumentId, 'too-close', refs(rs), `last reading ${last.date} is ${last.day - first.day} days after the baseline (minimum ${minDaysApart})`);
        continue;
      }
      if (tolerance !== undefined && best > tolerance) {
        exclusions.add(s.clientId, s.instrumentId, 'outside-window', refs(rs), `nearest reading ${follow.date} is ${best} days from the ${target}-day target (tolerance ${tolerance})`);
        continue;
      }
    } else {
      const last = rs[rs.length - 1] as CheckedReading;
      if (last.day - first.day < minDaysApart) {
        exclusions.add(s.clientId, s.instrumentId, 'too-close', refs(rs), `last reading ${last.date} is ${last.day - first.day} days after the baseline (minimum ${minDaysApart})`);
        continue;
      }
      follow = last;
    }
    const f = follow;
    const unused = rs.filter((r) => r !== first && r !== f).map((r) => r.ref);
    unusedCount += unused.length;
    if (first.retrospective) retroBaselines++;
    pairs.push({
      clientId: s.clientId,
      instrumentId: s.instrumentId,
      baseline: place(first),
      followUp: place(f),
      daysApart: f.day - first.day,
      baselineDelayDays: delay,
      unused,
    });
  }

  const excluded = exclusions.list();
  const settings: PairReadingsSettings = {
    strategy,
    minDaysApart,
    ...(o.windowEnd !== undefined ? { windowEnd: o.windowEnd } : {}),
    ...(maxDelay !== undefined ? { maxBaselineDelayDays: maxDelay } : {}),
    ...(targetDays !== undefined ? { targetDays } : {}),
    ...(tolerance !== undefined ? { targetToleranceDays: tolerance } : {}),
    excludeRetrospectiveBaseline: excludeRetro,
    onInvalid,
  };
  return {
    settings,
    pairs,
    excluded,
    counts: countReadings(collected.nReadings, 2 * pairs.length, unusedCount, excluded),
    nPairs: pairs.length,
    nReadings: collected.nReadings,
    nClients: collected.nClients,
    nRetrospectiveBaselines: retroBaselines,
  };
}
