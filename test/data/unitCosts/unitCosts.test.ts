import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as unitCosts from 'social-outcomes/data/unitCosts';
import type { UnitCostEntry, UnitCostTable } from 'social-outcomes/data/unitCosts';
import { pssruUnitCosts2024 } from 'social-outcomes/data/pssru';
import type { AvoidedEvent } from 'social-outcomes/socialvalue';

describe('data/unitCosts', () => {
  it('is the unit-cost format only: no table is bundled (GMCA UCD licence unconfirmed)', () => {
    expect(Object.keys(unitCosts)).toEqual([]);
    const doc = readFileSync(new URL('../../../src/data/unitCosts/index.ts', import.meta.url), 'utf8');
    expect(doc).toMatch(/GMCA Unit Cost Database/);
    expect(doc).toMatch(/not shipped/);
  });

  it('types the PSSRU table and the events avoidedCosts takes', () => {
    expectTypeOf(pssruUnitCosts2024).toEqualTypeOf<UnitCostTable>();
    expectTypeOf<UnitCostTable['entries'][number]>().toEqualTypeOf<UnitCostEntry>();
    expectTypeOf<AvoidedEvent['unitCostId']>().toEqualTypeOf<UnitCostEntry['id']>();
  });
});
