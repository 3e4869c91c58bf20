/**
 * The equity computation of the report, separated from the rest so that it can run on another thread: every
 * outcome's pairs compared across every characteristic with `outcomeByGroup`, from plain typed arrays. The report
 * starts it as soon as the pairs exist and reads the results when it writes the equity section; by default it runs
 * on the calling thread at that point, and the Node worker runner (`io`'s `createReportWorker`) runs it meanwhile
 * on a second core. Either way the same function computes the same results.
 *
 * @packageDocumentation
 */
import { outcomeByGroup, type OutcomeByGroupResult } from '../../equity/outcomeByGroup';
import { SocialOutcomesError } from '../../errors';
import { PairRows, type PairRowsData } from './pairRows';

/** An equity characteristic of each record: `lut[codes[i]]` is record i's index in `levels` (−1 when not known). */
export interface GroupingByCode {
  readonly codes: ArrayLike<number>;
  readonly lut: Int8Array;
  readonly levels: ReadonlyArray<string>;
}

/** What the equity section compares: each outcome's pairs (null: none) by each characteristic. */
export interface EquityInput {
  readonly streams: ReadonlyArray<PairRowsData | null>;
  readonly characteristics: ReadonlyArray<{ readonly field: string; readonly grouping: GroupingByCode }>;
  readonly minGroupSize: number;
  readonly confidence: number;
}

/** Per outcome, per characteristic: the comparison, or null when `outcomeByGroup` refused the data; null for an outcome without pairs. */
export type EquityResults = Array<Array<OutcomeByGroupResult | null> | null>;

/** Starts the equity computation and returns a function that gives its results (waiting for them if need be). */
export interface EquityRunner {
  start(input: EquityInput): () => EquityResults;
}

/** Computes every comparison of `input`, in order. */
export function computeEquity(input: EquityInput): EquityResults {
  const longest = input.streams.reduce((m, s) => Math.max(m, s?.n ?? 0), 0);
  const codeBuffer = new Int8Array(longest);
  return input.streams.map((data) => {
    if (data === null || data.n === 0) return null;
    const rows = PairRows.from(data);
    const change = rows.changeColumn();
    return input.characteristics.map(({ field, grouping: g }) => {
      const codes = codeBuffer.subarray(0, rows.n);
      const clients = rows.client;
      for (let j = 0; j < rows.n; j++) {
        const c = g.codes[clients[j] as number] as number;
        codes[j] = c >= 0 ? (g.lut[c] as number) : -1;
      }
      try {
        return outcomeByGroup({ [field]: { codes, levels: g.levels }, change }, { group: field, outcome: 'change', metric: 'mean-change', minGroupSize: input.minGroupSize, confidence: input.confidence, adjust: 'holm', dropMissing: true });
      } catch (e) {
        if (e instanceof SocialOutcomesError) return null;
        throw e;
      }
    });
  });
}

/** The default runner: computes on the calling thread when the results are asked for. */
export const inlineEquity: EquityRunner = { start: (input) => () => computeEquity(input) };
