/**
 * The demo's embedded inputs match the committed example files (the CLI embeds them so `demo` works
 * from the installed package, where examples/ is not shipped).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_BANK_CSV, DEMO_COHORT, DEMO_CONFIG } from '../../src/cli/demoData';

const read = (rel: string): string => readFileSync(new URL(`../../${rel}`, import.meta.url), 'utf8');

describe('demo inputs', () => {
  it('DEMO_BANK_CSV is examples/banks/example-bank.csv, byte for byte', () => {
    expect(DEMO_BANK_CSV).toBe(read('examples/banks/example-bank.csv'));
  });

  it('DEMO_COHORT is the cohort of examples/demo/demo-options.json (the bundled demo file)', () => {
    expect(DEMO_COHORT).toEqual((JSON.parse(read('examples/demo/demo-options.json')) as { cohort: unknown }).cohort);
  });

  it('configures a cited SWEMWBS reliability so the demo reports reliable change', () => {
    expect(DEMO_CONFIG.reliability?.['swemwbs']).toMatchObject({ value: 0.89, kind: 'alpha' });
    expect(DEMO_CONFIG.reliability?.['swemwbs']?.source).toMatch(/Vaingankar JA et al\. \(2017\).*Health Qual Life Outcomes 15:153.*10\.1186\/s12955-017-0728-3/);
    expect(DEMO_CONFIG.area).toBe(DEMO_COHORT.area);
  });
});
