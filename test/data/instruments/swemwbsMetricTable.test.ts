// SWEMWBS raw → metric table: against the research notes (independent Python parse), endpoints, order.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SWEMWBS, SWEMWBS_METRIC_TABLE, SWEMWBS_METRIC_TABLE_CLAIM } from 'social-outcomes/data/instruments';
import { loadFixture } from '../../_helpers/fixtures';

const fixture = loadFixture('outcomes/swemwbs/swemwbs-metric-table.json', z.object({ raw: z.number().int(), metric: z.number(), metricText: z.string() }));

describe('SWEMWBS_METRIC_TABLE', () => {
  it('has 29 rows, raw 7 to 35', () => {
    expect(SWEMWBS_METRIC_TABLE).toHaveLength(29);
    expect(SWEMWBS_METRIC_TABLE.map((r) => r.raw)).toEqual(Array.from({ length: 29 }, (_, i) => i + 7));
  });

  it('maps 7 to 7.00 and 35 to 35.00', () => {
    expect(SWEMWBS_METRIC_TABLE[0]).toEqual({ raw: 7, metric: 7 });
    expect(SWEMWBS_METRIC_TABLE[28]).toEqual({ raw: 35, metric: 35 });
  });

  it('is strictly increasing', () => {
    for (let i = 1; i < SWEMWBS_METRIC_TABLE.length; i++) {
      expect((SWEMWBS_METRIC_TABLE[i] as { metric: number }).metric).toBeGreaterThan((SWEMWBS_METRIC_TABLE[i - 1] as { metric: number }).metric);
    }
  });

  it('equals the table in measures.md §2.2 row by row (fixture parsed by generate.py)', () => {
    expect(fixture.cases).toHaveLength(29);
    for (const row of fixture.cases) {
      const ours = SWEMWBS_METRIC_TABLE[row.raw - 7];
      // Exact: both sides are the same two-decimal literals; the printed form must match too.
      expect(ours?.metric, `raw ${row.raw}`).toBe(row.metric);
      expect(ours?.metric.toFixed(2)).toBe(row.metricText);
    }
  });

  it('still matches measures.md when the shared notes are present (guards the fixture against drift)', () => {
    const notes = new URL('../../../../shared/reference/measures.md', import.meta.url).pathname;
    if (!existsSync(notes)) return;
    const text = readFileSync(notes, 'utf8');
    for (const row of fixture.cases) expect(text).toContain(`| ${row.raw} | ${row.metricText} |`);
  });

  it('is the scale of SWEMWBS readings', () => {
    expect(SWEMWBS.scale?.values).toEqual(SWEMWBS_METRIC_TABLE.map((r) => r.metric));
  });

  it('records its source and that it is not verified against the official Warwick table', () => {
    expect(SWEMWBS_METRIC_TABLE_CLAIM.verified).toBe(false);
    expect(SWEMWBS_METRIC_TABLE_CLAIM.status).toBe('secondary');
    expect(SWEMWBS_METRIC_TABLE_CLAIM.source).toMatch(/swemwbs-rasch\.ts/);
    expect(SWEMWBS_METRIC_TABLE_CLAIM.source).toMatch(/25\.99/);
    expect(SWEMWBS_METRIC_TABLE_CLAIM.note).toMatch(/official Warwick/);
    expect(SWEMWBS.provenance.claims).toContainEqual(SWEMWBS_METRIC_TABLE_CLAIM);
  });
});
