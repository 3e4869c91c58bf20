import { describe, expect, it } from 'vitest';
import { VA1_OUTCOME_IDS, VA1_OUTCOMES } from 'social-outcomes/schema';

describe('VA1_OUTCOMES', () => {
  it('holds the 15 strategic and 5 service-specific outcomes of the 2019 framework, ids in order', () => {
    expect(VA1_OUTCOMES.map((o) => o.id)).toEqual([...VA1_OUTCOME_IDS]);
    expect(VA1_OUTCOMES.filter((o) => o.scope === 'strategic')).toHaveLength(15);
    expect(VA1_OUTCOMES.filter((o) => o.scope === 'service-specific').map((o) => o.clientGroup)).toEqual(['Domestic abuse', 'Domestic abuse', 'Ex-offenders', 'Homeless', 'Young people']);
    expect(new Set(VA1_OUTCOME_IDS).size).toBe(20);
  });
  it('keeps the framework wording of the need and of the need met', () => {
    // Quoted from the VA1 Housing and Wellbeing Support Outcomes Framework (2019), Part two.
    const money = VA1_OUTCOMES.find((o) => o.id === 'maximise-income');
    expect(money?.need).toBe('Vulnerable adult needed support to maximise their income.');
    expect(money?.met).toBe('Vulnerable adult maximised their income.');
    expect(VA1_OUTCOMES.find((o) => o.id === 'settled-accommodation')?.indicator).toBe('Secure / Obtain settled accommodation');
    for (const o of VA1_OUTCOMES) expect(o.need).toMatch(/^Vulnerable adult needed support to /);
  });
  it('groups the strategic outcomes under the framework’s four outcomes', () => {
    const outcomes = [...new Set(VA1_OUTCOMES.filter((o) => o.scope === 'strategic').map((o) => o.outcome))];
    expect(outcomes).toEqual(['Succeed economically', 'Improved health and wellbeing', 'Maintain accommodation and avoid eviction', 'Inclusion and connection with local communities']);
  });
});
