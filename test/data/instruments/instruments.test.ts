// The bundled instrument definitions: structure, provenance honesty, licence limits.
import { describe, expect, it } from 'vitest';
import {
  CARERS_WELLBEING_CHECK,
  EMPOWERMENT_STAR,
  HOMELESSNESS_STAR,
  INSTRUMENT_IDS,
  INSTRUMENTS,
  ONS4,
  RECOVERY_STAR,
  SWEMWBS,
  WELLBEING_STAR,
  WEMWBS,
  YOUNG_PERSONS_STAR,
  instrumentsProvenance,
  type InstrumentDefinition,
  type InstrumentScale,
} from 'social-outcomes/data/instruments';
import { getInstrument } from 'social-outcomes/outcomes';

const all: InstrumentDefinition[] = Object.values(INSTRUMENTS);

function isDeepFrozen(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return true;
  if (!Object.isFrozen(v)) return false;
  return Object.values(v).every(isDeepFrozen);
}

function gridPoints(scale: InstrumentScale): number[] {
  if (scale.step === null) return [...(scale.values ?? [])];
  const out: number[] = [];
  for (let x = scale.min; x <= scale.max + 1e-9; x += scale.step) out.push(x);
  return out;
}

describe('bundled instruments', () => {
  it('include every instrument the issue names, keyed by their ids', () => {
    expect(INSTRUMENT_IDS).toEqual([
      'homelessness-star', 'empowerment-star', 'young-persons-star', 'carers-wellbeing-check', 'carers-star',
      'home-star', 'recovery-star', 'wellbeing-star', 'wemwbs', 'swemwbs', 'ons4',
    ]);
    for (const [id, def] of Object.entries(INSTRUMENTS)) expect(def.id).toBe(id);
  });

  it('pass the same checks a user definition must pass', () => {
    // getInstrument checks definitions passed in options.instruments; pass copies (not the bundled objects).
    for (const def of all) {
      const copy = JSON.parse(JSON.stringify(def)) as InstrumentDefinition;
      expect(getInstrument(def.id, { instruments: { [def.id]: copy } })).toEqual(def);
    }
  });

  it('are deeply frozen', () => {
    for (const def of all) expect(isDeepFrozen(def), def.id).toBe(true);
  });

  it.each(all.map((d) => [d.id, d] as const))('%s: unique area ids, official names, coherent scale and stages', (_id, def) => {
    const ids = def.areas.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of def.areas) {
      expect(a.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(a.name.trim()).toBe(a.name);
      expect(a.name.length).toBeGreaterThan(0);
      for (const alias of a.aliases ?? []) expect(alias).not.toBe(a.name);
    }
    if (def.scale !== null) {
      expect(def.scale.max).toBeGreaterThan(def.scale.min);
      // Stages tile the scale: consecutive, no gaps, no overlaps.
      if (def.stages.length > 0) {
        expect(def.stages[0]?.min).toBe(def.scale.min);
        expect(def.stages[def.stages.length - 1]?.max).toBe(def.scale.max);
        def.stages.forEach((s, i) => {
          expect(s.index).toBe(i + 1);
          if (i > 0) expect(s.min).toBe((def.stages[i - 1]?.max as number) + (def.scale?.step ?? 1));
        });
      }
    }
  });

  it('give every 10-point, 5-stage Star the stage ceil(score / 2)', () => {
    const tenPoint = all.filter((d) => d.kind === 'outcomes-star' && d.scale?.min === 1 && d.scale.max === 10 && d.stages.length === 5);
    expect(tenPoint.map((d) => d.id)).toEqual(['homelessness-star', 'empowerment-star', 'carers-star', 'recovery-star']);
    for (const def of tenPoint) {
      for (let x = 1; x <= 10; x++) {
        const stage = def.stages.find((s) => x >= s.min && x <= s.max);
        expect(stage?.index, `${def.id} score ${x}`).toBe(Math.ceil(x / 2));
      }
    }
  });

  it('use the published stage names (names only)', () => {
    expect(HOMELESSNESS_STAR.stages.map((s) => s.label)).toEqual(['Stuck', 'Accepting help', 'Believing', 'Learning', 'Self-reliance']);
    expect(RECOVERY_STAR.stages.map((s) => s.label)).toEqual(HOMELESSNESS_STAR.stages.map((s) => s.label));
    expect(EMPOWERMENT_STAR.stages.map((s) => s.label)).toEqual(['Not ready for help', 'Accepting help', 'Believing', 'Learning and rebuilding', 'Independence & choice']);
    expect(WELLBEING_STAR.stages.map((s) => [s.min, s.max])).toEqual([[1, 1], [2, 2], [3, 3], [4, 4], [5, 5]]);
  });

  it('keep the official area names (research notes §1.2)', () => {
    expect(HOMELESSNESS_STAR.areas.map((a) => a.name)).toEqual([
      'Motivation and taking responsibility', 'Self-care and living skills', 'Managing money and personal administration',
      'Social networks and relationships', 'Drug and alcohol misuse', 'Physical health', 'Emotional and mental health',
      'Meaningful use of time', 'Managing tenancy and accommodation', 'Offending',
    ]);
    expect(YOUNG_PERSONS_STAR.areas.map((a) => a.name)).toEqual([
      'Accommodation', 'Work & learning', 'People & support', 'Health', 'How you feel', 'Choices & behaviour', 'Money & rent', 'Practical life skills',
    ]);
  });

  it('leave reliability empty for every Outcomes Star (no published coefficient to use in an RCI)', () => {
    for (const def of all.filter((d) => d.kind !== 'wellbeing-scale')) expect(def.reliability, def.id).toEqual([]);
  });

  it('carry WEMWBS reliability and norms with sources (Tennant 2007; HSE; SHeS 2018)', () => {
    expect(WEMWBS.reliability.map((r) => [r.kind, r.value])).toEqual([['alpha', 0.89], ['alpha', 0.91], ['test-retest', 0.83]]);
    for (const r of WEMWBS.reliability) expect(r.source).toMatch(/Tennant/);
    const shes = WEMWBS.norms.find((n) => n.year === '2018' && n.group === 'all');
    expect(shes).toMatchObject({ value: 49.4, sd: 8.96, n: 4299, statistic: 'mean' });
    expect(WEMWBS.norms.filter((n) => n.year === '2016').map((n) => n.value)).toEqual([50.1, 49.6]);
    expect(SWEMWBS.norms.filter((n) => n.statistic === 'mean').map((n) => [n.group, n.value])).toEqual([['men', 23.7], ['women', 23.2]]);
    expect(SWEMWBS.measurementError?.[0]?.value).toBe(1.03);
  });

  it('describe WEMWBS and SWEMWBS items by ids and counts only', () => {
    expect(WEMWBS.items?.count).toBe(14);
    expect(WEMWBS.items?.ids).toHaveLength(14);
    expect(SWEMWBS.items?.count).toBe(7);
    expect(SWEMWBS.items?.parentItemNumbers).toEqual([1, 2, 3, 6, 7, 9, 11]);
    expect(SWEMWBS.scale?.step).toBeNull();
    expect(gridPoints(SWEMWBS.scale as InstrumentScale)).toHaveLength(29);
    expect(gridPoints(WEMWBS.scale as InstrumentScale)).toHaveLength(57);
  });

  it('mark ONS4 anxiety as lower-is-better and keep the ONS thresholds', () => {
    const anxiety = ONS4.areas.find((a) => a.id === 'anxiety');
    expect(anxiety?.scale?.higherIsBetter).toBe(false);
    expect(anxiety?.bands?.map((b) => [b.label, b.min, b.max])).toEqual([['Very low', 0, 1], ['Low', 2, 3], ['Medium', 4, 5], ['High', 6, 10]]);
    expect(ONS4.norms.filter((n) => n.year === 'YE Mar 2023').map((n) => n.value)).toEqual([7.45, 7.73, 7.39, 3.23]);
  });

  it('say that the Carers Wellbeing Check has no public source and no scale', () => {
    expect(CARERS_WELLBEING_CHECK.scale).toBeNull();
    expect(CARERS_WELLBEING_CHECK.kind).toBe('local');
    const scale = CARERS_WELLBEING_CHECK.provenance.claims.find((c) => c.field === 'scale');
    expect(scale).toMatchObject({ verified: false, status: 'not-found' });
    expect(scale?.note).toMatch(/user must supply/);
    expect(CARERS_WELLBEING_CHECK.provenance.sources.every((s) => s.url === undefined)).toBe(true);
  });
});

