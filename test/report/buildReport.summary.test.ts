/**
 * The summary line on reliable change when its counts are suppressed: computed but withheld, so it says [c],
 * not "not computed" (regression: it used to fall back to "not computed").
 */
import { describe, expect, it } from 'vitest';
import { buildReport, generateCohort, type BuildReportConfig } from 'social-outcomes/report';

// A small cohort: reliable deterioration falls in 1–9, so it is suppressed, and secondary suppression
// hides "reliably improved" too. The figure is computed, only withheld.
const config: BuildReportConfig = { area: 'E08000025', period: '2023-24', generated: '2024-06-30', reliability: { swemwbs: { value: 0.89, source: 'test value' } } };
const model = buildReport(generateCohort({ n: 200, seed: 3 }), config);
const row = model.reliableChange.rows.find((r) => r.id === 'swemwbs');

describe('buildReport summary: reliable change withheld by suppression', () => {
  it('precondition: the SWEMWBS reliable-change row is computed but its counts are suppressed', () => {
    expect(row?.n).toBeGreaterThan(0);
    expect(row?.notComputedReason).toBeUndefined();
    expect(row?.criterion.value).toBeGreaterThan(0);
    expect(row?.improved.count.suppressed || row?.deteriorated.count.suppressed).toBe(true);
  });

  it('says the figure is suppressed, not "not computed"', () => {
    const line = model.summary.lines[7] as string;
    expect(line).toMatch(/^Reliable change \(SWEMWBS\)/);
    expect(line).not.toMatch(/not computed/);
    expect(line).toMatch(/\[c\]|suppress/);
    expect(line).toMatch(/withheld to protect small counts/);
  });
});
