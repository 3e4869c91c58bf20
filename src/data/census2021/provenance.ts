import type { CensusProvenance } from './types';
import { inputs } from './areas';

/**
 * Provenance of the bundled Census 2021 baselines: publisher, edition, licence with its attribution
 * sentence, the public repositories each count was copied from, and every transformation applied.
 * The row-by-row record is `data-raw/census2021/SOURCES.md`; the build is
 * `scripts/build-census2021.mjs`.
 */
export const provenance: CensusProvenance = {
  title: 'Census 2021 (England and Wales) topic summary baselines',
  publisher: 'Office for National Statistics (ONS)',
  source:
    'ONS Census 2021 topic summaries TS001, TS007, TS007A, TS008, TS009, TS021, TS030, TS038, TS070, TS077 and TS078 (Nomis bulk files and the ONS ethnic group bulletin download), as held unmodified in the public GitHub repositories listed in `sources`',
  url: 'https://www.nomisweb.co.uk/sources/census_2021_bulk',
  referenceDate: '2021-03-21',
  edition: 'Census 2021 first release topic summaries (2022–2023); social-outcomes data edition 2026-11.1',
  retrieved: '2026-11 (snapshots at the commits listed in sources)',
  licence: {
    name: 'Open Government Licence v3.0',
    url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
    copyright: '© Crown copyright, Office for National Statistics',
    attribution: 'Source: Office for National Statistics licensed under the Open Government Licence v.3.0',
  },
  sources: [
    {
      id: 'S1', repository: 'DrPaulWilliamson/Census_2021_Topic_Summary_Tables', path: 'Data/TS_Cell_Metadata.csv',
      commit: '72ccfaa6a1ab90d6e0bb69bb0cc164f49e4aef49',
      description: 'Cell dictionary of every TS table; its EW_Count column is the K04000001 row of each Nomis bulk -ctry.csv. Source of all England and Wales rows except TS007/TS007A, and of every category code.',
    },
    {
      id: 'S2', repository: 'talentseek/flourish', path: 'public/census2021-ts007a/census2021-ts007a-ltla.csv',
      commit: '14320920fb92f6f9146c04a6dbaa5df5662f1cca', description: 'Unmodified Nomis bulk file, TS007A Age by five-year age bands, 331 LTLAs.',
    },
    {
      id: 'S2c', repository: 'talentseek/flourish', path: 'public/census2021-ts007a/census2021-ts007a-ctry.csv',
      commit: '14320920fb92f6f9146c04a6dbaa5df5662f1cca', description: 'TS007A, countries (E92000001, K04000001, W92000004).',
    },
    {
      id: 'S3', repository: 'lrowleyabel/Census-2021', path: 'Data/2021/Other/Age by single year/census2021-ts007-ltla.csv',
      commit: 'b612754288914e7b64f9ea05288907cb5cdcae98', description: 'Unmodified Nomis bulk file, TS007 Age by single year, 331 LTLAs.',
    },
    {
      id: 'S3c', repository: 'lrowleyabel/Census-2021', path: 'Data/2021/Other/Age by single year/census2021-ts007-ctry.csv',
      commit: 'b612754288914e7b64f9ea05288907cb5cdcae98', description: 'TS007, countries.',
    },
    {
      id: 'S4e', repository: 'humaniverse/healthyr', path: '.broadcast/england_disability_21.csv',
      commit: 'ed2003efc556306bc4421e2b99b17031db47d719', description: 'TS038 Disability, English LTLAs, from the Nomis census2021-ts038-ltla.csv: total and the two Equality Act aggregates only.',
    },
    {
      id: 'S4w', repository: 'humaniverse/healthyr', path: '.broadcast/wales_disability_21.csv',
      commit: 'ed2003efc556306bc4421e2b99b17031db47d719', description: 'TS038 Disability, Welsh LTLAs, as S4e.',
    },
    {
      id: 'S5e', repository: 'humaniverse/healthyr', path: '.broadcast/england_sexual_orientation_21.csv',
      commit: 'ed2003efc556306bc4421e2b99b17031db47d719', description: 'TS077 Sexual orientation, English LTLAs, all categories, from census2021-ts077-ltla.csv.',
    },
    {
      id: 'S5w', repository: 'humaniverse/healthyr', path: '.broadcast/wales_sexual_orientation_21.csv',
      commit: 'ed2003efc556306bc4421e2b99b17031db47d719', description: 'TS077 Sexual orientation, Welsh LTLAs, as S5e.',
    },
    {
      id: 'S6', repository: 'humaniverse/demographr', path: 'data/ethnicity21_ltla21.rda',
      commit: 'd0417101e5cad5fe1eca059ac60859e9157a29d2',
      description: 'The 19 detailed ethnic groups (TS021 classification) by LTLA, from the ONS data download for the bulletin Ethnic group, England and Wales: Census 2021 (29 November 2022), sheet Figure 3; no LTLA total, no high-level groups.',
    },
    {
      id: 'S7', repository: 'humaniverse/demographr', path: 'data/age_gender21_ltla21_ew.rda',
      commit: 'd0417101e5cad5fe1eca059ac60859e9157a29d2', description: 'TS009 Sex by single year of age, LTLAs: the All persons, Female and Male Age: Total margin only.',
    },
  ],
  transformations: [
    'Nomis wide files reshaped to one row per (area, category); the variable prefix ("Ethnic group: ", "Age: ", …) and the "; measures: Value" suffix removed from labels, and " (number)" from the bulletin headers (data-raw/census2021/build_census_csvs.py).',
    'LTLA names joined by code from the TS007A Nomis file ("Rhondda Cynon Taff", as Nomis spells it).',
    'Category codes are the Cell_ID of the Williamson cell dictionary, matched by exact label; each category given a level (total, aggregate, detail, subtotal) by rule.',
    'Per table and area, counts written as one array aligned with the table categories, null where the source does not publish the cell (scripts/build-census2021.mjs).',
    'TS009 labels "Female; Age: Total" and "Male; Age: Total" shortened to "Female" and "Male" (the source label is kept as sourceLabel).',
    'Each detail category linked to its published aggregate (by label prefix), and each age category given the span of completed years parsed from its label.',
    'Checked before writing, with no value changed: details sum exactly to the table total; aggregates sum to the total and equal the sum of their details; TS007 band subtotals equal the sum of their single years; all counts are non-negative integers.',
    'Nothing estimated, rounded, imputed or summed into the bundled counts; sums such as the TS021 LTLA denominator or derived aggregates are made by `baseline` at run time and reported in its result.',
  ],
  errata: [],
  inputs,
};
