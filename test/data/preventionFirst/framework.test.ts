// The Prevention First framework as data, checked against the review text.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CITIZEN_OUTCOMES, PREVENTION_FIRST_AREAS, PRIMARY_OUTCOMES, PRIMARY_OUTCOME_IDS, preventionFirstProvenance } from 'social-outcomes/data/preventionFirst';

const REVIEW = new URL('../../../../shared/context/birmingham-prevention-framework-review-2022.txt', import.meta.url).pathname;

describe('Prevention First framework', () => {
  it('has the four areas of review section 7', () => {
    expect(PREVENTION_FIRST_AREAS.map((a) => a.id)).toEqual(['citizens', 'communities', 'behaviour-and-culture', 'finance-funding-and-demand']);
    expect(PREVENTION_FIRST_AREAS.map((a) => a.reviewName)).toEqual(['Citizen level outcomes', 'Communities', 'Behaviour and culture across the sector', 'Finance, funding and demand']);
  });

  it('has the six citizen outcomes of 7.3.1', () => {
    expect(CITIZEN_OUTCOMES.map((o) => o.name)).toEqual([
      'Increased social participation', 'Healthier lifestyles', 'Maximised income', 'Housing which supports independence',
      'Carers feeling more supported', 'Better experience of the social care and health system',
    ]);
    expect(PREVENTION_FIRST_AREAS[0]?.outcomes).toBe(CITIZEN_OUTCOMES);
  });

  it('has the five Table 3 primary outcomes, four of them core, each linked (by inference) to a citizen outcome', () => {
    expect(PRIMARY_OUTCOME_IDS).toEqual(['economic-well-being', 'health-and-well-being', 'social-participation', 'independence-in-housing', 'carers-feeling-supported']);
    expect(PRIMARY_OUTCOMES.filter((o) => o.core)).toHaveLength(4);
    const citizenIds = new Set(CITIZEN_OUTCOMES.map((c) => c.id));
    for (const o of PRIMARY_OUTCOMES) {
      expect(citizenIds.has(o.citizenOutcomeId)).toBe(true);
      expect(o.citizenOutcomeVerified).toBe(false);
    }
  });

  it('states every listed outcome exactly as the review does, at the cited lines', () => {
    if (!existsSync(REVIEW)) return;
    const lines = readFileSync(REVIEW, 'utf8').split('\n');
    for (const area of PREVENTION_FIRST_AREAS) {
      const [from, to] = area.source.lines;
      const block = lines.slice(from - 1, to).join('\n');
      expect(block, `${area.id} section heading`).toContain(area.source.section);
      for (const o of area.outcomes) expect(block, `${area.id}: ${o.name}`).toMatch(new RegExp(`^- ${o.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.?$`, 'm'));
    }
    const summary = lines.slice(630, 636).join('\n');
    for (const a of PREVENTION_FIRST_AREAS) expect(summary).toContain(a.reviewName);
    expect(lines[744]).toContain('four core outcomes');
    const table2 = lines.find((l) => l.startsWith('Primary Outcomes (Outcome Stars)')) ?? '';
    for (const o of PRIMARY_OUTCOMES) for (const alias of o.aliases) expect(table2).toContain(alias);
  });

  it('has provenance', () => {
    expect(preventionFirstProvenance.source).toMatch(/Hopley/);
    expect(preventionFirstProvenance.transformations.length).toBeGreaterThan(0);
  });
});
