/**
 * The body of `buildReport`, with the runner of the equity comparisons as a parameter (`io`'s
 * `createReportWorker` passes one that uses a second core).
 *
 * @packageDocumentation
 */
import { InvalidInputError } from '../../errors';
import { describeValue } from '../../_internal/describeValue';
import type { ClientRecord } from '../../schema/clientRecord';
import type { BuildReportConfig } from '../buildReport';
import type { ReportModel } from '../reportModel';
import { assembleReport } from './assemble';
import { resolveConfig } from './config';
import type { EquityRunner } from './equityRun';

const FN = 'buildReport';

/** buildReport with the equity comparisons run by `runner`. */
export function buildReportWith(records: ReadonlyArray<ClientRecord>, config: BuildReportConfig, runner: EquityRunner): ReportModel {
  const resolved = resolveConfig(FN, config);
  if (!Array.isArray(records)) {
    throw new InvalidInputError({ code: 'not-an-array', message: `${FN} requires records to be an array of client records (got ${describeValue(records)})`, path: ['records'] });
  }
  return assembleReport(FN, records, resolved, runner);
}