describe('provenance', () => {
  it.each(all.map((d) => [d.id, d] as const))('%s names a source, a licence, and a claim for areas, scale and stages', (_id, def) => {
    const p = def.provenance;
    expect(p.sources.length).toBeGreaterThan(0);
    for (const s of p.sources) {
      expect(s.title.length).toBeGreaterThan(0);
      expect(s.url !== undefined || s.location !== undefined || /not recorded/.test(s.title)).toBe(true);
      if (s.url !== undefined) expect(s.url).toMatch(/^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/|$)/);
    }
    expect(p.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(p.licence.length).toBeGreaterThan(40);
    const fields = p.claims.map((c) => c.field);
    expect(fields.some((f) => f === 'areas' || f === 'items'), 'a claim covers the areas or items').toBe(true);
    expect(fields).toContain('scale');
    if (def.kind !== 'wellbeing-scale') expect(fields.some((f) => f.startsWith('stages')), 'a claim covers the stages').toBe(true);
  });

  it('flag every unverified claim with verified: false and a note', () => {
    for (const def of all) {
      for (const c of def.provenance.claims) {
        expect(c.verified, `${def.id} ${c.field}`).toBe(c.status === 'verified');
        if (!c.verified) expect(c.note?.length ?? 0, `${def.id} ${c.field} needs a note`).toBeGreaterThan(5);
        expect(c.source.length).toBeGreaterThan(3);
      }
    }
  });

  it('flag the scales measures.md could not confirm', () => {
    const unverifiedScale = all.filter((d) => d.provenance.claims.find((c) => c.field === 'scale')?.verified === false).map((d) => d.id);
    expect(unverifiedScale).toEqual(['empowerment-star', 'young-persons-star', 'carers-wellbeing-check', 'carers-star', 'home-star', 'wellbeing-star']);
  });

  it('has a table-level provenance object', () => {
    expect(instrumentsProvenance.researchNotes).toMatch(/measures\.md/);
    expect(instrumentsProvenance.transformations.length).toBeGreaterThan(0);
  });
});

describe('licence limits: no item wording, ladder text or question wording is shipped', () => {
  // Fragments of licensed text quoted in the research notes (measures.md §1.1, §2.1, §2.5).
  const forbidden = [
    'feeling optimistic', 'feeling useful', 'feeling relaxed', 'interested in other people', 'energy to spare',
    'dealing with problems well', 'thinking clearly', 'feeling good about myself', 'feeling close to other people',
    'feeling confident', 'make up my own mind', 'feeling loved', 'interested in new things', 'feeling cheerful',
    'none of the time', 'all of the time', 'how satisfied are you', 'how happy did you feel', 'how anxious did you feel',
    'worthwhile?', 'fed up', 'manage without outside help', 'we are stuck',
  ];
  it('in any bundled definition', () => {
    const text = JSON.stringify(INSTRUMENTS).toLowerCase();
    for (const f of forbidden) expect(text.includes(f), `found "${f}"`).toBe(false);
  });
});
