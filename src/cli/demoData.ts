/**
 * The demo's fixed inputs: the synthetic cohort's options (as examples/demo/demo-options.json), the
 * report configuration, and the illustrative value bank (a copy of examples/banks/example-bank.csv,
 * embedded so `social-outcomes demo` works from the installed package; a test checks the copy is current).
 *
 * @packageDocumentation
 */
import type { BuildReportConfig } from '../report';

/** Options of generateCohort for the demo (seed and size of examples/demo/demo-records.csv). */
export const DEMO_COHORT = { n: 600, seed: 20240331, area: 'E08000025', year: 2023 } as const;

/** Report configuration of the demo, without the value bank (parsed from {@link DEMO_BANK_CSV}). */
export const DEMO_CONFIG: Omit<BuildReportConfig, 'valueBank'> = {
  area: 'E08000025',
  period: '2023-24',
  generated: '2024-06-30',
  title: 'Prevention outcomes report: Birmingham 2023-24 (synthetic demonstration data)',
  seed: DEMO_COHORT.seed,
  providerNames: {
    'va1-housing': 'Vulnerable Adults 1: housing support (synthetic)',
    'va2-empowerment': 'Vulnerable Adults 2: empowerment (synthetic)',
    carers: 'Carers support (synthetic)',
    'pc-communities': 'Prevention in communities (synthetic)',
    'rm-refugees': 'Refugees and migrants (synthetic)',
  },
  adjustments: {
    attribution: { value: 0.2, source: 'stated assumption for the demonstration (no comparison group)' },
    displacement: { value: 0.1, source: 'stated assumption for the demonstration' },
  },
  investment: 100_000,
  // SWEMWBS internal consistency in adult service users (n = 350): Vaingankar JA et al. (2017) Health Qual Life
  // Outcomes 15:153, abstract ("Cronbach's alpha = 0.89"). The instrument definition ships no coefficient
  // (src/data/instruments/swemwbs.ts), so the demo states the one it uses; the report echoes it.
  reliability: {
    swemwbs: {
      value: 0.89,
      kind: 'alpha',
      source: "Vaingankar JA et al. (2017) Psychometric properties of the short Warwick Edinburgh mental well-being scale (SWEMWBS) in service users with schizophrenia, depression and anxiety spectrum disorders. Health Qual Life Outcomes 15:153, abstract (Cronbach's alpha 0.89, n = 350). https://doi.org/10.1186/s12955-017-0728-3",
    },
  },
  avoidedCosts: { events: [{ outputId: 'example-fewer-gp-visits', unitCostId: 'emergency-care-attendance', quantityPerClient: 0.5 }] },
};

/** The illustrative value bank (invented numbers, not HACT values), CSV text. */
export const DEMO_BANK_CSV = "id,label,category,valueType,ageBand,location,value,valueLow,valueHigh,priceYear,deadweight,categoryDeadweight,notAdditiveWith,source,edition,licence,notes\nexample-regular-volunteering,Regular volunteering (illustrative: not a HACT value),community,wellbeing,all,outside-london,1000,,,2023-24,,0.15,,\"social-outcomes example bank: invented illustrative numbers, not HACT values\",2026-11,CC0-1.0 (invented example data),illustrative number for tests and the demo; do not use in a real valuation\nexample-regular-volunteering,Regular volunteering (illustrative: not a HACT value),community,wellbeing,all,london,1200,,,2023-24,,0.15,,\"social-outcomes example bank: invented illustrative numbers, not HACT values\",2026-11,CC0-1.0 (invented example data),illustrative number for tests and the demo; do not use in a real valuation\nexample-member-of-social-group,Member of a social group (illustrative: not a HACT value),community,wellbeing,all,all,500,,,2023-24,,0.15,example-less-lonely,\"social-outcomes example bank: invented illustrative numbers, not HACT values\",2026-11,CC0-1.0 (invented example data),illustrative number; not additive with example-less-lonely\nexample-less-lonely,Feels less lonely (illustrative: not a HACT value),community,wellbeing,all,all,2000,,,2023-24,,0.15,example-member-of-social-group,\"social-outcomes example bank: invented illustrative numbers, not HACT values\",2026-11,CC0-1.0 (invented example data),illustrative number\nexample-mental-health-improved,Improved mental health (illustrative: not a HACT value),health,wellbeing,16-24,all,3000,,,2023-24,,0.2,wellby-life-satisfaction-1-point,\"social-outcomes example bank: invented illustrative numbers, not HACT values\",2026-11,CC0-1.0 (invented example data),illustrative number; not additive with the WELLBY entry (same benefit)\nexample-mental-health-improved,Improved mental health (illustrative: not a HACT value),health,wellbeing,25-49,all,4000,,,2023-24,,0.2,wellby-life-satisfaction-1-point,\"social-outcomes example bank: invented illustrative numbers, not HACT values\",2026-11,CC0-1.0 (invented example data),illustrative number\nexample-mental-health-improved,Improved mental health (illustrative: not a HACT value),health,wellbeing,50+,all,3500,,,2023-24,,0.2,wellby-life-satisfaction-1-point,\"social-outcomes example bank: invented illustrative numbers, not HACT values\",2026-11,CC0-1.0 (invented example data),illustrative number\nexample-stable-accommodation,Moved into stable accommodation (illustrative: not a HACT value),housing,wellbeing,all,all,2500,2000,3000,2023-24,0.1,,,\"social-outcomes example bank: invented illustrative numbers, not HACT values\",2026-11,CC0-1.0 (invented example data),illustrative number with an illustrative range\nexample-fewer-gp-visits,Fewer GP visits (illustrative fiscal value per person per year),health,fiscal,all,all,90,,,2023-24,,0.2,,\"social-outcomes example bank: invented illustrative numbers, not HACT values\",2026-11,CC0-1.0 (invented example data),illustrative number\nwellby-life-satisfaction-1-point,Life satisfaction up by one point on the ONS 0-10 scale for a year (1 WELLBY),wellbeing,wellbeing,all,all,13000,10000,16000,2019-20,,,example-mental-health-improved,HM Treasury (2021) Wellbeing Guidance for Appraisal: Supplementary Green Book Guidance p.33 (WELLBY value and range),\"July 2021; £13,000 in 2019 prices taken as 2019-20 financial-year prices (a stated assumption, as BENEFITS D2.2 does)\",Open Government Licence v3.0,derived from the openly licensed Green Book WELLBY by the conversion 1 point of life satisfaction for 1 year = 1 WELLBY; not a HACT value\n";
