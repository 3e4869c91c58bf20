import { describe, expect, it } from 'vitest';
import { buildReport, generateCohort, type BuildReportConfig } from 'social-outcomes/report';
import { assembleReport } from '../../src/report/_internal/assemble';
import { resolveConfig } from '../../src/report/_internal/config';

// buildReport pairs readings in chunks of clients (in client-id order) to bound memory on large inputs.
// Series never span clients, so any chunk size must give the same model, byte for byte.
describe('buildReport: chunked pairing', () => {
  const records = generateCohort({ n: 700, seed: 314 });
  const config: BuildReportConfig = { area: 'E08000025', period: '2023-24', generated: '2024-06-30', reliability: { swemwbs: { value: 0.84, source: 'test' } } };

  it.each([1, 97, 350, 699, 700, 100_000])('chunk size %i gives the same JSON as one chunk', (size) => {
    const one = JSON.stringify(assembleReport('buildReport', records, resolveConfig('buildReport', config), 1_000_000));
    expect(JSON.stringify(assembleReport('buildReport', records, resolveConfig('buildReport', config), size))).toBe(one);
    expect(JSON.stringify(buildReport(records, config))).toBe(one);
  });
});
