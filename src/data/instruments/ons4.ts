import type { InstrumentDefinition } from './types';
import { deepFreeze, RETRIEVED } from './_internal/shared';

const HIGHER_THRESHOLDS = [
  { label: 'Low', min: 0, max: 4 },
  { label: 'Medium', min: 5, max: 6 },
  { label: 'High', min: 7, max: 8 },
  { label: 'Very high', min: 9, max: 10 },
];

/**
 * The ONS personal well-being questions (ONS4): life satisfaction, worthwhile, happiness and
 * anxiety, each 0–10; anxiety is the reverse direction (lower is better).
 *
 * @remarks
 * Area names, thresholds and UK means are verified against the GSS harmonised standard, the ONS
 * annual bulletin (year ending March 2023) and an ONS FOI response. Question wording is not shipped.
 * Life satisfaction on this scale is the unit of the WELLBY (`social-outcomes/data/wellby`).
 *
 * @example
 * ```ts
 * import { ONS4 } from 'social-outcomes/data/instruments';
 * ONS4.areas.find((a) => a.id === 'anxiety')?.scale?.higherIsBetter //=> false
 * ONS4.norms.find((n) => n.areaId === 'life-satisfaction' && n.year === 'YE Mar 2023')?.value //=> 7.45
 * ```
 */
export const ONS4: InstrumentDefinition = deepFreeze({
  id: 'ons4',
  name: 'ONS personal well-being (ONS4)',
  edition: 'GSS harmonised standard for personal well-being',
  publisher: 'Office for National Statistics',
  kind: 'wellbeing-scale',
  scale: { min: 0, max: 10, step: 1, higherIsBetter: true },
  areas: [
    { id: 'life-satisfaction', name: 'Life satisfaction', bands: HIGHER_THRESHOLDS },
    { id: 'worthwhile', name: 'Worthwhile', bands: HIGHER_THRESHOLDS },
    { id: 'happiness', name: 'Happiness', bands: HIGHER_THRESHOLDS },
    {
      id: 'anxiety',
      name: 'Anxiety',
      scale: { min: 0, max: 10, step: 1, higherIsBetter: false },
      bands: [
        { label: 'Very low', min: 0, max: 1 },
        { label: 'Low', min: 2, max: 3 },
        { label: 'Medium', min: 4, max: 5 },
        { label: 'High', min: 6, max: 10 },
      ],
    },
  ],
  stages: [],
  reliability: [],
  norms: [
    { areaId: 'life-satisfaction', population: 'UK adults, Annual Population Survey', year: 'YE Mar 2023', group: 'all', statistic: 'mean', value: 7.45, source: 'ONS Personal well-being in the UK, April 2022 to March 2023 (7 Nov 2023)', verified: true },
    { areaId: 'worthwhile', population: 'UK adults, Annual Population Survey', year: 'YE Mar 2023', group: 'all', statistic: 'mean', value: 7.73, source: 'ONS Personal well-being in the UK, April 2022 to March 2023 (7 Nov 2023)', verified: true },
    { areaId: 'happiness', population: 'UK adults, Annual Population Survey', year: 'YE Mar 2023', group: 'all', statistic: 'mean', value: 7.39, source: 'ONS Personal well-being in the UK, April 2022 to March 2023 (7 Nov 2023)', verified: true },
    { areaId: 'anxiety', population: 'UK adults, Annual Population Survey', year: 'YE Mar 2023', group: 'all', statistic: 'mean', value: 3.23, source: 'ONS Personal well-being in the UK, April 2022 to March 2023 (7 Nov 2023)', verified: true },
    { areaId: 'life-satisfaction', population: 'UK adults, Annual Population Survey', year: 'YE Mar 2022', group: 'all', statistic: 'mean', value: 7.54, source: 'ONS Personal well-being in the UK, April 2022 to March 2023 (comparison year)', verified: true },
    { areaId: 'worthwhile', population: 'UK adults, Annual Population Survey', year: 'YE Mar 2022', group: 'all', statistic: 'mean', value: 7.77, source: 'ONS Personal well-being in the UK, April 2022 to March 2023 (comparison year)', verified: true },
    { areaId: 'happiness', population: 'UK adults, Annual Population Survey', year: 'YE Mar 2022', group: 'all', statistic: 'mean', value: 7.45, source: 'ONS Personal well-being in the UK, April 2022 to March 2023 (comparison year)', verified: true },
    { areaId: 'anxiety', population: 'UK adults, Annual Population Survey', year: 'YE Mar 2022', group: 'all', statistic: 'mean', value: 3.12, source: 'ONS Personal well-being in the UK, April 2022 to March 2023 (comparison year)', verified: true },
  ],
  provenance: {
    sources: [
      { title: 'GSS harmonised standard: Personal well-being', url: 'https://gss.civilservice.gov.uk/policy-store/personal-well-being/' },
      { title: 'ONS (7 Nov 2023) Personal well-being in the UK, April 2022 to March 2023', url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/wellbeing' },
      { title: 'ONS FOI response on personal well-being thresholds (cy.ons.gov.uk; exact address not recorded)' },
    ],
    retrieved: RETRIEVED,
    researchNotes: 'shared/reference/measures.md §2.5',
    claims: [
      { field: 'areas', verified: true, status: 'verified', source: 'GSS harmonised standard' },
      { field: 'scale', verified: true, status: 'verified', source: 'GSS harmonised standard (0 = not at all … 10 = completely; anxiety reversed)' },
      { field: 'areas.bands', verified: true, status: 'verified', source: 'ONS FOI response (thresholds)' },
      { field: 'norms', verified: true, status: 'verified', source: 'ONS bulletin Apr 2022–Mar 2023 and press coverage' },
      { field: 'reliability', verified: false, status: 'not-found', source: 'not researched', note: 'left empty' },
    ],
    licence: 'ONS questions are a GSS harmonised standard published under the Open Government Licence v3.0. This definition holds area names, thresholds and means only (no question wording).',
  },
});
